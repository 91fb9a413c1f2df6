// Checks in the real workbench for `npm test` (test/ui/*.check.mjs, run by test/integration/run.mjs
// through the offline harness): each `check` is one test, counted in the closing line as
// `ui: N passed, N failed`; a failed check writes a screenshot and the run fails at the end.
import { join } from 'node:path';

export function checks(page, log) {
  let passed = 0;
  const failed = [];
  return {
    async check(name, fn) {
      try {
        await fn();
        passed++;
        console.log(`  ✔ ${name}`);
      } catch (e) {
        failed.push(name);
        console.log(`  ✘ ${name}\n    ${String(e?.message ?? e).split('\n').join('\n    ')}`);
        const file = join(process.env.SHOT_DIR ?? 'shots', `failed-${name.replace(/[^\w-]+/g, '-').slice(0, 60)}.png`);
        await page.screenshot({ path: file }).then(() => log(`screenshot ${file}`), () => undefined);
      }
    },
    /** Prints the count line the test runner sums, and fails the run if a check failed. */
    done() {
      console.log(`ui: ${passed} passed, ${failed.length} failed`);
      if (failed.length) throw new Error(`${failed.length} UI check(s) failed: ${failed.join('; ')}`);
    },
  };
}

/** Waits until `fn` returns a truthy value, up to `ms`; throws `message()` otherwise. */
export async function until(page, fn, message, ms = 10000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(typeof message === 'function' ? await message() : message);
}

/** [r, g, b, a] of a CSS colour as computed ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "color(srgb 0.1 0.2 0.3 / 0.5)"). */
export function parseColor(css) {
  const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(css);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`unreadable colour "${css}"`);
}

/** A colour with alpha laid over an opaque one, as the screen shows it. */
export const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(x, y) {
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
  return (a + 0.05) / (b + 0.05);
}

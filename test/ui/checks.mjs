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

// Colours as a learner sees them, in VS Code's default themes one after another (issue 26): Dark 2026,
// Light 2026, Dark Modern, Light Modern and both high-contrast themes. On the overview, a phase
// page and a skill page, the progress bars' fill and outline against the page (3:1, WCAG's minimum for
// graphics — the fill read from the rendered pixels), the status marks (3:1), and badge and status
// button text against their backgrounds (4.5:1). Prints every figure it measured.
import { PNG } from 'pngjs';
import { workbench } from './workbench.mjs';
import { checks, contrast, over, parseColor, until } from './checks.mjs';

export default async function (page, { log }) {
  const { openRoadmapView, row, webview, palette, cleanShot, setTheme } = workbench(page, log);
  const { check, done } = checks(page, log);
/** Theme ids and the labels the Color Theme picker shows them by. */
const THEMES = [
  ['Dark 2026', 'Dark 2026'], ['Light 2026', 'Light 2026'], ['Dark Modern', 'Dark Modern'], ['Light Modern', 'Light Modern'],
  ['Default High Contrast', 'Dark High Contrast'], ['Default High Contrast Light', 'Light High Contrast'],
];
  const focused = () => page.locator('.monaco-list-row[role="treeitem"].focused').first().getAttribute('aria-label');

  // Something to show: one skill learned, one learning, one skipped.
  await openRoadmapView();
  await row('1 · Foundations').click();
  await row('Functions and modules').click();
  // The click opens the skill's page; once it is open, back to the tree and mark from the keyboard.
  await webview().locator('h1', { hasText: 'Functions and modules' }).waitFor({ timeout: 30000 });
  await row('Functions and modules').click();
  await until(page, async () => (await focused())?.startsWith('Functions and modules'), 'focus did not reach the row');
  await page.keyboard.press('Space');
  await until(page, async () => (await row('Functions and modules').getAttribute('aria-label'))?.endsWith(', learned'), async () => `Space left "${await row('Functions and modules').getAttribute('aria-label')}"`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+L');
  await until(page, async () => (await row('Built-in data structures').getAttribute('aria-label'))?.endsWith('learning'), 'the learning mark did not land');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+X');
  await until(page, async () => (await row('Object-oriented programming').getAttribute('aria-label'))?.endsWith('skipped'), 'the skipped mark did not land');

  /** Every colour pair of the page that must contrast, measured; the fails listed. */
  const measure = async (name, theme) => {
    const frame = webview();
    await frame.locator('main, body').first().waitFor();
    const facts = await frame.locator('body').evaluate((body) => {
      const css = (el, p) => getComputedStyle(el)[p];
      const bgOf = (el) => {
        for (let e = el; e; e = e.parentElement) { const b = css(e, 'backgroundColor'); if (!/rgba\(0, 0, 0, 0\)|transparent/.test(b)) return b; }
        return css(document.documentElement, 'backgroundColor');
      };
      // Each kind once (by its classes), so that every status and badge of the page is measured.
      const pick = (sel, max = 30) => {
        const seen = new Set();
        return [...document.querySelectorAll(sel)].filter((e) => e.offsetParent !== null && !seen.has(e.className) && seen.add(e.className)).slice(0, max);
      };
      return {
        page: bgOf(body),
        bars: [...document.querySelectorAll('progress')].slice(0, 20).map((p, i) => ({ i, value: p.value, max: p.max, border: css(p, 'borderTopColor'), borderWidth: parseFloat(css(p, 'borderTopWidth')) || 0, bg: bgOf(p.parentElement) })),
        marks: pick('.dot').map((d) => ({ what: `mark ${d.className}`, fg: css(d, 'color'), bg: bgOf(d) })),
        texts: pick('.chip, .tag, .status-button').map((c) => ({ what: `${c.className} "${c.textContent.trim().slice(0, 20)}"`, fg: css(c, 'color'), bg: bgOf(c) })),
      };
    });
    if (process.env.UI_DEBUG) console.log(JSON.stringify(facts));
    const page0 = parseColor(facts.page);
    const rows = [];
    const solid = (c, under) => over(parseColor(c), under);
    for (const b of facts.bars) {
      const bg = solid(b.bg, page0);
      // The rendered pixels along the bar's middle: the filled part, and the part still to fill.
      const png = PNG.sync.read(await frame.locator('progress').nth(b.i).screenshot());
      const pixel = (x) => { const at = (png.width * Math.floor(png.height / 2) + Math.round(x)) * 4; return [png.data[at], png.data[at + 1], png.data[at + 2]]; };
      const inner = png.width - 8;
      const filledTo = 4 + (inner * b.value) / b.max;
      const outline = b.borderWidth > 0 ? contrast(solid(b.border, bg), bg) : 0;
      if (b.value < b.max) {
        const track = pixel((filledTo + png.width - 4) / 2);
        // The bar's extent shows by its outline or by the track itself.
        rows.push({ what: `bar ${b.i} extent (outline ${outline.toFixed(2)}, track rgb(${track.join(',')}))`, ratio: Math.max(outline, contrast(track, bg)), need: 3 });
        if (b.value > 0) {
          const fill = pixel(4 + (filledTo - 4) / 2);
          rows.push({ what: `bar ${b.i} fill rgb(${fill.join(',')}) against its track`, ratio: contrast(fill, track), need: 3 });
        }
      }
      if (b.value > 0) {
        const fill = pixel(4 + (filledTo - 4) / 2);
        rows.push({ what: `bar ${b.i} fill rgb(${fill.join(',')}) against the page`, ratio: contrast(fill, bg), need: 3 });
      }
    }
    for (const m of facts.marks) { const bg = solid(m.bg, page0); rows.push({ what: m.what, ratio: contrast(solid(m.fg, bg), bg), need: 3 }); }
    for (const t of facts.texts) { const bg = solid(t.bg, page0); rows.push({ what: t.what, ratio: contrast(solid(t.fg, bg), bg), need: 4.5 }); }
    for (const r of rows) console.log(`    ${theme} ${name}: ${r.what} ${r.ratio.toFixed(2)}:1 (need ${r.need})`);
    const fails = rows.filter((r) => r.ratio < r.need);
    if (!rows.some((r) => r.what.includes('fill')) && name === 'overview') throw new Error(`no filled bar measured on the ${name} page`);
    if (fails.length) throw new Error(fails.map((r) => `${r.what}: ${r.ratio.toFixed(2)}:1 < ${r.need}:1`).join('\n'));
  };

  for (const [theme, label] of (process.env.UI_THEMES ? THEMES.filter(([id]) => process.env.UI_THEMES.split(',').includes(id)) : THEMES)) {
    await setTheme(label);
    const themeOf = () => webview().locator('body').getAttribute('data-vscode-theme-id').catch(() => null);
    await palette('Python Roadmap: Show Overview');
    await webview().locator('ul.phase-bars').first().waitFor({ timeout: 30000 });
    await until(page, async () => (await themeOf()) === theme, async () => `the page shows theme "${await themeOf()}", not "${theme}"`);
    await check(`${theme}: the overview's bars, marks and badges contrast`, () => measure('overview', theme));
    await cleanShot(`${theme.replace(/\s+/g, '-')}-overview`);
    if (theme === 'Dark 2026') {
      await check('the learning history speaks of 1 active day, not "1 active days"', async () => {
        const chips = (await webview().locator('.chip').allTextContents()).join(' | ');
        if (!/\b1 active day\b/.test(chips) || /\b1 active days\b/.test(chips)) throw new Error(`the chips read: ${chips}`);
      });
    }

    await webview().locator('ul.phase-bars a', { hasText: 'Foundations' }).first().click();
    await webview().locator('h1', { hasText: 'Foundations' }).waitFor({ timeout: 30000 });
    await check(`${theme}: the phase page's bars, marks and badges contrast`, () => measure('phase', theme));
    await cleanShot(`${theme.replace(/\s+/g, '-')}-phase`);

    await webview().locator('a', { hasText: 'Functions and modules' }).first().click();
    await webview().locator('h1', { hasText: 'Functions and modules' }).waitFor({ timeout: 30000 });
    await check(`${theme}: the skill page's status buttons and badges contrast`, () => measure('skill', theme));
  }
  done();
}

// Accessibility checked by a machine (issue 26): axe-core run inside every kind of page — overview,
// career guide, FAQ, phase, skill, workspace scan, portfolio report, exercise, team — in VS Code's
// default themes. A check per page and theme fails on any serious or critical violation; every
// violation found is printed with its rule, impact and count (`axe <theme> <page>: …`).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench.mjs';
import { checks } from './checks.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = [
  ['Dark 2026', 'Dark 2026'], ['Light 2026', 'Light 2026'], ['Dark Modern', 'Dark Modern'], ['Light Modern', 'Light Modern'],
  ['Default High Contrast', 'Dark High Contrast'], ['Default High Contrast Light', 'Light High Contrast'],
];

export default async function (page, { log }) {
  const { openRoadmapView, webview, palette, row, setTheme } = workbench(page, log);
  const { check, done } = checks(page, log);
  const quick = (text) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  const heading = (text) => webview().locator('h1', { hasText: text }).first().waitFor({ timeout: 30000 });

  /** The frame of the page shown: the webview's inner document, the one holding the page's heading. */
  const pageFrame = async () => {
    for (let i = 0; i < 50; i++) {
      for (const f of page.frames()) {
        if (f === page.mainFrame()) continue;
        if (await f.evaluate(() => !!document.querySelector('#app h1, main h1') && document.visibilityState === 'visible' && document.hasFocus !== undefined).catch(() => false)) {
          const shown = await f.evaluate(() => getComputedStyle(window.frameElement ?? document.body).visibility !== 'hidden').catch(() => true);
          if (shown) return f;
        }
      }
      await page.waitForTimeout(100);
    }
    throw new Error('no page frame found');
  };
  const summary = [];
  const axe = async (theme, name) => {
    const frame = await pageFrame();
    if (!(await frame.evaluate(() => typeof window.axe === 'object').catch(() => false))) await frame.evaluate(AXE);
    const result = await frame.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return { title: document.querySelector('h1')?.textContent ?? '', violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') ?? '', html: v.nodes[0]?.html?.slice(0, 120) ?? '' })) };
    });
    const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    for (const v of result.violations) counts[v.impact] = (counts[v.impact] ?? 0) + v.nodes;
    summary.push({ theme, page: name, ...counts });
    console.log(`    axe ${theme} ${name} ("${result.title}"): ${result.violations.length ? result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes}: ${v.target})`).join('; ') : 'no violations'}`);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (bad.length) throw new Error(bad.map((v) => `${v.id} (${v.impact}) ×${v.nodes}: ${v.target} ${v.html}`).join('\n'));
  };

  await openRoadmapView();
  await row('1 · Foundations').click();
  const pages = [
    ['overview', async () => { await palette('Python Roadmap: Show Overview'); await webview().locator('ul.phase-bars').first().waitFor({ timeout: 30000 }); }],
    ['career', async () => { await palette('Python Roadmap: Show Career Guide'); await webview().locator('h1').first().waitFor({ timeout: 30000 }); }],
    ['faq', async () => { await palette('Python Roadmap: Open FAQ'); await quick('').click(); await webview().locator('h1').first().waitFor({ timeout: 30000 }); }],
    ['phase', async () => { await palette('Python Roadmap: Show Overview'); await webview().locator('ul.phase-bars a', { hasText: 'Foundations' }).first().click(); await heading('Foundations'); }],
    ['skill', async () => { await row('Decorators').click(); await heading('Decorators'); }],
    ['skill with classes', async () => { await row('Object-oriented programming').click(); await heading('Object-oriented programming'); }],
    ['exercise', async () => { await row('Regular expressions').click(); await heading('Regular expressions'); const link = webview().locator('[data-check="skill-exercises"] a').first(); const title = (await link.textContent()).trim(); await link.click(); await heading(title); }],
    ['scan', async () => { await palette('Python Roadmap: Scan Workspace for Roadmap Skills'); await heading('Skills in this workspace'); }],
    ['report', async () => { await palette('Python Roadmap: Create Portfolio Report'); await quick('docs/').click(); await heading('Portfolio report'); }],
  ];
  for (const [theme, label] of (process.env.UI_THEMES ? THEMES.filter(([id]) => process.env.UI_THEMES.split(',').includes(id)) : THEMES)) {
    await setTheme(label);
    for (const [name, open] of pages) {
      // The scan and the report make files and lists once; later themes reopen them from the palette alike.
      await check(`axe: the ${name} page in ${theme} has no serious or critical violation`, async () => {
        await palette('View: Close All Editors');
        await page.waitForTimeout(300);
        await open();
        await page.waitForTimeout(400);
        await axe(theme, name);
      });
      await page.keyboard.press('Escape');
    }
  }
  if (process.env.AXE_SUMMARY) writeFileSync(process.env.AXE_SUMMARY, JSON.stringify(summary, null, 1));
  else writeFileSync(join(process.env.SHOT_DIR ?? '.', 'axe-summary.json'), JSON.stringify(summary, null, 1));
  done();
}

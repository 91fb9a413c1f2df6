// Export and import, history and portfolio as a person sees them, in one theme and width per run:
// the import preview of a file from another machine (with a year of history), the overview's
// learning history once it is imported, and the portfolio report with its badge on a light and a
// dark page. Fails on a page that scrolls sideways, a heatmap without its text alternative, or a
// badge that does not load. Env: SHOT_DIR, SHOT_PREFIX.
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench.mjs';

const folder = join(import.meta.dirname, '..', 'fixtures', 'workspace');

/** An export from "another machine": 30 skills with changes spread over the last ten months. */
function sampleExport() {
  const ids = ['syntax-basics', 'functions-modules', 'data-structures', 'oop', 'error-handling', 'file-io', 'regex', 'comprehensions', 'lambda-functions', 'decorators',
    'generators', 'context-managers', 'pythonic-idioms', 'virtual-environments', 'scripting', 'git', 'testing', 'code-style', 'type-hints', 'linting-formatting',
    'debugging', 'logging', 'dependency-management', 'fastapi', 'rest-apis', 'sql', 'docker', 'asyncio', 'pandas', 'build-cli-tool'];
  const day = 86_400_000;
  const now = Date.now();
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const skills = {};
  const history = {};
  ids.forEach((id, i) => {
    const start = now - (300 - i * 9) * day - Math.floor(rand() * 5) * day;
    const learned = start + (3 + Math.floor(rand() * 12)) * day;
    const done = i < 24;
    skills[id] = { status: done ? 'learned' : 'learning', changed: new Date(done ? learned : start).toISOString(), ...(i % 5 === 0 ? { note: `What I keep forgetting about ${id}` } : {}) };
    history[id] = [{ status: 'learning', date: new Date(start).toISOString() }, ...(done ? [{ status: 'learned', date: new Date(learned).toISOString() }] : [])];
  });
  return { format: 'python-roadmap-progress', version: 1, exported: new Date(now).toISOString(), skills, history };
}

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, row, webview, palette } = workbench(page, log);
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); };
  const overflow = () => webview().locator('body').evaluate((b) => b.ownerDocument.documentElement.scrollWidth - b.ownerDocument.documentElement.clientWidth);
  const file = join(folder, 'laptop.roadmap-progress.json');
  writeFileSync(file, JSON.stringify(sampleExport(), null, 2));
  try {
    await openRoadmapView();
    await row('1 · Foundations').click();
    // Something here first, so the preview has both sides: git marked learning today.
    await palette('Python Roadmap: Mark as Learning');
    await page.locator('.quick-input-widget input').fill('git');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Git and version control' }).first().click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.waitForTimeout(800);

    await palette('Python Roadmap: Import Progress…');
    // VS Code's own file dialog (a quick input in the browser): pick the file, then accept.
    const item = page.locator('.quick-input-list .monaco-list-row', { hasText: 'laptop.roadmap-progress.json' }).first();
    await item.waitFor({ timeout: 15000 });
    await item.click();
    await page.waitForTimeout(300);
    if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Enter');
    await webview().locator('h1', { hasText: 'Import progress' }).waitFor({ timeout: 30000 });
    await webview().locator('table.import').first().waitFor();
    await page.waitForTimeout(400);
    check((await overflow()) <= 1, 'the import preview scrolls sideways');
    await shot('1-import-preview');

    await webview().locator('button', { hasText: /^Import \d+ records/ }).click();
    await webview().locator('#import-state', { hasText: 'Imported' }).waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    await shot('2-import-done');

    await palette('Python Roadmap: Show Overview');
    const heat = webview().locator('svg.heatmap');
    await heat.waitFor({ timeout: 30000 });
    await webview().locator('h2', { hasText: 'Learning history' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(400);
    const facts = await webview().locator('body').evaluate((b) => ({
      active: b.querySelectorAll('svg.heatmap rect.day:not(.level-0)').length,
      labelled: b.querySelector('svg.heatmap')?.getAttribute('aria-labelledby'),
      text: b.querySelector('#activity-text')?.textContent ?? '',
      bars: b.querySelectorAll('svg.months rect.bar:not(.empty)').length,
    }));
    check(facts.active >= 20, `the heatmap shows ${facts.active} active days`);
    check(facts.labelled === 'activity-text' && /status changes on \d+ days/.test(facts.text), `the heatmap's text alternative: "${facts.text}"`);
    check(facts.bars >= 5, `${facts.bars} months with skills learned`);
    check((await overflow()) <= 1, 'the overview scrolls sideways');
    await shot('3-learning-history');

    await palette('Python Roadmap: Create Portfolio Report…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'docs/' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await webview().locator('h1', { hasText: 'Portfolio report' }).waitFor({ timeout: 30000 });
    await webview().locator('img.badge').first().waitFor();
    await page.waitForTimeout(400);
    const badge = await webview().locator('img.badge').first().evaluate((img) => ({ w: img.naturalWidth, h: img.naturalHeight, alt: img.alt }));
    check(badge.w > 300 && badge.h > 100, `the badge did not load (${badge.w}×${badge.h})`);
    check(/learned/.test(badge.alt), `the badge's alt text: "${badge.alt}"`);
    check((await overflow()) <= 1, 'the report page scrolls sideways');
    await shot('4-report-page');
    await webview().locator('h2', { hasText: 'Report' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot('5-report-markdown');
  } finally {
    rmSync(file, { force: true });
    rmSync(join(folder, 'docs'), { recursive: true, force: true });
  }
  log(`exchange checks: ${problems.length ? problems.join('; ') : 'all held'}`);
  if (problems.length) throw new Error(problems.join('\n'));
}

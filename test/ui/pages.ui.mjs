// The pages as a person reads them, in one theme and width per run: a skill page with its status
// pressed, the overview's career levels, the career page, the scan report and the Search Roadmap
// palette; a screenshot of each. It also fails on what a person would see wrong:
//   - the pressed status button must show itself by more than colour (a check mark, aria-pressed,
//     a border of 2px or more);
//   - no page may scroll sideways, and at a narrow width the tables are stacked rows;
//   - code in the scan report wraps between words, never letter by letter.
// Env: SHOT_DIR, SHOT_PREFIX.
import { workbench } from './workbench.mjs';

export default async function (page, { log }) {
  const { shot, row, webview, palette, roadmapTab, closeWalkthrough } = workbench(page, log);
  const problems = [];
  const check = (ok, what) => {
    if (!ok) problems.push(what);
  };
  /** Facts about the active webview's document, read inside it. */
  const layout = () => webview().locator('body').evaluate((body) => {
    const doc = body.ownerDocument.documentElement;
    const table = body.querySelector('table');
    return {
      width: doc.clientWidth,
      overflow: doc.scrollWidth - doc.clientWidth,
      stacked: table ? getComputedStyle(table).display === 'block' : undefined,
      codeWrap: [...body.querySelectorAll('ul.places code')].map((c) => getComputedStyle(c).overflowWrap)[0],
    };
  });

  const tab = await roadmapTab();
  await tab.click();
  await closeWalkthrough();
  await row('1 · Foundations').click();
  await row('Decorators').click();
  await webview().locator('h1', { hasText: 'Decorators' }).waitFor({ timeout: 30000 });
  await webview().locator('button[data-status="learning"]').click();
  const pressed = webview().locator('button[data-status="learning"][aria-pressed="true"]');
  await pressed.waitFor({ timeout: 10000 });
  const button = await pressed.evaluate((b) => ({ text: b.textContent, border: parseFloat(getComputedStyle(b).borderTopWidth), weight: getComputedStyle(b).fontWeight }));
  check(button.text.includes('✓'), `the pressed status button has no check mark: "${button.text}"`);
  check(button.border >= 2, `the pressed status button's border is ${button.border}px`);
  const others = await webview().locator('button.status-button[aria-pressed="false"]').evaluateAll((bs) => bs.map((b) => b.textContent));
  check(others.length === 3 && others.every((t) => !t.includes('✓')), `only the pressed button has the mark: ${others.join(' | ')}`);
  let l = await layout();
  check(l.overflow <= 1, `the skill page scrolls sideways by ${l.overflow}px at ${l.width}px`);
  await page.waitForTimeout(300);
  await shot('1-skill-page');

  await palette('Python Roadmap: Show Overview');
  await webview().locator('h2', { hasText: 'Career levels' }).waitFor({ timeout: 30000 });
  await webview().locator('table.levels').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  l = await layout();
  check(l.overflow <= 1, `the overview scrolls sideways by ${l.overflow}px at ${l.width}px`);
  if (l.width < 560) check(l.stacked === true, `the career-level table is not stacked at ${l.width}px`);
  await shot('2-overview-levels');

  await palette('Python Roadmap: Show Career Guide');
  await webview().locator('h2', { hasText: 'What employers prioritise' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  l = await layout();
  check(l.overflow <= 1, `the career page scrolls sideways by ${l.overflow}px at ${l.width}px`);
  await shot('3-career-page');
  await webview().locator('h2', { hasText: 'Trends' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await shot('4-career-trends');

  await palette('Python Roadmap: Scan Workspace for Roadmap Skills');
  await webview().locator('table.scan').waitFor({ timeout: 60000 });
  await page.waitForTimeout(500);
  l = await layout();
  check(l.overflow <= 1, `the scan report scrolls sideways by ${l.overflow}px at ${l.width}px`);
  check(l.codeWrap !== 'anywhere', `code in the scan report breaks anywhere (${l.codeWrap})`);
  if (l.width < 560) check(l.stacked === true, `the scan table is not stacked at ${l.width}px`);
  await shot('5-scan-report');
  await page.keyboard.press('Escape');

  await palette('Python Roadmap: Search Roadmap');
  await page.locator('.quick-input-widget input').fill('salary');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Entry-level' }).first().waitFor({ timeout: 10000 });
  await page.waitForTimeout(400);
  await shot('6-search-roadmap');
  await page.keyboard.press('Escape');

  log(`page checks at ${l.width}px: ${problems.length ? problems.join('; ') : 'all held'}`);
  if (problems.length) throw new Error(problems.join('\n'));
}

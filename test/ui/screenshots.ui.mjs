// Drives the workbench like a person: opens the Python Roadmap view, ticks checkboxes, uses the
// D/L/S/R keys, opens a skill page and types a note, opens the overview and the Find Skill
// palette; then, while coding, the status-bar entry, its pick, the hover, the evidence on the
// skill page and the workspace scan report; a screenshot of each. Env: SHOT_DIR, SHOT_PREFIX.

import { workbench } from './workbench.mjs';

export default async function (page, { log }) {
  const { shot, row, webview, palette, roadmapTab, closeWalkthrough, hoverOn } = workbench(page, log);

  const tab = await roadmapTab();
  await tab.click();
  await closeWalkthrough();
  await row('1 · Foundations').click();
  await row('Functions and modules').waitFor();

  for (const title of ['Syntax, data types and control flow', 'Functions and modules', 'Built-in data structures']) {
    const box = row(title).locator('.custom-view-tree-node-item-checkbox');
    await box.click();
    await page.waitForFunction((el) => el?.getAttribute('aria-checked') === 'true', await box.elementHandle(), { timeout: 10000 });
  }
  log('three checkboxes ticked');
  const keyOn = async (title, key) => {
    await row(title).click();
    await page.locator('.monaco-list-row[role="treeitem"][aria-selected="true"]', { hasText: title }).first().waitFor();
    await page.waitForTimeout(200); // the selection reaches the extension host a moment later
    await page.keyboard.press('Control+K');
    await page.keyboard.press(`Control+${key}`);
  };
  await keyOn('Object-oriented programming', 'L');
  await keyOn('Lambda functions', 'X');
  await keyOn('Regular expressions', 'L');
  for (const [title, state] of [['Object-oriented programming', 'learning'], ['Lambda functions', 'skipped'], ['Regular expressions', 'learning']]) {
    await row(title).locator('.label-description', { hasText: state }).waitFor({ timeout: 10000 });
  }
  log('the Ctrl+K Ctrl+L / Ctrl+K Ctrl+X chords marked the focused rows');
  // Typing a row's name finds it and changes nothing (d, l, s, r are not status keys by default).
  await row('Functions and modules').click();
  await page.waitForTimeout(200);
  await page.keyboard.type('decorators', { delay: 40 });
  await page.locator('.monaco-list-row[role="treeitem"].focused', { hasText: 'Decorators' }).first().waitFor({ timeout: 5000 });
  if (await row('Decorators').locator('.label-description', { hasText: /learned|learning|skipped/ }).count()) throw new Error('typing "decorators" changed a status');
  await page.keyboard.press('Escape');
  log('typing "decorators" moved to Decorators and changed no status');
  await row('Decorators').click();
  await webview().locator('h1', { hasText: 'Decorators' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(400);
  await shot('1-sidebar');

  const note = webview().locator('#note');
  await note.click();
  await note.pressSequentially('Write one with functools.wraps; try a decorator factory next.', { delay: 5 });
  await webview().locator('button[data-status="learning"]').click();
  await webview().locator('button[data-status="learning"][aria-pressed="true"]').waitFor();
  await webview().locator('#note-state', { hasText: 'Saved' }).waitFor({ timeout: 5000 });
  await shot('2-skill-page');
  // Focus stays where the person put it: after clicking in the page, "Focus on Roadmap View" and
  // a change from the tree must leave the focus in the tree (a page re-render took it back).
  await webview().locator('button[data-status="learned"]').focus();
  await palette('Python Roadmap: Focus on Roadmap View');
  await page.waitForTimeout(300);
  await row('Files and I/O').click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+L');
  await row('Files and I/O').locator('.label-description', { hasText: 'learning' }).waitFor({ timeout: 10000 });
  await page.waitForTimeout(500);
  if (!(await page.evaluate(() => !!document.activeElement?.closest('.part.sidebar')))) throw new Error('the page took the focus from the tree');
  log('the focus stayed in the tree while the page re-rendered');
  await webview().locator('h2', { hasText: 'Resources' }).scrollIntoViewIfNeeded();
  await shot('3-skill-page-lower');

  await palette('Python Roadmap: Show Overview');
  await webview().locator('h2', { hasText: 'Career levels' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  await shot('4-overview');
  await webview().locator('table.levels').scrollIntoViewIfNeeded();
  await shot('5-overview-levels');

  await palette('Python Roadmap: Open FAQ');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'All questions' }).first().waitFor();
  await page.keyboard.press('Enter'); // "All questions"
  await webview().locator('#faq-filter').waitFor({ timeout: 30000 });
  await webview().locator('#faq-filter').fill('senior');
  await page.waitForTimeout(300);
  await shot('6-faq');

  await palette('Python Roadmap: Find Skill');
  await page.locator('.quick-input-widget input').fill('djnago');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Django' }).first().waitFor();
  await page.waitForTimeout(300);
  await shot('7-find-skill');
  await page.keyboard.press('Escape');

  // While coding: open a Python file, see the status-bar entry, hover a line, mark from the hover,
  // and find the place on the skill page; then scan the workspace.
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('service.py');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'service.py' }).first().waitFor();
  await page.keyboard.press('Enter');
  const entry = page.locator('.statusbar-item', { hasText: 'roadmap skills here' }).first();
  await entry.waitFor({ timeout: 30000 });
  log(`status bar: ${await entry.textContent()}`);
  await page.waitForTimeout(300);
  await shot('8-status-bar');
  await entry.click();
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.waitForTimeout(300);
  await shot('9-skills-here-pick');
  await page.keyboard.press('Escape');

  const hover = await hoverOn('async def poll');
  await shot('10-hover');
  await hover.locator('a', { hasText: 'Mark as learned' }).first().click();
  // The hover closes once its action ran (it used to stay, offering the same action again).
  await hover.waitFor({ state: 'hidden', timeout: 3000 });
  log('the hover closed after "Mark as learned"');
  await page.mouse.move(5, 5);
  await page.locator('.statusbar-item', { hasText: '6 roadmap skills' }).or(page.locator('.notification-toast', { hasText: 'marked learned' })).first().waitFor({ timeout: 10000 }).catch(() => log('no toast or count change seen'));
  await page.waitForTimeout(500);

  await palette('Python Roadmap: Find Skill');
  await page.locator('.quick-input-widget input').fill('asyncio');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'asyncio' }).first().waitFor();
  await page.keyboard.press('Enter');
  const seen = webview().locator('h2', { hasText: 'Seen in your code' });
  await seen.waitFor({ timeout: 30000 });
  await seen.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot('11-skill-page-evidence');

  await palette('Python Roadmap: Scan Workspace for Roadmap Skills');
  await webview().locator('table.scan').waitFor({ timeout: 60000 });
  await page.waitForTimeout(500);
  await shot('12-scan-report');
}

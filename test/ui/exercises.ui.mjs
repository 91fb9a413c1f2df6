// Exercises as a learner meets them: the exercise page, a failing check in VS Code's Testing view
// with its diff, and the skill page after a pass. Env: SHOT_DIR, SHOT_PREFIX.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench.mjs';

const root = join(import.meta.dirname, '..', '..');
const folder = join(root, 'test', 'fixtures', 'workspace');
const dir = join(folder, 'roadmap-exercises', 'flatten-lists');

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, row, webview, palette } = workbench(page, log);
  try {
    await openRoadmapView();
    await row('1 · Foundations').click();
    await row('Built-in data structures').click();
    await webview().locator('h2', { hasText: 'Exercises' }).waitFor({ timeout: 30000 });
    await webview().locator('a', { hasText: 'Flatten nested lists' }).click();
    await webview().locator('h1', { hasText: 'Flatten nested lists' }).waitFor({ timeout: 30000 });
    await webview().locator('button', { hasText: 'Show a hint' }).click();
    await page.waitForTimeout(300);
    await shot('1-exercise-page');

    await webview().locator('button', { hasText: 'Start Exercise' }).click();
    await page.locator('.tabs-container .tab', { hasText: 'flatten.py' }).first().waitFor({ timeout: 15000 });
    writeFileSync(join(dir, 'flatten.py'), 'def flatten(items):\n    return [x for x in items if not isinstance(x, list)]\n');
    await palette('Python Roadmap: Check Exercise');
    await page.locator('.quick-input-widget input').fill('flatten');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Flatten nested lists' }).first().click();
    await palette('Testing: Focus on Test Explorer View');
    const exerciseRow = page.locator('.test-explorer .monaco-list-row', { hasText: 'Flatten nested lists' }).first();
    await exerciseRow.waitFor({ timeout: 20000 });
    // The Testing view with the failing exercise, beside its page and the failures' messages.
    await page.waitForTimeout(500);
    await shot('2-testing-view-failure');

    // Its tests, and a failure opened where it failed: the message and the expected/actual diff in the test file.
    await exerciseRow.click();
    await page.keyboard.press('ArrowRight');
    const failing = page.locator('.test-explorer .monaco-list-row', { hasText: 'test_any_depth' }).first();
    await failing.waitFor({ timeout: 10000 });
    await failing.dblclick();
    await page.locator('.tabs-container .tab', { hasText: 'test_flatten.py' }).first().waitFor({ timeout: 15000 });
    await palette('Test: Go to Next Test Failure');
    await page.locator('.peekview-widget').first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(1200);
    await shot('3-testing-diff');
    await page.keyboard.press('Escape');


    writeFileSync(join(dir, 'flatten.py'), readFileSync(join(root, 'data', 'exercises', 'flatten-lists', 'solution', 'flatten.py'), 'utf8'));
    await page.keyboard.press('Escape');
    await palette('Python Roadmap: Check Exercise');
    await page.locator('.quick-input-widget input').fill('flatten');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Flatten nested lists' }).first().click();
    await page.waitForTimeout(1500);
    await palette('Python Roadmap: Open Skill…');
    await page.locator('.quick-input-widget input').fill('built-in data structures');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Built-in data structures' }).first().click();
    await webview().locator('h2', { hasText: 'Seen in your code' }).waitFor({ timeout: 30000 });
    await webview().locator('h2', { hasText: 'Exercises' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await shot('4-skill-after-pass');
  } finally {
    rmSync(join(folder, 'roadmap-exercises'), { recursive: true, force: true });
  }
}

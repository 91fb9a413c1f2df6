// The Roadmap view from the keyboard, with real key presses (issue 26): the Ctrl+K chords and Space
// act on the row the arrow keys moved to, not on the row clicked before; Space toggles a skill's
// checkbox and opens or closes a phase; Enter opens the page; the status bar says what changed.
import { workbench } from './workbench.mjs';
import { checks, until } from './checks.mjs';

export default async function (page, { log }) {
  const { openRoadmapView, row, webview } = workbench(page, log);
  const { check, done } = checks(page, log);
  const label = (text) => row(text).getAttribute('aria-label');
  const status = async (text) => (await label(text)) ?? '';
  const focused = () => page.locator('.monaco-list-row[role="treeitem"].focused').first().getAttribute('aria-label');
  const statusBar = (text) => page.locator('.part.statusbar', { hasText: text });

  await openRoadmapView();
  await row('1 · Foundations').click();
  await row('Lambda functions').waitFor();

  await check('Ctrl+K Ctrl+L marks the row the arrow keys moved to, not the row clicked', async () => {
    await row('Lambda functions').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await until(page, async () => (await focused())?.startsWith('Generators and iterators'), async () => `focus is on "${await focused()}"`);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+L');
    await until(page, async () => (await status('Generators and iterators')).endsWith('learning'), async () => `Generators and iterators reads "${await status('Generators and iterators')}"`);
    const lambda = await status('Lambda functions');
    if (!lambda.endsWith('not started')) throw new Error(`Lambda functions changed too: "${lambda}"`);
  });

  await check('a mark from the keyboard says in the status bar what changed', async () => {
    await statusBar('Generators and iterators: learning').waitFor({ timeout: 5000 });
  });

  await check('Space toggles the checkbox of the row the keyboard is on: learned, then not started', async () => {
    await page.keyboard.press('ArrowUp');
    await until(page, async () => (await focused())?.startsWith('Decorators'), async () => `focus is on "${await focused()}"`);
    await page.keyboard.press('Space');
    await until(page, async () => (await status('Decorators')).endsWith(', learned'), async () => `after Space, Decorators reads "${await status('Decorators')}"`);
    const checkbox = await row('Decorators').locator('.custom-view-tree-node-item-checkbox, [role="checkbox"]').first().getAttribute('aria-checked').catch(() => null);
    if (checkbox !== null && checkbox !== 'true') throw new Error(`the checkbox reads aria-checked=${checkbox}`);
    await page.keyboard.press('Space');
    await until(page, async () => (await status('Decorators')).endsWith('not started'), async () => `after a second Space, Decorators reads "${await status('Decorators')}"`);
    const lambda = await status('Lambda functions');
    if (!lambda.endsWith('not started')) throw new Error(`Lambda functions changed: "${lambda}"`);
  });

  await check('Space on a phase row closes and opens it', async () => {
    await page.keyboard.press('Home');
    await until(page, async () => (await focused())?.includes('Foundations'), async () => `focus is on "${await focused()}"`);
    await page.keyboard.press('Space');
    await until(page, async () => (await row('1 · Foundations').getAttribute('aria-expanded')) === 'false', 'the phase did not close');
    await page.keyboard.press('Space');
    await until(page, async () => (await row('1 · Foundations').getAttribute('aria-expanded')) === 'true', 'the phase did not open again');
  });

  await check('Enter opens the page of the row the keyboard is on', async () => {
    await page.keyboard.press('ArrowDown');
    await until(page, async () => (await focused())?.startsWith('Syntax, data types'), async () => `focus is on "${await focused()}"`);
    await page.keyboard.press('Enter');
    await webview().locator('h1', { hasText: 'Syntax, data types and control flow' }).waitFor({ timeout: 30000 });
  });

  done();
}

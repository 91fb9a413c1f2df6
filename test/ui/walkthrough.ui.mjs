// The first run as a new user sees it, in the real workbench: the walkthrough that opens beside
// the editor on first activation, the Roadmap view's welcome line, then each walkthrough step's
// subject, captured as the step's image. Env: SHOT_DIR, SHOT_PREFIX; MEDIA_DIR (optional) also
// writes the cropped step images there (npm run screenshots -- --walkthrough-media).
import { join } from 'node:path';

import { workbench } from './workbench.mjs';

export default async function (page, { log }) {
  const { dir, prefix, shot, row, webview, palette, roadmapTab, hoverOn } = workbench(page, log);
  const media = process.env.MEDIA_DIR;
  /** A step image: the part of the window that shows the step's subject. */
  const crop = async (name, clip) => {
    const file = join(dir, `${prefix}-media-${name}.png`);
    await page.screenshot({ path: file, clip });
    if (media) await page.screenshot({ path: join(media, `${name}.png`), clip });
    log(`step image ${name} ${JSON.stringify(clip)}`);
  };
  const box = async (selector) => page.locator(selector).first().boundingBox();

  const tab = await roadmapTab();
  await page.waitForTimeout(3000); // as a person would: the workbench has finished starting
  await tab.click();

  // First activation: the walkthrough opens beside, the view keeps the focus and says what to do first.
  const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Get Started with Python Roadmap' }).first();
  await walkthrough.waitFor({ timeout: 30000 });
  await page.locator('.pane-body .message', { hasText: 'New here?' }).or(page.locator('.tree-explorer-viewlet-tree-view-message', { hasText: 'New here?' })).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(800);
  await shot('1-first-run');
  await palette('View: Close All Editor Groups'); // the step images show a full-width editor

  await row('1 · Foundations').click();
  await row('Functions and modules').waitFor();
  await page.waitForTimeout(300);
  const sidebar = await box('.part.sidebar');
  // (The first two steps share one image of the tree, taken once marked: the VSIX stays small.)

  for (const title of ['Syntax, data types and control flow', 'Functions and modules', 'Built-in data structures']) {
    const cb = row(title).locator('.custom-view-tree-node-item-checkbox');
    // A tooltip left by the previous row can take the first click: move off, and click again if needed.
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(900, 860);
      await cb.click();
      const ok = await page.waitForFunction((el) => el?.getAttribute('aria-checked') === 'true', await cb.elementHandle(), { timeout: 3000 }).then(() => true, () => false);
      if (ok) break;
      if (i === 2) throw new Error(`the checkbox of ${title} did not check`);
    }
  }
  for (const [title, key] of [['Object-oriented programming', 'L'], ['Lambda functions', 'X']]) {
    await row(title).click();
    await page.locator('.monaco-list-row[role="treeitem"][aria-selected="true"]', { hasText: title }).first().waitFor();
    await page.waitForTimeout(200);
    await page.keyboard.press('Control+K');
    await page.keyboard.press(`Control+${key}`);
    await row(title).locator('.label-description', { hasText: key === 'L' ? 'learning' : 'skipped' }).waitFor({ timeout: 10000 });
  }
  await page.waitForTimeout(300);
  await shot('2-walkthrough-progress');
  await crop('mark', { x: sidebar.x, y: sidebar.y, width: sidebar.width, height: Math.min(sidebar.height, 340) });

  // The Python file: hover an async def.
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('service.py');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'service.py' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: 'roadmap skills here' }).first().waitFor({ timeout: 30000 });
  const hover = await hoverOn('async def poll');
  const h = await hover.boundingBox();
  const editor = await box('.part.editor .editor-group-container.active');
  await crop('coding', { x: editor.x, y: Math.max(editor.y, h.y - 120), width: Math.min(editor.width, h.x - editor.x + h.width + 40), height: Math.min(420, h.height + 220) });
  await page.mouse.move(5, 5);

  await palette('Python Roadmap: Scan Workspace for Roadmap Skills');
  await webview().locator('table.scan').waitFor({ timeout: 60000 });
  await page.waitForTimeout(600);

  // (This step's media is media/walkthrough/scan.md.)

  await palette('Python Roadmap: Find Skill');
  await page.locator('.quick-input-widget input').fill('djnago');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Django' }).first().waitFor();
  await page.waitForTimeout(400);

  // (This step's media is media/walkthrough/find.md: text, no image.)
  await page.keyboard.press('Escape');

  await palette('View: Close All Editor Groups'); // the scan report opened beside; one page at a time here
  await palette('Python Roadmap: Show Overview');
  await webview().locator('h2', { hasText: 'Career levels' }).waitFor({ timeout: 30000 });
  await webview().locator('h2', { hasText: 'Career levels' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);

  // (This step's media is media/walkthrough/overview.md.)

  // The walkthrough again, with the steps done so far ticked.
  await palette('Python Roadmap: Get Started');
  await page.locator('.gettingStartedContainer', { hasText: 'Get Started with Python Roadmap' }).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1000);
  await shot('3-walkthrough-steps-done');
  // With room for it, a step shows its image beside the steps (a narrow window shows none).
  if (page.viewportSize().width < 1200) return;
  await palette('View: Close All Editor Groups');
  await palette('Python Roadmap: Get Started');
  await page.locator('.gettingStartedContainer', { hasText: 'Get Started with Python Roadmap' }).first().waitFor({ timeout: 30000 });
  await palette('View: Toggle Primary Side Bar Visibility');
  await page.locator('.gettingStartedContainer button, .gettingStartedContainer .getting-started-step', { hasText: 'See the skills in your own code' }).first().click();
  await page.locator('.gettingStartedContainer .getting-started-media img').first().waitFor({ timeout: 10000 });
  await page.waitForTimeout(800);
  await shot('4-walkthrough-step-image');
}

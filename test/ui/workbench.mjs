// What the UI scripts share: finding things in the real workbench, as a person would.
import { join } from 'node:path';

export function workbench(page, log) {
  const dir = process.env.SHOT_DIR ?? 'shots';
  const prefix = process.env.SHOT_PREFIX ?? 'shot';
  const api = {
    dir, prefix,
    /** A screenshot of the whole window, shots/<prefix>-<name>.png. */
    shot: async (name) => {
      const file = join(dir, `${prefix}-${name}.png`);
      await page.screenshot({ path: file });
      log(`screenshot ${file}`);
    },
    /** A screenshot with the mouse parked on the title bar, so no tooltip covers what is shown. */
    cleanShot: async (name) => {
      await page.mouse.move(1250, 12);
      await page.waitForTimeout(200);
      await api.shot(name);
    },
    /** A row of the Roadmap view (its accessible name is the tooltip, so match by text). */
    row: (text) => page.locator('.monaco-list-row[role="treeitem"]', { hasText: text }).first(),
    /** The content frame of the active webview panel. */
    webview: () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame'),
    /** Runs a command from the palette by its title. */
    palette: async (text) => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`>${text}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().waitFor();
      await page.keyboard.press('Enter');
    },
    /** Closes the walkthrough that a first activation opens, where it is not what is shown. */
    closeWalkthrough: async () => {
      const welcome = page.locator('.tabs-container .tab', { hasText: 'Welcome' }).first();
      await welcome.waitFor({ timeout: 5000 }).catch(() => undefined);
      if (await welcome.count()) await welcome.locator('.codicon-close, .tab-actions a').first().click().catch(() => undefined);
    },
    /** Rests the mouse on the editor line holding `text` until Python Roadmap's hover shows; returns it. */
    hoverOn: async (text) => {
      const line = page.locator('.view-line', { hasText: text }).first();
      await line.scrollIntoViewIfNeeded();
      const hover = page.locator('.monaco-hover:visible', { hasText: 'Python Roadmap' }).first();
      for (let i = 0; i < 5 && !(await hover.isVisible()); i++) {
        const b = await line.boundingBox();
        await page.mouse.move(b.x + 10 + i, b.y + b.height / 2);
        await page.waitForTimeout(900);
      }
      await hover.waitFor({ timeout: 10000 });
      return hover;
    },
    /** The Python Roadmap entry of the activity bar, once the workbench is up. */
    roadmapTab: async () => {
      await page.locator('.monaco-workbench .activitybar').waitFor({ timeout: 60000 });
      const tab = page.locator('.activitybar .action-item a[aria-label^="Python Roadmap"], .activitybar [role="tab"][aria-label^="Python Roadmap"]').first();
      await tab.waitFor({ timeout: 60000 });
      return tab;
    },
  };
  /** Switches the color theme through the Color Theme picker, by the label it shows the theme by
   *  (the palette's first match for the command's title may be the Marketplace's theme browser). */
  api.setTheme = async (label) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
    await page.locator('.quick-input-widget input').fill(label);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.waitForTimeout(300);
  };
  /** The Roadmap view open, the first-run walkthrough and the empty secondary side bar closed. */
  api.openRoadmapView = async () => {
    await (await api.roadmapTab()).click();
    await api.closeWalkthrough();
    await page.locator('.part.auxiliarybar .codicon-close, .part.auxiliarybar [aria-label^="Hide"]').first().click({ timeout: 3000 }).catch(() => undefined);
  };
  return api;
}


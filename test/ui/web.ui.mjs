// The extension in the web worker extension host (as on vscode.dev): the Roadmap view with a phase
// open, a skill page, and VS Code's Running Extensions list, which names the host each one runs in.
// screenshots.mjs runs it with remote.extensionKind set to ["web"]. Env: SHOT_DIR, SHOT_PREFIX.
import { workbench } from './workbench.mjs';

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, row, webview, palette } = workbench(page, log);
  await openRoadmapView();
  await row('1 · Foundations').click();
  await row('Decorators').click();
  await webview().locator('h1', { hasText: 'Decorators' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
  await shot('1-tree-and-skill-page');
  await palette('Developer: Show Running Extensions');
  await page.locator('.monaco-list-row', { hasText: 'web worker' }).first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(800);
  await shot('2-running-extensions');
}

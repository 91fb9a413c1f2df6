// In the web worker host (as on vscode.dev) with VS Code in Spanish: the tree and a skill page, and
// the overview (web.ui.mjs shows Running Extensions naming the host). screenshots.mjs runs it with
// remote.extensionKind ["web"] and --locale=es. Env: SHOT_DIR, SHOT_PREFIX.
import { workbench } from './workbench.mjs';

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, row, webview, palette } = workbench(page, log);
  await openRoadmapView();
  await row('Fundamentos').click();
  await row('Gestores de contexto').click();
  await webview().locator('h1', { hasText: 'Gestores de contexto' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
  await shot('1-tree-and-skill-page');
  await palette('Python Roadmap: Mostrar el resumen');
  await webview().getByText('Niveles profesionales').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
  await shot('2-overview');
}

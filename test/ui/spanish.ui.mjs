// The extension with VS Code's display language set to Spanish (screenshots.mjs passes --locale=es;
// the harness registers a language pack with no workbench translations, so VS Code's own UI stays
// English and everything of Python Roadmap is Spanish): the tree with a skill page, the overview,
// Find Skill with a Spanish query, the palette's commands, and the hover while coding. The es-web
// run does the same in the web worker host (remote.extensionKind ["web"]). Env: SHOT_DIR, SHOT_PREFIX.
import { workbench } from './workbench.mjs';

export default async function (page, { log }) {
  const { cleanShot: shot, shot: shotWithMouse, openRoadmapView, row, webview, palette, hoverOn } = workbench(page, log);
  await openRoadmapView();
  await row('Fundamentos').click();
  await row('Decoradores').click();
  await webview().locator('h1', { hasText: 'Decoradores' }).waitFor({ timeout: 30000 });
  await webview().getByText('Puntos clave').first().waitFor();
  await page.waitForTimeout(500);
  await shot('1-tree-and-skill-page');

  await palette('Python Roadmap: Mostrar el resumen');
  await webview().getByText('Niveles profesionales').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
  await shot('2-overview');

  await palette('Python Roadmap: Buscar habilidad');
  await page.locator('.quick-input-widget input').fill('gestion de errores');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Errores y excepciones' }).first().waitFor();
  await page.waitForTimeout(300);
  await shot('3-find-skill');
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Python Roadmap: ');
  // VS Code lists each command in the display language with its English title under it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mostrar el resumen' }).first().waitFor();
  await page.waitForTimeout(300);
  await shot('4-palette');
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('service.py');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'service.py' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: 'habilidades de la hoja de ruta aquí' }).first().waitFor({ timeout: 30000 });
  await hoverOn('async def poll');
  await page.waitForTimeout(300);
  await shotWithMouse('5-hover'); // the mouse stays on the line, or the hover closes
}

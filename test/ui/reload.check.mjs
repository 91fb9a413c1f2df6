// Pages restored by a window reload show their content (issue 26): the portfolio report page said
// "Not found" after a reload although its files existed.
import { workbench } from './workbench.mjs';
import { checks } from './checks.mjs';

export default async function (page, { log }) {
  const { openRoadmapView, webview, palette, closeWalkthrough } = workbench(page, log);
  const { check, done } = checks(page, log);
  await openRoadmapView();
  await palette('Python Roadmap: Create Portfolio Report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'docs/' }).first().click();
  await webview().locator('h1', { hasText: 'Portfolio report' }).waitFor({ timeout: 30000 });

  await check('the portfolio report page shows the report again after a window reload', async () => {
    await palette('Developer: Reload Window');
    await page.waitForTimeout(1500);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await closeWalkthrough();
    const h1 = webview().locator('h1').first();
    await h1.waitFor({ timeout: 60000 });
    // The first heading a restored page shows may be a placeholder: wait for the report itself.
    await webview().locator('h1', { hasText: 'Portfolio report' }).waitFor({ timeout: 30000 }).catch(async () => {
      throw new Error(`after the reload the page reads "${await h1.textContent()}": ${await webview().locator('body').textContent()}`);
    });
    const text = await webview().locator('body').textContent();
    if (/Not found/.test(text)) throw new Error(`the page says Not found: ${text.slice(0, 200)}`);
  });
  done();
}

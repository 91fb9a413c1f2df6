// A narrow window (issue 26, run at 900 px wide): the pages do not scroll sideways, and the learning
// history opens on its newest months (it opened on the oldest, the active days off-screen).
import { workbench } from './workbench.mjs';
import { checks } from './checks.mjs';

export default async function (page, { log }) {
  const { openRoadmapView, row, webview, palette, cleanShot } = workbench(page, log);
  const { check, done } = checks(page, log);
  const sideways = () => webview().locator('body').evaluate((b) => b.ownerDocument.documentElement.scrollWidth - b.ownerDocument.documentElement.clientWidth);
  await openRoadmapView();
  await row('1 · Foundations').click();
  await row('Decorators').click();
  await webview().locator('h1', { hasText: 'Decorators' }).waitFor({ timeout: 30000 });
  await check('narrow: a skill page does not scroll sideways', async () => {
    const by = await sideways();
    if (by > 1) throw new Error(`it scrolls sideways by ${by}px`);
  });
  await palette('Python Roadmap: Show Overview');
  const wrap = webview().locator('.heatmap-wrap');
  await wrap.waitFor({ timeout: 30000 });
  await check('narrow: the overview does not scroll sideways, and the learning history shows its newest months', async () => {
    const by = await sideways();
    if (by > 1) throw new Error(`the page scrolls sideways by ${by}px`);
    const m = await wrap.evaluate((w) => ({ left: w.scrollLeft, width: w.clientWidth, full: w.scrollWidth }));
    log(`heatmap: ${JSON.stringify(m)}`);
    if (m.full <= m.width + 1) throw new Error(`the heatmap does not overflow at this width (${JSON.stringify(m)}): the check measures nothing`);
    if (m.left + m.width < m.full - 2) throw new Error(`the heatmap opens scrolled to ${m.left}px of ${m.full - m.width}px: the newest months are off-screen`);
  });
  await wrap.scrollIntoViewIfNeeded();
  await cleanShot('narrow-overview');
  done();
}

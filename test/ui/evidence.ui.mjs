// The evidence standard on a skill page, "How Python Roadmap recognises this in your code": for a
// skill code can show (Decorators) and for one it cannot (Git and version control), the section
// scrolled to the top of the page; a screenshot of each. It fails when the section is missing, its
// text is not the roadmap's (in Spanish with EVIDENCE_LANG=es and --locale=es), or the page
// scrolls sideways. Env: SHOT_DIR, SHOT_PREFIX, EVIDENCE_LANG.
import { workbench } from './workbench.mjs';

const TEXT = {
  en: { phase: '1 · Foundations', decorators: 'Decorators', findSkill: 'Python Roadmap: Find Skill', git: 'Git and version control',
    heading: 'How Python Roadmap recognises this in your code', counts: 'Counts where a file defines a decorator', cannot: 'Code cannot show this' },
  es: { phase: 'Fundamentos', decorators: 'Decoradores', findSkill: 'Python Roadmap: Buscar habilidad', git: 'Git y control de versiones',
    heading: 'Cómo reconoce Python Roadmap esto en tu código', counts: 'Cuenta cuando un archivo define un decorador', cannot: 'El código no puede mostrarlo' },
};

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, row, webview, palette } = workbench(page, log);
  const t = TEXT[process.env.EVIDENCE_LANG ?? 'en'];
  /** Scrolls the evidence section to the top and checks its heading, its text and the page's width. */
  const showStandard = async (starts) => {
    const standard = webview().locator('[data-check="evidence-standard"]');
    await standard.waitFor({ timeout: 30000 });
    const facts = await standard.evaluate((p) => {
      p.closest('section').scrollIntoView({ block: 'start' });
      const doc = p.ownerDocument.documentElement;
      return { theme: p.ownerDocument.body.dataset.vscodeThemeId, heading: p.closest('section').querySelector('h2')?.textContent, text: p.textContent, overflow: doc.scrollWidth - doc.clientWidth, width: doc.clientWidth };
    });
    log(`evidence in ${facts.theme} at ${facts.width}px: ${facts.heading} | ${facts.text}`);
    const problems = [
      facts.heading !== t.heading && `the section's heading is "${facts.heading}"`,
      !facts.text.startsWith(starts) && `the standard does not start with "${starts}"`,
      facts.overflow > 1 && `the page scrolls sideways by ${facts.overflow}px`,
    ].filter(Boolean);
    if (problems.length) throw new Error(problems.join('\n'));
    await page.waitForTimeout(300);
  };

  await openRoadmapView();
  await row(t.phase).click();
  await row(t.decorators).click();
  await webview().locator('h1', { hasText: t.decorators }).waitFor({ timeout: 30000 });
  await showStandard(t.counts);
  await shot('1-decorators');

  await palette(t.findSkill);
  await page.locator('.quick-input-widget input').fill('git');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: t.git }).first().click();
  await webview().locator('h1', { hasText: t.git }).waitFor({ timeout: 30000 });
  await showStandard(t.cannot);
  await shot('2-git-cannot-show');
}

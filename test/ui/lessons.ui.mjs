// The lessons on skill pages (issue 25): a beginner's (Comprehensions), an intermediate's (Testing)
// and an advanced skill's (Concurrency and parallelism) "First steps", scrolled to the top, each
// with its worked example highlighted and what it prints; then Search Roadmap answering two plain
// questions. It fails when the lesson or its example is missing, the code is not highlighted, a
// block scrolls the page sideways, or the question's answer is not first. Env: SHOT_DIR, SHOT_PREFIX, LESSON_LANG.
import { workbench } from './workbench.mjs';

const TEXT = {
  en: {
    findSkill: 'Python Roadmap: Find Skill', search: 'Python Roadmap: Search Roadmap', heading: 'First steps',
    skills: [['comprehensions', 'Comprehensions'], ['testing', 'Testing'], ['concurrency', 'Concurrency and parallelism']],
    questions: [['how do I learn django', 'Django'], ['how do I write tests', 'Testing']],
  },
  es: {
    findSkill: 'Python Roadmap: Buscar habilidad', search: 'Python Roadmap: Buscar en la hoja de ruta', heading: 'Primeros pasos',
    skills: [['comprensiones', 'Comprensiones'], ['pruebas', 'Pruebas'], ['concurrencia', 'Concurrencia y paralelismo']],
    questions: [['cómo aprendo django', 'Django'], ['cómo hago pruebas', 'Pruebas']],
  },
};

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, webview, palette } = workbench(page, log);
  const t = TEXT[process.env.LESSON_LANG ?? 'en'];
  await openRoadmapView();
  let n = 0;
  for (const [query, title] of t.skills) {
    await palette(t.findSkill);
    await page.locator('.quick-input-widget input').fill(query);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
    await webview().locator('h1', { hasText: title }).waitFor({ timeout: 30000 });
    const lesson = webview().locator('[data-check="lesson"]');
    await lesson.waitFor({ timeout: 30000 });
    const facts = await lesson.evaluate((p) => {
      const section = p.closest('section');
      section.scrollIntoView({ block: 'start' });
      const doc = p.ownerDocument.documentElement;
      const code = section.querySelector('pre.code');
      const color = (sel) => { const el = section.querySelector(sel); return el ? getComputedStyle(el).color : undefined; };
      return {
        theme: p.ownerDocument.body.dataset.vscodeThemeId, heading: section.querySelector('h2')?.textContent, words: p.textContent.split(/\s+/).length,
        tokens: code ? code.querySelectorAll('span[class^="tok-"]').length : 0, output: !!section.querySelector('pre.output'),
        buttons: [...section.querySelectorAll('.code-actions button')].map((b) => b.textContent),
        keyword: color('.tok-keyword'), plain: code ? getComputedStyle(code).color : undefined, string: color('.tok-string'),
        overflow: doc.scrollWidth - doc.clientWidth, width: doc.clientWidth,
      };
    });
    log(`${title} in ${facts.theme} at ${facts.width}px: ${facts.words} words, ${facts.tokens} highlighted tokens, output ${facts.output}, keyword ${facts.keyword}, string ${facts.string}, text ${facts.plain}`);
    const problems = [
      facts.heading !== t.heading && `the lesson's heading is "${facts.heading}"`,
      facts.words < 60 && `the lesson has ${facts.words} words`,
      facts.tokens < 5 && `the example has ${facts.tokens} highlighted tokens`,
      facts.buttons.length !== 2 && `the example has buttons ${JSON.stringify(facts.buttons)}`,
      facts.keyword === facts.plain && facts.string === facts.plain && 'keywords and strings are the colour of plain text',
      facts.overflow > 1 && `the page scrolls sideways by ${facts.overflow}px`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`${title}: ${problems.join('\n')}`);
    await page.waitForTimeout(300);
    await shot(`${++n}-lesson-${query}`);
  }
  for (const [question, first] of t.questions) {
    await palette(t.search);
    await page.locator('.quick-input-widget input').fill(question);
    const top = page.locator('.quick-input-list .monaco-list-row').first();
    await top.filter({ hasText: first }).waitFor({ timeout: 10000 });
    await page.waitForTimeout(400);
    await shot(`${++n}-search-${question.replace(/\W+/g, '-')}`);
    await page.keyboard.press('Escape');
  }
}

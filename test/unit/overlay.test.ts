// Content translations (src/core/overlay.ts): an overlay mirrors the roadmap by id; what it gets
// wrong is named and stays English; search finds skills by their translated and English names.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOverlay, overlayFor, overlayLocales } from '../../src/core/overlay';
import { applyExerciseOverlay, parseExerciseBundle } from '../../src/core/exercises';
import { parseRoadmap } from '../../src/core/parseRoadmap';
import { allSkills, findItem } from '../../src/core/roadmap';
import { search } from '../../src/core/search';
import { buildPage } from '../../src/core/pages';
import type { SkillPage } from '../../src/core/pages';
import { ROOT, SHIPPED_PATH } from './fixtures';

const shippedRaw = () => JSON.parse(readFileSync(SHIPPED_PATH, 'utf8'));
const esPath = join(ROOT, 'data', 'l10n', 'roadmap.es.json');

suite('content translations: overlays', () => {
  test('translates prose by id and keeps ids, links, references and numbers', () => {
    const raw = shippedRaw();
    const overlay = {
      locale: 'es', roadmap: raw.id,
      strings: {
        title: 'Hoja de ruta',
        phases: { foundations: { title: 'Fundamentos', duration: { label: '3–12 meses' }, skills: { decorators: { title: 'Decoradores', keyPoints: raw.phases[0].skills.find((s: { id: string }) => s.id === 'decorators').keyPoints.map((_: string, i: number) => `punto ${i}`) } } } },
        resources: { 'python-tutorial': { summary: 'El tutorial oficial.' } },
      },
    };
    const { value, issues, coverage } = applyOverlay(raw, overlay);
    assert.deepEqual(issues, []);
    const roadmap = parseRoadmap(value, 'es');
    assert.equal(roadmap.title, 'Hoja de ruta');
    const phase = roadmap.phases[0]!;
    assert.equal(phase.title, 'Fundamentos');
    assert.equal(phase.duration.label, '3–12 meses');
    assert.equal(phase.duration.minMonths, raw.phases[0].duration.minMonths);
    const deco = findItem(roadmap, 'decorators')!;
    assert.equal(deco.title, 'Decoradores');
    assert.equal((deco.source as { keyPoints: string[] }).keyPoints[0], 'punto 0');
    assert.equal(roadmap.resources.find((r) => r.id === 'python-tutorial')!.summary, 'El tutorial oficial.');
    assert.equal(roadmap.resources.find((r) => r.id === 'python-tutorial')!.url, raw.resources.find((r: { id: string }) => r.id === 'python-tutorial').url);
    // The input is not changed, and the count says how much is left.
    assert.equal(raw.title, shippedRaw().title);
    assert.ok(coverage.fields > 500, String(coverage.fields));
    assert.equal(coverage.translated, 5 + (deco.source as { keyPoints: string[] }).keyPoints.length);
    assert.equal(coverage.missing.length, coverage.fields - coverage.translated);
    assert.ok(coverage.missing.includes('phases.foundations.summary'));
  });

  test('names what it cannot apply, by place, and keeps the English there', () => {
    const raw = shippedRaw();
    const deco = raw.phases[0].skills.find((s: { id: string }) => s.id === 'decorators');
    const { value, issues } = applyOverlay(raw, {
      locale: 'es',
      strings: {
        phases: {
          'no-such-phase': { title: 'x' },
          foundations: {
            id: 'otro', number: 9, nope: 'x',
            skills: { decorators: { keyPoints: ['solo uno'], summary: 42, resources: ['x'] }, generators: { title: '' } },
          },
        },
        resources: { 'python-tutorial': { title: 'El Tutorial', url: 'https://evil.example' } },
        faqs: 'x',
      },
    });
    const paths = issues.map((i) => i.path);
    for (const p of ['phases.no-such-phase', 'phases.foundations.id', 'phases.foundations.number', 'phases.foundations.nope',
      'phases.foundations.skills.decorators.keyPoints', 'phases.foundations.skills.decorators.summary', 'phases.foundations.skills.decorators.resources',
      'phases.foundations.skills.generators.title', 'resources.python-tutorial.title', 'resources.python-tutorial.url', 'faqs']) {
      assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
    }
    assert.match(issues.find((i) => i.path === 'phases.no-such-phase')!.message, /no entry with the id "no-such-phase"/);
    assert.match(issues.find((i) => i.path === 'phases.foundations.skills.decorators.keyPoints')!.message, /1 entries; the roadmap has \d/);
    const roadmap = parseRoadmap(value, 'es');
    const d = findItem(roadmap, 'decorators')!;
    assert.deepEqual((d.source as { keyPoints: string[] }).keyPoints, deco.keyPoints);
    assert.equal(d.summary, deco.summary);
    assert.equal(roadmap.phases[0]!.id, 'foundations');
    assert.equal(findItem(roadmap, 'generators')!.title, raw.phases[0].skills.find((s: { id: string }) => s.id === 'generators').title);
    assert.equal(roadmap.resources.find((r) => r.id === 'python-tutorial')!.url, raw.resources.find((r: { id: string }) => r.id === 'python-tutorial').url);
  });

  test('a file that is not an overlay, or one for another roadmap, changes nothing', () => {
    const raw = shippedRaw();
    for (const bad of [null, 'text', [], { strings: [] }, { roadmap: 'another', strings: { title: 'x' } }, { strings: { ['__proto__']: { polluted: 'yes' } } }]) {
      const overlay = typeof bad === 'object' && bad && 'strings' in bad && (bad as { strings: unknown }).strings && typeof (bad as { strings: unknown }).strings === 'object' && !Array.isArray((bad as { strings: unknown }).strings)
        ? JSON.parse(JSON.stringify(bad)) : bad;
      const { value, issues } = applyOverlay(raw, overlay);
      assert.ok(issues.length >= 1, JSON.stringify(bad));
      assert.deepEqual(value, raw);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('search terms are added to: translated names and aliases match, and so do the English ones', () => {
    const raw = shippedRaw();
    const { value } = applyOverlay(raw, {
      locale: 'es',
      strings: { phases: { foundations: { skills: { 'error-handling': { title: 'Errores y excepciones', aliases: ['manejo de errores'] } } } } },
    });
    const roadmap = parseRoadmap(value, 'es');
    const item = findItem(roadmap, 'error-handling')!;
    const english = raw.phases[0].skills.find((s: { id: string }) => s.id === 'error-handling');
    assert.ok(item.aliases.includes('manejo de errores'));
    assert.ok(item.aliases.includes(english.title));
    for (const a of english.aliases) assert.ok(item.aliases.includes(a), a);
    assert.equal(search(roadmap, 'manejo de errores')[0]?.skillId, 'error-handling');
    assert.equal(search(roadmap, 'excepciónes')[0]?.skillId, 'error-handling'); // accents fold
    assert.equal(search(roadmap, english.title)[0]?.skillId, 'error-handling');
    assert.equal(search(roadmap, english.aliases[0])[0]?.skillId, 'error-handling');
  });

  test('overlayFor makes the overlay of every prose field: applied, it covers the roadmap with no issue', () => {
    const raw = shippedRaw();
    const same = applyOverlay(raw, overlayFor(raw, 'xx', (t) => t));
    assert.deepEqual(same.issues, []);
    assert.equal(same.coverage.translated, same.coverage.fields);
    assert.deepEqual(same.value, raw);
    const upper = applyOverlay(raw, overlayFor(raw, 'xx', (t) => t.toUpperCase()));
    assert.deepEqual(upper.issues, []);
    const roadmap = parseRoadmap(upper.value, 'xx');
    assert.equal(findItem(roadmap, 'decorators')!.title, 'DECORATORS');
    assert.equal(roadmap.resources[0]!.title, raw.resources[0].title, 'names of works stay');
  });

  test('the locales tried for a display language', () => {
    assert.deepEqual(overlayLocales('es'), ['es']);
    assert.deepEqual(overlayLocales('pt-BR'), ['pt-br', 'pt']);
    assert.deepEqual(overlayLocales('zh-cn'), ['zh-cn', 'zh']);
    assert.deepEqual(overlayLocales('en'), []);
    assert.deepEqual(overlayLocales('en-gb'), []);
    assert.deepEqual(overlayLocales('../../etc'), []);
  });
});

suite('content translations: the Spanish one shipped', () => {
  const overlay = JSON.parse(readFileSync(esPath, 'utf8'));
  const raw = shippedRaw();
  const result = applyOverlay(raw, overlay);

  test('applies without a problem and translates every text of the roadmap', () => {
    assert.equal(overlay.locale, 'es');
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.coverage.missing, []);
    assert.equal(result.coverage.translated, result.coverage.fields);
  });

  test('the translated roadmap is valid and keeps every id, link and number', () => {
    const es = parseRoadmap(result.value, 'roadmap.es.json');
    const en = parseRoadmap(raw, 'roadmap.json');
    assert.deepEqual(allSkills(es).map((i) => i.id), allSkills(en).map((i) => i.id));
    assert.deepEqual(es.resources.map((r) => r.url), en.resources.map((r) => r.url));
    assert.deepEqual(es.careers.levels.map((l) => l.salary.min), en.careers.levels.map((l) => l.salary.min));
    // Every skill's title is Spanish somewhere: at least most differ from the English.
    const changed = allSkills(es).filter((i) => i.title !== findItem(en, i.id)!.title).length;
    assert.ok(changed > allSkills(en).length / 2, `${changed} titles differ`);
  });

  test('the evidence standard is translated, and a Spanish skill page shows the Spanish one', () => {
    const es = parseRoadmap(result.value, 'roadmap.es.json');
    const en = parseRoadmap(raw, 'roadmap.json');
    for (const i of allSkills(es)) assert.notEqual(i.source.evidence, findItem(en, i.id)!.source.evidence, i.id);
    const page = buildPage(es, { kind: 'skill', id: 'rest-apis' }, () => undefined) as SkillPage;
    assert.match(page.evidenceStandard!, /^Cuenta cuando un archivo construye o llama/);
    assert.match((buildPage(es, { kind: 'skill', id: 'git' }, () => undefined) as SkillPage).evidenceStandard!, /^El código no puede mostrarlo: /);
  });

  test('search in Spanish finds the skill, and the English title still does', () => {
    const es = parseRoadmap(result.value, 'roadmap.es.json');
    const en = parseRoadmap(raw, 'roadmap.json');
    let english = 0;
    for (const item of allSkills(en)) {
      if (search(es, item.title, { limit: 3 }).some((h) => h.skillId === item.id)) english++;
    }
    assert.equal(english, allSkills(en).length);
    let spanish = 0;
    for (const item of allSkills(es)) {
      if (search(es, item.title, { limit: 3 }).some((h) => h.skillId === item.id)) spanish++;
    }
    assert.equal(spanish, allSkills(es).length);
    // Questions as a Spanish speaker types them: the little words do not decide.
    for (const [q, id] of [['qué es un decorador', 'decorators'], ['como usar gestores de contexto', 'context-managers'], ['pruebas unitarias con pytest', 'testing'], ['programacion asincrona', 'asyncio'], ['bases de datos relacionales', 'sql']] as const) {
      assert.equal(search(es, q)[0]?.skillId, id, q);
    }
  });
});

suite('content translations: the exercises', () => {
  const parsed = parseExerciseBundle(readFileSync(join(ROOT, 'dist', 'exercises.json'), 'utf8'), 'dist/exercises.json');
  const bundle = 'bundle' in parsed ? parsed.bundle : assert.fail(parsed.error);
  const codeSpans = (md: string) => [...md.matchAll(/`[^`\n]+`/g)].map((m) => m[0]).sort();
  const blocks = (md: string) => [...md.matchAll(/^```/gm)].length;

  test('the Spanish one applies with no problem and translates every title, summary, statement, hint and bug', () => {
    const r = applyExerciseOverlay(bundle, JSON.parse(readFileSync(join(ROOT, 'data', 'l10n', 'exercises.es.json'), 'utf8')));
    assert.deepEqual(r.issues, []);
    assert.equal(r.translated, r.fields);
    assert.ok(r.fields >= bundle.exercises.length * 5, String(r.fields));
    for (const [i, e] of r.bundle.exercises.entries()) {
      const en = bundle.exercises[i]!;
      assert.notEqual(e.title, en.title, e.id);
      // The statement says the same about the code: every `name` and code block is kept.
      assert.deepEqual(codeSpans(e.statement), codeSpans(en.statement), e.id);
      assert.equal(blocks(e.statement), blocks(en.statement), e.id);
      // Only words change: the files, tests and solutions are the same.
      assert.deepEqual(e.files, en.files);
      assert.deepEqual(e.solution, en.solution);
    }
  });

  test('an unknown id, a wrong type or a list of the wrong length is named, and there the English stays', () => {
    const first = bundle.exercises[0]!;
    const r = applyExerciseOverlay(bundle, { exercises: { nope: { title: 'x' }, [first.id]: { title: 42, hints: ['solo una'], files: {}, summary: 'Resumen' } } });
    assert.deepEqual(r.issues.map((i) => i.split(':')[0]), ['exercises.nope', `exercises.${first.id}.files`, `exercises.${first.id}.title`, `exercises.${first.id}.hints`]);
    const e = r.bundle.exercises[0]!;
    assert.equal(e.title, first.title);
    assert.deepEqual(e.hints, first.hints);
    assert.equal(e.summary, 'Resumen');
    assert.equal(applyExerciseOverlay(bundle, 'text').issues.length, 1);
    assert.deepEqual(applyExerciseOverlay(bundle, null).bundle, bundle);
  });
});

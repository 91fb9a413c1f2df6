import * as assert from 'node:assert/strict';
import { buildPage, filterFaqs, titleOf } from '../../src/core/pages';
import type { CareerPage, FaqPage, OverviewPage, PhasePage, SkillPage } from '../../src/core/pages';
import type { SkillRecord, Status } from '../../src/core/progress';
import { NOTE_LIMIT } from '../../src/core/progress';
import { parseFromWebview, isPageRef, LIMITS, pageLinks } from '../../src/webview/protocol';
import { minimalRoadmap, shippedRoadmap } from './fixtures';
import { parseRoadmap } from '../../src/core/parseRoadmap';

const minimalRoadmapParsed = () => parseRoadmap(minimalRoadmap(), 'test.roadmap.json');

const r = shippedRoadmap();
const records = (map: Record<string, Status | SkillRecord>) => (id: string): SkillRecord | undefined => {
  const v = map[id];
  return v === undefined ? undefined : typeof v === 'string' ? { status: v, changed: '2026-11-22T00:00:00Z' } : v;
};

suite('pages: view models for the webview', () => {
  test('a skill page carries its facts, status, note, evidence and links', () => {
    const p = buildPage(r, { kind: 'skill', id: 'decorators' }, records({
      decorators: { status: 'learning', changed: '2026-11-20T10:00:00Z', note: 'wraps!', evidence: [{ path: 'src/app.py', line: 12, date: '2026-11-20' }] },
      'functions-modules': 'learned',
    })) as SkillPage;
    assert.equal(p.kind, 'skill');
    assert.equal(p.title, 'Decorators');
    assert.equal(p.status, 'learning');
    assert.equal(p.note, 'wraps!');
    assert.deepEqual(p.evidence, [{ path: 'src/app.py', line: 12, date: '2026-11-20' }]);
    assert.equal(p.essential, true);
    assert.deepEqual(p.prerequisites, [{ id: 'functions-modules', title: 'Functions and modules', kind: 'skill', status: 'learned' }]);
    assert.ok(p.unlocks.some((u) => u.id === 'metaclasses'));
    assert.ok(p.resources.some((x) => x.title.startsWith('Fluent Python')));
    assert.ok(p.faqs.some((f) => f.id === 'too-simple'));
    assert.equal(p.phase.number, 1);
    assert.ok(p.previous && p.next);
  });

  test('a practice item lists the skills it exercises; a skill lists its practice ideas', () => {
    const practice = buildPage(r, { kind: 'skill', id: 'build-fastapi-service' }, records({})) as SkillPage;
    assert.equal(practice.itemKind, 'practice');
    assert.deepEqual(practice.related.map((x) => x.id), ['fastapi', 'rest-apis', 'sqlalchemy', 'testing']);
    const skill = buildPage(r, { kind: 'skill', id: 'fastapi' }, records({})) as SkillPage;
    assert.ok(skill.related.some((x) => x.id === 'build-fastapi-service'));
    const cli = buildPage(r, { kind: 'skill', id: 'build-cli-tool' }, records({})) as SkillPage;
    assert.ok(cli.description && cli.doneWhen.length >= 2, 'a practice page says what to build and when it is done');
    assert.deepEqual((buildPage(r, { kind: 'skill', id: 'decorators' }, records({})) as SkillPage).doneWhen, []);
  });

  test('a skill page and a practice page carry the evidence standard: what in code counts, or that code cannot show it', () => {
    const skill = buildPage(r, { kind: 'skill', id: 'rest-apis' }, records({})) as SkillPage;
    assert.equal(skill.evidenceStandard, (r.phases.flatMap((p) => p.skills).find((s) => s.id === 'rest-apis')!).evidence);
    assert.match(skill.evidenceStandard!, /HTML form route/);
    const practice = buildPage(r, { kind: 'skill', id: 'setup-github-actions' }, records({})) as SkillPage;
    assert.match(practice.evidenceStandard!, /\.github\/workflows/);
    assert.match((buildPage(r, { kind: 'skill', id: 'mentoring' }, records({})) as SkillPage).evidenceStandard!, /^Code cannot show this: /);
    // A custom roadmap's item without one has no such section.
    const custom = minimalRoadmapParsed();
    assert.equal((buildPage(custom, { kind: 'skill', id: 'a1' }, records({})) as SkillPage).evidenceStandard, undefined);
    assert.ok(!('evidenceStandard' in buildPage(custom, { kind: 'skill', id: 'a-practice' }, records({}))));
  });

  test('an unknown id gives a "missing" page, not an exception', () => {
    assert.equal(buildPage(r, { kind: 'skill', id: 'nope' }, records({})).kind, 'missing');
    assert.equal(buildPage(r, { kind: 'phase', id: 'nope' }, records({})).kind, 'missing');
  });

  test('a phase page groups its skills and ends with practice', () => {
    const p = buildPage(r, { kind: 'phase', id: 'specialization' }, records({ django: 'learned' })) as PhasePage;
    assert.deepEqual(p.sections.map((s) => s.title), ['Web development', 'Data science and machine learning', 'Automation and DevOps', 'Async and concurrency', 'Across every path', 'Practice']);
    assert.equal(p.counts.learned, 1);
    const p1 = buildPage(r, { kind: 'phase', id: 'foundations' }, records({})) as PhasePage;
    assert.deepEqual(p1.sections.map((s) => s.title), ['Skills', 'Practice']);
    // Each row carries its summary and status (phase pages listed titles only).
    assert.ok(p.sections.every((sec) => sec.items.every((it) => it.summary.length > 10)));
  });

  test('the overview has the levels with salaries, the estimate and the next skill', () => {
    const p = buildPage(r, { kind: 'overview' }, records({ 'syntax-basics': 'learned' })) as OverviewPage;
    assert.deepEqual(p.levels.map((l) => l.salary), ['$70K–$95K', '$110K–$160K', '$180K–$250K+']);
    assert.equal(p.estimate.level, undefined);
    assert.equal(p.estimate.next, 'Entry-level');
    assert.equal(p.next?.id, 'functions-modules');
    assert.equal(p.overall.learned, 1);
    assert.equal(p.phases.length, 5);
    assert.match(p.aiPremium, /15–25%/);
  });

  test('with the first two phases learned, the estimate is entry level and that row is current', () => {
    const statuses: Record<string, Status> = {};
    for (const ph of r.phases.slice(0, 2)) for (const i of [...ph.skills, ...ph.practice]) statuses[i.id] = 'learned';
    const p = buildPage(r, { kind: 'overview' }, records(statuses)) as OverviewPage;
    assert.equal(p.estimate.level, 'Entry-level');
    assert.deepEqual(p.levels.map((l) => l.current), [true, false, false]);
    // Not "the Entry-level level".
    assert.equal(p.estimate.summary, 'Your progress matches Entry-level (Junior Python Developer); next: Mid-level.');
    assert.doesNotMatch(p.estimate.summary, /level level/i);
    const none = buildPage(r, { kind: 'overview' }, records({})) as OverviewPage;
    assert.equal(none.estimate.summary, 'Not at a career level yet: Entry-level comes when each of its phases is 70% learned.');
  });

  test('the career page holds every section of the career guide, linked to skills, and figures with their sources', () => {
    const p = buildPage(r, { kind: 'career' }, records({ fastapi: 'learned' })) as CareerPage;
    assert.equal(p.kind, 'career');
    assert.equal(p.responsibilities.length, r.responsibilities.length);
    assert.equal(p.hiring.length, r.hiring.length);
    assert.ok(p.hiring.every((h) => h.items.length > 0 && h.items.every((i) => i.skills.length > 0)), 'each hiring line links its skills');
    assert.equal(p.trends.length, r.trends.length);
    assert.ok(p.trends.some((t) => t.figures.length > 0));
    assert.deepEqual(p.finalAdvice, [...r.finalAdvice]);
    assert.ok(p.stats.length >= 3 && p.stats.every((s) => s.source?.title), 'every figure names its source');
    const api = p.responsibilities.flatMap((x) => x.items).find((i) => i.skills.some((s) => s.id === 'fastapi'))!;
    assert.equal(api.skills.find((s) => s.id === 'fastapi')!.status, 'learned');
    const overview = buildPage(r, { kind: 'overview' }, records({})) as OverviewPage;
    assert.ok(overview.stats.every((s) => s.source), 'the overview cites its figures too');
    assert.equal(titleOf(r, { kind: 'career' }), "The Python developer's job");
  });

  test('FAQ filter "salary" finds what developers earn (keywords count)', () => {
    assert.deepEqual(filterFaqs(r, 'salary').map((f) => f.id), ['salaries']);
  });

  test('FAQ filtering matches every word, in questions, answers and linked skill titles', () => {
    assert.equal(filterFaqs(r, '').length, r.faqs.length);
    assert.deepEqual(filterFaqs(r, 'hours week').map((f) => f.id), ['hours-per-week']);
    assert.ok(filterFaqs(r, 'Cython').some((f) => f.id === 'biggest-challenge'));
    const p = buildPage(r, { kind: 'faq', id: 'which-niche' }, records({})) as FaqPage;
    assert.equal(p.focus, 'which-niche');
    assert.equal(p.faqs.length, r.faqs.length);
  });

  test('page titles for the panel tab', () => {
    assert.equal(titleOf(r, { kind: 'phase', id: 'advanced' }), '4 · Advanced and Senior-Level Skills');
    assert.equal(titleOf(r, { kind: 'skill', id: 'git' }), 'Git and version control');
  });
});

suite('protocol: messages from the webview are validated', () => {
  test('well-formed messages pass', () => {
    assert.deepEqual(parseFromWebview({ type: 'setStatus', id: 'git', status: 'learned' }), { type: 'setStatus', id: 'git', status: 'learned' });
    assert.deepEqual(parseFromWebview({ type: 'navigate', to: { kind: 'faq', query: 'x' } }), { type: 'navigate', to: { kind: 'faq', query: 'x' } });
    assert.deepEqual(parseFromWebview({ type: 'openEvidence', path: 'a.py', line: 3 }), { type: 'openEvidence', path: 'a.py', line: 3 });
  });

  test('anything malformed is dropped', () => {
    for (const m of [null, 'ready', {}, { type: 'setStatus', id: 'git', status: 'mastered' }, { type: 'setNote', id: 1, note: '' },
      { type: 'navigate', to: { kind: 'skill' } }, { type: 'navigate', to: { kind: 'settings' } }, { type: 'openEvidence', path: 'a', line: '3' },
      { type: 'eval', code: '1' }]) {
      assert.equal(parseFromWebview(m), undefined, JSON.stringify(m));
    }
    assert.equal(isPageRef({ kind: 'skill', id: 'x'.repeat(500) }), false);
  });

  test('text is capped as it arrives, before any work: a long filter query, id, note, URL or path is refused', () => {
    const long = (n: number) => 'x'.repeat(n);
    for (const m of [
      { type: 'navigate', to: { kind: 'faq', query: long(4 * 1024 * 1024) } },
      { type: 'navigate', to: { kind: 'faq', query: long(LIMITS.query + 1) } },
      { type: 'navigate', to: { kind: 'faq', id: long(LIMITS.id + 1) } },
      { type: 'setStatus', id: long(LIMITS.id + 1), status: 'learned' },
      { type: 'setNote', id: long(LIMITS.id + 1), note: '' },
      { type: 'setNote', id: 'git', note: long(NOTE_LIMIT + 1) },
      { type: 'noteDraft', id: 'git', note: long(4 * 1024 * 1024) },
      { type: 'openExternal', url: `https://docs.python.org/${long(LIMITS.url)}` },
      { type: 'openEvidence', path: long(LIMITS.path + 1), line: 1 },
      { type: 'openEvidence', path: 'a.py', line: 1.5 },
      { type: 'openEvidence', path: 'a.py', line: 1, cell: -1 },
    ]) {
      assert.equal(parseFromWebview(m), undefined, JSON.stringify(m).slice(0, 80));
    }
    assert.equal(isPageRef({ kind: 'faq', query: long(LIMITS.query + 1) }), false, 'a saved page with such a query is not restored either');
    // At the limits, they pass.
    assert.ok(parseFromWebview({ type: 'navigate', to: { kind: 'faq', query: long(LIMITS.query) } }));
    assert.ok(parseFromWebview({ type: 'setNote', id: 'git', note: long(NOTE_LIMIT) }));
    assert.ok(LIMITS.query >= 100 && LIMITS.query <= 500, 'a few hundred characters');
  });

  test('the links a page shows: its http(s) URLs and its places, from anywhere in its model', () => {
    const page = buildPage(r, { kind: 'skill', id: 'decorators' }, records({
      decorators: { status: 'learning', changed: '2026-11-20T10:00:00Z', evidence: [{ path: 'src/app.py', line: 12, date: '2026-11-20' }, { path: 'nb.ipynb', line: 2, cell: 0, date: '2026-11-20' }] },
    })) as SkillPage;
    const links = pageLinks(page);
    assert.deepEqual([...links.urls].sort(), page.resources.flatMap((x) => (x.url ? [x.url] : [])).sort());
    assert.ok(links.urls.size > 0);
    assert.ok(links.hasPlace('src/app.py', 12, undefined) && links.hasPlace('nb.ipynb', 2, 0));
    assert.ok(!links.hasPlace('src/app.py', 13, undefined) && !links.hasPlace('nb.ipynb', 2, undefined) && !links.hasPlace('service.py', 1, undefined));
    const other = pageLinks(buildPage(r, { kind: 'phase', id: r.phases[0]!.id }, records({})));
    assert.equal(other.urls.size, 0, 'a phase page shows no resource');
  });

  test('extra properties are not passed through', () => {
    assert.deepEqual(parseFromWebview({ type: 'setNote', id: 'git', note: 'n', evil: true }), { type: 'setNote', id: 'git', note: 'n' });
    assert.deepEqual(parseFromWebview({ type: 'noteDraft', id: 'git', note: 'n', evil: true }), { type: 'noteDraft', id: 'git', note: 'n' });
    assert.equal(parseFromWebview({ type: 'noteDraft', id: 'git', note: 3 }), undefined);
  });
});

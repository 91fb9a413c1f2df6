import * as assert from 'node:assert/strict';
import { allSkills, findItem, RoadmapError } from '../../src/core/roadmap';
import type { RoadmapIssue } from '../../src/core/roadmap';
import { parseRoadmap, parseRoadmapJson, formatPath, locateIssues, pathKeys } from '../../src/core/parseRoadmap';
import { minimalRoadmap } from './fixtures';

/** Asserts that parsing throws a RoadmapError whose message contains every fragment. */
function rejects(raw: unknown, ...fragments: string[]): RoadmapError {
  let error: unknown;
  try {
    parseRoadmap(raw, 'my-roadmap.json');
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof RoadmapError, `expected a RoadmapError, got ${String(error)}`);
  for (const f of fragments) assert.ok(error.message.includes(f), `message lacks ${JSON.stringify(f)}:\n${error.message}`);
  return error;
}

suite('roadmap: parseRoadmap', () => {
  test('accepts a minimal valid roadmap and freezes it', () => {
    const r = parseRoadmap(minimalRoadmap());
    assert.equal(r.phases.length, 2);
    assert.ok(Object.isFrozen(r) && Object.isFrozen(r.phases[0]!.skills[0]!.keyPoints));
  });

  test('text that is not JSON names the file, line and column', () => {
    assert.throws(() => parseRoadmapJson('{\n  "id": "x",\n  oops\n}', 'custom.json'), (e: unknown) => {
      assert.ok(e instanceof RoadmapError);
      assert.match(e.message, /^custom\.json: not valid JSON/);
      assert.match(e.message, /at line 3, column 3/);
      return true;
    });
    for (const [text, where] of [['{"a": ,}', 'line 1, column 7'], ['{\n\n  "a": 1,\n}', 'line 4, column 1'], ['', 'line 1, column 1']]) {
      assert.throws(() => parseRoadmapJson(text!, 'x.json'), new RegExp(`not valid JSON \\([a-z ]+ at ${where}\\)`));
    }
  });

  test('a value of the wrong type is reported with its JSON path', () => {
    const raw = minimalRoadmap();
    raw.phases[1].skills[1].id = 42;
    const e = rejects(raw, 'my-roadmap.json', 'phases[1].skills[1].id: expected a string, got number 42');
    assert.deepEqual(e.issues.map((i) => i.path), ['phases[1].skills[1].id']);
  });

  test('the whole document must be an object', () => {
    rejects([], 'expected an object, got an array');
    rejects(null, 'expected an object, got null');
  });

  test('missing fields are each reported', () => {
    const raw = minimalRoadmap();
    delete raw.phases[0].title;
    delete raw.phases[1].skills[0].summary;
    const e = rejects(raw, 'phases[0].title: missing (expected a string)', 'phases[1].skills[0].summary: missing');
    assert.equal(e.issues.length, 2);
  });

  test('a custom roadmap cannot take the store\'s own keyspaces: ids exercise and review are refused at their place (issue 23: ticking its skill passed an exercise)', () => {
    for (const id of ['exercise', 'review']) {
      const text = JSON.stringify({ schemaVersion: 1, id, title: 'T', summary: 'S', phases: [{ id: 'p', title: 'P', summary: 'S', skills: [{ id: 'leap-years', title: 'L', summary: 'S' }] }] });
      assert.throws(() => parseRoadmapJson(text, 'team.roadmap.json'), (e: RoadmapError) => {
        assert.equal(e.issues[0]!.path, 'id');
        assert.match(e.issues[0]!.message, /other than exercise and review/);
        return true;
      });
    }
    assert.doesNotThrow(() => parseRoadmapJson(JSON.stringify({ schemaVersion: 1, id: 'exercises-club', title: 'T', summary: 'S', phases: [{ id: 'p', title: 'P', summary: 'S', skills: [{ id: 'a', title: 'A', summary: 'S' }] }] }), 'x.json'));
  });

  test('a custom roadmap needs only ids, titles, summaries and phases; the rest has defaults', () => {
    const text = JSON.stringify({
      schemaVersion: 1, id: 'team-onboarding', title: 'Team onboarding', summary: 'What a new hire learns first.',
      phases: [
        { id: 'week-1', title: 'Week 1', summary: 'The basics of our stack.', skills: [{ id: 'our-git-flow', title: 'Our Git flow', summary: 'Branches, reviews, merges.', detects: ['git'] }] },
        { id: 'week-2', title: 'Week 2', summary: 'Services.', skills: [{ id: 'our-api', title: 'Our API', summary: 'FastAPI services.', prerequisites: ['our-git-flow'] }] },
      ],
    });
    const r = parseRoadmapJson(text, 'team.roadmap.json', { detections: new Set(['git', 'fastapi']) });
    assert.deepEqual(r.phases.map((p) => p.number), [1, 2], 'phases are numbered by their place');
    assert.equal(r.phases[0]!.skills[0]!.description, '');
    assert.deepEqual(r.phases[0]!.practice, []);
    assert.deepEqual(r.careers.levels, []);
    assert.deepEqual(r.faqs, []);
    assert.deepEqual(r.phases[0]!.skills[0]!.detects, ['git']);
    // a detection the extension does not have is a reference problem, at its place
    const bad = text.replace('"detects":["git"]', '"detects":["gitt"]');
    assert.throws(() => parseRoadmapJson(bad, 'team.roadmap.json', { detections: new Set(['git']) }), (e: RoadmapError) => {
      assert.equal(e.issues[0]!.kind, 'reference');
      assert.equal(e.issues[0]!.path, 'phases[0].skills[0].detects[0]');
      return true;
    });
  });

  test('each problem is located in the text: the line of a duplicate id, a missing link, a syntax error', () => {
    const lines = [
      '{',
      '  "schemaVersion": 1, "id": "t", "title": "T", "summary": "S",',
      '  "phases": [',
      '    { "id": "p", "title": "P", "summary": "S", "skills": [',
      '      { "id": "a", "title": "A", "summary": "s" },',
      '      { "id": "a", "title": "A again", "summary": "s" },',
      '      { "id": "b", "title": "B", "summary": "s", "prerequisites": ["nope"] }',
      '    ] }',
      '  ]',
      '}',
    ];
    const text = lines.join('\n');
    let issues: readonly RoadmapIssue[] = [];
    try { parseRoadmapJson(text, 't.roadmap.json'); } catch (e) { issues = (e as RoadmapError).issues; }
    const where = locateIssues(text, issues).map(({ issue, offset }) => `${text.slice(0, offset).split('\n').length}: ${issue.message}`);
    assert.deepEqual(where, ['6: duplicate id "a" (first defined at phases[0].skills[0].id)', '7: unknown skill "nope"']);
    let syntax: readonly RoadmapIssue[] = [];
    try { parseRoadmapJson(text.replace('"B",', '"B"'), 't.roadmap.json'); } catch (e) { syntax = (e as RoadmapError).issues; }
    assert.equal(syntax[0]!.kind, 'syntax');
    const [loc] = locateIssues(text, syntax);
    assert.equal(text.slice(0, loc!.offset).split('\n').length, 7);
    assert.deepEqual(pathKeys('phases[2].skills[4].id'), ['phases', 2, 'skills', 4, 'id']);
    assert.deepEqual(pathKeys('a["odd key"].b'), ['a', 'odd key', 'b']);
  });

  test('an unknown property is called out (typos do not pass silently)', () => {
    const raw = minimalRoadmap();
    raw.phases[0].skills[0].tittle = 'x';
    rejects(raw, 'phases[0].skills[0].tittle: unknown property');
  });

  test('ids must be kebab-case', () => {
    const raw = minimalRoadmap();
    raw.phases[0].skills[2].id = 'Not An Id';
    rejects(raw, 'phases[0].skills[2].id: expected a lower-case id');
  });

  test('an empty phase and a non-http URL are rejected', () => {
    const raw = minimalRoadmap();
    raw.phases[1].skills = [];
    raw.resources[0].url = 'javascript:alert(1)';
    rejects(raw, 'phases[1].skills: expected at least one skill', 'resources[0].url: expected an http or https URL');
  });

  test('an unknown status picklist value lists the choices', () => {
    const raw = minimalRoadmap();
    raw.faqs[0].source = 'blog';
    rejects(raw, 'faqs[0].source: expected one of "career-guide" | "roadmap", got "blog"');
  });

  test('duplicate ids name both places, across skills and practice items', () => {
    const raw = minimalRoadmap();
    raw.phases[1].practice[0].id = 'a2';
    rejects(raw, 'phases[1].practice[0].id: duplicate id "a2" (first defined at phases[0].skills[1].id)');
  });

  test('dangling links are reported where they are', () => {
    const raw = minimalRoadmap();
    raw.phases[0].skills[0].prerequisites = ['nope'];
    raw.faqs[0].skills = ['a1', 'ghost'];
    raw.phases[1].skills[1].group = 'missing-group';
    raw.phases[0].skills[2].resources = ['no-such-resource'];
    raw.careers.levels[0].milestonePhases = ['z'];
    const e = rejects(
      raw,
      'phases[0].skills[0].prerequisites[0]: unknown skill "nope"',
      'faqs[0].skills[1]: unknown skill "ghost"',
      'phases[1].skills[1].group: no group "missing-group" in phase "b"',
      'phases[0].skills[2].resources[0]: unknown resource "no-such-resource"',
      'careers.levels[0].milestonePhases[0]: unknown phase "z"',
    );
    assert.equal(e.issues.length, 5);
  });

  test('a prerequisite cycle is rejected', () => {
    const raw = minimalRoadmap();
    raw.phases[0].skills[0].prerequisites = ['b1'];
    rejects(raw, 'prerequisites form a cycle', 'a1 → b1 → a2 → a1');
  });

  test('an 8,000-skill prerequisite chain loads, and closing it into a cycle is still found (no recursion)', () => {
    // Each skill needs the next one: the walk from the first goes 8,000 deep, more than the call
    // stack holds when each step is a function call.
    const chain = (n: number) => {
      const raw = minimalRoadmap();
      raw.phases[0].skills.unshift(...Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: `C ${i}`, summary: 's', ...(i < n - 1 ? { prerequisites: [`c${i + 1}`] } : {}) })));
      return raw;
    };
    const r = parseRoadmap(chain(8000));
    assert.equal(r.phases[0]!.skills.length, 8003);
    const cyclic = chain(8000);
    cyclic.phases[0].skills[7999].prerequisites = ['c0'];
    const e = rejects(cyclic, 'prerequisites form a cycle', 'c0 → c1 → c2', 'c7998 → c7999 → c0');
    assert.equal(e.issues.length, 1, 'one cycle, reported once');
    assert.equal(e.issues[0]!.path, 'phases[0].skills[0].prerequisites');
  });

  test('formatPath quotes keys that are not identifiers', () => {
    assert.equal(formatPath(['phases', 2, 'skills', 4, 'id']), 'phases[2].skills[4].id');
    assert.equal(formatPath(['a b', 0]), '["a b"][0]');
  });

  test('long issue lists are shortened in the message but kept in full', () => {
    const raw = minimalRoadmap();
    for (const s of raw.phases[0].skills) delete s.title;
    for (const s of raw.phases[1].skills) delete s.title;
    for (const s of raw.phases[1].skills) delete s.summary;
    for (const s of raw.phases[0].skills) delete s.summary;
    const e = rejects(raw, '…and 2 more');
    assert.equal(e.issues.length, 10);
  });
});

suite('roadmap: allSkills and findItem', () => {
  test('lists skills then practice items, phase by phase, with phase ids and order', () => {
    const r = parseRoadmap(minimalRoadmap());
    const items = allSkills(r);
    assert.deepEqual(items.map((i) => `${i.phaseId}/${i.kind}/${i.id}`), [
      'a/skill/a1', 'a/skill/a2', 'a/skill/a3', 'a/practice/a-practice', 'b/skill/b1', 'b/skill/b2', 'b/practice/b-practice',
    ]);
    assert.deepEqual(items.map((i) => i.order), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(items[4]!.groupId, 'g');
    assert.equal(allSkills(r), items, 'cached per roadmap');
  });

  test('findItem finds by id, and not by title', () => {
    const r = parseRoadmap(minimalRoadmap());
    assert.equal(findItem(r, 'b-practice')?.kind, 'practice');
    assert.equal(findItem(r, 'a1 ')?.id, undefined);
  });
});

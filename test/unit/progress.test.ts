import * as assert from 'node:assert/strict';
import { parseRoadmap } from '../../src/core/parseRoadmap';
import {
  capNote, NOTE_LIMIT,
  resetSummary,
  phaseProgress, overallProgress, nextSkill, estimateLevel, missingPrerequisites, parseRecord,
  migrateId, planMigrations, mergeRecords, RETIRED_IDS,
} from '../../src/core/progress';
import type { Status, SkillRecord } from '../../src/core/progress';
import { minimalRoadmap, shippedRoadmap } from './fixtures';
import { batchedWarnings } from '../../src/core/batchedWarnings';
import { allSkills, findItem } from '../../src/core/roadmap';

const roadmap = parseRoadmap(minimalRoadmap());
const statuses = (map: Record<string, Status>) => (id: string): Status => map[id] ?? 'none';

suite('progress: counts', () => {
  test('per phase and overall, skipped items leave the denominator', () => {
    const of = statuses({ a1: 'learned', a2: 'learning', a3: 'skipped', 'a-practice': 'learned', b1: 'learned' });
    const [a, b] = phaseProgress(roadmap, of);
    assert.deepEqual(a, { phaseId: 'a', total: 4, learned: 2, learning: 1, skipped: 1, none: 0, ratio: 2 / 3 });
    assert.deepEqual(b, { phaseId: 'b', total: 3, learned: 1, learning: 0, skipped: 0, none: 2, ratio: 1 / 3 });
    const all = overallProgress(roadmap, of);
    assert.equal(all.total, 7);
    assert.equal(all.learned, 3);
    assert.equal(all.ratio, 3 / 6);
  });

  test('everything skipped gives a ratio of 0, not NaN', () => {
    const of = () => 'skipped' as const;
    assert.equal(overallProgress(roadmap, of).ratio, 0);
  });
});

suite('progress: next skill', () => {
  test('starts at the first item', () => {
    assert.equal(nextSkill(roadmap, statuses({}))?.id, 'a1');
  });

  test('skips done items and waits for prerequisites', () => {
    assert.equal(nextSkill(roadmap, statuses({ a1: 'skipped' }))?.id, 'a2', 'a skipped prerequisite counts as done');
    assert.equal(nextSkill(roadmap, statuses({ a1: 'learning' }))?.id, 'a1', 'an item being learned is still next');
    // a2 waits for a1, so with a1 open the next ready item after a1 is a1 itself; with a1 done, a2.
    assert.equal(nextSkill(roadmap, statuses({ a1: 'learned' }))?.id, 'a2');
    assert.equal(nextSkill(roadmap, statuses({ a1: 'learned', a2: 'learned' }))?.id, 'a3');
  });

  test('skillsOnly leaves practice items out', () => {
    const of = statuses({ a1: 'learned', a2: 'learned', a3: 'learned' });
    assert.equal(nextSkill(roadmap, of)?.id, 'a-practice');
    assert.equal(nextSkill(roadmap, of, { skillsOnly: true })?.id, 'b1');
  });

  test('a prerequisite in a later phase is honoured, with a fallback when nothing is ready', () => {
    const raw = minimalRoadmap();
    raw.phases[0].skills[0].prerequisites = ['b2'];
    const r = parseRoadmap(raw);
    // a1 waits for b2, a2 waits for a1, a3 is ready.
    assert.equal(nextSkill(r, statuses({}))?.id, 'a3');
    assert.deepEqual(missingPrerequisites(r, 'a1', statuses({})).map((i) => i.id), ['b2']);
    assert.deepEqual(missingPrerequisites(r, 'a1', statuses({ b2: 'learned' })), []);
  });

  test('nothing left gives undefined', () => {
    assert.equal(nextSkill(roadmap, () => 'learned'), undefined);
  });
});

suite('progress: level estimate', () => {
  test('no level until the entry milestones pass the threshold', () => {
    const e = estimateLevel(roadmap, statuses({ a1: 'learned' }));
    assert.equal(e.level, undefined);
    assert.equal(e.next?.id, 'entry');
    assert.deepEqual(e.toNext, [{ phaseId: 'a', ratio: 0.25 }]);
  });

  test('entry when phase a is 70%+ learned; skipped items do not count against it', () => {
    const e = estimateLevel(roadmap, statuses({ a1: 'learned', a2: 'learned', a3: 'skipped', 'a-practice': 'learned' }));
    assert.equal(e.level?.id, 'entry');
    assert.equal(e.next?.id, 'mid');
  });

  test('the top level has no next', () => {
    const e = estimateLevel(roadmap, () => 'learned');
    assert.equal(e.level?.id, 'senior');
    assert.equal(e.next, undefined);
    assert.deepEqual(e.toNext, []);
  });
});

suite('progress: stored records', () => {
  test('a well-formed record parses, keeping note and evidence', () => {
    const r = parseRecord({ status: 'learned', changed: '2026-11-22T10:00:00Z', note: 'hi', evidence: [{ path: 'a.py', line: 3, date: '2026-11-22' }] });
    assert.ok('record' in r);
    assert.equal(r.record.note, 'hi');
    assert.equal(r.record.evidence?.[0]?.line, 3);
  });

  test('whose code a place is (own) is kept when it is a boolean; records from before it read as they were', () => {
    const r = parseRecord({ status: 'learned', changed: '2026-11-22T10:00:00Z', evidence: [
      { path: 'mine.py', line: 3, date: '2026-11-22', own: true },
      { path: 'theirs.py', line: 4, date: '2026-11-22', own: false },
      { path: 'old.py', line: 5, date: '2026-11-22' },
      { path: 'odd.py', line: 6, date: '2026-11-22', own: 'yes' },
    ] });
    assert.ok('record' in r);
    assert.deepEqual(r.record.evidence, [
      { path: 'mine.py', line: 3, date: '2026-11-22', own: true },
      { path: 'theirs.py', line: 4, date: '2026-11-22', own: false },
      { path: 'old.py', line: 5, date: '2026-11-22' },
      // Not a boolean: dropped, so the place is not known to be the learner's (the safe reading), and the record still reads.
      { path: 'odd.py', line: 6, date: '2026-11-22' },
    ]);
  });

  test('wrong shapes are explained, never thrown', () => {
    const cases: [unknown, RegExp][] = [
      [null, /expected an object, got null/],
      ['learned', /expected an object, got string/],
      [[1], /got an array/],
      [{ status: 'done', changed: 'x' }, /status: expected one of none, learning, learned, skipped, got "done"/],
      [{ status: 'learned' }, /changed/],
      [{ status: 'learned', changed: 'x', note: 5 }, /note/],
      [{ status: 'learned', changed: 'x', evidence: [{ path: 1 }] }, /evidence\[0\]/],
    ];
    for (const [value, message] of cases) {
      const r = parseRecord(value);
      assert.ok('error' in r, `accepted ${JSON.stringify(value)}`);
      assert.match(r.error, message);
    }
  });
});

suite('progress: migrations of retired ids', () => {
  const table = { 'old-a': 'mid-a', 'mid-a': 'new-a', 'loop-1': 'loop-2', 'loop-2': 'loop-1' };
  const rec = (status: Status, changed: string, note?: string): SkillRecord => ({ status, changed, ...(note ? { note } : {}) });

  test('follows chains and stops on cycles; unknown ids stay', () => {
    assert.equal(migrateId('old-a', table), 'new-a');
    assert.equal(migrateId('new-a', table), 'new-a');
    assert.equal(migrateId('who-knows', table), 'who-knows');
    assert.ok(['loop-1', 'loop-2'].includes(migrateId('loop-1', table)));
  });

  test('moves a retired record to its new id', () => {
    const plan = planMigrations(new Map([['old-a', rec('learned', '2026-01-01')], ['kept', rec('learning', '2026-01-02')]]), table);
    assert.deepEqual(plan, [{ from: 'old-a', to: 'new-a', record: rec('learned', '2026-01-01') }]);
  });

  test('when both ids hold records, the newer status wins and both notes survive', () => {
    const plan = planMigrations(new Map([
      ['old-a', rec('learned', '2026-03-01', 'old note')],
      ['new-a', rec('learning', '2026-02-01', 'new note')],
    ]), table);
    assert.equal(plan.length, 1);
    assert.equal(plan[0]!.record.status, 'learned');
    assert.equal(plan[0]!.record.note, 'old note\n\nnew note');
  });

  test('mergeRecords keeps evidence from both', () => {
    const a: SkillRecord = { status: 'learned', changed: '2026-02-01', evidence: [{ path: 'a.py', line: 1, date: '2026-02-01' }] };
    const b: SkillRecord = { status: 'learning', changed: '2026-01-01', evidence: [{ path: 'b.py', line: 2, date: '2026-01-01' }] };
    assert.deepEqual(mergeRecords(b, a).evidence?.map((e) => e.path), ['a.py', 'b.py']);
  });

  test('the shipped table maps only retired ids, onto ids that exist', () => {
    const r = shippedRoadmap();
    for (const [from, to] of Object.entries(RETIRED_IDS)) {
      assert.equal(findItem(r, from), undefined, `${from} is retired but still in the roadmap`);
      assert.ok(findItem(r, migrateId(to)), `${from} maps to unknown ${to}`);
    }
    assert.ok(allSkills(r).length > 0);
  });
});

suite('progress: what a reset clears', () => {
  const at = '2026-12-01T00:00:00Z';
  test('counts real marks, notes and places; "not started" records count for nothing', () => {
    const s = resetSummary([
      { status: 'learned', changed: at }, { status: 'learned', changed: at, note: 'wraps!' }, { status: 'learning', changed: at },
      { status: 'none', changed: at }, { status: 'none', changed: at }, undefined,
      { status: 'none', changed: at, evidence: [{ path: 'a.py', line: 1, date: '2026-12-01' }] },
    ]);
    assert.deepEqual({ marks: s.marks, notes: s.notes, evidence: s.evidence }, { marks: 3, notes: 1, evidence: 1 });
    assert.equal(s.text, 'This clears 3 marks (2 learned, 1 learning), 1 note and the places seen in code for 1 skill.');
    assert.equal(resetSummary([{ status: 'none', changed: at }, { status: 'none', changed: at }]).text, 'There is nothing to clear.');
  });
});

suite('warnings: unreadable records come in one message', () => {
  test('a burst of warnings is logged line by line and notified once, with the count', async () => {
    const logged: string[] = [];
    const notes: [number, string][] = [];
    const w = batchedWarnings({ log: (m) => logged.push(m), notify: (n, first) => notes.push([n, first]) }, 5);
    for (let i = 0; i < 300; i++) w.warn(`record ${i} is unreadable`);
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(logged.length, 300);
    assert.deepEqual(notes, [[300, 'record 0 is unreadable']]);
    w.warn('later');
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(notes[1], [1, 'later']);
    assert.equal(w.notified, 2);
  });
});

suite('notes: the limit', () => {
  test('a note over the limit is cut at a character boundary, never through a surrogate pair', () => {
    const emoji = '😀'; // two UTF-16 code units
    const note = 'a'.repeat(NOTE_LIMIT - 1) + emoji + 'tail';
    const cut = capNote(note);
    assert.equal(cut.length, NOTE_LIMIT - 1, 'the emoji that would be split is left out whole');
    assert.ok(!/[\uD800-\uDBFF]$/.test(cut));
    assert.equal(capNote('short'), 'short');
    assert.equal(capNote('a'.repeat(NOTE_LIMIT + 5)).length, NOTE_LIMIT);
  });
});

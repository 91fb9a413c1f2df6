import * as assert from 'node:assert/strict';
import { formatProgressFile, parseProgressFile, planImport, describePlan, PROGRESS_FILE_LIMIT } from '../../src/core/progressFile';
import type { SkillRecord } from '../../src/core/progress';

const rec = (status: SkillRecord['status'], changed: string, extra: Partial<SkillRecord> = {}): SkillRecord => ({ status, changed, ...extra });
const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-20T10:00:00.000Z';

suite('progress file: export and read back', () => {
  test('a round trip keeps every status, date, note and place seen', () => {
    const records = new Map<string, SkillRecord>([
      ['git', rec('learned', T1, { note: 'rebase -i\n\n— ünïcode ✓ 𝔘', evidence: [{ path: 'src/app.py', line: 3, date: '2026-11-01' }, { path: 'nb.ipynb', line: 1, date: '2026-11-02', cell: 2 }, { path: 'ex/flatten.py', line: 1, date: '2026-11-03', label: 'passed Flatten nested lists', own: true }, { path: 'vendor/x.py', line: 9, date: '2026-11-03', own: false }] })],
      ['sql', rec('learning', T2)],
      ['retired-but-kept', rec('skipped', T2)],
    ]);
    const text = formatProgressFile(records, new Date(T2));
    const r = parseProgressFile(text, 'me.roadmap-progress.json');
    assert.ok('file' in r, JSON.stringify(r));
    assert.deepEqual([...r.file.skills], [...records].sort(([a], [b]) => a.localeCompare(b)));
    assert.equal(r.file.exported, T2);
  });

  test('the history travels: every change with its date, for skills with a record and without, retired ids followed', () => {
    const history = [
      { id: 'git', status: 'learning' as const, at: Date.parse(T1) },
      { id: 'git', status: 'learned' as const, at: Date.parse(T2) },
      { id: 'after-a-reset', status: 'learned' as const, at: Date.parse(T1) },
      { id: 'lambdas', status: 'learned' as const, at: Date.parse(T1) },
    ];
    const text = formatProgressFile(new Map([['git', rec('learned', T2)]]), new Date(T2), history);
    const r = parseProgressFile(text, 'h.json');
    assert.ok('file' in r);
    const order = (xs: readonly { id: string; at: number }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id) || a.at - b.at);
    assert.deepEqual(order(r.file.history), order(history.map((e) => (e.id === 'lambdas' ? { ...e, id: 'lambda-functions' } : e))));
    assert.deepEqual([...r.file.skills.keys()], ['git'], 'history alone makes no record');
    // an export without history: each record's last change stands for it
    const old = parseProgressFile(JSON.stringify({ ...JSON.parse(text), history: undefined }), 'old.json');
    assert.ok('file' in old);
    assert.deepEqual(old.file.history, [{ id: 'git', status: 'learned', at: Date.parse(T2) }]);
    const plan = planImport(r.file, () => undefined, () => true, (e) => e.status === 'learning');
    assert.equal(plan.history.length, 3, 'what this history already holds is not added again');
    assert.match(describePlan(plan), /3 past changes added to the history/);
    const bad = parseProgressFile(JSON.stringify({ ...JSON.parse(text), history: { git: [{ status: 'learned', date: 'yesterday' }] } }), 'bad.json');
    assert.ok('error' in bad && /bad\.json, \$\.history\["git"\]\[0\]\.date: expected an ISO timestamp/.test(bad.error), JSON.stringify(bad));
  });

  test('bad files name the file and the JSON path, and read nothing', () => {
    const good = JSON.parse(formatProgressFile(new Map([['git', rec('learned', T1)]])));
    const cases: [string, RegExp][] = [
      ['{ not json', /^x\.json: not JSON/],
      ['[]', /x\.json, \$: expected an object/],
      [JSON.stringify({ ...good, format: 'other' }), /\$\.format: expected "python-roadmap-progress"/],
      [JSON.stringify({ ...good, version: 2 }), /\$\.version: version 2 is not one this extension reads/],
      [JSON.stringify({ ...good, skills: { git: { status: 'mastered', changed: T1 } } }), /\$\.skills\["git"\]\.status: expected one of none, learning, learned, skipped/],
      [JSON.stringify({ ...good, skills: { git: { status: 'learned', changed: 'yesterday' } } }), /\$\.skills\["git"\]\.changed: expected an ISO timestamp/],
      [JSON.stringify({ ...good, skills: { git: { status: 'learned', changed: T1, evidence: [{ path: 'a.py', line: 0, date: '2026-01-01' }] } } }), /\.evidence\[0\]\.line/],
      [JSON.stringify({ ...good, skills: { git: { status: 'learned', changed: T1, extra: 1 } } }), /\$\.skills\["git"\]\.extra/],
      [JSON.stringify({ ...good, skills: { '': { status: 'learned', changed: T1 } } }), /not a skill id/],
    ];
    for (const [text, want] of cases) {
      const r = parseProgressFile(text, 'x.json');
      assert.ok('error' in r && want.test(r.error), `${text.slice(0, 60)} → ${JSON.stringify(r)}`);
    }
    assert.equal(({} as Record<string, unknown>).status, undefined, 'no prototype was touched');
  });

  test('ids that are names of Object.prototype round-trip, records and history alike, and touch no prototype', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__', 'git'];
    const records = new Map(ids.map((id, i) => [id, rec('learned', T1, { note: `note ${i}`, evidence: [{ path: `${id}.py`, line: i + 1, date: '2026-11-01' }] })]));
    const history = ids.map((id) => ({ id, status: 'learned' as const, at: Date.parse(T1) }));
    const text = formatProgressFile(records, new Date(T2), history);
    const raw = JSON.parse(text);
    for (const id of ids) {
      assert.ok(Object.prototype.hasOwnProperty.call(raw.skills, id), `${id} is exported`);
      assert.ok(Object.prototype.hasOwnProperty.call(raw.history, id), `${id}'s history is exported`);
    }
    const r = parseProgressFile(text, 'x.json');
    assert.ok('file' in r, JSON.stringify(r));
    assert.deepEqual([...r.file.skills.keys()].sort(), [...ids].sort());
    for (const id of ids) assert.deepEqual(r.file.skills.get(id), records.get(id), id);
    assert.deepEqual(r.file.history.map((e) => e.id).sort(), [...ids].sort());
    // Imported into an empty progress: each one is added, as any other id.
    assert.deepEqual(planImport(r.file, () => undefined, () => false).added.map((x) => x.id).sort(), [...ids].sort());
    assert.equal(({} as Record<string, unknown>).status, undefined, 'no prototype was touched');
    assert.equal(typeof ({} as Record<string, unknown>).toString, 'function');
  });

  test('a hostile 50 MB file is refused by its size, before it is parsed', () => {
    const big = `{"skills": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const r = parseProgressFile(big, 'big.roadmap-progress.json');
    assert.ok('error' in r && /MB; a progress export is at most 8 MB/.test(r.error));
    assert.ok(big.length > PROGRESS_FILE_LIMIT);
  });

  test('an old export that uses a retired id lands on the current id', () => {
    const text = formatProgressFile(new Map([['old-git', rec('learned', T1, { note: 'from before' })], ['git', rec('learning', T2)]]));
    const r = parseProgressFile(text, 'old.json', { 'old-git': 'git' });
    assert.ok('file' in r);
    assert.deepEqual(r.file.migrated, [{ from: 'old-git', to: 'git' }]);
    assert.equal(r.file.skills.get('git')?.status, 'learning', 'the later change wins');
    assert.equal(r.file.skills.get('git')?.note, 'from before', 'and the note comes along');
    assert.ok(!r.file.skills.has('old-git'));
  });
});

suite('progress file: the import plan', () => {
  const here = new Map<string, SkillRecord>([
    ['git', rec('learned', T2)],
    ['sql', rec('learning', T1)],
    ['regex', rec('learned', T1, { note: 'mine' })],
    ['oop', rec('learned', T1)],
  ]);
  const file = (m: Map<string, SkillRecord>) => {
    const r = parseProgressFile(formatProgressFile(m), 'f.json');
    assert.ok('file' in r);
    return r.file;
  };

  test('each skill is merged by its last change; notes on both sides are both kept; unknown ids are kept', () => {
    const incoming = file(new Map([
      ['git', rec('learning', T1)], // older in the file: kept here
      ['sql', rec('learned', T2)], // newer in the file
      ['regex', rec('learned', T2, { note: 'theirs' })], // two notes
      ['oop', rec('learned', T1)], // the same
      ['numpy', rec('learned', T2)], // added
      ['from-a-custom-roadmap', rec('learned', T2)], // unknown here
    ]));
    const plan = planImport(incoming, (id) => here.get(id), (id) => id !== 'from-a-custom-roadmap');
    const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();
    assert.deepEqual(ids(plan.added), ['from-a-custom-roadmap', 'numpy']);
    assert.deepEqual(ids(plan.newer), ['sql']);
    assert.deepEqual(ids(plan.older), ['git']);
    assert.deepEqual(ids(plan.conflicts), ['regex']);
    assert.deepEqual(plan.same, ['oop']);
    assert.deepEqual(plan.unknown, ['from-a-custom-roadmap']);
    assert.equal(plan.conflicts[0]!.result.note, 'theirs\n\nmine');
    assert.equal(plan.newer[0]!.result.status, 'learned');
    assert.deepEqual(ids(plan.writes), ['from-a-custom-roadmap', 'numpy', 'regex', 'sql'], 'an older record changes nothing here');
    assert.match(describePlan(plan), /2 added, 1 newer in the file, 1 newer here \(kept\), 1 with a different note on each side \(both notes kept\), 1 the same, 1 not in this roadmap \(kept: from-a-custom-roadmap\)/);
  });

  test('importing what was exported changes nothing', () => {
    const plan = planImport(file(here), (id) => here.get(id), () => true);
    assert.equal(plan.writes.length, 0);
    assert.equal(plan.same.length, here.size);
  });

  test('places seen on both sides are kept once each', () => {
    const ev = { path: 'a.py', line: 1, date: '2026-11-01' };
    const incoming = file(new Map([['sql', rec('learned', T2, { evidence: [ev, { ...ev, line: 2 }] })]]));
    const plan = planImport(incoming, () => rec('learning', T1, { evidence: [ev] }), () => true);
    assert.deepEqual(plan.newer[0]!.result.evidence?.map((e) => e.line), [1, 2]);
  });
});

import * as assert from 'node:assert/strict';
import { Journal, Clock, formatLine, parseJournal, parseLine, mirrorLines, mirrorMatches, mirrorOf, compareStamps } from '../../src/core/journal';
import type { Line, Stamp } from '../../src/core/journal';
import type { Status } from '../../src/core/progress';

/** A small deterministic PRNG, so a failing property names its seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const shuffle = <T>(r: () => number, xs: readonly T[]): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};
const STATUSES: Status[] = ['none', 'learning', 'learned', 'skipped'];

function randomLines(r: () => number, count: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < count; i++) {
    // times over some days, so the history keeps several days per skill
    const stamp: Stamp = { at: Math.floor(r() * 50) * 7_200_000, by: pick(r, ['a', 'b', 'c']), n: i };
    if (r() < 0.05) { out.push({ reset: stamp }); continue; }
    if (r() < 0.05) { out.push({ drop: pick(r, ['i1', 'i2']), stamp }); continue; }
    const imp = r() < 0.2 ? { imp: pick(r, ['i1', 'i2', 'i3']) } : {};
    if (r() < 0.1) {
      out.push({ id: pick(r, ['s1', 's2', 's3', 's4', 's5']), stamp, was: pick(r, STATUSES), date: new Date(Math.floor(r() * 50) * 7_200_000).toISOString(), ...imp });
      continue;
    }
    const set: Record<string, unknown> = {};
    if (r() < 0.7) set.status = pick(r, STATUSES);
    if (r() < 0.4) set.note = pick(r, ['', 'x', 'a longer note']);
    if (r() < 0.2 || !Object.keys(set).length) set.evidence = r() < 0.5 ? [] : [{ path: 'a.py', line: i, date: '2026-12-01' }];
    out.push({ id: pick(r, ['s1', 's2', 's3', 's4', 's5']), stamp, set, ...imp });
  }
  return out;
}
const view = (j: Journal) => JSON.stringify([...['s1', 's2', 's3', 's4', 's5'].map((id) => [id, j.record(id) ?? null, mirrorOf(j, id) ?? null]), j.history(), [...j.clearedByReset()].sort()]);

suite('journal: merging is order-free', () => {
  test('any order and any grouping of the same lines gives the same records (200 seeds)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const lines = randomLines(r, 60);
      const one = new Journal();
      one.apply(lines);
      for (let k = 0; k < 3; k++) {
        const other = new Journal();
        const order = shuffle(r, lines);
        // in random chunks, some lines twice (a file read again changes nothing)
        while (order.length) other.apply(order.splice(0, 1 + Math.floor(r() * 7)));
        other.apply(lines.slice(0, 10));
        assert.equal(view(other), view(one), `seed ${seed}`);
      }
    }
  });

  test('the compacted lines rebuild the same state, and their text reads back', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const j = new Journal();
      j.apply(randomLines(rng(seed), 80));
      const text = j.lines().map(formatLine).join('\n');
      const parsed = parseJournal(text);
      assert.deepEqual(parsed.errors, []);
      const back = new Journal();
      back.apply(parsed.lines);
      assert.equal(view(back), view(j), `seed ${seed}`);
      // a line per skill and stamp: what holds now, and what the newest reset cleared (for its undo)
      assert.ok(parsed.lines.filter((l) => 'set' in l).length <= 5 * 3 * 2);
    }
  });

  test('per field: a mark in one window and a note in another on the same skill both stay', () => {
    const j = new Journal();
    j.apply([{ id: 'git', stamp: { at: 10, by: 'a', n: 0 }, set: { status: 'learned' } }]);
    j.apply([{ id: 'git', stamp: { at: 10, by: 'b', n: 0 }, set: { note: 'rebase -i' } }]);
    assert.deepEqual(j.record('git'), { status: 'learned', changed: new Date(10).toISOString(), note: 'rebase -i' });
  });

  test('a reset clears what came before it and keeps what came after, in whatever order they are read', () => {
    const before = { id: 'git', stamp: { at: 5, by: 'a', n: 0 }, set: { status: 'learned' as Status, note: 'old' } };
    const reset = { reset: { at: 10, by: 'a', n: 1 } };
    const after = { id: 'sql', stamp: { at: 12, by: 'b', n: 0 }, set: { status: 'learning' as Status } };
    for (const order of [[before, reset, after], [after, reset, before], [reset, after, before]]) {
      const j = new Journal();
      j.apply(order);
      assert.equal(j.record('git'), undefined);
      assert.equal(j.record('sql')?.status, 'learning');
    }
  });

  test('ties between writers are broken the same way everywhere', () => {
    const a = { at: 7, by: 'a', n: 3 };
    const b = { at: 7, by: 'b', n: 0 };
    assert.ok(compareStamps(a, b) < 0 && compareStamps(b, a) > 0);
    assert.equal(compareStamps(a, { ...a }), 0);
  });
});

suite('journal: lines from disk are read defensively', () => {
  test('each unreadable line is named by number; the rest count', () => {
    const good = formatLine({ id: 'git', stamp: { at: 1, by: 'a', n: 0 }, set: { status: 'learned' } });
    const text = [good, '{"id":', '42', '{"id":"x","at":1,"by":"a","n":0,"status":"mastered"}', '', `{"reset":true,"at":-1,"by":"a","n":0}`, good].join('\n');
    const { lines, errors } = parseJournal(text);
    assert.equal(lines.length, 2);
    assert.deepEqual(errors.map((e) => e.line), [2, 3, 4, 6]);
    assert.match(errors[2]!.error, /status/);
  });

  test('stamps and dates the journal refuses: far future, negative, fractions, long writers, empty ids', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    const base = { id: 'git', at: 1, by: 'w', n: 0, status: 'learned' };
    for (const bad of [
      { at: 8.64e15 }, { at: 1e300 }, { at: now + 86_400_001 }, { at: -1 }, { at: 2.5 }, { by: 'x'.repeat(100) }, { by: 7 }, { n: -1 }, { n: 1.5 },
      { id: '' }, { id: 'x'.repeat(201) }, { changed: '9999-12-31T00:00:00.000Z' }, { changed: 'soon' },
    ]) {
      assert.ok('error' in parseLine(JSON.stringify({ ...base, ...bad }), now), JSON.stringify(bad));
    }
    assert.ok('error' in parseLine(JSON.stringify({ reset: true, at: 8.64e15, by: 'w', n: 0 }), now));
    assert.ok('error' in parseLine(JSON.stringify({ id: 'git', at: 1, by: 'w', n: 0, was: 'learned', changed: '+275760-09-13T00:00:00.000Z' }), now));
    assert.ok('line' in parseLine(JSON.stringify({ ...base, at: now + 86_400_000 }), now), 'a day of skew is allowed');
  });

  test('merging stays order-free with hostile lines among the good ones, and nothing it holds breaks a date', () => {
    const now = 50 * 7_200_000;
    const hostile = [
      { id: 's1', at: 1e300, by: 'evil', n: 0, status: 'skipped' }, { reset: true, at: 8.64e15, by: 'x', n: 0 }, { id: 's2', at: -5, by: 'a', n: 0, note: 'x' },
      { id: 's3', at: 3, by: 'y'.repeat(100), n: 0, status: 'learned' }, { id: 's4', at: 3, by: 'a', n: -2, status: 'learned' }, { id: '', at: 3, by: 'a', n: 0, status: 'learned' },
      { id: 's5', at: 3, by: 'a', n: 0, was: 'learned', changed: '9999-01-01' },
    ].map((o) => JSON.stringify(o));
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const text = [...randomLines(r, 40).map(formatLine), ...hostile];
      const one = new Journal();
      const first = parseJournal(text.join('\n'), now);
      assert.equal(first.errors.length, hostile.length, `seed ${seed}: every hostile line refused`);
      one.apply(first.lines);
      const other = new Journal();
      other.apply(parseJournal(shuffle(r, text).join('\n'), now).lines);
      assert.equal(view(other), view(one), `seed ${seed}`);
      assert.ok(one.newestAt <= now + 86_400_000);
      for (const id of ['s1', 's2', 's3', 's4', 's5']) assert.doesNotThrow(() => JSON.stringify([one.record(id), mirrorOf(one, id), one.lines().map(formatLine)]));
    }
  });

  test('hostile text: NUL, lone surrogates, __proto__, a huge id, an over-long note', () => {
    const nul = parseLine(JSON.stringify({ id: 'a\u0000b', at: 1, by: 'w', n: 0, note: '\ud800 lone \udfff' }));
    assert.ok('line' in nul);
    const proto = new Journal();
    const p = parseLine(JSON.stringify({ id: '__proto__', at: 1, by: 'w', n: 0, status: 'learned' }));
    assert.ok('line' in p);
    proto.apply([p.line]);
    assert.equal(proto.record('__proto__')?.status, 'learned');
    assert.equal(({} as Record<string, unknown>).status, undefined, 'no prototype was touched');
    assert.ok('error' in parseLine(JSON.stringify({ id: 'x'.repeat(100_000), at: 1, by: 'w', n: 0, status: 'learned' })));
    const long = parseLine(JSON.stringify({ id: 'a', at: 1, by: 'w', n: 0, note: 'é'.repeat(30_000) }));
    assert.ok('line' in long && 'set' in long.line && long.line.set.note!.length === 20_000);
    const many = parseJournal('x\n'.repeat(50_000));
    assert.equal(many.errors.length, 50_000);
  });
});

suite('journal: the Settings Sync mirror', () => {
  test('a value from before the journal counts as written at its `changed` time, a time checked like any stamp', () => {
    const legacy = { status: 'learned', changed: '2026-01-01T00:00:00.000Z', note: 'kept' };
    const r = mirrorLines('git', legacy);
    assert.ok('lines' in r);
    const j = new Journal();
    j.apply(r.lines);
    assert.equal(j.record('git')?.note, 'kept');
    assert.ok(mirrorMatches(j, 'git', legacy), 'no rewrite of a value that says the same');
    j.apply([{ id: 'git', stamp: { at: Date.parse('2026-02-01'), by: 'a', n: 0 }, set: { status: 'learning' } }]);
    assert.ok(!mirrorMatches(j, 'git', legacy));
    // An old-format value older than a real change loses to it; one dated years ahead (the attack's
    // `changed: 2099`, which overwrote a local "learned") is refused, not merged.
    const k = new Journal();
    k.apply([{ id: 'git', stamp: { at: Date.parse('2026-12-05'), by: 'a', n: 0 }, set: { status: 'learned' } }]);
    const older = mirrorLines('git', { status: 'none', changed: '2026-12-01T00:00:00.000Z' }, Date.parse('2026-12-07'));
    assert.ok('lines' in older);
    k.apply(older.lines);
    assert.equal(k.record('git')?.status, 'learned');
    assert.ok('error' in mirrorLines('git', { status: 'none', changed: '2099-01-01' }, Date.parse('2026-12-07')), 'a date years ahead is refused');
    assert.ok('error' in mirrorLines('git', { status: 'none', changed: '2026-12-09T00:00:00.000Z' }, Date.parse('2026-12-07')), 'two days ahead too');
  });

  test('hostile stamps in a synced value are refused with the reason, never merged', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    const value = (stamp: unknown) => ({ status: 'learned', changed: '2026-12-01T00:00:00.000Z', stamps: { status: stamp } });
    const cases: [unknown, RegExp][] = [
      [[1e300, 'evil', 0], /ahead|whole/], [[8.64e15, 'w', 0], /ahead/], [[now + 2 * 86_400_000, 'w', 0], /ahead/], [[-1, 'w', 0], /whole ms/],
      [[1.5, 'w', 0], /whole ms/], [[NaN, 'w', 0], /whole ms/], [[1, 'x'.repeat(100), 0], /writer/], [[1, 'w', -1], /counter/], [[1, 'w', 0.5], /counter/],
      [[1, 'w'], /\[time, writer, counter\]/], ['1', /\[time, writer, counter\]/],
    ];
    for (const [stamp, why] of cases) {
      const r = mirrorLines('decorators', value(stamp), now);
      assert.ok('error' in r && why.test(r.error), `${JSON.stringify(stamp)}: ${JSON.stringify(r)}`);
    }
    assert.ok('error' in mirrorLines('', value([1, 'w', 0]), now), 'an empty id');
    assert.ok('error' in mirrorLines('x'.repeat(201), value([1, 'w', 0]), now), 'an id of 201 characters');
    assert.ok('lines' in mirrorLines('x'.repeat(200), value([now + 3_600_000, 'w', 0]), now), 'a clock an hour fast is within the skew');
  });

  test('mirror values round-trip with their stamps, and unreadable ones say why', () => {
    const j = new Journal();
    j.apply([{ id: 'git', stamp: { at: 3, by: 'a', n: 0 }, set: { status: 'learned' } }, { id: 'git', stamp: { at: 4, by: 'b', n: 1 }, set: { note: '' } }]);
    const value = JSON.parse(JSON.stringify(mirrorOf(j, 'git')));
    const r = mirrorLines('git', value);
    assert.ok('lines' in r);
    const k = new Journal();
    k.apply(r.lines);
    assert.equal(view(k), view(j));
    assert.ok(mirrorMatches(j, 'git', value));
    for (const bad of [42, 'text', null, [], { status: 'mastered', changed: 'x' }, { status: 'learned', changed: 5 }, { status: 'learned', changed: 'x', evidence: [1] }]) {
      assert.ok('error' in mirrorLines('git', bad), JSON.stringify(bad));
    }
  });

  test('places keep whose code they are (own) through journal lines and synced values; older values without it read as before', () => {
    const evidence = [{ path: 'a.py', line: 1, date: '2026-12-01', own: true }, { path: 'b.py', line: 2, date: '2026-12-01', own: false }, { path: 'c.py', line: 3, date: '2026-12-01' }];
    const line = parseLine(formatLine({ id: 'git', stamp: { at: 5, by: 'a', n: 0 }, set: { evidence } }));
    assert.ok('line' in line && 'set' in line.line, JSON.stringify(line));
    assert.deepEqual(line.line.set.evidence, evidence);
    const synced = mirrorLines('git', { status: 'learned', changed: '2026-12-01T10:00:00.000Z', evidence });
    assert.ok('lines' in synced);
    const j = new Journal();
    j.apply(synced.lines);
    assert.deepEqual(j.record('git')?.evidence, evidence);
  });
});

suite('journal: the clock', () => {
  test('stamps always increase, even when the machine clock goes back, and land after what was seen', () => {
    let t = 1000;
    const c = new Clock('w', () => t);
    const a = c.next();
    t = 500;
    const b = c.next();
    assert.ok(compareStamps(b, a) > 0);
    const d = c.next(5000);
    assert.ok(d.at > 5000);
  });
});

// The store over a model of what VS Code gives it: global state that each window holds as ONE
// object, written whole a tick after an update and replaced whole in the other windows when one
// writes (as ExtHostMemento does), and a folder that several windows write at once.
import * as assert from 'node:assert/strict';
import { ProgressStore, KEY_PREFIX, RESET_KEY, FILE_LIMIT, PART_CHARS, READ_BATCH } from '../../src/core/journalStore';
import type { Status } from '../../src/core/progress';
import type { JournalFiles, SyncedState } from '../../src/core/journalStore';
import { rng } from './journal.test';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** One VS Code's global storage, shared by its windows. */
class Storage {
  value: Record<string, unknown> = {};
  flushes = 0;
  readonly windows = new Set<WindowState>();
  constructor(private readonly ipcDelay: () => number) {}
  window(): WindowState {
    const w = new WindowState(this);
    this.windows.add(w);
    return w;
  }
  set(from: WindowState, value: Record<string, unknown>): void {
    this.value = clone(value);
    this.flushes++;
    for (const w of this.windows) if (w !== from) setTimeout(() => { w.value = clone(this.value); }, this.ipcDelay());
  }
}

class WindowState implements SyncedState {
  value: Record<string, unknown>;
  synced: readonly string[] = [];
  private scheduled = false;
  private waiting: (() => void)[] = [];
  constructor(private readonly storage: Storage) {
    this.value = clone(storage.value);
  }
  get<T>(key: string): T | undefined {
    return this.value[key] as T | undefined;
  }
  keys(): readonly string[] {
    return Object.keys(this.value).filter((k) => this.value[k] !== undefined);
  }
  update(key: string, v: unknown): Promise<void> {
    if (v === undefined) delete this.value[key];
    else this.value[key] = clone(v);
    if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => {
        this.scheduled = false;
        this.storage.set(this, this.value);
        for (const w of this.waiting.splice(0)) w();
      }, 0);
    }
    return new Promise((r) => this.waiting.push(r));
  }
  setKeysForSync(keys: readonly string[]): void {
    this.synced = keys;
  }
}

/** A folder in memory; writes are whole, with a random delay; a watcher tells the other windows. */
class Folder {
  readonly files = new Map<string, string>();
  writes = 0;
  bytes = 0;
  private readonly watchers = new Set<(name: string) => void>();
  constructor(private readonly delay: () => number = () => 0) {}
  for(onCreated?: (name: string) => void): JournalFiles {
    if (onCreated) this.watchers.add(onCreated);
    const wait = () => (this.delay() ? sleep(this.delay()) : Promise.resolve());
    return {
      list: async () => { await wait(); return [...this.files.keys()]; },
      read: async (name) => { await wait(); return this.files.get(name); },
      write: async (name, text) => {
        await wait();
        this.files.set(name, text);
        this.writes++;
        this.bytes += text.length;
        for (const w of this.watchers) if (w !== onCreated) setTimeout(() => w(name), this.delay());
      },
      remove: async (name) => { await wait(); this.files.delete(name); },
      where: (name) => `/globalStorage/progress/${name}`,
    };
  }
}

function window(storage: Storage, folder: Folder, opts: { ids?: string[]; warn?: string[] } = {}): ProgressStore {
  const ref: { store?: ProgressStore } = {};
  const files = folder.for((name) => void ref.store?.fileCreated(name));
  const store = (ref.store = new ProgressStore({
    state: storage.window(), files, knownIds: () => opts.ids ?? [], warn: (m) => opts.warn?.push(m), mirrorDelay: 3,
  }));
  return store;
}

async function settle(...stores: ProgressStore[]): Promise<void> {
  await sleep(30);
  for (let i = 0; i < 2; i++) {
    for (const s of stores) await s.refresh();
    for (const s of stores) await s.flushMirror();
    await sleep(20);
  }
}

suite('store: the model of VS Code global state', () => {
  test('shows the loss the journal prevents: two windows updating one object 0-100 ms apart', async () => {
    let lost = 0;
    for (const gap of [0, 5, 20, 50, 100]) {
      const storage = new Storage(() => 150); // the other window hears of a write later than it writes
      const a = storage.window();
      const b = storage.window();
      void a.update(`${KEY_PREFIX}one`, { status: 'learned', changed: 'x' });
      await sleep(gap);
      await b.update(`${KEY_PREFIX}two`, { status: 'learned', changed: 'x' });
      await sleep(200);
      if (!(`${KEY_PREFIX}one` in storage.value && `${KEY_PREFIX}two` in storage.value)) lost++;
    }
    assert.equal(lost, 5, 'one object per window, replaced whole: every close pair loses a mark');
  });
});

suite('store: two windows', () => {
  test('marks and notes at offsets of 0, 0.5, 2, 5, 10 and 20 ms, 20 rounds each: none lost, in either window, a new one or the mirror', async function () {
    this.timeout(60_000);
    const r = rng(7);
    const storage = new Storage(() => 1 + r() * 10);
    const folder = new Folder(() => (r() < 0.5 ? 0 : r() * 3));
    const a = window(storage, folder);
    const b = window(storage, folder);
    await Promise.all([a.initialize(), b.initialize()]);
    const expected = new Map<string, string>();
    for (const offset of [0, 0.5, 2, 5, 10, 20]) {
      for (let round = 0; round < 20; round++) {
        const ia = `a-${offset}-${round}`;
        const ib = `b-${offset}-${round}`;
        expected.set(ia, `note ${ia}`);
        expected.set(ib, `note ${ib}`);
        const one = (async () => { await a.setStatus([ia], 'learned'); await a.setNote(ia, `note ${ia}`); })();
        await sleep(offset);
        const two = (async () => { await b.setNote(ib, `note ${ib}`); await b.setStatus([ib], 'learned'); })();
        await Promise.all([one, two]);
      }
    }
    await settle(a, b);
    const c = window(storage, folder);
    await c.initialize();
    for (const [name, s] of [['a', a], ['b', b], ['a new window', c]] as const) {
      const lostMarks = [...expected.keys()].filter((id) => s.status(id) !== 'learned');
      const lostNotes = [...expected].filter(([id, n]) => s.note(id) !== n).map(([id]) => id);
      assert.deepEqual([lostMarks, lostNotes], [[], []], `${name} lost some`);
    }
    const mirrored = [...expected.keys()].filter((id) => (storage.value[KEY_PREFIX + id] as { status?: string } | undefined)?.status === 'learned');
    assert.equal(mirrored.length, expected.size, 'the Settings Sync mirror holds every mark');
    assert.ok(folder.files.size < 100, `the windows folded the journal (${folder.files.size} files left of ${folder.writes} written)`);
  });

  test('a reset in one window clears the other, and a mark made after it in the other survives', async () => {
    const storage = new Storage(() => 2);
    const folder = new Folder();
    const a = window(storage, folder);
    const b = window(storage, folder);
    await a.setStatus(['git', 'sql'], 'learned');
    await settle(a, b);
    assert.equal(b.status('git'), 'learned');
    await a.clearAll();
    await sleep(3);
    await b.setStatus(['regex'], 'learning');
    await settle(a, b);
    for (const s of [a, b]) assert.deepEqual(['git', 'sql', 'regex'].map((id) => s.status(id)), ['none', 'none', 'learning']);
    assert.equal(storage.value[KEY_PREFIX + 'git'], undefined, 'the mirror is cleared too');
    assert.ok(Array.isArray(storage.value[RESET_KEY]), 'the reset goes to other machines');
  });
});

suite('store: cost', () => {
  async function markCost(records: number): Promise<{ writes: number; bytes: number; flushesBefore: number }> {
    const storage = new Storage(() => 0);
    const folder = new Folder();
    const ids = Array.from({ length: records }, (_, i) => `skill-${i}`);
    const seed = window(storage, folder);
    await seed.setStatus(ids, 'learned');
    await seed.flushMirror();
    const s = window(storage, folder);
    await s.initialize();
    const [writes, bytes, flushes] = [folder.writes, folder.bytes, storage.flushes];
    await s.setStatus(['skill-3'], 'learning');
    return { writes: folder.writes - writes, bytes: folder.bytes - bytes, flushesBefore: storage.flushes - flushes };
  }

  test('one mark writes the same with 100 or 5,000 stored records, and does not wait for the mirror', async () => {
    const small = await markCost(100);
    const big = await markCost(5000);
    assert.equal(small.writes, 1);
    assert.deepEqual(big, small);
    assert.equal(big.flushesBefore, 0, 'the global state is written after the mark, in a batch');
  });

  test('a reset of 2,001 records is one line, and its mirror is one write of the global state', async () => {
    const storage = new Storage(() => 0);
    const folder = new Folder();
    const s = window(storage, folder);
    const ids = Array.from({ length: 2001 }, (_, i) => `skill-${i}`);
    await s.setStatus(ids, 'learned');
    await s.flushMirror();
    await sleep(5);
    const [writes, flushes] = [folder.writes, storage.flushes];
    assert.equal((await s.clearAll()).length, 2001);
    assert.equal(folder.writes - writes, 1);
    await s.flushMirror();
    await sleep(5);
    assert.equal(storage.flushes - flushes, 1);
    assert.equal(Object.keys(storage.value).filter((k) => k.startsWith(KEY_PREFIX)).length, 0);
  });
});

suite('store: undo, sync and damage', () => {
  test('undo of a reset puts back what it removed and keeps a note written since', async () => {
    const s = window(new Storage(() => 0), new Folder());
    await s.setStatus(['git', 'regex'], 'learned');
    await s.setNote('regex', 'before');
    const snapshot = s.snapshot();
    await s.clearAll();
    await s.setNote('regex', 'after');
    assert.deepEqual((await s.restoreMissing(snapshot)).sort(), ['git', 'regex']);
    assert.deepEqual([s.status('git'), s.status('regex'), s.note('regex')], ['learned', 'learned', 'after']);
  });

  test('a newer value arriving by Settings Sync is merged and written to the journal; an older one is overwritten', async () => {
    const storage = new Storage(() => 0);
    const folder = new Folder();
    const s = window(storage, folder);
    await s.setStatus(['git', 'sql'], 'learned');
    await s.flushMirror();
    const state = [...storage.windows][0]!;
    const future = Date.now() + 60_000;
    state.value[KEY_PREFIX + 'git'] = { status: 'skipped', changed: new Date(future).toISOString(), stamps: { status: [future, 'other-machine', 0] } };
    state.value[KEY_PREFIX + 'sql'] = { status: 'none', changed: '2020-01-01T00:00:00.000Z' };
    await s.refresh();
    await s.flushMirror();
    assert.equal(s.status('git'), 'skipped');
    assert.equal(s.status('sql'), 'learned');
    assert.equal((state.value[KEY_PREFIX + 'sql'] as { status: string }).status, 'learned');
    const fresh = window(new Storage(() => 0), folder);
    await fresh.initialize();
    assert.equal(fresh.status('git'), 'skipped', 'what sync brought is in the journal');
  });

  test('an unreadable journal line is reported with its file and line, and the file is never folded away', async () => {
    const folder = new Folder();
    folder.files.set('c-000000001-zz-0.jsonl', '{"id":"git","at":1,"by":"zz","n":0,"status":"learned"}\n{broken\n');
    const warn: string[] = [];
    const s = window(new Storage(() => 0), folder, { warn });
    await s.initialize();
    assert.equal(s.status('git'), 'learned', 'its readable lines count');
    assert.equal(warn.length, 1);
    assert.match(warn[0]!, /line 2 of \/globalStorage\/progress\/c-000000001-zz-0\.jsonl is unreadable/);
    for (let i = 0; i < 5; i++) await s.setStatus([`s${i}`], 'learned');
    await s.compact();
    assert.ok(folder.files.has('c-000000001-zz-0.jsonl'));
    assert.ok([...folder.files.keys()].filter((n) => n.startsWith('c-')).length === 1, 'the readable ones were folded');
  });

  test('an unreadable mirror value is reported once, kept, and backed up when the skill is marked', async () => {
    const storage = new Storage(() => 0);
    storage.value[KEY_PREFIX + 'oop'] = 'not a record';
    const warn: string[] = [];
    const s = window(storage, new Folder(), { warn });
    await s.initialize();
    await s.refresh();
    assert.equal(warn.length, 1);
    assert.match(warn[0]!, /"oop" \(global state key pythonRoadmap\.skill\.oop\) is unreadable/);
    assert.equal(storage.value[KEY_PREFIX + 'oop'], 'not a record');
    await s.setStatus(['oop'], 'learning');
    await s.flushMirror();
    await sleep(5);
    assert.equal(storage.value['pythonRoadmap.unreadable.oop'], 'not a record');
    assert.equal((storage.value[KEY_PREFIX + 'oop'] as { status: string }).status, 'learning');
  });

  test('progress saved before the journal (mirror values only) is read in, unchanged', async () => {
    const storage = new Storage(() => 0);
    const legacy = { status: 'learned', changed: '2026-01-01T00:00:00.000Z', note: 'from 0.1' };
    storage.value[KEY_PREFIX + 'git'] = legacy;
    const folder = new Folder();
    const s = window(storage, folder);
    assert.equal(s.status('git'), 'learned', 'answers from the mirror before the journal is read');
    await s.initialize();
    await s.flushMirror();
    assert.equal(s.note('git'), 'from 0.1');
    assert.deepEqual(storage.value[KEY_PREFIX + 'git'], legacy, 'not rewritten');
    assert.equal(folder.files.size, 1, 'and copied into the journal');
  });
});

suite('store: dates carried in', () => {
  test('records put back with their dates keep them, after a reset too, and a later change takes today\'s', async () => {
    const s = window(new Storage(() => 0), new Folder());
    await s.setStatus(['git'], 'learning');
    await s.clearAll();
    const imported = '2025-03-04T05:06:07.000Z';
    await s.restore(new Map([['git', { status: 'learned', changed: imported, note: 'from the file' }]]), true);
    assert.deepEqual(s.record('git'), { status: 'learned', changed: imported, note: 'from the file' });
    await s.setNote('git', 'edited');
    assert.notEqual(s.record('git')?.changed, imported);
  });

  test('the date survives compaction and a fresh window', async () => {
    const folder = new Folder();
    const s = window(new Storage(() => 0), folder);
    const imported = '2025-03-04T05:06:07.000Z';
    await s.restore(new Map([['sql', { status: 'learned', changed: imported }]]), true);
    for (let i = 0; i < 3; i++) await s.setStatus([`x${i}`], 'learned');
    await s.compact();
    const fresh = window(new Storage(() => 0), folder);
    await fresh.initialize();
    assert.equal(fresh.record('sql')?.changed, imported);
  });
});

suite('store: learning history', () => {
  const DAY = 86_400_000;
  const at = (day: number, hour = 12) => Date.UTC(2026, 0, 1) + day * DAY + hour * 3_600_000;
  function timed(folder: Folder, clock: { t: number }): ProgressStore {
    return new ProgressStore({ state: new Storage(() => 0).window(), files: folder.for(), knownIds: () => [], warn: () => {}, mirrorDelay: 1, now: () => clock.t });
  }

  test('each status change is kept with its date, through a reset, compaction and a fresh window; notes are not history', async () => {
    const folder = new Folder();
    const clock = { t: at(0) };
    const s = timed(folder, clock);
    await s.setStatus(['git'], 'learning');
    clock.t = at(3);
    await s.setStatus(['git'], 'learned');
    await s.setNote('git', 'a note is not a status change');
    clock.t = at(10);
    await s.setStatus(['sql'], 'learned');
    await s.clearAll();
    const want = [
      { id: 'git', status: 'learning', at: at(0) },
      { id: 'git', status: 'learned', at: at(3) },
      { id: 'sql', status: 'learned', at: at(10) },
    ];
    assert.deepEqual(s.history(), want);
    await s.compact();
    assert.ok([...folder.files.keys()].every((n) => n.startsWith('s-')), 'folded into one snapshot');
    const fresh = timed(folder, clock);
    await fresh.initialize();
    assert.deepEqual(fresh.history(), want);
    assert.equal(fresh.record('git'), undefined, 'the reset still holds');
  });

  test('changes of one skill within a day count once (the day\'s last); at most 64 days per skill are kept', async () => {
    const folder = new Folder();
    const clock = { t: at(0, 1) };
    const s = timed(folder, clock);
    await s.setStatus(['git'], 'learning');
    clock.t = at(0, 2);
    await s.setStatus(['git'], 'learned');
    clock.t = at(0, 3);
    await s.setStatus(['git'], 'skipped');
    assert.deepEqual(s.history(), [{ id: 'git', status: 'skipped', at: at(0, 3) }]);
    for (let d = 1; d <= 100; d++) {
      clock.t = at(d);
      await s.setStatus(['sql'], d % 2 ? 'learned' : 'learning');
    }
    const sql = s.history().filter((e) => e.id === 'sql');
    assert.equal(sql.length, 64);
    assert.equal(sql[0]!.at, at(37), 'the oldest days go first');
    assert.equal(sql[63]!.at, at(100));
    await s.compact();
    const lines = [...folder.files.values()].join('').split('\n').filter(Boolean).length;
    assert.ok(lines <= 64 + 2 + 2, `the snapshot holds the bounded history only (${lines} lines)`);
  });

  test('an import\'s history is added once, and its undo takes it out again, leaving what was made here', async () => {
    const clock = { t: at(5) };
    const s = timed(new Folder(), clock);
    await s.setStatus(['git'], 'learning');
    const before = s.snapshot(['git', 'sql']);
    const events = [
      { id: 'git', status: 'learning' as const, at: at(5) }, // the same change as here: kept as ours
      { id: 'git', status: 'learned' as const, at: at(7) },
      { id: 'sql', status: 'learned' as const, at: at(2) },
    ];
    clock.t = at(20);
    assert.equal(await s.addHistory(events, 'imp1'), 2);
    assert.equal(await s.addHistory(events, 'imp1'), 0, 'nothing twice');
    await s.restore(new Map([['git', { status: 'learned', changed: new Date(at(7)).toISOString() }], ['sql', { status: 'learned', changed: new Date(at(2)).toISOString() }]]), true);
    assert.deepEqual(s.history().map((e) => `${e.id} ${e.status} ${(e.at - at(0)) / DAY}`), ['sql learned 2', 'git learning 5', 'git learned 7']);
    await s.dropImport('imp1');
    await s.restore(before, true);
    assert.deepEqual(s.history(), [{ id: 'git', status: 'learning', at: at(5) }]);
    assert.deepEqual(s.record('git')?.status, 'learning');
    assert.equal(s.record('sql'), undefined);
  });
});

suite('store: retired ids', () => {
  test('a record under a retired id written by another window (an older version) moves to the current id, with its note, places and history', async () => {
    const folder = new Folder();
    const storage = new Storage(() => 0);
    const s = window(storage, folder);
    await s.initialize();
    // what a window of 0.1.x writes: the skill under its old id
    folder.files.set('c-000000001-old-0.jsonl', [
      JSON.stringify({ id: 'lambdas', at: Date.UTC(2026, 5, 1), by: 'old', n: 0, status: 'learning' }),
      JSON.stringify({ id: 'lambdas', at: Date.UTC(2026, 5, 3), by: 'old', n: 1, status: 'learned', note: 'sorted(key=lambda …)', evidence: [{ path: 'a.py', line: 2, date: '2026-06-03' }] }),
    ].join('\n') + '\n');
    await s.fileCreated('c-000000001-old-0.jsonl');
    assert.deepEqual(s.record('lambda-functions'), { status: 'learned', changed: new Date(Date.UTC(2026, 5, 3)).toISOString(), note: 'sorted(key=lambda …)', evidence: [{ path: 'a.py', line: 2, date: '2026-06-03' }] });
    assert.equal(s.record('lambdas'), undefined);
    assert.ok(!s.storedIds().includes('lambdas'));
    assert.deepEqual(s.history().map((e) => [e.id, e.status, new Date(e.at).toISOString().slice(0, 10)]), [['lambda-functions', 'learning', '2026-06-01'], ['lambda-functions', 'learned', '2026-06-03']]);
  });
});

// ---------------------------------------------------------------------------------------------
// The attack of issue 23: hostile synced values, history at scale, thousands of files, a folder
// that cannot be written, a reset while another window marks. Each failed before its fix.

/** A folder whose files obey the store's size limit on read, as the real one does (stat first). */
function limited(folder: Folder): Folder {
  const files = folder.for.bind(folder);
  folder.for = (onCreated) => {
    const f = files(onCreated);
    return { ...f, read: async (name) => { const t = await f.read(name); return typeof t === 'string' && t.length > FILE_LIMIT ? { tooBig: t.length } : t; } };
  };
  return folder;
}

suite('store: hostile values from Settings Sync and the journal', () => {
  test('a synced value with stamps [1e300, "evil", 0] is refused once; marks on that skill work, Reset clears it, and a new window starts', async () => {
    const storage = new Storage(() => 0);
    storage.value[KEY_PREFIX + 'decorators'] = { status: 'skipped', changed: '2026-12-01T00:00:00.000Z', stamps: { status: [1e300, 'evil', 0] } };
    const folder = new Folder();
    const warn: string[] = [];
    const s = window(storage, folder, { warn });
    await s.initialize();
    await s.refresh();
    assert.equal(warn.length, 1, warn.join('\n'));
    assert.match(warn[0]!, /"decorators".*unreadable: stamps\.status\.at/);
    assert.equal(s.status('decorators'), 'none');
    await s.setStatus(['decorators'], 'learned');
    assert.equal(s.status('decorators'), 'learned', 'the mark is not ignored');
    await s.clearAll();
    await s.setStatus(['sql'], 'learning');
    await s.flushMirror();
    assert.equal(s.status('decorators'), 'none', 'nothing survives Reset All');
    assert.ok(s.record('sql')!.changed < '2100', `a change after the reset is dated today: ${s.record('sql')!.changed}`);
    const fresh = window(storage, folder, { warn: [] });
    await fresh.initialize();
    assert.doesNotThrow(() => [fresh.record('decorators'), fresh.record('sql'), fresh.history()].map((x) => JSON.stringify(x)));
    await fresh.setStatus(['regex'], 'learned');
    assert.equal(fresh.status('regex'), 'learned');
  });

  test('a journal line timed at 8.64e15 ms is reported; the store starts and the other lines count', async () => {
    const folder = new Folder();
    folder.files.set('c-000000001-zz-0.jsonl', [
      JSON.stringify({ id: 'git', at: 8.64e15, by: 'zz', n: 0, status: 'learned' }),
      JSON.stringify({ reset: true, at: 9e15, by: 'zz', n: 1 }),
      JSON.stringify({ id: 'sql', at: 5, by: 'zz', n: 2, status: 'learning' }),
    ].join('\n'));
    const warn: string[] = [];
    const s = window(new Storage(() => 0), folder, { warn });
    await s.initialize();
    assert.equal(s.status('git'), 'none');
    assert.equal(s.status('sql'), 'learning');
    assert.match(warn.join('\n'), /line 1 of .* is unreadable \(at: .* ahead/);
    await s.setStatus(['git'], 'learned');
    assert.equal(s.status('git'), 'learned');
    assert.doesNotThrow(() => JSON.stringify(s.history()));
  });

  test('synced values the journal would refuse (a 100-character writer, a negative counter or time, ids of 0 or 201 characters) write no file: 5 starts, no unreadable file', async () => {
    const storage = new Storage(() => 0);
    const bad = (stamp: unknown[]) => ({ status: 'learned', changed: '2026-12-01T00:00:00.000Z', stamps: { status: stamp } });
    storage.value[KEY_PREFIX + 'a'] = bad([1, 'w'.repeat(100), 0]);
    storage.value[KEY_PREFIX + 'b'] = bad([1, 'w', -1]);
    storage.value[KEY_PREFIX + 'c'] = bad([-1, 'w', 0]);
    storage.value[KEY_PREFIX] = bad([1, 'w', 0]);
    storage.value[KEY_PREFIX + 'x'.repeat(201)] = bad([1, 'w', 0]);
    storage.value[RESET_KEY] = [1e300, 'evil', 0];
    const folder = new Folder();
    for (let start = 0; start < 5; start++) {
      const warn: string[] = [];
      const s = window(storage, folder, { warn });
      await s.initialize();
      await s.refresh();
      await s.flushMirror();
      assert.equal(warn.length, 6, `start ${start}: each bad value is reported once per window: ${warn.join('\n')}`);
      assert.ok(!warn.some((w) => /line \d+ of/.test(w)), 'no journal file is unreadable');
      s.dispose();
    }
    assert.equal(folder.files.size, 0, 'nothing was written from them');
  });
});

suite('store: at scale', () => {
  test('a large import (2,070 skills × 64 days of history) writes no file over the limit, and a restart keeps every event', async function () {
    this.timeout(120_000);
    const folder = limited(new Folder());
    const s = window(new Storage(() => 0), folder);
    await s.initialize();
    const day = 86_400_000;
    const start = Date.UTC(2020, 0, 1);
    const events = [];
    for (let i = 0; i < 2070; i++) for (let d = 0; d < 64; d++) events.push({ id: `skill-${i}-with-a-longer-id`, status: (d % 2 ? 'learned' : 'learning') as Status, at: start + d * 3 * day + i });
    // and 10 more days for one skill than the history keeps: capped before they are written
    for (let d = 64; d < 74; d++) events.push({ id: 'skill-0-with-a-longer-id', status: 'learned' as Status, at: start + d * 3 * day });
    assert.equal(await s.addHistory(events, 'imp-1'), 2070 * 64);
    await s.compact();
    const sizes = [...folder.files.values()].map((t) => t.length);
    assert.ok(Math.max(...sizes) <= PART_CHARS, `largest file ${Math.max(...sizes)} characters`);
    const fresh = window(new Storage(() => 0), folder);
    const warn: string[] = [];
    const again = window(new Storage(() => 0), folder, { warn });
    await again.initialize();
    assert.deepEqual(warn, []);
    assert.equal(again.history().length, 2070 * 64, 'every event kept after a restart');
    fresh.dispose();
  });

  test('10,000 files from other windows: each is read once, and a mark made meanwhile waits for one batch, not for the folder', async function () {
    this.timeout(120_000);
    const folder = new Folder();
    const s = window(new Storage(() => 0), folder);
    await s.initialize();
    let reads = 0;
    let markDone: Promise<unknown> | undefined;
    let readBeforeMark = -1;
    const files = folder.for();
    const read = files.read;
    // the store under test sees every file created, as the watcher tells it
    const watched = new ProgressStore({
      state: new Storage(() => 0).window(), knownIds: () => [], warn: () => undefined, mirrorDelay: 3,
      files: { ...files, read: async (name) => {
        reads++;
        if (reads === 200) markDone = watched.setStatus(['mine'], 'learned').then(() => { readBeforeMark = reads; });
        return read(name);
      } },
    });
    await watched.initialize();
    for (let i = 0; i < 10_000; i++) folder.files.set(`c-${String(i).padStart(9, '0')}-other-0.jsonl`, JSON.stringify({ id: `s${i}`, at: 1000 + i, by: 'other', n: 0, status: 'learned' }) + '\n');
    const created = [...folder.files.keys()].filter((n) => n.includes('-other-')).map((n) => watched.fileCreated(n));
    await Promise.all([watched.refresh(), ...created]);
    await markDone;
    assert.equal(reads, 10_000, 'each file read once, though the watcher told of each and the folder was listed too');
    assert.ok(readBeforeMark > 0 && readBeforeMark <= 200 + 2 * READ_BATCH, `the mark went in after ${readBeforeMark} reads`);
    assert.equal(watched.status('s9999'), 'learned');
    assert.equal(watched.status('mine'), 'learned');
    s.dispose();
  });
});

suite('store: a folder that cannot be written', () => {
  test('a note typed while writes fail is kept, in the mirror too, the learner is told once, and it is written when the folder is back', async () => {
    const storage = new Storage(() => 0);
    const folder = new Folder();
    const warn: string[] = [];
    let broken = true;
    const timers: (() => void)[] = [];
    const files = folder.for();
    const s = new ProgressStore({
      state: storage.window(), knownIds: () => [], warn: (m) => warn.push(m), mirrorDelay: 3,
      files: { ...files, write: async (name, text) => { if (broken) throw new Error('EACCES: permission denied'); return files.write(name, text); } },
      setTimeout: (f, ms) => (ms >= 1000 ? timers.push(f) : setTimeout(f, ms)),
      clearTimeout: () => undefined,
    });
    await s.initialize();
    await s.setNote('git', 'rebase -i, then squash');
    await s.setStatus(['git'], 'learning');
    assert.equal(s.note('git'), 'rebase -i, then squash', 'the note stays');
    assert.equal(warn.length, 1, 'told once');
    assert.match(warn[0]!, /could not save progress .*EACCES.*Nothing is lost/);
    await s.flushMirror();
    await sleep(5);
    assert.equal((storage.value[KEY_PREFIX + 'git'] as { note?: string }).note, 'rebase -i, then squash', 'in VS Code\'s own storage meanwhile');
    // a window opened now (the folder still broken) has it from the mirror
    assert.equal(folder.files.size, 0);
    broken = false;
    assert.ok(timers.length >= 1, 'a retry is scheduled');
    timers.shift()!();
    await sleep(10);
    assert.ok(folder.files.size >= 1, 'written once the folder is back');
    const fresh = window(new Storage(() => 0), folder);
    await fresh.initialize();
    assert.equal(fresh.note('git'), 'rebase -i, then squash');
    assert.equal(fresh.status('git'), 'learning');
  });

  test('the mirror alone brings a change back when the window closed before the folder could be written', async () => {
    const storage = new Storage(() => 0);
    const files = new Folder().for();
    const s = new ProgressStore({ state: storage.window(), knownIds: () => [], warn: () => undefined, mirrorDelay: 3, files: { ...files, write: async () => { throw new Error('ENOSPC'); } } });
    await s.setNote('sql', 'joins');
    await s.flushMirror();
    s.dispose();
    await sleep(5);
    const folder = new Folder();
    const next = window(storage, folder);
    await next.initialize();
    assert.equal(next.note('sql'), 'joins');
    assert.ok(folder.files.size >= 1, 'and it reaches the journal');
  });
});

suite('store: Reset while another window marks', () => {
  test('marks another window made while the reset was being confirmed are cleared by it, and its undo puts every one back', async () => {
    const storage = new Storage(() => 0);
    const folder = new Folder();
    const a = window(storage, folder);
    const b = window(storage, folder);
    await Promise.all([a.initialize(), b.initialize()]);
    await a.setStatus(['git', 'sql'], 'learned');
    await settle(a, b);
    // a's dialog is open: b marks 40 skills; a has not read them when it resets
    const marks = Array.from({ length: 40 }, (_, i) => `during-${i}`);
    for (const id of marks) await b.setStatus([id], 'learning');
    await sleep(2); // the reset's millisecond comes after theirs (a change in the reset's own millisecond outlives it)
    await a.clearAll();
    await settle(a, b);
    assert.deepEqual(marks.filter((id) => b.status(id) !== 'none'), [], 'the reset cleared them (they were made before it)');
    const back = await a.undoReset(a.ownReset!);
    assert.equal(back.length, 42, `put back: ${back.length}`);
    await settle(a, b);
    for (const w of [a, b]) {
      assert.deepEqual(marks.filter((id) => w.status(id) !== 'learning'), []);
      assert.equal(w.status('git'), 'learned');
    }
  });

  test('undo survives compaction and a fresh window, and keeps what was set since the reset', async () => {
    const folder = new Folder();
    const s = window(new Storage(() => 0), folder);
    await s.setStatus(['git', 'sql'], 'learned');
    await s.setNote('sql', 'before');
    await s.clearAll();
    await s.setStatus(['sql'], 'learning');
    await s.compact();
    const fresh = window(new Storage(() => 0), folder);
    await fresh.initialize();
    assert.deepEqual((await fresh.undoReset(s.ownReset!)).sort(), ['git', 'sql']);
    assert.deepEqual([fresh.status('git'), fresh.status('sql'), fresh.note('sql')], ['learned', 'learning', 'before']);
  });
});

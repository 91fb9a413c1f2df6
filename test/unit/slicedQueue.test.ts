import * as assert from 'node:assert/strict';
import { SlicedQueue } from '../../src/core/slicedQueue';

/** A queue over a fake clock: each item's work advances it by `cost(key)` ms; pauses are kept
 *  until `turn()` runs them, as the host's event loop would. */
function harness(cost: (key: number) => number, sliceMs = 15) {
  let clock = 0;
  const pauses: (() => void)[] = [];
  const done: number[] = [];
  const slices: { items: number[]; idle: boolean }[] = [];
  let current: number[] = [];
  const failures: number[] = [];
  const q: SlicedQueue<number> = new SlicedQueue<number>({
    sliceMs,
    now: () => clock,
    pause: (next) => pauses.push(next),
    work: (key) => {
      if (key < 0) throw new Error('bad item');
      clock += cost(key);
      done.push(key);
      current.push(key);
    },
    failed: (key) => failures.push(key),
    after: (idle) => {
      slices.push({ items: current, idle });
      current = [];
    },
  });
  /** Runs the pending macrotasks, one host turn at a time, until none is left. */
  const drain = () => {
    let turns = 0;
    while (pauses.length) {
      pauses.shift()!();
      turns++;
    }
    return turns;
  };
  return { q, done, slices, failures, pauses, drain, advance: (ms: number) => (clock += ms) };
}

suite('SlicedQueue: work in slices of bounded time, one notice per slice', () => {
  test('nothing runs when items are added: a slice comes after the host has had its turn', () => {
    const h = harness(() => 1);
    for (let i = 0; i < 5; i++) h.q.add(i);
    assert.deepEqual(h.done, []);
    assert.equal(h.pauses.length, 1, 'one slice asked for, however many items came');
    h.drain();
    assert.deepEqual(h.done, [0, 1, 2, 3, 4]);
    assert.deepEqual(h.slices, [{ items: [0, 1, 2, 3, 4], idle: true }]);
  });

  test('10,000 items at 1 ms each: slices of 15 ms, a real pause between each, every item once and in order', () => {
    const h = harness(() => 1);
    for (let i = 0; i < 10_000; i++) h.q.add(i);
    const turns = h.drain();
    assert.equal(h.done.length, 10_000);
    assert.deepEqual(h.done, [...h.done].sort((a, b) => a - b));
    assert.equal(h.slices.length, Math.ceil(10_000 / 15));
    assert.equal(turns, h.slices.length, 'each slice is its own host turn');
    assert.ok(h.slices.slice(0, -1).every((s) => s.items.length === 15 && !s.idle));
    assert.equal(h.slices.at(-1)!.idle, true);
    assert.equal(h.q.slices, h.slices.length);
  });

  test('an item costlier than a slice still gets done, and ends its slice', () => {
    const h = harness((k) => (k === 1 ? 100 : 2));
    for (let i = 0; i < 4; i++) h.q.add(i);
    h.drain();
    assert.deepEqual(h.slices.map((s) => s.items), [[0, 1], [2, 3]]);
  });

  test('a key queued again keeps its place and is worked once', () => {
    const h = harness(() => 1);
    h.q.add(1);
    h.q.add(2);
    h.q.add(1);
    assert.equal(h.q.size, 2);
    h.drain();
    assert.deepEqual(h.done, [1, 2]);
  });

  test('work that queues more: what it adds waits for the next slice, so a slice always ends', () => {
    const h = harness(() => 0); // a clock that never moves: only the count ends a slice
    let again = 3;
    const q = new SlicedQueue<number>({
      sliceMs: 15, now: () => 0, pause: (next) => h.pauses.push(next), after: () => h.slices.push({ items: [], idle: q.size === 0 }),
      work: (key) => {
        h.done.push(key);
        if (again-- > 0) q.add(key); // its own work puts it back
      },
    });
    q.add(7);
    q.add(8);
    h.drain();
    assert.deepEqual(h.done, [7, 8, 7, 8, 7]);
    assert.equal(h.slices.length, 3);
  });

  test('kick with nothing queued: one empty slice, idle (how waiting notices are delivered)', () => {
    const h = harness(() => 1);
    h.q.kick();
    h.q.kick();
    assert.equal(h.pauses.length, 1);
    h.drain();
    assert.deepEqual(h.slices, [{ items: [], idle: true }]);
  });

  test('a kick from an item\'s work (a result to tell) rides on the slice\'s own notice: no extra slice', () => {
    const pauses: (() => void)[] = [];
    let notices = 0;
    const q: SlicedQueue<number> = new SlicedQueue<number>({
      sliceMs: 15, now: () => 0, pause: (next) => pauses.push(next), after: () => notices++,
      work: () => q.kick(),
    });
    for (let i = 0; i < 3; i++) q.add(i);
    while (pauses.length) pauses.shift()!();
    assert.equal(q.slices, 1);
    assert.equal(notices, 1);
  });

  test('an item whose work throws is reported and the rest go on', () => {
    const h = harness(() => 1);
    for (const k of [1, -1, 2]) h.q.add(k);
    h.drain();
    assert.deepEqual(h.done, [1, 2]);
    assert.deepEqual(h.failures, [-1]);
  });

  test('delete and clear drop queued items; stop ends the queue for good', () => {
    const h = harness(() => 1);
    for (let i = 0; i < 5; i++) h.q.add(i);
    h.q.delete(2);
    assert.equal(h.q.has(2), false);
    h.drain();
    assert.deepEqual(h.done, [0, 1, 3, 4]);
    h.q.add(9);
    h.q.clear();
    h.drain();
    assert.deepEqual(h.done, [0, 1, 3, 4]);
    h.q.add(10);
    h.q.stop();
    h.q.add(11);
    h.drain();
    assert.deepEqual(h.done, [0, 1, 3, 4]);
    assert.equal(h.q.size, 0);
  });
});

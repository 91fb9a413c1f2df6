// A queue of work done in slices of bounded time: items are taken in the order they came until the
// slice's budget is spent, then the host gets its turn (a real macrotask) before the next slice.
// Thousands of items queued at once (the cells of a notebook opened) never hold the host longer
// than one slice plus one item; each slice ends with one `after` call, so listeners hear of a
// batch once, not once per item. The clock and the pause are injected (tests count, not time).

export interface SlicedQueueOptions<K> {
  /** Does one item's work. An exception is handed to `failed` and the queue goes on. */
  readonly work: (key: K) => void;
  /** After each slice, with whether the queue is now empty (also after a slice that `kick` asked for). */
  readonly after: (idle: boolean) => void;
  readonly failed?: (key: K, error: unknown) => void;
  /** How long one slice may take, in the clock's units (at least one item is done per slice). */
  readonly sliceMs: number;
  readonly now: () => number;
  /** Runs `next` later, after the host has had its turn (setTimeout 0 on the extension host). */
  readonly pause: (next: () => void) => void;
}

export class SlicedQueue<K> {
  /** Insertion order, each key once: a key queued again keeps its place. */
  private readonly items = new Set<K>();
  private scheduled = false;
  /** In a slice: its own `after` call is coming, so a kick then needs no slice of its own. */
  private running = false;
  private stopped = false;
  /** Slices run so far (the tests check a large batch is cut up, and how). */
  slices = 0;

  constructor(private readonly o: SlicedQueueOptions<K>) {}

  get size(): number {
    return this.items.size;
  }

  has(key: K): boolean {
    return this.items.has(key);
  }

  /** Queues a key (once) and makes sure a slice is coming. */
  add(key: K): void {
    if (this.stopped) return;
    this.items.add(key);
    this.kick();
  }

  delete(key: K): void {
    this.items.delete(key);
  }

  /** Asks for a slice even with nothing queued (its `after` call delivers what waits to be told). */
  kick(): void {
    if (this.scheduled || this.running || this.stopped) return;
    this.scheduled = true;
    this.o.pause(() => this.slice());
  }

  /** Drops what is queued; a slice already asked for still runs (and finds nothing). */
  clear(): void {
    this.items.clear();
  }

  /** No more slices, ever (disposal). */
  stop(): void {
    this.stopped = true;
    this.items.clear();
  }

  private slice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    this.slices++;
    const start = this.o.now();
    // What was queued when the slice began: a key queued during it (by its own work, say) waits
    // for the next slice, so a slice always ends.
    let left = this.items.size;
    this.running = true;
    try {
      for (const key of this.items) {
        if (left-- <= 0) break;
        this.items.delete(key);
        try {
          this.o.work(key);
        } catch (e) {
          this.o.failed?.(key, e);
        }
        if (this.o.now() - start >= this.o.sliceMs) break;
      }
    } finally {
      this.running = false;
    }
    // The next slice is asked for before listeners run, so one that throws cannot stall the queue.
    const idle = this.items.size === 0;
    if (!idle) this.kick();
    this.o.after(idle);
  }
}

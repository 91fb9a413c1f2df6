// The ONLY writer of progress. Pure (no `vscode`): the files and the global state come in as
// interfaces, so the same store runs in the desktop and the web extension host, and a unit test can
// run two "windows" over one folder.
//
// Where progress lives:
// - a journal folder (under globalStorageUri): each change is a small file of JSON Lines, written
//   under a temporary name and renamed, never changed after. Every window reads every file and
//   merges them (core/journal: per field, the newest stamp wins), so two windows never overwrite
//   each other. Now and then one window folds all it has read into one snapshot file and deletes
//   the files it folded in.
// - a mirror in global state, one key per skill (`pythonRoadmap.skill.<id>`) plus the last reset,
//   registered for Settings Sync. It is written shortly after changes, in one batch; values that
//   sync brings in are merged by the same rule and written to the journal.
// A mark costs one small file whatever the number of records; nothing re-serialises everything.
import { Clock, Journal, formatLine, mirrorLines, mirrorMatches, mirrorOf, parseJournal, FIELDS, compareStamps, isChange, isHistory, QUIET, HISTORY_PER_SKILL, checkStamp, ID_LIMIT } from './journal';
import type { Line, Change, Stamp, Values, Field, HistoryEvent } from './journal';
import { capNote, NOTE_LIMIT, parseRecord, planMigrations, migrateId } from './progress';
import type { SkillRecord, Status, Evidence } from './progress';

export const KEY_PREFIX = 'pythonRoadmap.skill.';
export const RESET_KEY = 'pythonRoadmap.reset';
const BACKUP_PREFIX = 'pythonRoadmap.unreadable.';
export const keyOf = (id: string): string => KEY_PREFIX + id;

/** Files are folded into one snapshot once a window has read this many. */
export const COMPACT_AFTER = 64;
/** A journal file larger than this is reported and left alone (a crafted file must not hang the host). */
export const FILE_LIMIT = 16 * 1024 * 1024;
/** The most characters one written file holds: lines beyond go into the next file, so no file
 *  this store writes (a snapshot of a large history, a large import) is ever over FILE_LIMIT, even
 *  in UTF-8 at three bytes a character. */
export const PART_CHARS = 4_000_000;
/** Files read in one turn of the queue: a mark waits for at most one batch, never for the folder. */
export const READ_BATCH = 64;
/** Retries of a failed write: the first after this, then doubling up to a minute. */
const RETRY_MS = 5_000;

export interface JournalFiles {
  /** Names of the files in the folder (only `*.jsonl` are read). */
  list(): Promise<string[]>;
  /** The text, or undefined when the file is gone; `tooBig` when over FILE_LIMIT. */
  read(name: string): Promise<string | undefined | { tooBig: number }>;
  /** Writes whole and at once: readers never see half a file. */
  write(name: string, text: string): Promise<void>;
  /** Removes; a file already gone is fine. */
  remove(name: string): Promise<void>;
  /** Where a file is, for messages. */
  where(name: string): string;
}

export interface SyncedState {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
  keys(): readonly string[];
  setKeysForSync(keys: readonly string[]): void;
}

export interface Disposable {
  dispose(): void;
}
export type Listener<T> = (e: T) => unknown;

/** Record values for an undo: id → the record as it was (undefined: there was none). */
export type Snapshot = ReadonlyMap<string, SkillRecord | undefined>;

export interface StoreOptions {
  readonly state: SyncedState;
  readonly files: JournalFiles;
  /** The roadmap's ids; asked for only once the roadmap is loaded, never at activation. */
  readonly knownIds: () => readonly string[];
  readonly warn: (message: string) => void;
  /** Where each change is told, in one line (the output channel). */
  readonly info?: (message: string) => void;
  /** This window's writer id (random by default). */
  readonly writer?: string;
  readonly now?: () => number;
  /** Delay before the mirror is written (ms); changes within it go in one batch. */
  readonly mirrorDelay?: number;
  readonly setTimeout?: (f: () => void, ms: number) => unknown;
  readonly clearTimeout?: (t: unknown) => void;
  /** Called once the journal has been read the first time. */
  readonly onLoaded?: () => void;
}

export function randomWriter(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class ProgressStore implements Disposable {
  private readonly listeners = new Set<Listener<readonly string[]>>();
  private readonly journal = new Journal();
  private readonly clock: Clock;
  /** Files read (or written) by this window; false when a line of it could not be read. */
  private readonly seen = new Map<string, boolean>();
  private readonly reported = new Set<string>();
  private readonly dirty = new Set<string>();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private mirrorTimer: unknown;
  private disposed = false;
  /** Every read-modify-write runs after the previous one: messages arriving together never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly info: (message: string) => void;
  private readonly setTimer: (f: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;
  private readonly now: () => number;
  /** Journal files known to be there and not read yet (a listing, the watcher). */
  private readonly pending = new Set<string>();
  private draining: Promise<void> | undefined;
  /** Lines applied here whose file could not be written yet: kept, in the mirror too, and retried. */
  private unsaved: Line[] = [];
  private retryTimer: unknown;
  private retryMs = RETRY_MS;

  constructor(private readonly o: StoreOptions) {
    this.now = o.now ?? Date.now;
    this.clock = new Clock(o.writer ?? randomWriter(), o.now);
    this.info = o.info ?? (() => {});
    this.setTimer = o.setTimeout ?? ((f, ms) => setTimeout(f, ms));
    this.clearTimer = o.clearTimeout ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  get writer(): string {
    return this.clock.by;
  }

  /** Fires with the ids whose records changed (the shape of a vscode.Event). */
  onDidChange = (listener: Listener<readonly string[]>, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<readonly string[]> = thisArgs === undefined ? listener : (e) => listener.call(thisArgs, e);
    this.listeners.add(bound);
    const d = { dispose: () => void this.listeners.delete(bound) };
    disposables?.push(d);
    return d;
  };

  private fire(ids: Iterable<string>): void {
    const list = [...ids];
    if (!list.length) return;
    for (const l of [...this.listeners]) {
      try {
        l(list);
      } catch {
        /* a listener's failure is its own */
      }
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Reads the journal and the mirror, moves retired ids. Safe to call often: it runs once. */
  initialize(): Promise<void> {
    this.loading ??= this.serial(() => this.load());
    return this.loading;
  }

  private async load(): Promise<void> {
    // Nothing read here may stop the store from starting: what could be read counts.
    try {
      await this.listFolder();
      await this.readPending();
      await this.syncIn();
      await this.migrateRetired();
    } catch (e) {
      this.report('load', `Python Roadmap: progress could not be read completely (${e instanceof Error ? e.message : String(e)}). What could be read counts; nothing is changed.`);
    }
    this.loaded = true;
    this.syncKeys();
    this.fire(new Set([...this.journal.ids(), ...this.o.knownIds()]));
    if (this.seen.size >= COMPACT_AFTER) await this.compactNow();
    this.o.onLoaded?.();
  }

  /** Moves records of retired ids (RETIRED_IDS) to their current ids: at load, and whenever another
   *  window or Settings Sync brings one in (a machine still on an older version). The old id's
   *  history follows in history(); nothing is lost, both sides merged by their last change. */
  private async migrateRetired(): Promise<void> {
    const records = new Map<string, SkillRecord>();
    for (const id of this.journal.ids()) {
      const r = this.journal.record(id);
      if (r) records.set(id, r);
    }
    const moves = planMigrations(records);
    if (!moves.length) return;
    const lines: Line[] = [];
    for (const m of moves) {
      lines.push(...this.changeLines(m.to, { status: m.record.status, note: m.record.note ?? '', evidence: m.record.evidence ?? [] }, m.record.changed, QUIET));
      lines.push(...this.changeLines(m.from, { status: 'none', note: '', evidence: [] }, undefined, QUIET));
    }
    await this.commit(lines);
    this.info(`renamed skills followed: ${moves.map((m) => `${m.from} → ${m.to}`).join(', ')}`);
  }

  /** The record, or undefined when there is none. Before the journal is read, the mirror answers. */
  record(id: string): SkillRecord | undefined {
    if (this.loaded) return this.journal.record(id);
    const parsed = parseRecord(this.o.state.get<unknown>(keyOf(id)));
    return 'record' in parsed ? parsed.record : undefined;
  }

  status(id: string): Status {
    return this.record(id)?.status ?? 'none';
  }

  note(id: string): string | undefined {
    return this.record(id)?.note;
  }

  /** Ids that have a record, known to this roadmap or not (unknown ones are kept). */
  storedIds(): string[] {
    if (this.loaded) return this.journal.ids().filter((id) => this.journal.record(id));
    return this.o.state.keys().filter((k) => k.startsWith(KEY_PREFIX)).map((k) => k.slice(KEY_PREFIX.length));
  }

  /** Sets the status of each id; returns the ids that changed. */
  setStatus(ids: readonly string[], status: Status): Promise<string[]> {
    return this.write(async () => {
      const lines = ids.filter((id) => this.status(id) !== status).flatMap((id) => this.changeLines(id, { status }));
      const changed = await this.commit(lines);
      if (changed.length) this.info(`${changed.length === 1 ? changed[0] : `${changed.length} items (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`} → ${status}`);
      return changed;
    });
  }

  setNote(id: string, note: string): Promise<void> {
    return this.write(async () => {
      // Cut only at a character boundary (never half a surrogate pair), and say so in the log.
      const text = capNote(note);
      if (text.length < note.length) this.info(`note on ${id} cut to ${NOTE_LIMIT} characters (it had ${note.length})`);
      const value = text.trim() ? text : '';
      if ((this.note(id) ?? '') === value) return;
      await this.commit(this.changeLines(id, { note: value }));
      this.info(value ? `note on ${id} saved (${value.length} characters)` : `note on ${id} cleared`);
    });
  }

  /** Records where a skill was seen in code (newest first, de-duplicated by place). */
  addEvidence(id: string, evidence: Evidence, status?: Status): Promise<void> {
    return this.write(async () => {
      const others = (this.record(id)?.evidence ?? []).filter((e) => !(e.path === evidence.path && e.line === evidence.line && e.cell === evidence.cell));
      const list = [evidence, ...others].slice(0, 20);
      this.info(`${id} seen at ${evidence.path}:${evidence.line}${status ? ` → ${status}` : ''}`);
      await this.commit(this.changeLines(id, { evidence: list, ...(status ? { status } : {}) }));
    });
  }

  /** The records as they are, for an undo: every stored skill's, or the given ones'. */
  snapshot(ids: readonly string[] = this.storedIds()): Snapshot {
    return new Map(ids.map((id) => [id, this.record(id)]));
  }

  /** Clears every mark, note and place seen, in one line whatever their number; returns the ids cleared. */
  clearAll(): Promise<string[]> {
    return this.write(async () => {
      const ids = this.storedIds();
      const stamp = this.clock.next(this.journal.newestAt);
      await this.commit([{ reset: stamp }]);
      this.ownReset = stamp;
      this.info(`progress reset (${ids.length} records)`);
      return ids;
    });
  }

  /** The stamp of the last reset made in this window (what its Undo names). */
  ownReset: Stamp | undefined;

  /** Undo of a reset: if `reset` is still the newest, puts back every field it cleared that nothing
   *  has set since — marks another window made while this one's confirmation was open included,
   *  once their files are read (they are read first). Returns the ids put back. */
  undoReset(reset: Stamp): Promise<string[]> {
    return this.write(async () => {
      await this.listFolder();
      await this.readPending();
      if (!this.journal.reset || compareStamps(this.journal.reset, reset) !== 0) return [];
      const lines: Line[] = [];
      for (const [id, { set, shown }] of this.journal.clearedByReset()) lines.push(...this.changeLines(id, set, shown, QUIET));
      return this.commit(lines);
    });
  }

  /** Puts records back as the snapshot had them (an Undo right after a change, an import). With
   *  `keepDates`, each record keeps its own change date instead of taking today's. A put-back is
   *  not a status change: the history does not record it (an import brings its own, addHistory). */
  restore(snapshot: Snapshot, keepDates = false): Promise<void> {
    return this.write(async () => {
      const lines: Line[] = [];
      for (const [id, r] of snapshot) {
        const want: Values = { status: r?.status ?? 'none', note: r?.note ?? '', evidence: r?.evidence ?? [] };
        const now = this.record(id);
        const have: Values = { status: now?.status ?? 'none', note: now?.note ?? '', evidence: now?.evidence ?? [] };
        const set: Partial<Values> = {};
        for (const f of FIELDS) if (JSON.stringify(want[f]) !== JSON.stringify(have[f])) (set as Record<Field, unknown>)[f] = want[f];
        lines.push(...this.changeLines(id, set, keepDates ? r?.changed : undefined, QUIET));
      }
      await this.commit(lines);
    });
  }

  /** The learning history, oldest first, with retired ids followed to their current ones. */
  history(): HistoryEvent[] {
    if (!this.loaded) return [];
    const seen = new Set<string>();
    const out: HistoryEvent[] = [];
    for (const e of this.journal.history()) {
      const id = migrateId(e.id);
      const key = `${id}\u0000${e.status}\u0000${e.at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(id === e.id ? e : { ...e, id });
    }
    return out;
  }

  /** Adds past status changes (an import's history) that are not here yet; `imp` names the
   *  import so that its undo takes them out again. Returns how many were added. */
  addHistory(events: readonly HistoryEvent[], imp: string): Promise<number> {
    return this.write(async () => {
      const have = new Set(this.journal.history().map((e) => `${e.id}\u0000${e.status}\u0000${e.at}`));
      const lines: Line[] = [];
      for (const e of capHistory(events)) {
        const key = `${e.id}\u0000${e.status}\u0000${e.at}`;
        if (have.has(key) || !Number.isFinite(e.at)) continue;
        have.add(key);
        lines.push({ id: e.id, stamp: this.clock.next(this.journal.newestAt), was: e.status, date: new Date(e.at).toISOString(), imp });
      }
      await this.commit(lines);
      return lines.length;
    });
  }

  /** Takes an import's history (and its status changes) out of the history again: its undo. */
  dropImport(imp: string): Promise<void> {
    return this.write(async () => {
      const ids = this.journal.idsOfImport(imp);
      await this.commit([{ drop: imp, stamp: this.clock.next(this.journal.newestAt) }]);
      this.fire(ids);
    });
  }

  /** Undo of a reset: puts back each field the reset cleared and nothing has written since; a
   *  note written after the reset is kept, and so is a status. Returns the ids put back. */
  restoreMissing(snapshot: Snapshot): Promise<string[]> {
    return this.write(async () => {
      const lines: Line[] = [];
      for (const [id, r] of snapshot) {
        if (!r) continue;
        const set: Partial<Values> = {};
        if (r.status !== 'none' && !this.journal.stampOf(id, 'status')) set.status = r.status;
        if (r.note?.trim() && !this.journal.stampOf(id, 'note')) set.note = r.note;
        if (r.evidence?.length && !this.journal.stampOf(id, 'evidence')) set.evidence = r.evidence;
        lines.push(...this.changeLines(id, set, r.changed, QUIET));
      }
      return this.commit(lines);
    });
  }

  /** Reads what other windows wrote since, and what Settings Sync brought: on focus, say. */
  refresh(): Promise<void> {
    if (!this.loaded) return this.initialize();
    return this.drain(true);
  }

  /** A file appeared in the journal folder (the watcher): it is read with the next batch if it is
   *  new. Thousands of these at once make one read each, never a queue of reads. */
  async fileCreated(name: string): Promise<void> {
    if (!this.loaded || this.seen.has(name) || !isJournalName(name)) return;
    this.pending.add(name);
    await this.drain(false);
  }

  private drainAgain = false;
  private listAgain = false;
  /** Reads what is pending (and lists the folder first when asked), READ_BATCH files a turn of the
   *  queue, so a mark made meanwhile waits for one batch at most; then what sync brought. One run
   *  at a time: a call during a run makes it go round once more. */
  private drain(list: boolean): Promise<void> {
    this.drainAgain = true;
    this.listAgain ||= list;
    this.draining ??= (async () => {
      try {
        while (this.drainAgain && !this.disposed) {
          this.drainAgain = false;
          // A listing (refresh: focus, the poll) also reads what Settings Sync brought; a file the
          // watcher told of is only read (a storm of them must not re-read the global state each time).
          const listed = this.listAgain;
          if (listed) {
            this.listAgain = false;
            await this.listFolder();
          }
          let read = false;
          while (this.pending.size && !this.disposed) {
            const batch = [...this.pending].sort().slice(0, READ_BATCH);
            for (const n of batch) this.pending.delete(n);
            read = true;
            await this.serial(() => this.readBatch(batch));
          }
          if (!listed && !read) continue;
          await this.serial(async () => {
            if (listed) await this.syncIn();
            await this.migrateRetired();
            if (this.unsaved.length) await this.writeUnsaved();
          });
        }
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  /** Writes the mirror now (tests, and before the window closes). */
  flushMirror(): Promise<void> {
    if (this.mirrorTimer !== undefined) this.clearTimer(this.mirrorTimer);
    this.mirrorTimer = undefined;
    return this.writeMirror();
  }

  /** Folds every file this window has read into one (compaction). */
  compact(): Promise<void> {
    return this.serial(() => this.compactNow());
  }

  /** How many journal files this window has read and not yet folded. */
  get filesRead(): number {
    return this.seen.size;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.retryTimer !== undefined) this.clearTimer(this.retryTimer);
    if (this.mirrorTimer !== undefined) {
      this.clearTimer(this.mirrorTimer);
      void this.writeMirror();
    }
    this.listeners.clear();
  }

  // -------------------------------------------------------------------------------------------

  private write<T>(work: () => Promise<T>): Promise<T> {
    return this.initialize().then(() => this.serial(work));
  }

  /** One line per id with the fields to set, stamped after whatever that id last had. */
  private changeLines(id: string, set: Partial<Values>, shown?: string, imp?: string): Change[] {
    const fields = FIELDS.filter((f) => set[f] !== undefined);
    if (!fields.length) return [];
    const after = Math.max(0, ...fields.map((f) => this.journal.stampOf(id, f)?.at ?? 0), this.journal.reset?.at ?? 0);
    return [{ id, stamp: this.clock.next(after), set, ...(shown ? { shown } : {}), ...(imp ? { imp } : {}) }];
  }

  /** Writes lines as new files, then applies them; returns the ids whose records changed. A write
   *  that fails loses nothing: the lines apply all the same, reach the Settings Sync mirror (VS
   *  Code's own storage), and are written again until the folder takes them; the learner is told. */
  private async commit(lines: Line[]): Promise<string[]> {
    if (!lines.length) return [];
    for (const l of lines) this.unsaved.push(l);
    await this.writeUnsaved();
    return this.applied(lines);
  }

  private async writeUnsaved(): Promise<void> {
    if (!this.unsaved.length) return;
    const lines = this.unsaved;
    try {
      await this.writeParts('c', lines);
    } catch (e) {
      if (this.retryMs === RETRY_MS) {
        this.o.warn(`Python Roadmap could not save progress to ${this.o.files.where('')} (${e instanceof Error ? e.message : String(e)}). Nothing is lost: the change is kept in this window and in VS Code's own storage, and it is written to that folder as soon as it can be.`);
      }
      this.scheduleRetry();
      return;
    }
    this.unsaved = this.unsaved.slice(lines.length);
    if (this.retryMs !== RETRY_MS) this.info(`progress saved again to ${this.o.files.where('')} (${lines.length} changes kept meanwhile)`);
    this.retryMs = RETRY_MS;
    if (this.retryTimer !== undefined) this.clearTimer(this.retryTimer);
    this.retryTimer = undefined;
  }

  private scheduleRetry(): void {
    if (this.disposed || this.retryTimer !== undefined) return;
    const ms = this.retryMs;
    this.retryMs = Math.min(60_000, ms * 2);
    this.retryTimer = this.setTimer(() => {
      this.retryTimer = undefined;
      void this.serial(() => this.writeUnsaved());
    }, ms);
  }

  /** Writes lines as files of at most PART_CHARS characters each (one, for all but huge writes);
   *  every file is named by a fresh stamp of this window, so no two names meet. */
  private async writeParts(kind: 'c' | 's', lines: readonly Line[]): Promise<string[]> {
    const names: string[] = [];
    let part: string[] = [];
    let size = 0;
    const flush = async () => {
      if (!part.length) return;
      const name = fileName(kind, this.clock.next(this.journal.newestAt));
      await this.o.files.write(name, part.join('\n') + '\n');
      this.seen.set(name, true);
      names.push(name);
      part = [];
      size = 0;
    };
    for (const line of lines) {
      const text = formatLine(line);
      if (size + text.length + 1 > PART_CHARS) await flush();
      part.push(text);
      size += text.length + 1;
    }
    await flush();
    return names;
  }

  private applied(lines: Line[]): string[] {
    const changed = this.journal.apply(lines);
    for (const l of lines) {
      if ('reset' in l) this.markAllDirty();
      else if (isChange(l)) this.dirty.add(l.id);
    }
    for (const id of changed) this.dirty.add(id);
    this.scheduleMirror();
    if (this.seen.size >= COMPACT_AFTER * 2) void this.compact();
    this.fire(withHistory(changed, lines));
    return [...changed];
  }

  private markAllDirty(): void {
    for (const k of this.o.state.keys()) if (k.startsWith(KEY_PREFIX)) this.dirty.add(k.slice(KEY_PREFIX.length));
    for (const id of this.journal.ids()) this.dirty.add(id);
    this.dirty.add(RESET_KEY);
  }

  /** Lists the journal folder: every journal file not read yet becomes pending. */
  private async listFolder(): Promise<void> {
    let names: string[];
    try {
      names = await this.o.files.list();
    } catch {
      return; // no folder yet: nothing written
    }
    for (const name of names) if (isJournalName(name) && !this.seen.has(name)) this.pending.add(name);
  }

  /** Reads every pending file now, batch by batch (inside a job of the queue: the first load, an undo). */
  private async readPending(): Promise<void> {
    while (this.pending.size) {
      const batch = [...this.pending].sort().slice(0, READ_BATCH);
      for (const n of batch) this.pending.delete(n);
      await this.readBatch(batch);
    }
  }

  /** Reads files side by side, applies all their lines at once and tells listeners once. */
  private async readBatch(names: readonly string[]): Promise<void> {
    const todo = names.filter((n) => !this.seen.has(n));
    const texts = await Promise.all(todo.map((name) => this.readText(name)));
    const lines: Line[] = [];
    for (const l of texts) if (l) for (const x of l) lines.push(x);
    if (!lines.length) return;
    const changed = this.journal.apply(lines);
    for (const id of changed) this.dirty.add(id);
    if (lines.some((l) => 'reset' in l) && changed.size) this.markAllDirty();
    if (changed.size) this.scheduleMirror();
    const told = withHistory(changed, lines);
    for (const l of lines) if ('drop' in l) for (const id of this.journal.idsOfImport(l.drop)) told.add(id);
    this.fire(told);
  }

  /** One file's readable lines (its unreadable ones reported once); undefined when it is gone. */
  private async readText(name: string): Promise<Line[] | undefined> {
    let text: string | undefined | { tooBig: number };
    try {
      text = await this.o.files.read(name);
    } catch (e) {
      this.report(`file:${name}`, `Python Roadmap: the progress file ${this.o.files.where(name)} could not be read (${e instanceof Error ? e.message : String(e)}). It is left as it is.`);
      return undefined;
    }
    if (text === undefined) return undefined; // folded into a snapshot by another window meanwhile
    if (typeof text !== 'string') {
      this.seen.set(name, false);
      this.report(`file:${name}`, `Python Roadmap: the progress file ${this.o.files.where(name)} is ${text.tooBig} bytes, over the ${FILE_LIMIT}-byte limit; it is left as it is and not read.`);
      return undefined;
    }
    const { lines, errors } = parseJournal(text, this.now());
    this.seen.set(name, errors.length === 0);
    if (errors.length) {
      const e = errors[0]!;
      this.report(`file:${name}`, `Python Roadmap: line ${e.line} of ${this.o.files.where(name)} is unreadable (${e.error})${errors.length > 1 ? `, and ${errors.length - 1} more` : ''}. The file is kept as it is; its readable lines count.`);
    }
    return lines;
  }

  /** Merges what the mirror holds (Settings Sync from another machine) into the journal. */
  private async syncIn(): Promise<void> {
    const incoming: Line[] = [];
    const now = this.now();
    const rawReset = this.o.state.get<unknown>(RESET_KEY);
    const reset = rawReset === undefined ? undefined : stampFrom(rawReset, now);
    if (typeof reset === 'string') this.report('key:reset', `Python Roadmap: the saved reset (global state key ${RESET_KEY}) is unreadable: ${reset}. It is left as it is and not applied.`);
    const validReset = typeof reset === 'string' ? undefined : reset;
    if (validReset && (!this.journal.reset || compareStamps(validReset, this.journal.reset) > 0)) incoming.push({ reset: validReset });
    const mirrored = new Set<string>();
    for (const key of this.o.state.keys()) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const id = key.slice(KEY_PREFIX.length);
      mirrored.add(id);
      if (!id || id.length > ID_LIMIT) {
        this.report(`key:${id.slice(0, 80)}`, `Python Roadmap: the global state key ${key.slice(0, 120)}… names no skill the journal can keep (ids have 1 to 200 characters). It is left as it is.`);
        continue;
      }
      const value = this.o.state.get<unknown>(key);
      if (value === undefined || mirrorMatches(this.journal, id, value, now)) continue;
      const parsed = mirrorLines(id, value, now);
      if ('error' in parsed) {
        this.report(`key:${id}`, `Python Roadmap: the saved progress for "${id.slice(0, 80)}" (global state key ${key.slice(0, 120)}) is unreadable: ${parsed.error}. It is left as it is; marking the skill again replaces it and keeps a copy.`);
        continue;
      }
      incoming.push(...parsed.lines);
      this.dirty.add(id);
    }
    for (const id of this.journal.ids()) if (!mirrored.has(id)) this.dirty.add(id);
    if (this.journal.reset && !sameStamp(validReset, this.journal.reset)) this.dirty.add(RESET_KEY);
    // Only what is news to the journal is written to it (a copy of the journal tells, and is made
    // only when the mirror brought something: refresh runs on every focus and every 15 s).
    let news: Line[] = [];
    if (incoming.length) {
      const probe = new Journal();
      probe.apply(this.journal.lines());
      news = incoming.filter((l) => probe.apply([l]).size > 0 || ('reset' in l && sameStamp(probe.reset, l.reset)));
    }
    if (news.length) {
      await this.commit(news);
    } else if (this.dirty.size) {
      this.scheduleMirror();
    }
  }

  private scheduleMirror(): void {
    if (this.disposed || this.mirrorTimer !== undefined) return;
    this.mirrorTimer = this.setTimer(() => {
      this.mirrorTimer = undefined;
      void this.writeMirror();
    }, this.o.mirrorDelay ?? 500);
  }

  /** Writes every changed mirror key in one batch: VS Code coalesces updates made together. */
  private async writeMirror(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    const writes: Thenable<void>[] = [];
    let added = false;
    for (const id of ids) {
      if (id === RESET_KEY) {
        const r = this.journal.reset;
        const had = stampFrom(this.o.state.get<unknown>(RESET_KEY), this.now());
        if (r && !sameStamp(typeof had === 'string' ? undefined : had, r)) writes.push(this.o.state.update(RESET_KEY, [r.at, r.by, r.n]));
        continue;
      }
      const key = keyOf(id);
      const current = this.o.state.get<unknown>(key);
      if (mirrorMatches(this.journal, id, current, this.now())) continue;
      if (current !== undefined && 'error' in mirrorLines(id, current, this.now())) {
        // Never lose what was there: keep the unreadable value under a backup key.
        writes.push(this.o.state.update(BACKUP_PREFIX + id, current));
      }
      const want = mirrorOf(this.journal, id);
      if (current === undefined) added = true;
      writes.push(this.o.state.update(key, want));
    }
    if (added) this.syncKeys();
    await Promise.all(writes);
  }

  private async compactNow(): Promise<void> {
    // Not while changes wait to be written: those are in no file yet.
    if (this.unsaved.length) return;
    const folded = [...this.seen].filter(([, clean]) => clean).map(([name]) => name);
    if (folded.length < 2) return;
    let names: string[];
    try {
      names = await this.writeParts('s', this.journal.lines(() => this.clock.next()));
    } catch (e) {
      this.info(`progress journal not folded: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    // Only files whose every line is now in the snapshot are removed; unreadable ones stay.
    for (let i = 0; i < folded.length; i += READ_BATCH) {
      const batch = folded.slice(i, i + READ_BATCH);
      await Promise.all(batch.map((f) => this.o.files.remove(f).catch(() => undefined)));
      for (const f of batch) this.seen.delete(f);
    }
    this.info(`progress journal folded: ${folded.length} files into ${names.join(', ')}`);
  }

  /** setKeysForSync replaces the whole set: pass every key, known and stored. */
  private syncKeys(): void {
    const keys = new Set([...this.o.knownIds(), ...this.journal.ids()].map(keyOf));
    for (const k of this.o.state.keys()) if (k.startsWith(KEY_PREFIX)) keys.add(k);
    keys.add(RESET_KEY);
    this.o.state.setKeysForSync([...keys]);
  }

  private report(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.o.warn(message);
  }
}

/** The ids to tell listeners of: those whose records changed, and those whose history did. */
function withHistory(changed: Set<string>, lines: readonly Line[]): Set<string> {
  if (!lines.some(isHistory)) return changed;
  const out = new Set(changed);
  for (const l of lines) if (isHistory(l)) out.add(l.id);
  return out;
}

/** Journal file names: `c-` for changes, `s-` for snapshots; temporary files start with a dot. */
export function isJournalName(name: string): boolean {
  return /^[cs]-[0-9a-z-]+\.jsonl$/.test(name);
}

function fileName(kind: 'c' | 's', s: Stamp): string {
  return `${kind}-${s.at.toString(36).padStart(9, '0')}-${s.by.replace(/[^0-9a-z]/g, '') || 'x'}-${s.n.toString(36)}.jsonl`;
}

/** The reset key's value, `[time, writer, counter]`, checked like every stamp. */
function stampFrom(x: unknown, now: number): Stamp | string | undefined {
  if (x === undefined) return undefined;
  if (!Array.isArray(x) || x.length !== 3) return 'expected [time, writer, counter]';
  return checkStamp(x[0], x[1], x[2], now);
}

/** An import's history as it will be kept: per skill, the last change of each day, the newest
 *  HISTORY_PER_SKILL days (what history() shows), so an import never writes what is then dropped. */
export function capHistory(events: readonly HistoryEvent[]): HistoryEvent[] {
  const bySkill = new Map<string, HistoryEvent[]>();
  for (const e of events) {
    if (!Number.isFinite(e.at)) continue;
    let list = bySkill.get(e.id);
    if (!list) bySkill.set(e.id, (list = []));
    list.push(e);
  }
  const out: HistoryEvent[] = [];
  for (const list of bySkill.values()) {
    list.sort((a, b) => a.at - b.at);
    const kept: HistoryEvent[] = [];
    for (const e of list) {
      const last = kept[kept.length - 1];
      if (last && Math.floor(last.at / 86_400_000) === Math.floor(e.at / 86_400_000)) kept[kept.length - 1] = e;
      else kept.push(e);
    }
    out.push(...kept.slice(-HISTORY_PER_SKILL));
  }
  return out;
}

function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a === b || (!!a && !!b && compareStamps(a, b) === 0);
}

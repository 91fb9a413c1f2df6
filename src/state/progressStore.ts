// The ONLY writer of progress. One globalState key per skill (`pythonRoadmap.skill.<id>`), each
// registered for Settings Sync, which merges extension state key by key: two machines marking
// different skills keep both. Values are re-read before every write; nothing cached is written back.
import vscode = require('vscode');
import { capNote, NOTE_LIMIT, parseRecord, planMigrations } from '../core/progress';
import type { SkillRecord, Status, Evidence } from '../core/progress';

export const KEY_PREFIX = 'pythonRoadmap.skill.';
const BACKUP_PREFIX = 'pythonRoadmap.unreadable.';

export const keyOf = (id: string): string => KEY_PREFIX + id;


/** Everything stored, for undo: id → raw stored value. */
export type Snapshot = ReadonlyMap<string, unknown>;

export class ProgressStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the ids whose records changed (all known ids after a refresh). */
  readonly onDidChange = this.changed.event;
  private readonly reported = new Set<string>();
  /** Every read-modify-write runs after the previous one: messages arriving together never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  constructor(
    private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void },
    /** The roadmap's ids; asked for only once the roadmap is loaded, never at activation. */
    private readonly knownIds: () => readonly string[],
    private readonly warn: (message: string) => void,
    /** Where each change is told, in one line (the output channel). */
    private readonly info: (message: string) => void = () => {},
  ) {}

  /** Registers every key for sync and moves records of retired ids. Safe to call once per activation. */
  async initialize(): Promise<void> {
    this.syncKeys();
    const records = new Map<string, SkillRecord>();
    for (const id of this.storedIds()) {
      const r = this.record(id);
      if (r) records.set(id, r);
    }
    for (const move of planMigrations(records)) {
      await this.state.update(keyOf(move.to), move.record);
      await this.state.update(keyOf(move.from), undefined);
    }
    this.syncKeys();
  }

  /** The stored record, or undefined when there is none or it cannot be read (reported once). */
  record(id: string): SkillRecord | undefined {
    const raw = this.state.get<unknown>(keyOf(id));
    if (raw === undefined) return undefined;
    const parsed = parseRecord(raw);
    if ('record' in parsed) return parsed.record;
    if (!this.reported.has(id)) {
      this.reported.add(id);
      this.warn(`Python Roadmap: the saved progress for "${id}" (global state key ${keyOf(id)}) is unreadable: ${parsed.error}. It is left as it is; marking the skill again replaces it and keeps a copy.`);
    }
    return undefined;
  }

  status(id: string): Status {
    return this.record(id)?.status ?? 'none';
  }

  note(id: string): string | undefined {
    return this.record(id)?.note;
  }

  /** Sets the status of each id; returns the ids that changed. */
  setStatus(ids: readonly string[], status: Status): Promise<string[]> {
    return this.serial(async () => {
      const changed: string[] = [];
      for (const id of ids) {
        const current = this.record(id);
        if ((current?.status ?? 'none') === status) continue;
        await this.write(id, { ...current, status, changed: new Date().toISOString() });
        changed.push(id);
      }
      if (changed.length) this.info(`${changed.length === 1 ? changed[0] : `${changed.length} items (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`} → ${status}`);
      if (changed.length) this.changed.fire(changed);
      return changed;
    });
  }

  setNote(id: string, note: string): Promise<void> {
    return this.serial(async () => {
      // Cut only at a character boundary (never half a surrogate pair), and say so in the log.
      const text = capNote(note);
      if (text.length < note.length) this.info(`note on ${id} cut to ${NOTE_LIMIT} characters (it had ${note.length})`);
      const current = this.record(id);
      if ((current?.note ?? '') === text) return;
      const { note: _old, ...rest } = current ?? { status: 'none' as Status, changed: new Date().toISOString() };
      await this.write(id, { ...rest, changed: new Date().toISOString(), ...(text.trim() ? { note: text } : {}) });
      this.info(text.trim() ? `note on ${id} saved (${text.length} characters)` : `note on ${id} cleared`);
      this.changed.fire([id]);
    });
  }

  /** Records where a skill was seen in code (newest first, de-duplicated by place). */
  addEvidence(id: string, evidence: Evidence, status?: Status): Promise<void> {
    return this.serial(async () => {
      const current = this.record(id);
      const others = (current?.evidence ?? []).filter((e) => !(e.path === evidence.path && e.line === evidence.line && e.cell === evidence.cell));
      const list = [evidence, ...others].slice(0, 20);
      this.info(`${id} seen at ${evidence.path}:${evidence.line}${status ? ` → ${status}` : ''}`);
      await this.write(id, {
        status: status ?? current?.status ?? 'none',
        ...(current?.note ? { note: current.note } : {}),
        changed: new Date().toISOString(),
        evidence: list,
      });
      this.changed.fire([id]);
    });
  }

  /** Stored values, raw, for an undo: every skill's, or the given ones' (absent ones as undefined). */
  snapshot(ids: readonly string[] = this.storedIds()): Snapshot {
    return new Map(ids.map((id) => [id, this.state.get<unknown>(keyOf(id))]));
  }

  /** Clears every mark and note (unreadable values too, after a snapshot). */
  clearAll(): Promise<void> {
    return this.serial(async () => {
      const ids = this.storedIds();
      for (const id of ids) await this.state.update(keyOf(id), undefined);
      this.changed.fire(ids);
    });
  }

  /** Puts a snapshot back exactly as it was. */
  restore(snapshot: Snapshot): Promise<void> {
    return this.serial(async () => {
      for (const [id, value] of snapshot) await this.state.update(keyOf(id), value);
      this.syncKeys();
      this.changed.fire([...snapshot.keys()]);
    });
  }

  /** Puts back each snapshot value whose key is empty now; a record written since (after a reset,
   *  say) is kept. Returns the ids put back. */
  restoreMissing(snapshot: Snapshot): Promise<string[]> {
    return this.serial(async () => {
      const back: string[] = [];
      for (const [id, value] of snapshot) {
        if (value === undefined || this.state.get<unknown>(keyOf(id)) !== undefined) continue;
        await this.state.update(keyOf(id), value);
        back.push(id);
      }
      this.syncKeys();
      if (back.length) this.changed.fire(back);
      return back;
    });
  }

  /** Another window may have written: tell listeners to re-read. */
  refresh(): void {
    this.changed.fire(this.knownIds());
  }

  /** Ids that have a stored value, known to this roadmap or not (unknown ones are kept). */
  storedIds(): string[] {
    return this.state.keys().filter((k) => k.startsWith(KEY_PREFIX)).map((k) => k.slice(KEY_PREFIX.length));
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async write(id: string, record: SkillRecord): Promise<void> {
    const raw = this.state.get<unknown>(keyOf(id));
    if (raw !== undefined && 'error' in parseRecord(raw)) {
      // Never lose what was there: keep the unreadable value under a backup key.
      await this.state.update(BACKUP_PREFIX + id, raw);
    }
    const isNew = raw === undefined;
    await this.state.update(keyOf(id), record);
    if (isNew && !this.knownIds().includes(id)) this.syncKeys();
  }

  /** setKeysForSync replaces the whole set: pass every key, known and stored. */
  private syncKeys(): void {
    const keys = new Set([...this.knownIds(), ...this.storedIds()].map(keyOf));
    this.state.setKeysForSync([...keys]);
  }
}

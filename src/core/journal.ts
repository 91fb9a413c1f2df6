// Progress as a journal that any number of windows (and machines, through Settings Sync) write at
// once without losing each other's work. Pure: no `vscode`, no files; src/state stores the lines.
//
// Every change is a line stamped { at, by, n }: the time in ms, the writer (one id per window),
// and the writer's counter. Each field of a skill (status, note, evidence) keeps the value of its
// newest stamp, and a reset clears every field stamped at an earlier millisecond (a window stamps
// its reset after everything it has seen, so a change in its own millisecond came from elsewhere). The result depends only on the
// set of lines, not on the order they are read in, so windows that have read the same files agree,
// and reading a file twice changes nothing.
import { isStatus, capNote } from './progress';
import type { SkillRecord, Status, Evidence } from './progress';
import { readEvidence } from './evidence';

export interface Stamp {
  readonly at: number;
  readonly by: string;
  readonly n: number;
}

/** Orders stamps: time, then writer, then counter. Two different writers never tie. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a.at - b.at || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0) || a.n - b.n;
}

export const FIELDS = ['status', 'note', 'evidence'] as const;
export type Field = (typeof FIELDS)[number];
/** A field's value; "cleared" is 'none', '' and [] respectively. */
export interface Values {
  status: Status;
  note: string;
  evidence: readonly Evidence[];
}

/** Some fields of one skill, all written at one stamp. */
export interface Change {
  readonly id: string;
  readonly stamp: Stamp;
  readonly set: Partial<Values>;
  /** The change date to show when it is not the stamp's (an import keeps the file's dates). */
  readonly shown?: string;
  /** The import that wrote it: its status change leaves the history when the import is undone. */
  readonly imp?: string;
}
export interface Reset {
  readonly reset: Stamp;
}
/** A past status change kept for the learning history only (it never sets a field): snapshots
 *  keep the history this way, and an import brings the file's. `imp` names the import it came in. */
export interface HistoryLine {
  readonly id: string;
  readonly stamp: Stamp;
  readonly was: Status;
  /** When the change happened (ISO). */
  readonly date: string;
  readonly imp?: string;
}
/** Undo of an import: the history lines it brought no longer count. */
export interface Drop {
  readonly drop: string;
  readonly stamp: Stamp;
}
export type Line = Change | Reset | HistoryLine | Drop;

export const isReset = (l: Line): l is Reset => 'reset' in l;
export const isHistory = (l: Line): l is HistoryLine => 'was' in l;
export const isDrop = (l: Line): l is Drop => 'drop' in l;
export const isChange = (l: Line): l is Change => 'set' in l;
export const stampOfLine = (l: Line): Stamp => (isReset(l) ? l.reset : l.stamp);

/** One status change in the learning history. */
export interface HistoryEvent {
  readonly id: string;
  readonly status: Status;
  /** ms since the epoch. */
  readonly at: number;
}
/** The `imp` of lines that put back a state rather than change it (an undo, an import's records, a
 *  retired id's move): they are no status change of their own, so the history leaves them out. */
export const QUIET = 'quiet';
/** Past events kept per skill; changes of one skill within one UTC day count as the day's last. */
export const HISTORY_PER_SKILL = 64;

const EVIDENCE_LIMIT = 20;

// ---------------------------------------------------------------------------------------------
// One validation of stamps, dates and ids, used wherever they come in: journal lines, Settings
// Sync values, the reset key and an import's dates. A value that fails it is reported as
// unreadable and left alone; it never reaches the merge, so no stamp can sit in the far future
// (outranking every later change, surviving a reset) or break a date's formatting.

/** Another machine's clock may run ahead of this one by up to a day; a time further on is refused. */
export const SKEW_MS = 86_400_000;
/** Ids of skills: 1 to 200 characters. */
export const ID_LIMIT = 200;
/** Writer ids: at most 64 characters (this extension writes 12). */
export const WRITER_LIMIT = 64;

/** True for an id the journal keeps: a string of 1 to ID_LIMIT characters. */
export const isStoredId = (id: unknown): id is string => typeof id === 'string' && id.length >= 1 && id.length <= ID_LIMIT;

/** A time in ms the journal accepts: a whole number from 0 to `now` plus a day; else why not. */
export function checkTime(at: unknown, now: number, what = 'at'): number | string {
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return `${what}: expected a time in whole ms since 1970`;
  if (at > now + SKEW_MS) return `${what}: ${at} is more than a day ahead of this machine's clock`;
  return at;
}

/** A stamp's three parts checked; the stamp, or why it is refused. */
export function checkStamp(at: unknown, by: unknown, n: unknown, now: number): Stamp | string {
  const time = checkTime(at, now);
  if (typeof time === 'string') return time;
  if (typeof by !== 'string' || by.length > WRITER_LIMIT) return `by: expected a writer id of at most ${WRITER_LIMIT} characters`;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return 'n: expected a counter (a whole number, 0 or more)';
  return { at: time, by, n };
}

/** A date string (ISO or yyyy-mm-dd) the journal accepts, as ms; else why not. */
export function checkDate(date: unknown, now: number, what = 'changed'): number | string {
  if (typeof date !== 'string' || date.length > 40) return `${what}: expected a date`;
  const ms = Date.parse(date);
  if (!Number.isFinite(ms)) return `${what}: ${JSON.stringify(date)} is not a date`;
  return checkTime(ms, now, what);
}

/** One line of a journal file, as JSON. */
export function formatLine(line: Line): string {
  if (isReset(line)) return JSON.stringify({ reset: true, ...line.reset });
  if (isDrop(line)) return JSON.stringify({ drop: line.drop, ...line.stamp });
  if (isHistory(line)) return JSON.stringify({ id: line.id, ...line.stamp, was: line.was, changed: line.date, ...(line.imp ? { imp: line.imp } : {}) });
  return JSON.stringify({ id: line.id, ...line.stamp, ...line.set, ...(line.shown ? { changed: line.shown } : {}), ...(line.imp ? { imp: line.imp } : {}) });
}

/** Reads one line defensively: the line, or why it cannot be used. Never throws. */
export function parseLine(text: string, now: number = Date.now()): { line: Line } | { error: string } {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return { error: 'expected an object' };
  const v = o as Record<string, unknown>;
  const stamp = checkStamp(v.at, v.by, v.n, now);
  if (typeof stamp === 'string') return { error: stamp };
  if (v.reset === true) return { line: { reset: stamp } };
  if (v.drop !== undefined) return typeof v.drop === 'string' && v.drop.length <= 64 ? { line: { drop: v.drop, stamp } } : { error: 'drop: expected an import id' };
  if (!isStoredId(v.id)) return { error: `id: expected a name of 1 to ${ID_LIMIT} characters` };
  if (v.was !== undefined) {
    if (!isStatus(v.was)) return { error: `was: ${JSON.stringify(v.was).slice(0, 40)} is not a status` };
    const date = checkDate(v.changed, now);
    if (typeof date === 'string') return { error: date };
    if (v.imp !== undefined && (typeof v.imp !== 'string' || v.imp.length > 64)) return { error: 'imp: expected an import id' };
    return { line: { id: v.id, stamp, was: v.was, date: v.changed as string, ...(typeof v.imp === 'string' ? { imp: v.imp } : {}) } };
  }
  const set: Partial<Values> = {};
  if (v.status !== undefined) {
    if (!isStatus(v.status)) return { error: `status: ${JSON.stringify(v.status).slice(0, 40)} is not a status` };
    set.status = v.status;
  }
  if (v.note !== undefined) {
    if (typeof v.note !== 'string') return { error: 'note: expected a string' };
    set.note = capNote(v.note);
  }
  if (v.evidence !== undefined) {
    const evidence = parseEvidence(v.evidence);
    if (typeof evidence === 'string') return { error: evidence };
    set.evidence = evidence;
  }
  if (!Object.keys(set).length) return { error: 'no status, note or evidence' };
  if (v.changed !== undefined && typeof checkDate(v.changed, now) === 'string') return { error: checkDate(v.changed, now) as string };
  const shown = typeof v.changed === 'string' ? v.changed : undefined;
  const imp = typeof v.imp === 'string' && v.imp.length <= 64 ? v.imp : undefined;
  return { line: { id: v.id, stamp, set, ...(shown ? { shown } : {}), ...(imp ? { imp } : {}) } };
}

export function parseEvidence(x: unknown): Evidence[] | string {
  if (!Array.isArray(x)) return 'evidence: expected an array';
  const out: Evidence[] = [];
  for (const [i, e] of x.slice(0, EVIDENCE_LIMIT).entries()) {
    const ev = readEvidence(e);
    if (!ev) return `evidence[${i}]: expected { path, line, date, cell? }`;
    out.push(ev);
  }
  return out;
}

/** Reads a whole file: its lines, and each unreadable line's number (1-based) and reason. */
export function parseJournal(text: string, now: number = Date.now()): { lines: Line[]; errors: { line: number; error: string }[] } {
  const lines: Line[] = [];
  const errors: { line: number; error: string }[] = [];
  let start = 0;
  let number = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    number++;
    const raw = text.slice(start, end).trim();
    if (raw) {
      const r = parseLine(raw, now);
      if ('line' in r) lines.push(r.line);
      else errors.push({ line: number, error: r.error });
    }
    start = end + 1;
  }
  return { lines, errors };
}

type Slot<K extends Field> = { readonly value: Values[K]; readonly stamp: Stamp; readonly shown?: string; readonly imp?: string };
type Entry = { [K in Field]?: Slot<K> };

/** The merged state of every line applied so far. */
export class Journal {
  private readonly entries = new Map<string, Entry>();
  private lastReset: Stamp | undefined;
  /** The reset before the newest, if any: what was cleared before it is gone for good. */
  private prevReset: Stamp | undefined;
  /** What the newest reset cleared: per field, the newest value stamped between the reset before
   *  it and it, whenever its line is read (a mark another window made while the reset's dialog was
   *  open included). Undo of the reset puts these back. */
  private cleared = new Map<string, Entry>();
  private newest = 0;
  /** Every status change seen, by id, status and time; a value is the import it came in ('' for none). */
  private readonly events = new Map<string, { event: HistoryEvent; imp: string }>();
  private readonly dropped = new Map<string, Stamp>();

  /** The newest reset applied, if any. */
  get reset(): Stamp | undefined {
    return this.lastReset;
  }

  /** Applies lines in any order; returns the ids whose record changed (all cleared ones for a reset). */
  apply(lines: Iterable<Line>): Set<string> {
    const changed = new Set<string>();
    for (const line of lines) {
      if (isDrop(line)) {
        this.newest = Math.max(this.newest, line.stamp.at);
        this.dropped.set(line.drop, line.stamp);
        continue;
      }
      if (isHistory(line)) {
        this.newest = Math.max(this.newest, line.stamp.at);
        this.addEvent({ id: line.id, status: line.was, at: Date.parse(line.date) }, line.imp ?? '');
        continue;
      }
      if (!isReset(line) && line.set.status !== undefined) {
        this.addEvent({ id: line.id, status: line.set.status, at: line.shown ? Date.parse(line.shown) : line.stamp.at }, line.imp ?? '');
      }
      if (isReset(line)) {
        this.newest = Math.max(this.newest, line.reset.at);
        this.applyReset(line.reset, changed);
        continue;
      }
      if (this.lastReset && line.stamp.at < this.lastReset.at) {
        if (!this.prevReset || line.stamp.at >= this.prevReset.at) setSlots(this.cleared, line);
        continue;
      }
      this.newest = Math.max(this.newest, line.stamp.at);
      if (setSlots(this.entries, line)) changed.add(line.id);
    }
    return changed;
  }

  private applyReset(reset: Stamp, changed: Set<string>): void {
    const last = this.lastReset;
    if (last && compareStamps(reset, last) === 0) return;
    if (last && compareStamps(reset, last) < 0) {
      // An older reset read late: it may be the one before the newest, which bounds what undo brings back.
      if (this.prevReset && compareStamps(reset, this.prevReset) <= 0) return;
      this.prevReset = reset;
      for (const [id, entry] of this.cleared) {
        for (const f of FIELDS) if (entry[f] && entry[f].stamp.at < reset.at) delete entry[f];
        if (!FIELDS.some((f) => entry[f])) this.cleared.delete(id);
      }
      return;
    }
    this.prevReset = last;
    this.lastReset = reset;
    this.cleared = new Map();
    for (const [id, entry] of this.entries) {
      for (const f of FIELDS) {
        const slot = entry[f] as Slot<Field> | undefined;
        if (!slot || slot.stamp.at >= reset.at) continue;
        let kept = this.cleared.get(id);
        if (!kept) this.cleared.set(id, (kept = {}));
        (kept as Record<Field, Slot<Field>>)[f] = slot;
        delete entry[f];
        changed.add(id);
      }
      if (!FIELDS.some((f) => entry[f])) this.entries.delete(id);
    }
  }

  /** What the newest reset cleared and nothing has set since, by id: what its undo puts back. */
  clearedByReset(): Map<string, { set: Partial<Values>; shown?: string }> {
    const out = new Map<string, { set: Partial<Values>; shown?: string }>();
    for (const [id, entry] of this.cleared) {
      const set: Partial<Values> = {};
      let shown: string | undefined;
      let newest: Stamp | undefined;
      for (const f of FIELDS) {
        const slot = entry[f] as Slot<Field> | undefined;
        if (!slot || this.entries.get(id)?.[f]) continue;
        (set as Record<Field, unknown>)[f] = slot.value;
        if (!newest || compareStamps(slot.stamp, newest) > 0) {
          newest = slot.stamp;
          shown = slot.shown ?? new Date(slot.stamp.at).toISOString();
        }
      }
      if (Object.keys(set).length) out.set(id, { set, ...(shown ? { shown } : {}) });
    }
    return out;
  }

  private addEvent(event: HistoryEvent, imp: string): void {
    if (!Number.isFinite(event.at)) return;
    const key = `${event.id}\u0000${event.status}\u0000${event.at}`;
    const had = this.events.get(key);
    // A change made here outranks the same one brought by an import (so an undo cannot drop it).
    if (!had || (had.imp && (!imp || imp < had.imp))) this.events.set(key, { event, imp });
  }

  /** The ids whose history lines came in with an import (what its undo touches). */
  idsOfImport(imp: string): string[] {
    const ids = new Set<string>();
    for (const { event, imp: i } of this.events.values()) if (i === imp) ids.add(event.id);
    return [...ids];
  }

  /** The learning history, oldest first: status changes kept (an undone import's left out), the
   *  last of each skill's day, at most HISTORY_PER_SKILL per skill. Depends only on the lines read. */
  history(): HistoryEvent[] {
    const bySkill = new Map<string, HistoryEvent[]>();
    for (const { event, imp } of this.events.values()) {
      if (imp && (imp === QUIET || this.dropped.has(imp))) continue;
      let list = bySkill.get(event.id);
      if (!list) bySkill.set(event.id, (list = []));
      list.push(event);
    }
    const out: HistoryEvent[] = [];
    for (const list of bySkill.values()) {
      list.sort(compareEvents);
      const kept: HistoryEvent[] = [];
      for (const e of list) {
        const last = kept[kept.length - 1];
        if (last && dayOf(last.at) === dayOf(e.at)) kept[kept.length - 1] = e;
        else kept.push(e);
      }
      out.push(...kept.slice(-HISTORY_PER_SKILL));
    }
    return out.sort(compareEvents);
  }

  /** The record a person sees; undefined when nothing is set (not started, no note, no evidence). */
  record(id: string): SkillRecord | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    const status = e.status?.value ?? 'none';
    const note = e.note?.value ?? '';
    const evidence = e.evidence?.value ?? [];
    if (status === 'none' && !note.trim() && !evidence.length) return undefined;
    // The date of the latest change: its stamp's, or the date it carried in (an import).
    let latest: Slot<Field> | undefined;
    for (const f of FIELDS) {
      const slot = e[f] as Slot<Field> | undefined;
      if (slot && (!latest || compareStamps(slot.stamp, latest.stamp) > 0)) latest = slot;
    }
    const changed = latest?.shown ?? new Date(latest?.stamp.at ?? 0).toISOString();
    return { status, changed, ...(note.trim() ? { note } : {}), ...(evidence.length ? { evidence } : {}) };
  }

  /** The stamp of a field's current value, if it has one since the last reset. */
  stampOf(id: string, field: Field): Stamp | undefined {
    return this.entries.get(id)?.[field]?.stamp;
  }

  /** Ids with any field set since the last reset (some may read as empty records). */
  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** The newest time seen in any line: a new stamp goes after it, whatever this machine's clock says. */
  get newestAt(): number {
    return this.newest;
  }

  /** The fewest lines that rebuild this state: the newest reset, the undone imports, the history,
   *  then one line per skill and stamp. `stamp` hands out the history lines' stamps. */
  lines(stamp: () => Stamp = () => ({ at: this.newest, by: '', n: 0 })): Line[] {
    const out: Line[] = this.lastReset ? [{ reset: this.lastReset }] : [];
    if (this.prevReset) out.push({ reset: this.prevReset });
    for (const [drop, s] of this.dropped) out.push({ drop, stamp: s });
    // The current status lines bring their own event back (with the same import, if any).
    const current = new Map<string, string>();
    for (const [id, e] of this.entries) if (e.status) current.set(`${id}\u0000${e.status.value}\u0000${e.status.shown ? Date.parse(e.status.shown) : e.status.stamp.at}`, e.status.imp ?? '');
    const kept = new Set(this.history().map((e) => `${e.id}\u0000${e.status}\u0000${e.at}`));
    for (const [key, { event, imp }] of this.events) {
      if (!kept.has(key) || current.get(key) === imp) continue;
      out.push({ id: event.id, stamp: stamp(), was: event.status, date: new Date(event.at).toISOString(), ...(imp ? { imp } : {}) });
    }
    for (const [id, e] of [...this.entries, ...this.cleared]) {
      const groups: { stamp: Stamp; set: Partial<Values>; shown?: string; imp?: string }[] = [];
      for (const f of FIELDS) {
        const slot = e[f] as Slot<Field> | undefined;
        if (!slot) continue;
        let g = groups.find((x) => compareStamps(x.stamp, slot.stamp) === 0);
        if (!g) groups.push((g = { stamp: slot.stamp, set: {}, ...(slot.shown ? { shown: slot.shown } : {}), ...(slot.imp ? { imp: slot.imp } : {}) }));
        (g.set as Record<Field, unknown>)[f] = slot.value;
      }
      for (const g of groups) out.push({ id, stamp: g.stamp, set: g.set, ...(g.shown ? { shown: g.shown } : {}), ...(g.imp ? { imp: g.imp } : {}) });
    }
    return out;
  }

  /** The fields as stamped values, for the Settings Sync mirror. */
  fields(id: string): { [K in Field]?: { value: Values[K]; stamp: Stamp } } | undefined {
    const e = this.entries.get(id);
    return e ? { ...e } : undefined;
  }
}

/** Sets a change's fields in `into` where its stamp is newer; true when any was set. */
function setSlots(into: Map<string, Entry>, line: Change): boolean {
  let entry = into.get(line.id);
  let set = false;
  for (const f of FIELDS) {
    const value = line.set[f];
    if (value === undefined) continue;
    const slot = entry?.[f];
    if (slot && compareStamps(slot.stamp, line.stamp) >= 0) continue;
    if (!entry) into.set(line.id, (entry = {}));
    (entry as Record<Field, Slot<Field>>)[f] = { value, stamp: line.stamp, ...(line.shown ? { shown: line.shown } : {}), ...(line.imp ? { imp: line.imp } : {}) };
    set = true;
  }
  return set;
}

const compareEvents = (a: HistoryEvent, b: HistoryEvent): number => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.status < b.status ? -1 : a.status > b.status ? 1 : 0);
const dayOf = (ms: number): number => Math.floor(ms / 86_400_000);

/** Hands out stamps for one writer: never before the newest one seen, always increasing. */
export class Clock {
  private last = 0;
  private n = 0;
  constructor(readonly by: string, private readonly now: () => number = Date.now) {}

  next(after = 0): Stamp {
    this.last = Math.max(this.now(), after + 1, this.last);
    return { at: this.last, by: this.by, n: this.n++ };
  }
}

// ---------------------------------------------------------------------------------------------
// The Settings Sync mirror: one global-state value per skill, `{ status, changed, note?,
// evidence?, stamps }`. Values from before the journal have no stamps: each field then counts
// as written at `changed` by nobody, so anything written since wins.

export interface MirrorValue extends SkillRecord {
  readonly stamps: { readonly [K in Field]?: readonly [at: number, by: string, n: number] };
}

/** The mirror value for a skill, or undefined when it has nothing set. */
export function mirrorOf(journal: Journal, id: string): MirrorValue | undefined {
  const f = journal.fields(id);
  if (!f) return undefined;
  const record = journal.record(id) ?? { status: 'none' as Status, changed: new Date(Math.max(...FIELDS.map((k) => f[k]?.stamp.at ?? 0))).toISOString() };
  const stamps: Partial<Record<Field, readonly [number, string, number]>> = {};
  for (const k of FIELDS) {
    const s = f[k]?.stamp;
    if (s) stamps[k] = [s.at, s.by, s.n];
  }
  return { ...record, stamps };
}

/** The lines a mirror value stands for; an error when it is unreadable. Its stamps and dates pass
 *  the journal's own checks (checkStamp, checkDate), so a value sync brings can never be one the
 *  journal would refuse to read back. A value from before the stamps (no `stamps`) counts as
 *  written at its `changed` date by nobody (losing ties), a date checked like any stamp: one years
 *  ahead can no longer outrank every real change. */
export function mirrorLines(id: string, value: unknown, now: number = Date.now()): { lines: Change[] } | { error: string } {
  if (!isStoredId(id)) return { error: `id: expected a name of 1 to ${ID_LIMIT} characters` };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const o = value as Record<string, unknown>;
  if (!isStatus(o.status)) return { error: `status: expected one of none, learning, learned, skipped, got ${JSON.stringify(o.status)?.slice(0, 40) ?? 'nothing'}` };
  if (typeof o.changed !== 'string') return { error: 'changed: expected a timestamp string' };
  const changed = checkDate(o.changed, now);
  if (typeof changed === 'string') return { error: changed };
  if (o.note !== undefined && typeof o.note !== 'string') return { error: 'note: expected a string' };
  const evidence = o.evidence === undefined ? undefined : parseEvidence(o.evidence);
  if (typeof evidence === 'string') return { error: evidence };
  const raw = o.stamps !== undefined && o.stamps !== null && typeof o.stamps === 'object' && !Array.isArray(o.stamps) ? (o.stamps as Record<string, unknown>) : undefined;
  if (o.stamps !== undefined && !raw) return { error: 'stamps: expected an object' };
  const stamps = new Map<Field, Stamp | undefined>();
  for (const f of FIELDS) {
    if (!raw) {
      stamps.set(f, { at: changed, by: '', n: 0 });
      continue;
    }
    const st = raw[f];
    if (st === undefined) continue;
    if (!Array.isArray(st) || st.length !== 3) return { error: `stamps.${f}: expected [time, writer, counter]` };
    const stamp = checkStamp(st[0], st[1], st[2], now);
    if (typeof stamp === 'string') return { error: `stamps.${f}.${stamp}` };
    stamps.set(f, stamp);
  }
  const values: Partial<Values> = { status: o.status, note: capNote((o.note as string | undefined) ?? ''), evidence: evidence ?? [] };
  const lines: Change[] = [];
  // `changed` is the date of the newest field: only that field's line carries it.
  let newest: Stamp | undefined;
  for (const st of stamps.values()) if (st && (!newest || compareStamps(st, newest) > 0)) newest = st;
  for (const f of FIELDS) {
    // A value from before the stamps says nothing of a note or evidence it does not hold.
    if (!raw && f !== 'status' && (f === 'note' ? o.note === undefined : evidence === undefined)) continue;
    const stamp = stamps.get(f);
    if (!stamp) continue;
    const shown = !!raw && stamp === newest && stamp.at !== changed;
    lines.push({ id, stamp, set: { [f]: values[f] }, ...(shown ? { shown: o.changed } : {}) });
  }
  return { lines };
}

/** True when a mirror value already says what the journal holds for the skill. */
export function mirrorMatches(journal: Journal, id: string, value: unknown, now: number = Date.now()): boolean {
  const mine = journal.fields(id);
  if (value === undefined) return !mine;
  const parsed = mirrorLines(id, value, now);
  if ('error' in parsed || !mine) return false;
  const theirs = new Map(parsed.lines.map((l) => [Object.keys(l.set)[0] as Field, l]));
  return FIELDS.every((f) => {
    const a = mine[f];
    const b = theirs.get(f);
    if (!a || !b) return !a && !b;
    return compareStamps(a.stamp, b.stamp) === 0;
  });
}

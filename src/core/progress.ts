// Progress arithmetic over a roadmap: statuses, counts, the next skill, the career level the
// progress matches, and migrations of retired ids. Pure: the store (src/state) persists records.
import * as l10n from '@vscode/l10n';
import { allSkills, findItem } from './roadmap';
import type { Roadmap, CheckableItem, CareerLevel } from './roadmap';

export const STATUSES = ['none', 'learning', 'learned', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

/** How a status reads in a sentence or a list, in the display language. */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'none': return l10n.t('not started');
    case 'learning': return l10n.t('learning');
    case 'learned': return l10n.t('learned');
    case 'skipped': return l10n.t('skipped');
  }
}

export function isStatus(x: unknown): x is Status {
  return typeof x === 'string' && (STATUSES as readonly string[]).includes(x);
}

import { readEvidence } from './evidence';
import type { Evidence } from './evidence';
export type { Evidence } from './evidence';

/** What is stored per skill, one record per key. */
export interface SkillRecord {
  readonly status: Status;
  /** ISO timestamp of the last change. */
  readonly changed: string;
  readonly note?: string;
  readonly evidence?: readonly Evidence[];
}

/**
 * Reads a stored value defensively: returns the record, or a reason it cannot be used.
 * Never throws; unknown extra properties are kept by the caller (the value is not rewritten).
 */
export function parseRecord(value: unknown): { record: SkillRecord } | { error: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const o = value as Record<string, unknown>;
  if (!isStatus(o.status)) return { error: `status: expected one of ${STATUSES.join(', ')}, got ${JSON.stringify(o.status) ?? 'nothing'}` };
  if (typeof o.changed !== 'string') return { error: 'changed: expected a timestamp string' };
  if (o.note !== undefined && typeof o.note !== 'string') return { error: 'note: expected a string' };
  let evidence: Evidence[] | undefined;
  if (o.evidence !== undefined) {
    if (!Array.isArray(o.evidence)) return { error: 'evidence: expected an array' };
    evidence = [];
    for (const [i, e] of o.evidence.entries()) {
      const ev = readEvidence(e);
      if (!ev) return { error: `evidence[${i}]: expected { path, line, date, cell? }` };
      evidence.push(ev);
    }
  }
  return {
    record: {
      status: o.status,
      changed: o.changed,
      ...(o.note !== undefined ? { note: o.note as string } : {}),
      ...(evidence ? { evidence } : {}),
    },
  };
}

export type StatusOf = (id: string) => Status;

export interface Counts {
  readonly total: number;
  readonly learned: number;
  readonly learning: number;
  readonly skipped: number;
  readonly none: number;
  /** learned ÷ (total − skipped), 0 when nothing counts. */
  readonly ratio: number;
}

export function countItems(items: readonly CheckableItem[], statusOf: StatusOf): Counts {
  const c = { total: items.length, learned: 0, learning: 0, skipped: 0, none: 0 };
  for (const item of items) c[statusOf(item.id)]++;
  const counted = c.total - c.skipped;
  return { ...c, ratio: counted > 0 ? c.learned / counted : 0 };
}

export interface PhaseProgress extends Counts {
  readonly phaseId: string;
}

/** Counts per phase, in roadmap order. */
export function phaseProgress(roadmap: Roadmap, statusOf: StatusOf): PhaseProgress[] {
  const items = allSkills(roadmap);
  return roadmap.phases.map((p) => ({ phaseId: p.id, ...countItems(items.filter((i) => i.phaseId === p.id), statusOf) }));
}

export function overallProgress(roadmap: Roadmap, statusOf: StatusOf): Counts {
  return countItems(allSkills(roadmap), statusOf);
}

/** A status is "done" when nothing more is expected of it. */
export const isDone = (s: Status): boolean => s === 'learned' || s === 'skipped';

/**
 * The next item to work on, in roadmap order: the first that is not learned or skipped and
 * whose prerequisites are all done. Practice items are included unless `skillsOnly`.
 * Falls back to the first unfinished item if every candidate still waits on a prerequisite.
 */
export function nextSkill(roadmap: Roadmap, statusOf: StatusOf, opts: { skillsOnly?: boolean } = {}): CheckableItem | undefined {
  const candidates = allSkills(roadmap).filter((i) => !isDone(statusOf(i.id)) && (!opts.skillsOnly || i.kind === 'skill'));
  const ready = candidates.find((i) => i.prerequisites.every((p) => isDone(statusOf(p))));
  return ready ?? candidates[0];
}

/** Prerequisites of an item that are not done yet. */
export function missingPrerequisites(roadmap: Roadmap, id: string, statusOf: StatusOf): CheckableItem[] {
  const item = findItem(roadmap, id);
  if (!item) return [];
  return item.prerequisites.filter((p) => !isDone(statusOf(p))).map((p) => findItem(roadmap, p)).filter((x): x is CheckableItem => !!x);
}

export interface LevelEstimate {
  /** The highest career level whose milestone phases are all mostly learned, if any. */
  readonly level?: CareerLevel;
  /** The level after it, if any. */
  readonly next?: CareerLevel;
  /** For `next`: each milestone phase's learned ratio against the threshold. */
  readonly toNext: readonly { phaseId: string; ratio: number }[];
}

/**
 * Estimates the career level the progress matches: a level is reached when every one of its
 * milestone phases has at least `careers.threshold` of its (non-skipped) items learned.
 */
export function estimateLevel(roadmap: Roadmap, statusOf: StatusOf): LevelEstimate {
  const ratios = new Map(phaseProgress(roadmap, statusOf).map((p) => [p.phaseId, p.ratio]));
  const threshold = roadmap.careers.threshold;
  const reached = (l: CareerLevel) => l.milestonePhases.every((id) => (ratios.get(id) ?? 0) >= threshold);
  let level: CareerLevel | undefined;
  let next: CareerLevel | undefined;
  for (const l of roadmap.careers.levels) {
    if (reached(l)) level = l;
    else { next = l; break; }
  }
  const toNext = next ? next.milestonePhases.map((phaseId) => ({ phaseId, ratio: ratios.get(phaseId) ?? 0 })) : [];
  return { ...(level ? { level } : {}), ...(next ? { next } : {}), toNext };
}

// ---------------------------------------------------------------------------------------------
// Migrations. Ids are forever; when a skill is renamed or merged, its old id is mapped here so
// stored progress follows it. An id that is neither current nor mapped is kept untouched.

/** Retired id → current id. Empty: no id has been retired yet. */
export const RETIRED_IDS: Readonly<Record<string, string>> = Object.freeze({
  // 0.2.0: named as the roadmap's source names the topic, like the other multi-word ids
  lambdas: 'lambda-functions',
});

/** Follows a chain of retirements (a → b → c) to the current id; stops on a cycle. */
export function migrateId(id: string, table: Readonly<Record<string, string>> = RETIRED_IDS): string {
  const seen = new Set<string>();
  let current = id;
  while (Object.prototype.hasOwnProperty.call(table, current) && !seen.has(current)) {
    seen.add(current);
    current = table[current]!;
  }
  return current;
}

/**
 * Plans the moves for stored records whose ids were retired: for each, the key to read, the id
 * to write, and the record to write there. When both the old and the current id hold a record,
 * the more recently changed one wins and the note texts are joined, so nothing typed is lost.
 */
export function planMigrations(
  records: ReadonlyMap<string, SkillRecord>,
  table: Readonly<Record<string, string>> = RETIRED_IDS,
): { from: string; to: string; record: SkillRecord }[] {
  const merged = new Map<string, { from: string[]; record: SkillRecord }>();
  for (const [id, record] of records) {
    const to = migrateId(id, table);
    if (to === id) continue;
    const existing = merged.get(to)?.record ?? records.get(to);
    const from = [...(merged.get(to)?.from ?? []), id];
    merged.set(to, { from, record: existing ? mergeRecords(existing, record) : record });
  }
  const plan: { from: string; to: string; record: SkillRecord }[] = [];
  for (const [to, { from, record }] of merged) for (const f of from) plan.push({ from: f, to, record });
  return plan;
}

export function mergeRecords(a: SkillRecord, b: SkillRecord): SkillRecord {
  const [newer, older] = a.changed >= b.changed ? [a, b] : [b, a];
  const notes = [newer.note, older.note].filter((n): n is string => !!n && n.trim() !== '');
  const note = [...new Set(notes)].join('\n\n');
  // Places seen on both sides once each, newest record's first; at most 20, as the store keeps.
  const places = new Set<string>();
  const evidence = [...(newer.evidence ?? []), ...(older.evidence ?? [])].filter((e) => {
    const key = `${e.path}\u0000${e.line}\u0000${e.cell ?? ''}`;
    return !places.has(key) && !!places.add(key);
  }).slice(0, 20);
  return {
    status: newer.status,
    changed: newer.changed,
    ...(note ? { note } : {}),
    ...(evidence.length ? { evidence } : {}),
  };
}

/** What a reset would really clear: marks by status, notes and places seen. "Not started"
 *  records without a note or evidence count for nothing. */
export function resetSummary(records: readonly (SkillRecord | undefined)[]): { marks: number; notes: number; evidence: number; text: string } {
  const by = { learned: 0, learning: 0, skipped: 0 };
  let notes = 0;
  let evidence = 0;
  for (const r of records) {
    if (!r) continue;
    if (r.status !== 'none') by[r.status]++;
    if (r.note?.trim()) notes++;
    if (r.evidence?.length) evidence++;
  }
  const marks = by.learned + by.learning + by.skipped;
  const parts = (Object.entries(by) as [Status, number][]).filter(([, n]) => n).map(([k, n]) => `${n} ${statusLabel(k)}`);
  const pieces = [
    marks ? `${marks === 1 ? l10n.t('1 mark') : l10n.t('{0} marks', marks)} (${parts.join(', ')})` : '',
    notes ? (notes === 1 ? l10n.t('1 note') : l10n.t('{0} notes', notes)) : '',
    evidence ? (evidence === 1 ? l10n.t('the places seen in code for 1 skill') : l10n.t('the places seen in code for {0} skills', evidence)) : '',
  ].filter(Boolean);
  const list = pieces.length > 1 ? l10n.t('{0} and {1}', pieces.slice(0, -1).join(', '), pieces[pieces.length - 1]!) : pieces[0];
  const text = list ? l10n.t('This clears {0}.', list) : l10n.t('There is nothing to clear.');
  return { marks, notes, evidence, text };
}

/** The longest note kept, in UTF-16 code units; the page counts down to it. */
export const NOTE_LIMIT = 20_000;

/** A note within the limit, cut at a character boundary (never half a surrogate pair). */
export function capNote(note: string, limit = NOTE_LIMIT): string {
  if (note.length <= limit) return note;
  let end = limit;
  const code = note.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // a high surrogate whose low half would be cut off
  return note.slice(0, end);
}

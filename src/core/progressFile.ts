// Export and import of progress: a versioned JSON file (`*.roadmap-progress.json`) with each
// skill's status, change date, note and evidence, and the plan an import shows before it changes
// anything. Pure: the command (src/commands) reads and writes the files and applies the plan.
import * as l10n from '@vscode/l10n';
import * as v from 'valibot';
import { STATUSES, NOTE_LIMIT, mergeRecords, migrateId, RETIRED_IDS } from './progress';
import type { SkillRecord, Status } from './progress';
import type { HistoryEvent } from './journal';
import { shortList } from './text';

export const PROGRESS_FORMAT = 'python-roadmap-progress';
export const PROGRESS_VERSION = 1;
/** Larger files are refused before they are parsed (a crafted 50 MB file must not hang the host). */
export const PROGRESS_FILE_LIMIT = 8 * 1024 * 1024;
const SKILL_LIMIT = 10_000;
const HISTORY_LIMIT = 200;

const EvidenceSchema = v.strictObject({
  path: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, () => l10n.t('expected a date as yyyy-mm-dd'))),
  cell: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  label: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Whose code the place is, as known when it was recorded (absent: not known). */
  own: v.optional(v.boolean()),
});

export const SkillEntrySchema = v.strictObject({
  status: v.picklist(STATUSES, () => l10n.t('expected one of {0}', STATUSES.join(', '))),
  changed: v.pipe(v.string(), v.isoTimestamp(() => l10n.t('expected an ISO timestamp such as 2026-12-01T10:00:00.000Z'))),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_LIMIT, () => l10n.t('a note holds at most {0} characters', NOTE_LIMIT)))),
  evidence: v.optional(v.pipe(v.array(EvidenceSchema), v.maxLength(20))),
});

/** One skill's status changes, oldest first (the learning history). */
export const HistorySchema = v.pipe(v.array(v.strictObject({
  status: v.picklist(STATUSES, () => l10n.t('expected one of {0}', STATUSES.join(', '))),
  date: v.pipe(v.string(), v.isoTimestamp(() => l10n.t('expected an ISO timestamp such as 2026-12-01T10:00:00.000Z'))),
})), v.maxLength(HISTORY_LIMIT, () => l10n.t('at most {0} changes per skill', HISTORY_LIMIT)));

/** The whole file, for the JSON Schema shipped with the extension (npm run schema). */
export const ProgressFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(PROGRESS_VERSION),
  exported: v.pipe(v.string(), v.isoTimestamp()),
  skills: v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), SkillEntrySchema),
  /** Status changes by skill id, including skills with no record now (after a reset, say). */
  history: v.optional(v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), HistorySchema)),
});

export interface ProgressFile {
  readonly exported: string;
  /** Current ids (retired ones already followed); unknown ids are kept as they are. */
  readonly skills: ReadonlyMap<string, SkillRecord>;
  /** Retired ids found in the file, and where they went. */
  readonly migrated: readonly { from: string; to: string }[];
  /** The status changes it holds, ids followed like the records'. */
  readonly history: readonly HistoryEvent[];
}

/** The file's text for the given records and history (ids in order, for stable diffs). */
export function formatProgressFile(records: ReadonlyMap<string, SkillRecord>, now = new Date(), history: readonly HistoryEvent[] = []): string {
  const byId = new Map<string, { status: Status; date: string }[]>();
  for (const e of history) {
    let list = byId.get(e.id);
    if (!list) byId.set(e.id, (list = []));
    list.push({ status: e.status, date: new Date(e.at).toISOString() });
  }
  // Object.fromEntries defines each id as an own property: `skills[id] = …` would set the
  // prototype for "__proto__" instead, and that record would vanish from the file.
  const skills = Object.fromEntries([...records.keys()].sort().map((id) => {
    const r = records.get(id)!;
    return [id, { status: r.status, changed: r.changed, ...(r.note?.trim() ? { note: r.note } : {}), ...(r.evidence?.length ? { evidence: r.evidence } : {}) }];
  }));
  const changes = Object.fromEntries([...byId.keys()].sort().map((id) => [id, byId.get(id)!.slice(-HISTORY_LIMIT)]));
  return JSON.stringify({
    $schema: 'https://python-roadmap/progress.schema.json', format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exported: now.toISOString(), skills,
    ...(byId.size ? { history: changes } : {}),
  }, null, 2) + '\n';
}

/** Reads an export; the error names the file and the JSON path of the first problems. Never throws.
 *  Any id is read as data, "__proto__" and "constructor" too: JSON.parse makes each an own
 *  property, Object.entries lists them, and they are kept in Maps, never as keys of an object. */
export function parseProgressFile(text: string, fileName: string, table: Readonly<Record<string, string>> = RETIRED_IDS): { file: ProgressFile } | { error: string } {
  const fail = (where: string, what: string) => ({ error: `${fileName}${where ? `, ${where}` : ''}: ${what}` });
  if (text.length > PROGRESS_FILE_LIMIT) return fail('', l10n.t('the file is {0} MB; a progress export is at most {1} MB', (text.length / 1e6).toFixed(1), PROGRESS_FILE_LIMIT / 1024 / 1024));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('', l10n.t('not JSON ({0})', e instanceof Error ? e.message : String(e)));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('$', l10n.t('expected an object'));
  const o = raw as Record<string, unknown>;
  if (o.format !== PROGRESS_FORMAT) return fail('$.format', l10n.t('expected "{0}" (this is not a Python Roadmap progress export)', PROGRESS_FORMAT));
  if (o.version !== PROGRESS_VERSION) return fail('$.version', l10n.t('version {0} is not one this extension reads (it reads {1}); update Python Roadmap to import it', String(JSON.stringify(o.version)), PROGRESS_VERSION));
  if (typeof o.exported !== 'string') return fail('$.exported', l10n.t('expected the export date as a string'));
  if (o.skills === null || typeof o.skills !== 'object' || Array.isArray(o.skills)) return fail('$.skills', l10n.t('expected an object of skill id → record'));
  const entries = Object.entries(o.skills as Record<string, unknown>);
  if (entries.length > SKILL_LIMIT) return fail('$.skills', l10n.t('{0} records; at most {1} are read', entries.length, SKILL_LIMIT));
  const problems: string[] = [];
  const skills = new Map<string, SkillRecord>();
  const migrated: { from: string; to: string }[] = [];
  const history: HistoryEvent[] = [];
  const hasHistory = o.history !== undefined;
  if (hasHistory) {
    if (o.history === null || typeof o.history !== 'object' || Array.isArray(o.history)) return fail('$.history', l10n.t('expected an object of skill id → status changes'));
    const lists = Object.entries(o.history as Record<string, unknown>);
    if (lists.length > SKILL_LIMIT) return fail('$.history', l10n.t('{0} skills; at most {1} are read', lists.length, SKILL_LIMIT));
    for (const [id, value] of lists) {
      const at = `$.history[${JSON.stringify(id.slice(0, 60))}]`;
      if (!id || id.length > 200) return fail(at, l10n.t('not a skill id'));
      const r = v.safeParse(HistorySchema, value);
      if (!r.success) {
        const issue = r.issues[0];
        const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
        return { error: `${fileName}, ${at}${path}: ${messageOf(issue)}. ${l10n.t('Nothing was imported.')}` };
      }
      const to = migrateId(id, table);
      for (const c of r.output) history.push({ id: to, status: c.status, at: Date.parse(c.date) });
    }
  }
  for (const [id, value] of entries) {
    const at = `$.skills[${JSON.stringify(id.slice(0, 60))}]`;
    if (!id || id.length > 200) {
      problems.push(`${at}: ${l10n.t('not a skill id')}`);
      continue;
    }
    const r = v.safeParse(SkillEntrySchema, value);
    if (!r.success) {
      const issue = r.issues[0];
      const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
      problems.push(`${at}${path}: ${messageOf(issue)}`);
      if (problems.length >= 5) break;
      continue;
    }
    const to = migrateId(id, table);
    if (to !== id) migrated.push({ from: id, to });
    const record: SkillRecord = r.output;
    // An export from before the history, or a hand-written one: its records' last change counts.
    if (!hasHistory && record.status !== 'none') history.push({ id: to, status: record.status, at: Date.parse(record.changed) });
    const existing = skills.get(to);
    skills.set(to, existing ? mergeRecords(existing, record) : record);
  }
  if (problems.length) return { error: `${fileName}: ${problems.length === 1 ? problems[0] : l10n.t('{0} problems — {1}', `${problems.length}${problems.length >= 5 ? '+' : ''}`, problems.join('; '))}. ${l10n.t('Nothing was imported.')}` };
  return { file: { exported: o.exported, skills, migrated, history } };
}

/** valibot's message, said for people: an unknown property is named as such. */
function messageOf(issue: { message: string; expected?: string | null; input?: unknown; type?: string }): string {
  if (issue.expected === 'never') return l10n.t('not a property of this format (a newer export, or a different file?)');
  return issue.message;
}

export interface ImportItem {
  readonly id: string;
  readonly incoming: SkillRecord;
  readonly current?: SkillRecord;
  /** What the skill becomes if the import goes ahead. */
  readonly result: SkillRecord;
}

/** What an import would do, skill by skill: each is merged by its last change. */
export interface ImportPlan {
  /** Not recorded here yet. */
  readonly added: readonly ImportItem[];
  /** Changed later in the file than here: the file's status wins. */
  readonly newer: readonly ImportItem[];
  /** Changed later here: kept as it is (a note only the file has is still added). */
  readonly older: readonly ImportItem[];
  /** The same on both sides. */
  readonly same: readonly string[];
  /** Both sides hold a different note: both are kept, the newer first. */
  readonly conflicts: readonly ImportItem[];
  /** Ids this roadmap does not have: imported and kept, never lost. */
  readonly unknown: readonly string[];
  /** Records whose result differs from what is here: what Import writes. */
  readonly writes: readonly ImportItem[];
  /** Status changes of the file's history not in this history yet: added to it. */
  readonly history: readonly HistoryEvent[];
}

export function planImport(
  file: ProgressFile, current: (id: string) => SkillRecord | undefined, known: (id: string) => boolean, hasEvent: (e: HistoryEvent) => boolean = () => false,
): ImportPlan {
  const added: ImportItem[] = [];
  const newer: ImportItem[] = [];
  const older: ImportItem[] = [];
  const same: string[] = [];
  const conflicts: ImportItem[] = [];
  const unknown: string[] = [];
  const writes: ImportItem[] = [];
  for (const [id, incoming] of file.skills) {
    if (!known(id)) unknown.push(id);
    const here = current(id);
    if (!here) {
      const item = { id, incoming, result: incoming };
      added.push(item);
      writes.push(item);
      continue;
    }
    if (equalRecords(here, incoming)) {
      same.push(id);
      continue;
    }
    const result = mergeRecords(here, incoming);
    const item = { id, incoming, current: here, result };
    const notesDiffer = !!here.note?.trim() && !!incoming.note?.trim() && here.note !== incoming.note;
    if (notesDiffer) conflicts.push(item);
    else if (incoming.changed > here.changed) newer.push(item);
    else older.push(item);
    if (!equalRecords(result, here)) writes.push(item);
  }
  const seen = new Set<string>();
  const history = file.history.filter((e) => {
    const key = `${e.id}\u0000${e.status}\u0000${e.at}`;
    if (seen.has(key) || hasEvent(e)) return false;
    seen.add(key);
    return true;
  });
  return { added, newer, older, same, conflicts, unknown, writes, history };
}

function equalRecords(a: SkillRecord, b: SkillRecord): boolean {
  return a.status === b.status && (a.note ?? '') === (b.note ?? '') && JSON.stringify(a.evidence ?? []) === JSON.stringify(b.evidence ?? []) && (a.changed === b.changed || a.status === b.status);
}

/** One line for the preview: "3 added, 2 newer, 1 kept (older here), 1 with two notes kept, 4 the same". */
export function describePlan(plan: ImportPlan): string {
  const parts = [
    plan.added.length ? l10n.t('{0} added', plan.added.length) : '',
    plan.newer.length ? l10n.t('{0} newer in the file', plan.newer.length) : '',
    plan.older.length ? l10n.t('{0} newer here (kept)', plan.older.length) : '',
    plan.conflicts.length ? l10n.t('{0} with a different note on each side (both notes kept)', plan.conflicts.length) : '',
    plan.same.length ? l10n.t('{0} the same', plan.same.length) : '',
    plan.unknown.length ? l10n.t('{0} not in this roadmap (kept: {1})', plan.unknown.length, shortList(plan.unknown, 80)) : '',
    plan.history.length ? (plan.history.length === 1 ? l10n.t('1 past change added to the history') : l10n.t('{0} past changes added to the history', plan.history.length)) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : l10n.t('nothing to import');
}

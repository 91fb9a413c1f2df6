// A team's progress, shared through its own Git repository with no server: each member commits
// `.roadmap/team/<name>.json` with the statuses of one roadmap (and nothing else unless they opt
// in), and the team page sums every member file present. Pure: the commands read and write files.
import * as l10n from '@vscode/l10n';
import { allSkills, findPhase } from './roadmap';
import type { Roadmap } from './roadmap';
import { isStatus } from './progress';
import type { Status } from './progress';

export const TEAM_FORMAT = 'python-roadmap-team';
export const TEAM_VERSION = 1;
export const TEAM_DIR = '.roadmap/team';
/** A member file larger than this is skipped unread. */
export const TEAM_FILE_LIMIT = 1024 * 1024;
const SKILL_LIMIT = 10_000;
const NOTE_LIMIT = 2_000;

export interface MemberFile {
  readonly member: string;
  readonly roadmap: string;
  readonly updated: string;
  readonly skills: ReadonlyMap<string, Status>;
  /** Only when the member chose to share them. */
  readonly notes?: ReadonlyMap<string, string>;
}

/** The file name for a member: their name in lower-case letters, digits and dashes. */
export function memberFileName(member: string): string {
  // Cut first: the dash trimming below scans runs of dashes, so a huge name must not reach it.
  const slug = member.slice(0, 200).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'member'}.json`;
}

/** The member file's text: statuses other than "not started", ids in order; notes only if given. */
export function formatTeamFile(member: string, roadmapId: string, statuses: Iterable<readonly [string, Status]>, now = new Date(), notes?: ReadonlyMap<string, string>): string {
  const skills: Record<string, Status> = {};
  for (const [id, status] of [...statuses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (status !== 'none') skills[id] = status;
  const shared: Record<string, string> = {};
  for (const [id, note] of [...(notes ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) if (note.trim()) shared[id] = note.slice(0, NOTE_LIMIT);
  return JSON.stringify({
    format: TEAM_FORMAT, version: TEAM_VERSION, member, roadmap: roadmapId, updated: now.toISOString(), skills,
    ...(Object.keys(shared).length ? { notes: shared } : {}),
  }, null, 2) + '\n';
}

/** Reads a member file defensively; the error names the file and the place. Never throws. */
export function parseTeamFile(text: string, fileName: string): { file: MemberFile } | { error: string } {
  const fail = (where: string, what: string) => ({ error: `${fileName}${where ? `, ${where}` : ''}: ${what}` });
  if (text.length > TEAM_FILE_LIMIT) return fail('', l10n.t('{0} MB, over the 1 MB a member file may have', (text.length / 1e6).toFixed(1)));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('', l10n.t('not JSON ({0})', e instanceof Error ? e.message : String(e)));
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('$', l10n.t('expected an object'));
  const o = raw as Record<string, unknown>;
  if (o.format !== TEAM_FORMAT) return fail('$.format', l10n.t('expected "{0}"', TEAM_FORMAT));
  if (o.version !== TEAM_VERSION) return fail('$.version', l10n.t('version {0} is not one this extension reads ({1})', JSON.stringify(o.version), TEAM_VERSION));
  if (typeof o.member !== 'string' || !o.member.trim() || o.member.length > 100) return fail('$.member', l10n.t('expected the member\'s name (1 to 100 characters)'));
  if (typeof o.roadmap !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.roadmap)) return fail('$.roadmap', l10n.t('expected a roadmap id'));
  if (typeof o.updated !== 'string' || Number.isNaN(Date.parse(o.updated))) return fail('$.updated', l10n.t('expected a date'));
  if (!o.skills || typeof o.skills !== 'object' || Array.isArray(o.skills)) return fail('$.skills', l10n.t('expected an object of skill id → status'));
  const entries = Object.entries(o.skills as Record<string, unknown>);
  if (entries.length > SKILL_LIMIT) return fail('$.skills', l10n.t('{0} entries; at most {1} are read', entries.length, SKILL_LIMIT));
  const skills = new Map<string, Status>();
  for (const [id, status] of entries) {
    if (!isStatus(status)) return fail(`$.skills[${JSON.stringify(id.slice(0, 60))}]`, l10n.t('expected one of none, learning, learned, skipped, got {0}', String(JSON.stringify(status)?.slice(0, 40))));
    if (id.length <= 200) skills.set(id, status);
  }
  let notes: Map<string, string> | undefined;
  if (o.notes !== undefined) {
    if (!o.notes || typeof o.notes !== 'object' || Array.isArray(o.notes)) return fail('$.notes', l10n.t('expected an object of skill id → note'));
    notes = new Map();
    for (const [id, note] of Object.entries(o.notes as Record<string, unknown>).slice(0, SKILL_LIMIT)) if (typeof note === 'string') notes.set(id, note.slice(0, NOTE_LIMIT));
  }
  return { file: { member: o.member.trim(), roadmap: o.roadmap, updated: o.updated, skills, ...(notes ? { notes } : {}) } };
}

export interface TeamModel {
  readonly roadmap: string;
  readonly members: readonly {
    readonly name: string;
    readonly file: string;
    readonly updated: string;
    readonly learned: number;
    readonly total: number;
    readonly phases: readonly { readonly number: number; readonly title: string; readonly learned: number; readonly total: number }[];
  }[];
  /** Per item, in roadmap order: who learned it and who is learning it. */
  readonly skills: readonly { readonly id: string; readonly title: string; readonly phase: string; readonly learned: readonly string[]; readonly learning: readonly string[] }[];
  /** Member files of another roadmap, and files that could not be read: named, skipped. */
  readonly otherRoadmap: readonly { readonly file: string; readonly member: string; readonly roadmap: string }[];
  readonly broken: readonly { readonly file: string; readonly error: string }[];
}

/** Sums the member files of one roadmap. */
export function teamModel(roadmap: Roadmap, files: readonly ({ file: string; member: MemberFile } | { file: string; error: string })[]): TeamModel {
  const items = allSkills(roadmap);
  const mine: { file: string; member: MemberFile }[] = [];
  const otherRoadmap: { file: string; member: string; roadmap: string }[] = [];
  const broken: { file: string; error: string }[] = [];
  for (const f of files) {
    if ('error' in f) broken.push(f);
    else if (f.member.roadmap !== roadmap.id) otherRoadmap.push({ file: f.file, member: f.member.member, roadmap: f.member.roadmap });
    else mine.push(f);
  }
  mine.sort((a, b) => a.member.member.localeCompare(b.member.member));
  const counted = (m: MemberFile, list: typeof items) => {
    let learned = 0;
    let total = 0;
    for (const i of list) {
      const s = m.skills.get(i.id) ?? 'none';
      if (s === 'skipped') continue;
      total++;
      if (s === 'learned') learned++;
    }
    return { learned, total };
  };
  return {
    roadmap: roadmap.id,
    members: mine.map(({ file, member }) => ({
      name: member.member, file, updated: member.updated, ...counted(member, items),
      phases: roadmap.phases.map((p) => ({ number: p.number, title: p.title, ...counted(member, items.filter((i) => i.phaseId === p.id)) })),
    })),
    skills: items.map((i) => ({
      id: i.id, title: i.title, phase: findPhase(roadmap, i.phaseId)?.title ?? '',
      learned: mine.filter((m) => m.member.skills.get(i.id) === 'learned').map((m) => m.member.member),
      learning: mine.filter((m) => m.member.skills.get(i.id) === 'learning').map((m) => m.member.member),
    })),
    otherRoadmap,
    broken,
  };
}

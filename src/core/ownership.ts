// Whose code a line is (issue 24): evidence is the learner's only where they wrote it. In a Git
// repository that is a line blame names them for (their `user.email`, or an address they listed in
// the user setting pythonRoadmap.evidence.myEmails) or a change not committed yet; a line the
// extension wrote itself (an exercise's starter, untouched) is never theirs; anywhere else it is
// not known. Pure: src/ownership asks Git and the editor, this decides.
import * as l10n from '@vscode/l10n';
import type { Evidence } from './evidence';

/** Why a line's author is not known. */
export type UnknownWhy =
  | 'no-git' // not in a Git repository, or Git is not installed
  | 'web' // VS Code in the browser: no Git to ask
  | 'restricted' // Restricted Mode: Git is not run in a folder that is not trusted
  | 'virtual' // not a file on this computer's disk (a virtual workspace)
  | 'outside' // outside every workspace folder
  | 'ignored' // a file Git ignores (a virtual environment, build output)
  | 'untitled' // never saved
  | 'too-large'
  | 'failed' // Git answered something unreadable, or not in time
  | 'pending'; // still asking

export interface NotKnown {
  readonly kind: 'unknown';
  readonly why: UnknownWhy;
}

export type Owner =
  /** The learner's: blame names one of their addresses, or the change is not committed yet. */
  | { readonly kind: 'yours'; readonly uncommitted?: true }
  /** Someone else's: blame names another author, or the line is one of the extension's exercise files as it wrote it. */
  | { readonly kind: 'theirs'; readonly name?: string; readonly email?: string; readonly starter?: true }
  | NotKnown;

export const YOURS: Owner = { kind: 'yours' };
export const UNCOMMITTED: Owner = { kind: 'yours', uncommitted: true };
export const STARTER: Owner = { kind: 'theirs', starter: true };
export const unknown = (why: UnknownWhy): NotKnown => ({ kind: 'unknown', why });

/** One line of `git blame --porcelain`: the commit, its author, and the line as blamed. */
export interface BlameLine {
  readonly commit: string;
  readonly name: string;
  /** As blame gives it, without the angle brackets. */
  readonly email: string;
  readonly text: string;
}

/** What is known of a saved file. */
export type FileSource =
  /** Blamed line by line. */
  | { readonly kind: 'blame'; readonly lines: readonly BlameLine[] }
  /** In a repository but not committed at all: a new file Git does not ignore, or a repository without commits yet. */
  | { readonly kind: 'uncommitted' }
  | NotKnown;

/** The commit blame gives lines not committed yet. */
const NOT_COMMITTED = /^0{40}$/;
const HEADER = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/;

/**
 * Reads `git blame --porcelain` (or `--line-porcelain`): each final line's commit, author and text.
 * Undefined when the output is not porcelain or misses a line (it is then not trusted at all).
 */
export function parseBlamePorcelain(output: string): BlameLine[] | undefined {
  const commits = new Map<string, { name: string; email: string }>();
  const out: BlameLine[] = [];
  let commit: string | undefined;
  let line = 0;
  let count = 0;
  for (const raw of output.split('\n')) {
    if (commit === undefined) {
      if (raw === '') continue;
      const m = HEADER.exec(raw);
      if (!m) return undefined;
      commit = m[1]!;
      line = Number(m[2]);
      if (!commits.has(commit)) commits.set(commit, { name: '', email: '' });
      continue;
    }
    if (raw.startsWith('\t')) {
      const who = commits.get(commit)!;
      if (line < 1 || line > 10_000_000 || out[line - 1]) return undefined;
      out[line - 1] = { commit, name: who.name, email: who.email, text: raw.slice(1).replace(/\r$/, '') };
      count++;
      commit = undefined;
      continue;
    }
    const space = raw.indexOf(' ');
    const key = space < 0 ? raw : raw.slice(0, space);
    const value = space < 0 ? '' : raw.slice(space + 1);
    if (key === 'author') commits.get(commit)!.name = value;
    else if (key === 'author-mail') commits.get(commit)!.email = value.replace(/^<|>$/g, '');
  }
  if (commit !== undefined || count !== out.length) return undefined;
  return out;
}

/** An address as compared: no angle brackets or spaces around, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().replace(/^<|>$/g, '').trim().toLowerCase();
}

/**
 * The learner's addresses: Git's user.email of the repository, and the ones of the user setting
 * pythonRoadmap.evidence.myEmails (a list of strings; anything else in it is ignored; at most 100).
 */
export function identitiesOf(gitEmail: string | undefined, listed: unknown): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s !== 'string') return;
    const e = normalizeEmail(s);
    if (e && e.length <= 320) out.add(e);
  };
  add(gitEmail);
  if (Array.isArray(listed)) for (const s of listed.slice(0, 100)) add(s);
  return out;
}

/** Whose a blamed line is. */
export function ownerOfBlame(b: BlameLine, identities: ReadonlySet<string>): Owner {
  if (NOT_COMMITTED.test(b.commit)) return UNCOMMITTED;
  if (identities.has(normalizeEmail(b.email))) return YOURS;
  return { kind: 'theirs', ...(b.name ? { name: b.name } : {}), ...(b.email ? { email: b.email } : {}) };
}

/**
 * For each line of `current`, the index of the line of `base` it is unchanged from, or -1 where it
 * was added or changed: a line diff (common prefix and suffix, then Myers' O(ND) within `maxDiff`
 * edits, past that a greedy in-order match of equal lines). Bounded time, whatever the input: by
 * default the edits tried shrink as the files grow (about 4 million steps at most, some 20 ms).
 */
export function matchLines(base: readonly string[], current: readonly string[], maxDiff?: number): Int32Array {
  const out = new Int32Array(current.length).fill(-1);
  let start = 0;
  while (start < base.length && start < current.length && base[start] === current[start]) {
    out[start] = start;
    start++;
  }
  let endB = base.length;
  let endC = current.length;
  while (endB > start && endC > start && base[endB - 1] === current[endC - 1]) {
    endB--;
    endC--;
    out[endC] = endB;
  }
  const a = base.slice(start, endB);
  const b = current.slice(start, endC);
  const limit = maxDiff ?? Math.max(16, Math.min(500, Math.floor(4_000_000 / (a.length + b.length + 1))));
  for (const [i, j] of myers(a, b, limit) ?? greedy(a, b)) out[start + j] = start + i;
  return out;
}

/** The equal lines of the shortest edit script, or undefined when it needs more than `maxD` edits. */
function myers(a: readonly string[], b: readonly string[], maxD: number): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  if (!n || !m) return [];
  const max = Math.min(n + m, maxD);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, off, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], off: number, n: number, m: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) pairs.push([--x, --y]);
  return pairs;
}

/** Equal lines matched in order, each line of `a` at most once (linear time). */
function greedy(a: readonly string[], b: readonly string[]): [number, number][] {
  const at = new Map<string, number[]>();
  a.forEach((line, i) => {
    const list = at.get(line);
    if (list) list.push(i);
    else at.set(line, [i]);
  });
  const next = new Map<string, number>();
  const pairs: [number, number][] = [];
  let last = -1;
  b.forEach((line, j) => {
    const list = at.get(line);
    if (!list) return;
    let p = next.get(line) ?? 0;
    while (p < list.length && list[p]! <= last) p++;
    next.set(line, p + 1);
    if (p < list.length) pairs.push([(last = list[p]!), j]);
  });
  return pairs;
}

/**
 * The owner of each line of a document (its text now, saved or not):
 * - lines unchanged from the saved file take their blame; changed or added ones are not committed
 *   yet, so the learner's;
 * - a file Git tracks not at all (and does not ignore): every line is the learner's;
 * - `starter`, when the file is one of the extension's exercise files: a line still as the
 *   extension wrote it is the starter's, whatever Git says (committing a starter does not make it yours).
 */
export function documentOwners(current: readonly string[], source: FileSource, identities: ReadonlySet<string>, starter?: readonly string[]): Owner[] {
  let owners: Owner[];
  if (source.kind === 'unknown') owners = current.map(() => unknown(source.why));
  else if (source.kind === 'uncommitted') owners = current.map(() => UNCOMMITTED);
  else {
    const map = matchLines(source.lines.map((l) => l.text), current);
    owners = current.map((_, i) => (map[i]! >= 0 ? ownerOfBlame(source.lines[map[i]!]!, identities) : UNCOMMITTED));
  }
  if (starter) {
    const map = matchLines(starter, current);
    for (let i = 0; i < current.length; i++) if (map[i]! >= 0) owners[i] = STARTER;
  }
  return owners;
}

/** Whether a line of a notebook file holds `escaped` (a JSON-escaped cell line) as a whole line of
 *  a cell's source: between a quote or a `\n` escape before it, and a quote or `\n` after it. */
function holdsSourceLine(fileLine: string, escaped: string): boolean {
  for (let at = fileLine.indexOf(escaped); at >= 0; at = fileLine.indexOf(escaped, at + 1)) {
    const end = at + escaped.length;
    const before = fileLine[at - 1] === '"' || fileLine.slice(at - 2, at) === '\\n';
    const after = fileLine[end] === '"' || fileLine.slice(end, end + 2) === '\\n';
    if (before && after) return true;
  }
  return false;
}

const notebookFound = new WeakMap<readonly BlameLine[], Map<string, number[]>>();

/**
 * The owner of a line of a notebook cell, from the notebook file's blame: the lines of the file
 * whose JSON holds this source line (a notebook keeps its cells' lines as JSON strings, one per
 * file line or several on one). Any of them the learner's: theirs; else the first one's author.
 * Not in the saved file: a change not saved yet (the learner's) when the notebook has unsaved
 * changes, else not known.
 */
export function cellLineOwner(text: string, source: FileSource, identities: ReadonlySet<string>, notebookDirty: boolean): Owner {
  if (source.kind === 'unknown') return unknown(source.why);
  if (source.kind === 'uncommitted') return UNCOMMITTED;
  const line = text.replace(/\r$/, '');
  let cache = notebookFound.get(source.lines);
  if (!cache) notebookFound.set(source.lines, (cache = new Map()));
  let found = cache.get(line);
  if (!found) {
    const escaped = JSON.stringify(line).slice(1, -1);
    found = [];
    if (escaped.trim()) source.lines.forEach((l, i) => { if (holdsSourceLine(l.text, escaped)) found!.push(i); });
    if (cache.size < 10_000) cache.set(line, found);
  }
  if (!found.length) return notebookDirty ? UNCOMMITTED : unknown('failed');
  const owners = found.map((i) => ownerOfBlame(source.lines[i]!, identities));
  return owners.find((o) => o.kind === 'yours') ?? owners[0]!;
}

/**
 * Whether a recorded place goes into the portfolio: known to be the learner's when it was recorded
 * (own: true) and never when known to be someone else's (own: false). A place recorded before
 * whose code it was kept: an exercise pass (it has a label) counts, as the learner passed it; any
 * other counts only when `now` (asked again at report time) finds the line the learner's.
 */
export function inPortfolio(e: Evidence, now?: Owner): boolean {
  if (e.own !== undefined) return e.own;
  if (e.label) return true;
  return now?.kind === 'yours';
}

/** Whether a place's owner is asked again at report time (a place recorded before it was kept). */
export function needsOwnerCheck(e: Evidence): boolean {
  return e.own === undefined && !e.label;
}

/** A short phrase for a line that is not the learner's: "written by someone else (Ada <ada@x.org>)". */
export function ownerPhrase(o: Owner): string {
  switch (o.kind) {
    case 'yours':
      return o.uncommitted ? l10n.t('yours (not committed yet)') : l10n.t('yours');
    case 'theirs':
      if (o.starter) return l10n.t('from the exercise, as Python Roadmap wrote it');
      return o.name || o.email ? l10n.t('written by someone else ({0})', [o.name, o.email && `<${o.email}>`].filter(Boolean).join(' ')) : l10n.t('written by someone else');
    case 'unknown':
      switch (o.why) {
        case 'no-git': return l10n.t('not known to be yours: the file is in no Git repository');
        case 'web': return l10n.t('not known to be yours: VS Code in the browser cannot ask Git who wrote it');
        case 'restricted': return l10n.t('not known to be yours: Git is not run in Restricted Mode');
        case 'virtual': return l10n.t('not known to be yours: the file is not on this computer\'s disk');
        case 'outside': return l10n.t('not known to be yours: the file is outside the workspace');
        case 'ignored': return l10n.t('not known to be yours: Git ignores this file');
        case 'untitled': return l10n.t('not known to be yours: the file is not saved');
        case 'too-large': return l10n.t('not known to be yours: the file is too large to ask Git about');
        case 'pending': return l10n.t('not known to be yours yet: still asking Git');
        case 'failed': return l10n.t('not known to be yours: Git could not tell');
      }
  }
}

/** A line of a saved notebook's cell (cells counted from 0, lines from 1), from the file's JSON. */
export function cellSourceLine(notebookJson: string, cell: number, line: number): string | undefined {
  try {
    const nb = JSON.parse(notebookJson) as { cells?: { source?: unknown }[] };
    const source = nb.cells?.[cell]?.source;
    const text = Array.isArray(source) ? source.filter((s) => typeof s === 'string').join('') : typeof source === 'string' ? source : undefined;
    return text?.split(/\r?\n/)[line - 1];
  } catch {
    return undefined;
  }
}

// Parsing and validating roadmap data: JSON with exact error positions, the valibot schema, and
// the checks a schema cannot make. Its own bundle file, loaded when a roadmap is first read.
import * as l10n from '@vscode/l10n';
import * as v from 'valibot';
import { parse as parseJsonc, printParseErrorCode, parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { ParseError, Node as JsonNode } from 'jsonc-parser';
import { RoadmapSchema } from './schema';
import { RoadmapError } from './roadmap';
import type { Roadmap, RoadmapIssue } from './roadmap';

export interface ParseOptions {
  /** The detection ids a skill's `detects` may name (the shipped roadmap's skill ids). */
  readonly detections?: ReadonlySet<string>;
}

/** Parses a roadmap file's text. Errors name the file (when given), and the line and column of bad JSON. */
export function parseRoadmapJson(text: string, source?: string, options: ParseOptions = {}): Roadmap {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const { message, offset } = describeJsonError(text, e);
    throw new RoadmapError([{ path: '', message: l10n.t('not valid JSON ({0})', message), kind: 'syntax', ...(offset !== undefined ? { offset } : {}) }], source);
  }
  return parseRoadmap(raw, source, options);
}

/** Validates already-parsed data; returns a deeply frozen Roadmap or throws a RoadmapError. */
export function parseRoadmap(raw: unknown, source?: string, options: ParseOptions = {}): Roadmap {
  const result = v.safeParse(RoadmapSchema, raw, { abortEarly: false });
  if (!result.success) {
    throw new RoadmapError(toIssues(result.issues).map((i) => ({ ...i, kind: 'schema' as const })), source);
  }
  const roadmap = result.output;
  roadmap.phases.forEach((p, i) => {
    if (!p.number) p.number = i + 1;
  });
  const problems = checkReferences(roadmap, options);
  if (problems.length) throw new RoadmapError(problems.map((i) => ({ ...i, kind: 'reference' as const })), source);
  return deepFreeze(roadmap);
}

/** `phases[2].skills[4].id` → `['phases', 2, 'skills', 4, 'id']` (formatPath's inverse). */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[3] !== undefined) keys.push(JSON.parse(m[3]) as string);
  }
  return keys;
}

/** Where each issue is in the text: the value at its JSON path (or the nearest enclosing one that
 *  exists: a missing property is shown on its object), or a syntax error's own place. */
export function locateIssues(text: string, issues: readonly RoadmapIssue[]): { issue: RoadmapIssue; offset: number; length: number }[] {
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, [], { disallowComments: true });
  } catch {
    tree = undefined;
  }
  return issues.map((issue) => {
    if (issue.offset !== undefined) return { issue, offset: issue.offset, length: 1 };
    let keys = pathKeys(issue.path);
    let node: JsonNode | undefined;
    while (tree && !(node = findNodeAtLocation(tree, keys)) && keys.length) keys = keys.slice(0, -1);
    node ??= tree;
    if (!node) return { issue, offset: 0, length: 1 };
    // A property's value: mark the whole property when the value is an object or an array (its
    // first line), else the value itself.
    if ((node.type === 'object' || node.type === 'array') && node.parent?.type === 'property') return { issue, offset: node.parent.offset, length: Math.min(node.parent.children?.[0]?.length ?? 1, node.length) };
    return { issue, offset: node.offset, length: Math.max(1, Math.min(node.length, 200)) };
  });
}


/** Turns valibot's issues into path + message pairs, one per problem. */
function toIssues(issues: readonly v.BaseIssue<unknown>[]): RoadmapIssue[] {
  const out: RoadmapIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const keys = issue.path?.map((p) => p.key) ?? [];
    const last = issue.path?.[issue.path.length - 1];
    let one: RoadmapIssue;
    if (issue.input === undefined && last && Array.isArray(last.input) && last.type === 'object') {
      // An array where an object belongs: report it once, at the array's own path.
      one = { path: formatPath(keys.slice(0, -1)), message: l10n.t('expected an object, got an array') };
    } else {
      one = { path: formatPath(keys), message: describeIssue(issue, keys) };
    }
    const key = `${one.path}\u0000${one.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(one);
    }
  }
  return out;
}

/** `['phases', 2, 'skills', 4, 'id']` → `phases[2].skills[4].id` */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

/** A schema type as a message names it, in the display language. */
function article(type: string): string | undefined {
  switch (type) {
    case 'string': return l10n.t('a string');
    case 'number': return l10n.t('a number');
    case 'boolean': return l10n.t('true or false');
    case 'array': case 'Array': return l10n.t('an array');
    case 'object': case 'Object': case 'strict_object': return l10n.t('an object');
    default: return undefined;
  }
}

function describeIssue(issue: v.BaseIssue<unknown>, keys: readonly unknown[]): string {
  if (issue.kind === 'validation') return issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') return l10n.t('unknown property (check its spelling)');
  if (issue.input === undefined) {
    const type = schemaTypeAt(keys);
    return l10n.t('missing (expected {0})', type ? article(type) ?? type : l10n.t('a value'));
  }
  const expected = issue.expected ?? '';
  const what = article(expected) ?? (issue.type === 'picklist' ? l10n.t('one of {0}', expected.replace(/^\((.*)\)$/, '$1')) : expected);
  return l10n.t('expected {0}, got {1}', what, describeValue(issue.input));
}

/** The base type of the schema at a path ('string', 'array', …), for "missing" messages. */
function schemaTypeAt(keys: readonly unknown[]): string | undefined {
  type Node = { type: string; wrapped?: Node; item?: Node; entries?: Record<string, Node> };
  const unwrap = (n: Node | undefined) => {
    while (n && n.type === 'optional' && n.wrapped) n = n.wrapped;
    return n;
  };
  let node = unwrap(RoadmapSchema as unknown as Node);
  for (const k of keys) {
    if (!node) return undefined;
    node = unwrap(node.type === 'array' ? node.item : node.entries?.[String(k)]);
  }
  return node?.type;
}

function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return l10n.t('an array');
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? x.slice(0, 40) + '…' : x);
  if (typeof x === 'object') return l10n.t('an object');
  return `${typeof x} ${String(x)}`;
}

/** Locates the first syntax error exactly (V8's own message does not always give a position). */
function describeJsonError(text: string, e: unknown): { message: string; offset?: number } {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return { message: e instanceof Error ? e.message : String(e) };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { message: l10n.t('{0} at line {1}, column {2}', what, line, column), offset: first.offset };
}

/** What a schema cannot check: unique ids and links that resolve, and no prerequisite cycles. */
function checkReferences(r: Roadmap, options: ParseOptions): RoadmapIssue[] {
  const problems: RoadmapIssue[] = [];
  const items = new Map<string, string>(); // id → path of its definition
  const define = (map: Map<string, string>, id: string, path: string) => {
    const first = map.get(id);
    if (first) problems.push({ path, message: l10n.t('duplicate id "{0}" (first defined at {1})', id, first) });
    else map.set(id, path);
  };
  const phases = new Map<string, string>();
  const resources = new Map<string, string>();
  const faqs = new Map<string, string>();
  r.phases.forEach((p, i) => {
    define(phases, p.id, `phases[${i}].id`);
    const groups = new Map<string, string>();
    p.groups?.forEach((g, j) => define(groups, g.id, `phases[${i}].groups[${j}].id`));
    p.skills.forEach((s, j) => {
      define(items, s.id, `phases[${i}].skills[${j}].id`);
      if (s.group !== undefined && !groups.has(s.group)) {
        problems.push({ path: `phases[${i}].skills[${j}].group`, message: l10n.t('no group "{0}" in phase "{1}"', s.group, p.id) });
      }
    });
    p.practice.forEach((s, j) => define(items, s.id, `phases[${i}].practice[${j}].id`));
  });
  r.resources.forEach((res, i) => define(resources, res.id, `resources[${i}].id`));
  r.faqs.forEach((f, i) => define(faqs, f.id, `faqs[${i}].id`));

  const link = (target: Map<string, string>, kind: 'skill' | 'resource' | 'phase', ids: readonly string[] | undefined, path: string) => {
    ids?.forEach((id, k) => {
      const message = kind === 'skill' ? l10n.t('unknown skill "{0}"', id) : kind === 'resource' ? l10n.t('unknown resource "{0}"', id) : l10n.t('unknown phase "{0}"', id);
      if (!target.has(id)) problems.push({ path: `${path}[${k}]`, message });
    });
  };
  r.phases.forEach((p, i) => {
    p.skills.forEach((s, j) => {
      const at = `phases[${i}].skills[${j}]`;
      const known = options.detections;
      if (known) s.detects?.forEach((d, k) => {
        if (!known.has(d)) problems.push({ path: `${at}.detects[${k}]`, message: l10n.t('"{0}" is not a skill the extension recognises in code (it takes the shipped roadmap\'s skill ids, such as "asyncio")', d) });
      });
      link(items, 'skill', s.prerequisites, `${at}.prerequisites`);
      link(resources, 'resource', s.resources, `${at}.resources`);
      if (s.prerequisites?.includes(s.id)) problems.push({ path: `${at}.prerequisites`, message: l10n.t('"{0}" lists itself', s.id) });
    });
    p.practice.forEach((s, j) => {
      link(items, 'skill', s.skills, `phases[${i}].practice[${j}].skills`);
      link(resources, 'resource', s.resources, `phases[${i}].practice[${j}].resources`);
    });
  });
  r.careers.levels.forEach((l, i) => link(phases, 'phase', l.milestonePhases, `careers.levels[${i}].milestonePhases`));
  r.faqs.forEach((f, i) => link(items, 'skill', f.skills, `faqs[${i}].skills`));
  r.overview.stats.forEach((s, i) => {
    if (s.source !== undefined && !resources.has(s.source)) problems.push({ path: `overview.stats[${i}].source`, message: l10n.t('unknown resource "{0}"', s.source) });
  });
  for (const key of ['responsibilities', 'hiring', 'trends', 'tips', 'nextSteps'] as const) {
    const seen = new Map<string, string>();
    r[key].forEach((sec, i) => {
      define(seen, sec.id, `${key}[${i}].id`);
      link(items, 'skill', sec.skills, `${key}[${i}].skills`);
      sec.items?.forEach((it, k) => link(items, 'skill', it.skills, `${key}[${i}].items[${k}].skills`));
    });
  }
  if (!problems.length) problems.push(...findCycles(r));
  return problems;
}

/** Depth-first, with its own stack instead of recursion: a valid chain of thousands of
 *  prerequisites is deeper than the call stack, and one shared trail keeps the walk linear. */
function findCycles(r: Roadmap): RoadmapIssue[] {
  const prereqs = new Map<string, readonly string[]>();
  const paths = new Map<string, string>();
  r.phases.forEach((p, i) => p.skills.forEach((s, j) => {
    prereqs.set(s.id, s.prerequisites ?? []);
    paths.set(s.id, `phases[${i}].skills[${j}].prerequisites`);
  }));
  const done = new Set<string>();
  const problems: RoadmapIssue[] = [];
  for (const start of prereqs.keys()) {
    if (done.has(start)) continue;
    // The trail being walked: each skill, its place in the trail, and the next prerequisite to try.
    const trail: string[] = [];
    const onTrail = new Map<string, number>();
    const next: number[] = [];
    const enter = (id: string) => {
      onTrail.set(id, trail.length);
      trail.push(id);
      next.push(0);
    };
    enter(start);
    while (trail.length) {
      const top = trail.length - 1;
      const id = trail[top]!;
      const list = prereqs.get(id) ?? [];
      if (next[top]! >= list.length) {
        trail.pop();
        next.pop();
        onTrail.delete(id);
        done.add(id);
        continue;
      }
      const to = list[next[top]!++]!;
      if (done.has(to)) continue;
      const at = onTrail.get(to);
      if (at !== undefined) {
        const cycle = trail.slice(at).concat(to);
        problems.push({ path: paths.get(to) ?? '', message: l10n.t('prerequisites form a cycle: {0}', cycle.join(' → ')) });
        continue;
      }
      enter(to);
    }
  }
  return problems;
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const value of Object.values(x)) deepFreeze(value);
  }
  return x;
}

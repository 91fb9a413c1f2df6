// The read-only views of roadmap data the rest of the extension uses: types, lookups and the
// error a broken roadmap raises. Pure: no `vscode` here, and no validation (parseRoadmap.ts).
import type { Roadmap, Phase, Skill, PracticeItem } from './schema';

export type { Roadmap, Phase, Skill, PracticeItem, Group, CareerLevel, Faq, Resource, ListSection, Lesson } from './schema';

/** One problem in a roadmap file, located by a JSON path like `phases[2].skills[4].id`. */
export interface RoadmapIssue {
  path: string;
  message: string;
  /** What found it: the JSON syntax, the schema (editors show these too, through jsonValidation),
   *  or the checks a schema cannot make (unique ids, links, cycles). */
  kind?: 'syntax' | 'schema' | 'reference';
  /** Where a syntax error is, in characters from the start. */
  offset?: number;
}

/** Thrown for any roadmap that cannot be used; the message names every problem's path. */
export class RoadmapError extends Error {
  constructor(readonly issues: readonly RoadmapIssue[], readonly source?: string) {
    super(RoadmapError.format(issues, source));
    this.name = 'RoadmapError';
  }

  private static format(issues: readonly RoadmapIssue[], source?: string): string {
    const shown = issues.slice(0, 8).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    if (issues.length > shown.length) shown.push(`…and ${issues.length - shown.length} more`);
    const prefix = source ? `${source}: ` : '';
    return prefix + shown.join('\n' + (source ? ' '.repeat(prefix.length) : ''));
  }
}

/** A checkable entry of the roadmap: a skill (topic) or a practice item. */
export interface CheckableItem {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly kind: 'skill' | 'practice';
  readonly phaseId: string;
  readonly groupId?: string;
  /** Position in roadmap order, 0-based. */
  readonly order: number;
  readonly prerequisites: readonly string[];
  readonly aliases: readonly string[];
  readonly keywords: readonly string[];
  readonly source: Skill | PracticeItem;
}

const itemsCache = new WeakMap<Roadmap, readonly CheckableItem[]>();

/** Every checkable item (skills, then practice items, phase by phase) in roadmap order. */
export function allSkills(roadmap: Roadmap): readonly CheckableItem[] {
  let items = itemsCache.get(roadmap);
  if (!items) {
    const list: CheckableItem[] = [];
    for (const phase of roadmap.phases) {
      for (const s of phase.skills) {
        list.push({
          id: s.id, title: s.title, summary: s.summary, kind: 'skill', phaseId: phase.id,
          ...(s.group ? { groupId: s.group } : {}),
          order: list.length, prerequisites: s.prerequisites ?? [], aliases: s.aliases, keywords: s.keywords, source: s,
        });
      }
      for (const p of phase.practice) {
        list.push({
          id: p.id, title: p.title, summary: p.summary, kind: 'practice', phaseId: phase.id,
          order: list.length, prerequisites: [], aliases: p.aliases ?? [], keywords: [], source: p,
        });
      }
    }
    items = Object.freeze(list);
    itemsCache.set(roadmap, items);
  }
  return items;
}

const byIdCache = new WeakMap<Roadmap, ReadonlyMap<string, CheckableItem>>();

/** Looks up a checkable item by id. */
export function findItem(roadmap: Roadmap, id: string): CheckableItem | undefined {
  let map = byIdCache.get(roadmap);
  if (!map) {
    map = new Map(allSkills(roadmap).map((i) => [i.id, i]));
    byIdCache.set(roadmap, map);
  }
  return map.get(id);
}

export function findPhase(roadmap: Roadmap, id: string): Phase | undefined {
  return roadmap.phases.find((p) => p.id === id);
}

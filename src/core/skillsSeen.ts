// Detections turned into what a person reads: per skill, its title, phase, status and places.
import * as l10n from '@vscode/l10n';
import { allSkills, findItem, findPhase } from './roadmap';
import type { Roadmap } from './roadmap';
import type { Status } from './progress';
import type { Detection } from './detect';
import { isShown } from './detect/types';

export interface Place {
  /** A file's path as shown (workspace-relative) — empty when all places are in one file. */
  readonly path: string;
  readonly line: number;
  readonly cell?: number;
  readonly evidence: string;
  /** Why it counts ("`@app.get` route"); code in backticks. */
  readonly reason?: string;
}

export interface SeenSkill {
  readonly skillId: string;
  readonly title: string;
  readonly phaseTitle: string;
  readonly summary: string;
  readonly status: Status;
  readonly places: readonly Place[];
  /** How many files show it. */
  readonly files: number;
}

/**
 * Groups detections (with the file they came from) by skill. Skills the roadmap does not have are
 * dropped, and so are mentions (Detection.mention: below the evidence standard, never counted as a
 * file showing the skill nor offered for marking). Order: not learned before learned, then roadmap order.
 */
export function summarizeSeen(
  roadmap: Roadmap,
  found: readonly { readonly path: string; readonly detections: readonly Detection[] }[],
  statusOf: (id: string) => Status,
): SeenSkill[] {
  const order = new Map(allSkills(roadmap).map((s, i) => [s.id, i]));
  const bySkill = new Map<string, { places: Place[]; files: Set<string> }>();
  for (const { path, detections } of found) {
    for (const d of detections) {
      if (!order.has(d.skillId) || !isShown(d)) continue;
      let entry = bySkill.get(d.skillId);
      if (!entry) bySkill.set(d.skillId, (entry = { places: [], files: new Set() }));
      entry.files.add(path);
      entry.places.push({ path, line: d.line, evidence: d.evidence, ...(d.cell !== undefined ? { cell: d.cell } : {}), ...(d.reason ? { reason: d.reason } : {}) });
    }
  }
  const rank = (s: Status) => (s === 'learned' ? 1 : 0);
  return [...bySkill.entries()]
    .map(([skillId, { places, files }]) => {
      const item = findItem(roadmap, skillId)!;
      return {
        skillId,
        title: item.title,
        phaseTitle: findPhase(roadmap, item.phaseId)?.title ?? '',
        summary: item.summary,
        status: statusOf(skillId),
        places,
        files: files.size,
      };
    })
    .sort((a, b) => rank(a.status) - rank(b.status) || order.get(a.skillId)! - order.get(b.skillId)!);
}

/** "line 3", "lines 3, 12 and 40", "lines 3, 12, 40 and 5 more". */
export function linesLabel(places: readonly Place[], max = 3): string {
  // One format everywhere: "line 12", "cell 2, line 1" (cells counted from 1, as evidencePlace does).
  const cells = places.some((p) => p.cell !== undefined);
  if (!cells) {
    const lines = [...new Set(places.map((p) => String(p.line)))];
    if (lines.length === 1) return l10n.t('line {0}', lines[0]!);
    if (lines.length <= max) return l10n.t('lines {0} and {1}', lines.slice(0, -1).join(', '), lines[lines.length - 1]!);
    return l10n.t('lines {0} and {1} more', lines.slice(0, max).join(', '), lines.length - max);
  }
  const labels = [...new Set(places.map((p) => (p.cell !== undefined ? l10n.t('cell {0}, line {1}', p.cell + 1, p.line) : l10n.t('line {0}', p.line))))];
  if (labels.length <= max) return labels.length === 1 ? labels[0]! : l10n.t('{0} and {1}', labels.slice(0, -1).join('; '), labels[labels.length - 1]!);
  return l10n.t('{0} and {1} more', labels.slice(0, max).join('; '), labels.length - max);
}

/**
 * Detections (of the shipped roadmap's skill ids) as the items of the roadmap being followed:
 * `index` maps a detection to the items it counts for (for the shipped roadmap, itself; for a
 * custom one, the skills whose `detects` name it). A detection no item takes is dropped.
 */
export function mapDetections<T extends { readonly skillId: string }>(detections: readonly T[], index: ReadonlyMap<string, readonly string[]>): T[] {
  const out: T[] = [];
  for (const d of detections) for (const id of index.get(d.skillId) ?? []) out.push(id === d.skillId ? d : { ...d, skillId: id });
  return out;
}

/** How many of the files show some skill for real (mentions alone do not count). */
export function filesShowingSkills(found: readonly { readonly detections: readonly Detection[] }[]): number {
  return found.filter((f) => f.detections.some(isShown)).length;
}

/** What a finished workspace scan says: the finding, or — when nothing was read or nothing found — what
 *  the scan reads and what to do next; and which actions it offers. */
export function scanSummary(r: { filesRead: number; skills: number; filesWithSkills: number; notStarted: number; capped?: boolean; cancelled?: boolean }): { text: string; offerMark: boolean; offerReport: boolean } {
  const tail = `${r.capped ? ` ${l10n.t('(stopped at the {0}-file limit)', r.filesRead)}` : ''}${r.cancelled ? ` ${l10n.t('(cancelled before the end)')}` : ''}`;
  if (!r.filesRead && !r.cancelled) {
    return { text: l10n.t('Python Roadmap: this workspace has no Python files, notebooks or project files (pyproject.toml, Dockerfile, CI workflows) to scan. Open a project folder, or write some Python here and scan again.'), offerMark: false, offerReport: false };
  }
  if (!r.skills) {
    const none = r.filesRead === 1 ? l10n.t('Python Roadmap: no roadmap skills found in the 1 file read.') : l10n.t('Python Roadmap: no roadmap skills found in the {0} files read.', r.filesRead);
    return { text: `${none}${tail} ${l10n.t('Skills show once code uses them (a function, a class, a test…): open a Python file to see what it shows.')}`, offerMark: false, offerReport: true };
  }
  const found = r.skills === 1
    ? l10n.t('Python Roadmap: 1 roadmap skill found in {0} of {1} files', r.filesWithSkills, r.filesRead)
    : l10n.t('Python Roadmap: {0} roadmap skills found in {1} of {2} files', r.skills, r.filesWithSkills, r.filesRead);
  return { text: `${found}${tail}.`, offerMark: r.notStarted > 0, offerReport: true };
}

// Collects what a detection saw, one entry per skill and line, with the line as evidence.
import type { LineIndex } from './lines';
import type { Detection } from './types';

/** Collects detections, one per skill and line. */
export class Collector {
  private readonly seen = new Map<string, Set<number>>();
  constructor(readonly lines: LineIndex, private readonly lineOffset = 0, private readonly cell?: number) {}

  /** Skills seen at an offset of the text. */
  add(skills: readonly string[] | undefined, offset: number): void {
    if (skills) this.addLine(skills, this.lines.lineAt(offset));
  }

  /** Skills seen on a 1-based line. */
  addLine(skills: readonly string[] | undefined, line: number): void {
    if (!skills) return;
    for (const skillId of skills) {
      let lines = this.seen.get(skillId);
      if (!lines) this.seen.set(skillId, (lines = new Set()));
      lines.add(line);
    }
  }

  results(): Detection[] {
    const list: Detection[] = [];
    const excerpts = new Map<number, string>();
    for (const [skillId, lines] of this.seen) {
      for (const line of lines) {
        let evidence = excerpts.get(line);
        if (evidence === undefined) excerpts.set(line, (evidence = this.lines.excerpt(line)));
        list.push(this.cell === undefined ? { skillId, line: line + this.lineOffset, evidence } : { skillId, line: line + this.lineOffset, evidence, cell: this.cell });
      }
    }
    return list;
  }
}

export function sortDetections(list: Detection[]): Detection[] {
  return list.sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
}

// Collects what a detection saw, one entry per skill and line, with the line as evidence.
import type { LineIndex } from './lines';
import type { Detection } from './types';

/** Collects detections, one per skill and line. */
export class Collector {
  /** Per skill, the lines it was seen on and the first reason given for each ('' for none). */
  private readonly seen = new Map<string, Map<number, string>>();
  /** Per skill, the lines it was seen on only as a mention (a line shown for real is never a mention). */
  private readonly mentions = new Map<string, Set<number>>();
  constructor(readonly lines: LineIndex, private readonly lineOffset = 0, private readonly cell?: number) {}

  /** Skills seen at an offset of the text, and why (shown in the hover and the pick). */
  add(skills: readonly string[] | undefined, offset: number, reason?: string): void {
    if (skills) this.addLine(skills, this.lines.lineAt(offset), reason);
  }

  /** Skills only hinted at an offset (see Detection.mention). */
  mention(skills: readonly string[] | undefined, offset: number, reason?: string): void {
    if (skills) this.mentionLine(skills, this.lines.lineAt(offset), reason);
  }

  /** Skills only hinted on a 1-based line: kept as mentions unless the line also shows them. */
  mentionLine(skills: readonly string[] | undefined, line: number, reason?: string): void {
    if (!skills) return;
    for (const skillId of skills) {
      let hinted = this.mentions.get(skillId);
      if (this.seen.get(skillId)?.has(line) && !hinted?.has(line)) continue;
      if (!hinted) this.mentions.set(skillId, (hinted = new Set()));
      hinted.add(line);
      this.record(skillId, line, reason);
    }
  }

  /** Skills seen on a 1-based line. */
  addLine(skills: readonly string[] | undefined, line: number, reason?: string): void {
    if (!skills) return;
    for (const skillId of skills) {
      // A mention made real gives its place the real reason.
      if (this.mentions.get(skillId)?.delete(line)) this.seen.get(skillId)!.set(line, '');
      this.record(skillId, line, reason);
    }
  }

  private record(skillId: string, line: number, reason?: string): void {
    let lines = this.seen.get(skillId);
    if (!lines) this.seen.set(skillId, (lines = new Map()));
    const had = lines.get(line);
    // Reasons quote names from the file: a crafted one may be long.
    if (had === undefined || (had === '' && reason)) lines.set(line, !reason ? '' : reason.length > 80 ? `${reason.slice(0, 79)}…` : reason);
  }

  /** The distinct reasons a skill was seen for, so far. */
  reasonsOf(skillId: string): Set<string> {
    return new Set(this.seen.get(skillId)?.values() ?? []);
  }

  results(): Detection[] {
    const list: Detection[] = [];
    const excerpts = new Map<number, string>();
    for (const [skillId, lines] of this.seen) {
      const hinted = this.mentions.get(skillId);
      for (const [line, reason] of lines) {
        let evidence = excerpts.get(line);
        if (evidence === undefined) excerpts.set(line, (evidence = this.lines.excerpt(line)));
        const d: { skillId: string; line: number; evidence: string; reason?: string; cell?: number; mention?: true } = { skillId, line: line + this.lineOffset, evidence };
        if (reason) d.reason = reason;
        if (this.cell !== undefined) d.cell = this.cell;
        if (hinted?.has(line)) d.mention = true;
        list.push(d);
      }
    }
    return list;
  }
}

export function sortDetections(list: Detection[]): Detection[] {
  return list.sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
}

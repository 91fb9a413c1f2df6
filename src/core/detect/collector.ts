// Collects what a detection saw, one entry per skill and line, with the line as evidence.
import type { LineIndex } from './lines';
import type { Detection } from './types';

/** Collects detections, one per skill and line. */
export class Collector {
  private readonly seen = new Map<string, Set<number>>();
  /** Why a skill was seen on a line: the first reason given for it. */
  private readonly why = new Map<string, string>();
  /** `skill:line` keys seen only as mentions (a line shown for real is never a mention). */
  private readonly mentions = new Set<string>();
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
      if (this.seen.get(skillId)?.has(line) && !this.mentions.has(`${skillId}:${line}`)) continue;
      this.mentions.add(`${skillId}:${line}`);
      this.record(skillId, line, reason);
    }
  }

  /** Skills seen on a 1-based line. */
  addLine(skills: readonly string[] | undefined, line: number, reason?: string): void {
    if (!skills) return;
    for (const skillId of skills) {
      const key = `${skillId}:${line}`;
      if (this.mentions.delete(key)) this.why.delete(key);
      this.record(skillId, line, reason);
    }
  }

  private record(skillId: string, line: number, reason?: string): void {
    {
      let lines = this.seen.get(skillId);
      if (!lines) this.seen.set(skillId, (lines = new Set()));
      lines.add(line);
      // Reasons quote names from the file: a crafted one may be long.
      if (reason && !this.why.has(`${skillId}:${line}`)) this.why.set(`${skillId}:${line}`, reason.length > 80 ? `${reason.slice(0, 79)}…` : reason);
    }
  }

  /** The distinct reasons a skill was seen for, so far. */
  reasonsOf(skillId: string): Set<string> {
    const reasons = new Set<string>();
    for (const line of this.seen.get(skillId) ?? []) reasons.add(this.why.get(`${skillId}:${line}`) ?? '');
    return reasons;
  }

  results(): Detection[] {
    const list: Detection[] = [];
    const excerpts = new Map<number, string>();
    for (const [skillId, lines] of this.seen) {
      for (const line of lines) {
        let evidence = excerpts.get(line);
        if (evidence === undefined) excerpts.set(line, (evidence = this.lines.excerpt(line)));
        const reason = this.why.get(`${skillId}:${line}`);
        const mention = this.mentions.has(`${skillId}:${line}`);
        list.push({ skillId, line: line + this.lineOffset, evidence, ...(reason ? { reason } : {}), ...(this.cell === undefined ? {} : { cell: this.cell }), ...(mention ? { mention: true as const } : {}) });
      }
    }
    return list;
  }
}

export function sortDetections(list: Detection[]): Detection[] {
  return list.sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
}

// The result of recognising a skill in code.
export interface Detection {
  readonly skillId: string;
  /** 1-based line (within the cell for a notebook). */
  readonly line: number;
  /** The line as written, trimmed and shortened. */
  readonly evidence: string;
  /** Why the rule fired, in a few words ("`@app.get` route", "imports pandas"). */
  readonly reason?: string;
  /** 0-based cell index, for notebooks. */
  readonly cell?: number;
  /**
   * A hint that does not meet the skill's evidence standard (a tool only listed as a dependency, a
   * module imported but never used here): shown as a mention, never offered for marking, never
   * counted as proof (portfolio, scan totals, accuracy figures).
   */
  readonly mention?: true;
}

/** Evidence that meets the standard: what may be offered for marking and counted as proof. */
export function isShown(d: Detection): boolean {
  return d.mention !== true;
}

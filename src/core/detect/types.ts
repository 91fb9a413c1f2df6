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
}

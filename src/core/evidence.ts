// Where the coding assistant saw a skill being used, as stored in the skill's record.
import * as l10n from '@vscode/l10n';
export interface Evidence {
  /** Workspace-relative path with forward slashes. */
  readonly path: string;
  /** 1-based line. */
  readonly line: number;
  /** ISO date (yyyy-mm-dd) when it was recorded. */
  readonly date: string;
  /** 0-based cell index when the path is a notebook (the line is then within the cell). */
  readonly cell?: number;
  /** What happened there, when it was more than being seen: "passed Flatten nested lists". */
  readonly label?: string;
  /**
   * Whose code the place is, as known when it was recorded: true, the learner's (Git blame names
   * them, or the change is not committed yet; or the learner passed an exercise there); false,
   * someone else's. Absent: not known (no Git, the web, Restricted Mode) or recorded before this
   * was kept. Only places known to be the learner's go into the portfolio (core/report.ts).
   */
  readonly own?: boolean;
}

/**
 * One stored place, read defensively (journal lines, Settings Sync values, old records): the
 * place, or undefined when its shape is wrong. A label is cut to 200 characters; an `own` that is
 * not a boolean is dropped (the place is then not known to be the learner's: the safe reading).
 */
export function readEvidence(x: unknown): Evidence | undefined {
  const ev = x as Record<string, unknown> | null;
  if (!ev || typeof ev !== 'object' || Array.isArray(ev) || typeof ev.path !== 'string' || typeof ev.line !== 'number' || typeof ev.date !== 'string' || (ev.cell !== undefined && typeof ev.cell !== 'number')) return undefined;
  return {
    path: ev.path, line: ev.line, date: ev.date,
    ...(typeof ev.cell === 'number' ? { cell: ev.cell } : {}),
    ...(typeof ev.label === 'string' && ev.label ? { label: ev.label.slice(0, 200) } : {}),
    ...(typeof ev.own === 'boolean' ? { own: ev.own } : {}),
  };
}

/** "src/app.py:12" or "analysis.ipynb, cell 3, line 2" (cells counted from 1 for people). */
export function evidencePlace(e: Evidence): string {
  return e.cell === undefined ? `${e.path}:${e.line}` : l10n.t('{0}, cell {1}, line {2}', e.path, e.cell + 1, e.line);
}

/** Evidence recorded today at a place; `own` as known now (see Evidence.own), left out when not known. */
export function evidenceOf(path: string, line: number, cell?: number, own?: boolean): Evidence {
  return { path, line, date: localDate(), ...(cell !== undefined ? { cell } : {}), ...(own !== undefined ? { own } : {}) };
}

/** Today's date as yyyy-mm-dd in local time (what a person reads as "today"). */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

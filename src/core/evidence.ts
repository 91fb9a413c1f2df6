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
}

/** "src/app.py:12" or "analysis.ipynb, cell 3, line 2" (cells counted from 1 for people). */
export function evidencePlace(e: Evidence): string {
  return e.cell === undefined ? `${e.path}:${e.line}` : l10n.t('{0}, cell {1}, line {2}', e.path, e.cell + 1, e.line);
}

/** Evidence recorded today at a place. */
export function evidenceOf(path: string, line: number, cell?: number): Evidence {
  return { path, line, date: localDate(), ...(cell !== undefined ? { cell } : {}) };
}

/** Today's date as yyyy-mm-dd in local time (what a person reads as "today"). */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

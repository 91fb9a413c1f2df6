// Whose code the lines of a detection result are, for the hover, CodeLens, the pick and
// auto-learning: the document's lines (or a notebook cell's) through the ownership service,
// waited for at most `timeoutMs` (past it: "not known yet", never a wait on Git).
import { unknown } from '../core/ownership';
import type { Owner } from '../core/ownership';
import type { Ownership } from '../ownership/ownership';
import type { DocumentResult } from './documentSkills';

export type OwnerOfLine = (line: number) => Owner;

const PENDING: OwnerOfLine = () => unknown('pending');

export async function ownersOf(ownership: Ownership, result: DocumentResult, timeoutMs = 3000): Promise<OwnerOfLine> {
  const asked: Promise<OwnerOfLine> = result.kind === 'cell' && result.notebook
    ? ownership.cellLinesOf(result.notebook, result.document)
    : ownership.linesOf(result.document).then((owners) => (line: number) => owners[line - 1] ?? unknown('failed'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<OwnerOfLine>((resolve) => { timer = setTimeout(() => resolve(PENDING), timeoutMs); });
  try {
    return await Promise.race([asked.catch(() => PENDING), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a line may be offered for marking and kept as proof. */
export function isYours(o: Owner): boolean {
  return o.kind === 'yours';
}

/** What is stored with a place (Evidence.own): true, false, or not known. */
export function ownFlag(o: Owner): boolean | undefined {
  return o.kind === 'yours' ? true : o.kind === 'theirs' ? false : undefined;
}

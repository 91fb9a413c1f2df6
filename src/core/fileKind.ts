// How a file is read (Python, notebook, project file), and VS Code's edits as Lezer's changed
// ranges. Kept apart from detect.ts so the editor can ask without loading the parser.
import { projectFileKind } from './detectProject';

export type FileKind = 'python' | 'notebook' | 'project';

/** How a file is read, or undefined for files that show no roadmap skill. */
export function fileKind(fileName: string | undefined): FileKind | undefined {
  if (fileName === undefined || fileName === '') return 'python';
  if (/\.(py|pyi|pyw)$/i.test(fileName)) return 'python';
  if (/\.ipynb$/i.test(fileName)) return 'notebook';
  if (projectFileKind(fileName)) return 'project';
  // A script without an extension (`manage`, `Untitled-1`) is read as Python; other extensions are not.
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.includes('.') ? undefined : 'python';
}

/** Document changes as VS Code reports them (offsets in the text before the change). */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** Converts one change event's simultaneous changes into Lezer's ordered changed ranges. */
export function toChangedRanges(changes: readonly TextChange[]): { fromA: number; toA: number; fromB: number; toB: number }[] {
  const sorted = [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset);
  let delta = 0;
  return sorted.map((c) => {
    const fromA = c.rangeOffset;
    const toA = c.rangeOffset + c.rangeLength;
    const fromB = fromA + delta;
    const toB = fromB + c.text.length;
    delta += c.text.length - c.rangeLength;
    return { fromA, toA, fromB, toB };
  });
}


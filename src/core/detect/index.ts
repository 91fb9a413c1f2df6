// Which roadmap skills a file shows: Python by its syntax tree, notebooks cell by cell, project
// files by name and section. Pure and total: whatever the input, it returns a list and never throws.
// The entry of the detection bundle (loaded on first use through src/chunks.ts): everything the
// extension and the tests use from detection comes from here, once. Inside this folder modules
// import each other directly; fileKind.ts (no parser) is imported directly from outside too.
import { IncrementalPythonDetector } from './python';
import { sortDetections } from './collector';
import { detectProjectFile } from './project';
import { fileKind } from './fileKind';
import { detectNotebook } from './notebook';
import type { Detection } from './types';

export type { Detection } from './types';
export { isShown } from './types';
export { IncrementalPythonDetector, longestStatement, textShape, MAX_STATEMENT, MAX_NESTING, MAX_CHAIN, MAX_PYTHON } from './python';
export type { TooCostly } from './python';
export { detectCell, detectNotebook, detectNotebookProse, maskNotebookMagics, notebookCells, notebookNameUses } from './notebook';
export { highlightExample } from './highlight';
export type { CodeSpan } from './highlight';

/**
 * The skills a source shows, one entry per skill and line, ordered by line.
 * `fileName` (a path or a base name) picks how it is read; without one it is Python.
 */
export function detectSkills(source: string, fileName?: string, ownModules?: ReadonlySet<string>): Detection[] {
  try {
    if (typeof source !== 'string') return [];
    switch (fileKind(fileName)) {
      case 'python':
        return detectPython(source, fileName, ownModules);
      case 'notebook':
        return detectNotebook(source, ownModules);
      case 'project':
        return sortDetections(detectProjectFile(source, fileName!));
      default:
        return [];
    }
  } catch {
    return [];
  }
}

function detectPython(source: string, fileName?: string, ownModules?: ReadonlySet<string>): Detection[] {
  const detector = new IncrementalPythonDetector(fileName);
  detector.setOwnModules(ownModules);
  return detector.detect(source);
}

/** Detections grouped by skill, skills in order of first appearance. */
export function groupBySkill(detections: readonly Detection[]): Map<string, Detection[]> {
  const groups = new Map<string, Detection[]>();
  for (const d of detections) {
    const list = groups.get(d.skillId);
    if (list) list.push(d);
    else groups.set(d.skillId, [d]);
  }
  return groups;
}

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

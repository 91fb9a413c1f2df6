// Notebooks: each code cell read as Python with IPython magics masked, plus the magics that are
// evidence themselves. Cell indices count every cell, as editors do.
import * as l10n from '@vscode/l10n';
import { detectInTree, detectInTreeWithin, INCIDENTAL_ATTRIBUTE, INCIDENTAL_PREFIX, parsePython } from './python';
import type { TooCostly } from './python';
import { Collector, sortDetections } from './collector';
import { LineIndex } from './lines';
import type { Detection } from './types';

/** IPython magics and shell escapes (`%matplotlib inline`, `!pip install x`) become blanks. */
export function maskNotebookMagics(source: string): string {
  return source.replace(/^([ \t]*)([%!][^\n]*)/gm, (_m, indent: string, rest: string) => indent + ' '.repeat(rest.length));
}

/** IPython magics that are evidence themselves. */
const MAGICS: readonly [RegExp, readonly string[]][] = [
  [/^\s*%{1,2}(timeit|prun|lprun|time)\b/, ['profiling', 'performance-optimization']],
  [/^\s*%{1,2}(memit|mprun)\b/, ['profiling', 'memory-management']],
  [/^\s*%(debug|pdb)\b/, ['debugging']],
];
/** `!pip install x` installs into whatever interpreter runs the notebook: a mention of
 *  environments, not the practice (the evidence standard). */
const INSTALL = /^\s*(%pip|!\s*pip3?|%conda|!\s*conda)\s+install\b/;

/** One notebook cell's source (magics masked), detected with its cell index. With `budgetMs` it
 *  gives up (TooCostly) rather than hold its host longer. */
export function detectCell(source: string, cell: number): Detection[];
export function detectCell(source: string, cell: number, budgetMs: number | undefined, ownModules?: ReadonlySet<string>, notebookUses?: ReadonlyMap<string, number>, bindings?: Map<string, string>): Detection[] | TooCostly;
export function detectCell(source: string, cell: number, budgetMs?: number, ownModules?: ReadonlySet<string>, notebookUses?: ReadonlyMap<string, number>, bindings?: Map<string, string>): Detection[] | TooCostly {
  try {
    const masked = maskNotebookMagics(source);
    const lines = new LineIndex(source);
    const out = new Collector(lines, 0, cell);
    // A cell's imports are used in the cells after it: they count where the notebook uses them
    // (given its uses), else where they are.
    const importsCount = notebookUses ?? true;
    if (budgetMs === undefined) detectInTree(parsePython(masked), masked, out, undefined, undefined, importsCount, ownModules, bindings);
    else {
      const done = detectInTreeWithin(masked, out, budgetMs, undefined, importsCount, ownModules, bindings);
      if (done !== true) return done;
    }
    for (let i = 1; i <= lines.count; i++) {
      const text = lines.lineText(i);
      if (!/^\s*[%!]/.test(text)) continue;
      for (const [re, skills] of MAGICS) if (re.test(text)) out.add(skills, lines.offsetOf(i));
      if (INSTALL.test(text)) out.mention(['virtual-environments'], lines.offsetOf(i), l10n.t('installs a package from the notebook'));
    }
    return sortDetections(out.results());
  } catch {
    return [];
  }
}

/** A .ipynb file's code cells (nbformat 4). Cell indices count every cell, as editors do. */
export function detectNotebook(json: string, ownModules?: ReadonlySet<string>): Detection[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return [];
  }
  const found: Detection[] = [];
  const cells = cellsOf(doc);
  const uses = notebookNameUses(cells.map(([, source]) => source));
  // Names imported by a cell resolve in the cells after it, as the kernel runs them in order.
  const bindings = new Map<string, string>();
  for (const [index, source] of cells) found.push(...(detectCell(source, index, undefined, ownModules, uses, bindings) as Detection[]));
  found.push(...proseOf(doc));
  return found;
}

/** In how many lines of a notebook's code cells each name appears, import lines and comments left
 *  out: an import counts where the notebook uses what it imports (the standard), in any cell. Over
 *  `maxChars` of code (a crafted notebook) it gives up: undefined, and imports count where they are. */
const NAME = /[A-Za-z_][A-Za-z0-9_]*/g;
export function notebookNameUses(cells: readonly string[], maxChars = 2_000_000): Map<string, number> | undefined {
  let total = 0;
  for (const c of cells) total += c.length;
  if (total > maxChars) return undefined;
  const uses = new Map<string, number>();
  for (const cell of cells) {
    for (const line of cell.split('\n')) {
      if (/^\s*(?:import\s|from\s+\S+\s+import\b|[#%!])/.test(line)) continue;
      const seen = new Set<string>();
      const aside = new Set<string>();
      for (const m of line.matchAll(NAME)) {
        const end = m.index! + m[0].length;
        // A version checked (`assert sklearn.__version__ >= "0.20"`) is no use of the library.
        if (m[0] === '__version__' || line.startsWith('.__version__', end)) continue;
        // Random values drawn or a shape's size (`np.random.randn(5)`, `np.prod(shape)`): used, but
        // no work with arrays (kept apart, under INCIDENTAL_PREFIX).
        if (INCIDENTAL_ATTRIBUTE.test(line.slice(end, end + 20))) aside.add(m[0]);
        else seen.add(m[0]);
      }
      for (const name of aside) if (!seen.has(name)) uses.set(INCIDENTAL_PREFIX + name, (uses.get(INCIDENTAL_PREFIX + name) ?? 0) + 1);
      for (const name of seen) uses.set(name, (uses.get(name) ?? 0) + 1);
    }
  }
  return uses;
}

/** Markdown cells that explain (the standard: technical writing): at least two of them with a
 *  few sentences of prose each, not only a title or a link. */
export const PROSE_WORDS = 25;
export function detectNotebookProse(json: string): Detection[] {
  try {
    return proseOf(JSON.parse(json));
  } catch {
    return [];
  }
}

function proseOf(doc: unknown): Detection[] {
  const cells = (doc as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return [];
  const explaining: number[] = [];
  let firstLine = '';
  for (let index = 0; index < cells.length && explaining.length < 2; index++) {
    const cell = cells[index] as { cell_type?: unknown; source?: unknown } | null;
    if (!cell || cell.cell_type !== 'markdown') continue;
    const text = Array.isArray(cell.source) ? cell.source.filter((x) => typeof x === 'string').join('') : typeof cell.source === 'string' ? cell.source : '';
    if (proseWords(text.slice(0, 20_000)) < PROSE_WORDS) continue;
    if (!explaining.length) firstLine = text.slice(0, 2000).split('\n').map((l) => l.trim()).find(Boolean) ?? '';
    explaining.push(index);
  }
  if (explaining.length < 2) return [];
  return [{ skillId: 'technical-writing', line: 1, cell: explaining[0]!, evidence: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine, reason: l10n.t('Markdown cells that explain') }];
}

/** Words of prose in Markdown: headings, code, links' targets, images and HTML left out. */
function proseWords(markdown: string): number {
  // Fenced code dropped by splitting on the fences (no pattern that scans on from every fence).
  const prose = markdown
    .split('```')
    .filter((_, i) => i % 2 === 0)
    .join(' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ')
    .replace(/\]\([^)\n]*\)/g, ']')
    .replace(/<[^>\n]*>/g, ' ')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join(' ');
  return (prose.match(/[A-Za-z\u00C0-\u024F]{2,}/g) ?? []).length;
}

/** A .ipynb file's code cells as [index, source] (none when it is not a notebook). */
export function notebookCells(json: string): [number, string][] {
  try {
    return cellsOf(JSON.parse(json));
  } catch {
    return [];
  }
}

function cellsOf(doc: unknown): [number, string][] {
  const cells = (doc as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return [];
  const out: [number, string][] = [];
  cells.forEach((c: unknown, index) => {
    const cell = c as { cell_type?: unknown; source?: unknown } | null;
    if (!cell || cell.cell_type !== 'code') return;
    out.push([index, Array.isArray(cell.source) ? cell.source.filter((s) => typeof s === 'string').join('') : typeof cell.source === 'string' ? cell.source : '']);
  });
  return out;
}

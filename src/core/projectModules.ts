// Which modules a file imports as the project's own: the `.py` files and packages (folders with
// an __init__.py) in its own folder and each folder above it, and in `src` at the root — what
// Python finds when the file runs from its folder, from the project's root, or as an installed
// src-layout package. Pure: the host lists the folders (workspace.fs), `npm run accuracy` reads git.

export interface FolderEntry {
  readonly name: string;
  readonly folder: boolean;
  /** For a folder: whether it holds an `__init__.py`. */
  readonly package?: boolean;
}

/** At most this many folders above a file are looked at. */
export const MAX_LEVELS = 8;
/** At most this many names are kept per folder (a folder of thousands of scripts is not a package list). */
export const MAX_NAMES = 500;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NOT_MODULES: ReadonlySet<string> = new Set(['__init__', '__main__', 'setup', 'conftest']);

/** Workspace-relative folders ('' is the root) whose modules the file at `path` can import. */
export function importFolders(path: string): string[] {
  const parts = path.split('/').filter((p) => p && p !== '.');
  parts.pop();
  const folders: string[] = [];
  for (let n = parts.length; n >= 0 && folders.length < MAX_LEVELS; n--) folders.push(parts.slice(0, n).join('/'));
  if (!folders.includes('src')) folders.push('src');
  return folders;
}

/** The module names one folder offers. */
export function moduleNames(entries: readonly FolderEntry[]): string[] {
  const names: string[] = [];
  for (const e of entries) {
    if (names.length >= MAX_NAMES) break;
    const name = e.folder ? (e.package ? e.name : '') : e.name.endsWith('.py') ? e.name.slice(0, -3) : '';
    if (name && IDENTIFIER.test(name) && !NOT_MODULES.has(name)) names.push(name);
  }
  return names;
}

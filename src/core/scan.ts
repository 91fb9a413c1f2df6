// A workspace scan's result, and the files it reads. Pure: the command in src/coding reads files.
import ignore from 'ignore';
import type { Detection } from './detect';

export interface ScanResult {
  /** yyyy-mm-dd */
  readonly date: string;
  /** Files that matched and were not ignored. */
  readonly filesFound: number;
  readonly filesRead: number;
  /** More files matched than the cap allowed. */
  readonly capped: boolean;
  readonly cancelled: boolean;
  /** Skipped for their size. */
  readonly tooLarge: number;
  /** The file listing itself hit its limit: filesFound is then a lower bound ("at least"). */
  readonly listingCapped?: boolean;
  /** Files and .gitignore files that were not read, with why (the first 50). */
  readonly skipped?: readonly { readonly path: string; readonly reason: string }[];
  /** How many were skipped in all (skipped lists at most 50). */
  readonly skippedCount?: number;
  readonly found: readonly { readonly path: string; readonly detections: readonly Detection[] }[];
}

/** Globs of the files a scan reads (project files by name, Python, notebooks, YAML for manifests). */
export const SCAN_INCLUDE = '**/{*.py,*.pyi,*.pyw,*.ipynb,Dockerfile,Dockerfile.*,*.dockerfile,Containerfile,Jenkinsfile,Pipfile,Pipfile.lock,*.toml,*.cfg,*.ini,*.lock,requirements*.txt,requirements*.in,requirements/*.txt,*.yml,*.yaml,.flake8,.pylintrc,pylintrc,.coveragerc,*.md,*.rst}';

/** Folders that hold other people's code or build output, skipped even when not git-ignored. */
export const SCAN_ALWAYS_EXCLUDE = ['**/node_modules/**', '**/.venv/**', '**/venv/**', '**/.virtualenvs/**', '**/site-packages/**', '**/.tox/**', '**/.nox/**', '**/__pycache__/**', '**/.git/**', '**/.mypy_cache/**', '**/.pytest_cache/**'];

/** One exclude glob from `files.exclude` (entries set to true) and the always-excluded folders. */
export function excludeGlob(filesExclude: Readonly<Record<string, unknown>> | undefined): string {
  const globs = [...Object.entries(filesExclude ?? {}).filter(([, v]) => v === true).map(([k]) => k), ...SCAN_ALWAYS_EXCLUDE];
  return `{${[...new Set(globs)].map((g) => g.replace(/[{}]/g, '')).join(',')}}`;
}

/**
 * A filter from the workspace's .gitignore files: each applies to paths below its own folder, as
 * git does. Paths are workspace-relative with forward slashes. Bad patterns are skipped.
 */
/** What one .gitignore may hold before the rest of it is left out (a 5,000-line file stalled the host). */
export const GITIGNORE_LIMITS = { bytes: 64 * 1024, patterns: 1000 };

export function gitignoreFilter(files: readonly { readonly dir: string; readonly content: string }[]): ((path: string) => boolean) & { readonly truncated: readonly string[] } {
  const truncated: string[] = [];
  const rules = files.map(({ dir, content }) => {
    const ig = ignore({ allowRelativePaths: true });
    let lines = content.slice(0, GITIGNORE_LIMITS.bytes).split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
    if (content.length > GITIGNORE_LIMITS.bytes || lines.length > GITIGNORE_LIMITS.patterns) {
      truncated.push(dir ? `${dir}/.gitignore` : '.gitignore');
      lines = lines.slice(0, GITIGNORE_LIMITS.patterns);
    }
    for (const line of lines) {
      try {
        ig.add(line);
      } catch {
        // An invalid pattern is ignored, as git ignores it.
      }
    }
    let end = dir.length;
    while (end > 0 && dir[end - 1] === '/') end--;
    return { prefix: end ? dir.slice(0, end) + '/' : '', ig };
  });
  const filter = (path: string) => rules.some(({ prefix, ig }) => {
    if (prefix && !path.startsWith(prefix)) return false;
    const rel = path.slice(prefix.length);
    try {
      return rel !== '' && ig.ignores(rel);
    } catch {
      return false;
    }
  });
  return Object.assign(filter, { truncated });
}

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

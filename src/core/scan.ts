// A workspace scan's result, and the files it reads. Pure: the command in src/coding reads files.
import ignore from 'ignore';
import type { Detection } from './detectTypes';

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
  readonly found: readonly { readonly path: string; readonly detections: readonly Detection[] }[];
}

/** Globs of the files a scan reads (project files by name, Python, notebooks, YAML for manifests). */
export const SCAN_INCLUDE = '**/{*.py,*.pyi,*.pyw,*.ipynb,Dockerfile,Dockerfile.*,*.dockerfile,Containerfile,Jenkinsfile,Pipfile,Pipfile.lock,*.toml,*.cfg,*.ini,*.lock,requirements*.txt,requirements*.in,requirements/*.txt,*.yml,*.yaml,.flake8,.pylintrc,pylintrc,.coveragerc}';

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
export function gitignoreFilter(files: readonly { readonly dir: string; readonly content: string }[]): (path: string) => boolean {
  const rules = files.map(({ dir, content }) => {
    const ig = ignore({ allowRelativePaths: true });
    for (const line of content.split(/\r?\n/)) {
      try {
        ig.add(line);
      } catch {
        // An invalid pattern is ignored, as git ignores it.
      }
    }
    return { prefix: dir ? dir.replace(/\/+$/, '') + '/' : '', ig };
  });
  return (path: string) => rules.some(({ prefix, ig }) => {
    if (prefix && !path.startsWith(prefix)) return false;
    const rel = path.slice(prefix.length);
    try {
      return rel !== '' && ig.ignores(rel);
    } catch {
      return false;
    }
  });
}

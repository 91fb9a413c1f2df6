// How a file is read (Python, notebook, which kind of project file), the names of the project
// files read, and VS Code's edits as Lezer's changed ranges. Parser-free and rule-free: the
// activation bundle asks it without loading detection.

export type FileKind = 'python' | 'notebook' | 'project';

/** How a file is read, or undefined for files that show no roadmap skill. */
export function fileKind(fileName: string | undefined): FileKind | undefined {
  if (fileName === undefined || fileName === '') return 'python';
  if (/\.(py|pyi|pyw)$/i.test(fileName)) return 'python';
  if (/\.ipynb$/i.test(fileName)) return 'notebook';
  if (projectFileKind(fileName)) return 'project';
  // Other names are not read by name: a LICENSE or an inventory parsed as Python shows junk. An open
  // script without an extension is still read when VS Code says it is Python (documentKind).
  return undefined;
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

/** Stand-alone tool configuration files (base name, lower-case) → skill ids. */
export const TOOL_FILES: Readonly<Record<string, readonly string[]>> = {
  '.flake8': ['linting-formatting'],
  '.pylintrc': ['linting-formatting'],
  'pylintrc': ['linting-formatting'],
  '.isort.cfg': ['linting-formatting'],
  'ruff.toml': ['linting-formatting'],
  '.ruff.toml': ['linting-formatting'],
  '.pre-commit-config.yaml': ['linting-formatting'],
  '.pre-commit-config.yml': ['linting-formatting'],
  'mypy.ini': ['type-hints'],
  '.mypy.ini': ['type-hints'],
  'pyrightconfig.json': ['type-hints'],
  'pytest.ini': ['testing'],
  '.coveragerc': ['testing'],
  '.dockerignore': ['docker'],
  'mkdocs.yml': ['technical-writing'],
  'mkdocs.yaml': ['technical-writing'],
  '.readthedocs.yaml': ['technical-writing'],
  '.readthedocs.yml': ['technical-writing'],
  'conftest.py': ['testing'],
  'serverless.yml': ['cloud'],
  'serverless.yaml': ['cloud'],
  'noxfile.py': ['testing'],
};

/** Lock and requirement files (base name, lower-case): dependency management by their presence. */
export const DEPENDENCY_FILES: ReadonlySet<string> = new Set([
  'pyproject.toml', 'setup.cfg', 'setup.py', 'pipfile', 'pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock',
  'requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'requirements.in', 'environment.yml', 'environment.yaml',
]);

/** CI configuration files (base name, lower-case), besides `.github/workflows/*.yml`. */
export const CI_FILES: ReadonlySet<string> = new Set([
  '.gitlab-ci.yml', '.travis.yml', 'jenkinsfile', 'azure-pipelines.yml', 'bitbucket-pipelines.yml',
  '.drone.yml', 'appveyor.yml', '.appveyor.yml', 'cloudbuild.yaml', 'cloudbuild.yml', 'buildspec.yml',
]);

export type ProjectFileKind =
  | 'docker' | 'compose' | 'workflow' | 'ci' | 'toml' | 'ini' | 'requirements' | 'lock' | 'tool' | 'yaml' | 'cython' | 'docs';

export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

function normalizedPath(fileName: string): string {
  return fileName.replace(/\\/g, '/').toLowerCase();
}

/** What kind of project file a path names, or undefined when it is none we read. */
export function projectFileKind(fileName: string): ProjectFileKind | undefined {
  const base = baseName(fileName).toLowerCase();
  const path = normalizedPath(fileName);
  const yaml = /\.ya?ml$/.test(base);
  if (base === 'dockerfile' || base === 'containerfile' || base.startsWith('dockerfile.') || base.endsWith('.dockerfile')) return 'docker';
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(base)) return 'compose';
  if (yaml && /(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return 'workflow';
  if (CI_FILES.has(base) || (yaml && /(^|\/)\.circleci\/config\.ya?ml$/.test(path))) return 'ci';
  if (base === 'pyproject.toml' || base === 'pipfile') return 'toml';
  if (base === 'setup.cfg' || base === 'tox.ini') return 'ini';
  if (/^requirements[\w.-]*\.(txt|in)$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path) || base === 'environment.yml' || base === 'environment.yaml') return 'requirements';
  if (DEPENDENCY_FILES.has(base)) return base === 'setup.py' ? undefined : 'lock';
  if (/\.(pyx|pxd)$/.test(base)) return 'cython';
  // Documentation; issue and pull-request templates are forms for others to fill in.
  if (/\.(md|markdown|rst)$/.test(base) && !/(?:^|\/)\.github\/(?:issue_template|pull_request_template)/.test(path) && !/^pull_request_template\./.test(base)) return 'docs';
  if (Object.prototype.hasOwnProperty.call(TOOL_FILES, base) && !base.endsWith('.py')) return 'tool';
  if (yaml) return 'yaml';
  return undefined;
}

// Recognises skills from project files by their name and their sections: Dockerfiles, CI workflows,
// packaging and tool configuration, Kubernetes manifests, Ansible playbooks.
import * as l10n from '@vscode/l10n';
import { TOOL_PACKAGES, TOOL_SECTIONS } from './rules';
import { DEPENDENCY_FILES, TOOL_FILES, baseName, projectFileKind } from './fileKind';
import { LineIndex } from './lines';
import { Collector } from './collector';
import type { Detection } from './types';

// Every pattern here runs on lines of any length a crafted file can hold: none may backtrack
// more than linearly (test/unit/detect.test.ts times each kind at two sizes).

/** A line without its comment: from the first `#` at its start or after whitespace. */
function withoutComment(line: string): string {
  const i = line.search(/(?:^|\s)#/);
  return i < 0 ? line : line.slice(0, i);
}

/** The name at the end of a value (`https://github.com/pre-commit/mirrors-mypy` → `mirrors-mypy`). */
function trailingName(value: string): string {
  let j = value.length;
  while (j > 0 && /[\w-]/.test(value[j - 1]!)) j--;
  return value.slice(j);
}

/** Whether a line matches a pattern. */
function hasLine(lines: LineIndex, pattern: RegExp): boolean {
  for (let i = 1; i <= lines.count; i++) if (pattern.test(lines.lineText(i))) return true;
  return false;
}

/** The first line matching a pattern (1-based), or the first line with content, or 1. */
function firstLine(lines: LineIndex, pattern?: RegExp): number {
  let fallback = 0;
  for (let i = 1; i <= lines.count; i++) {
    const t = lines.lineText(i);
    if (pattern?.test(t)) return i;
    if (!fallback && t.trim() && !t.trim().startsWith('#')) fallback = i;
  }
  return fallback || 1;
}

/** A dependency specifier's distribution name, normalised (PEP 503). */
function packageName(spec: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? m[1]!.toLowerCase().replace(/[._]+/g, '-') : undefined;
}

function toolPackage(spec: string): readonly string[] | undefined {
  const name = packageName(spec);
  return name && Object.prototype.hasOwnProperty.call(TOOL_PACKAGES, name) ? TOOL_PACKAGES[name] : undefined;
}

/** `[tool.ruff.lint]`, `[tool:pytest]`, `[mypy-foo.*]`, `[testenv:py312]` → the tool's skills. */
function sectionSkills(section: string): readonly string[] | undefined {
  const s = section.trim().toLowerCase().replace(/^tool[.:]/, '');
  if (Object.prototype.hasOwnProperty.call(TOOL_SECTIONS, s)) return TOOL_SECTIONS[s];
  const head = s.split(/[.:\-\s]/)[0] ?? '';
  return Object.prototype.hasOwnProperty.call(TOOL_SECTIONS, head) ? TOOL_SECTIONS[head] : undefined;
}

const DEPENDENCY_KEY = /depend|requires|packages|group|optional|extras/i;
/** The newest Python releases (3.14, October 2025; 3.15, October 2026): a CI matrix, a tox
 *  environment or an image on one of them tries the new release. Revised with each release. */
const NEWEST_PYTHON = /(?:^|[^\d.])3\.1[45]t?(?![\d.])|\bpy3\.?1[45]t?\b|\bpy\{[^}\n]{0,80}?\b31[45]\b/;
const STYLE_SECTION = /^(?:tool[.:])?(?:black|ruff|flake8|isort|pycodestyle|pydocstyle|pylint|autopep8|yapf)\b/i;
const STYLE_KEY = /^["']?(?:line[-_]length|max[-_]line[-_]length|max[-_]complexity|convention|profile|force[-_]single[-_]line|known[-_]first[-_]party|multi[-_]line[-_]output|naming-style|\w+-naming-style|docstring-code-format|quote-style|select|extend-select)["']?\s*[=:]/i;
/** Commands that make or use an isolated environment in a CI step or a Dockerfile. */
const VENV_COMMAND = /\b(?:python3?\s+-m\s+venv|virtualenv\s|uv\s+(?:venv|sync|run)\b|pipenv\s+(?:install|run|sync)\b|poetry\s+(?:install|run)\b|tox(?:\s+(?:run|-e)|\s*$)|nox(?:\s+-s|\s*$)|\.venv\/bin\b|conda\s+(?:create|activate)\b)/;

/** pyproject.toml, Pipfile, setup.cfg, tox.ini: tables, and tool packages listed as dependencies. */
function sectionedFile(out: Collector, kind: 'toml' | 'ini', base: string): void {
  const { lines } = out;
  // Packaging tables, when the file has them (a setup.cfg of flake8 settings alone declares nothing).
  const packaging = /^\s*\[(project|tool\.poetry|packages|dev-packages|metadata|options|build-system)\]/;
  if (base !== 'tox.ini') {
    if (hasLine(lines, packaging)) out.addLine(['dependency-management'], firstLine(lines, packaging), l10n.t('packaging metadata in {0}', base));
  } else out.addLine(['testing'], firstLine(lines, /^\s*\[tox\]/), l10n.t('a tox configuration'));
  let section = '';
  let arrayKey = '';
  let iniKey = '';
  for (let i = 1; i <= lines.count; i++) {
    const raw = lines.lineText(i);
    const t = (kind === 'toml' ? withoutComment(raw) : /^\s*[#;]/.test(raw) ? '' : raw).trim();
    if (!t) continue;
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(t);
    if (header) {
      section = header[1]!.trim();
      arrayKey = '';
      iniKey = '';
      out.addLine(sectionSkills(section), i, l10n.t('the [{0}] section', section));
      // isort's and pydocstyle's tables are style rules themselves; tox's environments are isolated ones.
      if (/^(?:tool[.:])?(?:ruff[.:](?:lint[.:])?)?(?:isort|pydocstyle)\b/i.test(section)) out.addLine(['code-style'], i, l10n.t('the [{0}] section', section));
      if (/^(?:tool\.)?tox\b|^testenv\b/i.test(section)) out.addLine(['virtual-environments'], i, l10n.t('tox environments'));
      continue;
    }
    if (/^(?:tool\.)?tox\b/i.test(section) && NEWEST_PYTHON.test(t)) out.addLine(['try-new-release'], i, l10n.t('runs on the newest Python'));
    // A style rule a linter or formatter enforces: line length, naming, import order, docstring convention.
    if (STYLE_SECTION.test(section) && STYLE_KEY.test(t)) out.addLine(['code-style'], i, l10n.t('a style rule in [{0}]', section));
    const inDeps = DEPENDENCY_KEY.test(section);
    if (kind === 'toml') {
      const kv = /^([A-Za-z0-9_."-]+)\s*=\s*(.*)$/.exec(t);
      if (kv && !arrayKey) {
        const key = kv[1]!.replace(/"/g, '');
        const value = kv[2]!;
        if (inDeps && !DEPENDENCY_KEY.test(key)) out.mentionLine(toolPackage(key), i, l10n.t('lists `{0}` as a dependency', key)); // poetry / Pipfile tables
        if (DEPENDENCY_KEY.test(key) || inDeps) {
          for (const m of value.matchAll(/["']([^"']+)["']/g)) out.mentionLine(toolPackage(m[1]!), i, l10n.t('lists `{0}` as a dependency', m[1]!.split(/[\s<>=!~;[]/, 1)[0]!));
          if (value.startsWith('[') && !value.includes(']')) arrayKey = key;
        }
        continue;
      }
      if (arrayKey) {
        for (const m of t.matchAll(/["']([^"']+)["']/g)) out.mentionLine(toolPackage(m[1]!), i, l10n.t('lists `{0}` as a dependency', m[1]!.split(/[\s<>=!~;[]/, 1)[0]!));
        if (t.includes(']')) arrayKey = '';
      }
    } else {
      const kv = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/.exec(t);
      // A tox environment whose commands run a linter or formatter.
      if (/^testenv\b/i.test(section) && (/^commands$/i.test(kv && !/^\s/.test(raw) ? kv[1]! : iniKey)) && runsLinter(kv && !/^\s/.test(raw) ? kv[2]! : t)) out.addLine(['linting-formatting'], i, l10n.t('a tox environment that runs the linters'));
      if (kv && !/^\s/.test(raw)) {
        iniKey = kv[1]!;
        if (DEPENDENCY_KEY.test(iniKey) || /^deps$/i.test(iniKey)) out.mentionLine(toolPackage(kv[2]!), i, l10n.t('lists `{0}` as a dependency', kv[2]!.trim().split(/[\s<>=!~;[]/, 1)[0]!));
      } else if (/^\s/.test(raw) && (DEPENDENCY_KEY.test(iniKey) || /^deps$/i.test(iniKey) || /extras_require/.test(section))) {
        const spec = t.replace(/^[-\w]+\s*=\s*/, '');
        out.mentionLine(toolPackage(spec), i, l10n.t('lists `{0}` as a dependency', spec.split(/[\s<>=!~;[]/, 1)[0]!));
      }
    }
  }
}

function requirementsFile(out: Collector): void {
  const { lines } = out;
  // A requirements file that requires something: one line pip could read (`name`, `name==1.2`,
  // `-r other.txt`), not a note of prose.
  const spec = /^\s*(?:-[rce]\s+\S+|--?[\w-]+(?:[ =]\S+)?|[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[\w,\s-]*\])?\s*(?:[<>=!~]=?[^\s;#]+(?:\s*,\s*[<>=!~]=?[^\s;#]+)*)?\s*(?:;[^#]*)?(?:#.*)?|(?:git\+|https?:)\S+)\s*$/;
  if (!hasLine(lines, spec)) return;
  out.addLine(['dependency-management'], firstLine(lines, spec), l10n.t('a requirements file'));
  for (let i = 1; i <= lines.count; i++) {
    const t = withoutComment(lines.lineText(i)).trim().replace(/^-\s+/, '');
    if (!t || t.startsWith('-')) continue;
    // Listing a tool is not practising it (the standard): a mention, not evidence.
    out.mentionLine(toolPackage(t), i, l10n.t('lists `{0}` as a dependency', t.split(/[\s<>=!~;[]/, 1)[0]!));
  }
}

/** Top-level `apiVersion:` and `kind:` make a Kubernetes manifest; hosts + tasks an Ansible play. */
function yamlFile(out: Collector, base: string, path: string): void {
  const { lines } = out;
  let apiVersion = false;
  let kindLine = 0;
  let hostsLine = 0;
  let tasks = false;
  for (let i = 1; i <= lines.count; i++) {
    const t = lines.lineText(i);
    if (/^---/.test(t)) {
      if (apiVersion && kindLine) break;
      apiVersion = false;
      kindLine = 0;
    }
    if (/^apiVersion\s*:\s*\S/.test(t)) apiVersion = true;
    if (/^kind\s*:\s*[A-Z]\w*/.test(t) && !kindLine) kindLine = i;
    if (!hostsLine && /^-\s+hosts\s*:/.test(t)) hostsLine = i;
    if (/^\s+(tasks|roles|handlers)\s*:/.test(t) || /^\s*(?:-\s*)?(tasks|roles)\s*:/.test(t)) tasks = true;
  }
  if (apiVersion && kindLine) out.addLine(['kubernetes'], kindLine, l10n.t('a Kubernetes manifest'));
  else if (/^(chart|kustomization)\.ya?ml$/.test(base)) out.addLine(['kubernetes'], firstLine(lines, /^apiVersion\s*:/), l10n.t('a Helm chart or kustomization'));
  if (hostsLine && tasks) out.addLine(['ansible'], hostsLine, l10n.t('an Ansible play'));
  // A role's tasks or handlers file: a list of named module calls.
  else if (/(?:^|\/)roles\/[^/]+\/(?:tasks|handlers)\/[^/]+\.ya?ml$/.test(path)) out.addLine(['ansible'], firstLine(lines, /^-\s+name\s*:/), l10n.t("an Ansible role's tasks"));
}

/** Steps that build, test, lint, package or deploy (a `run:` step that does more than print, or an action that sets up a
 *  toolchain or ships): housekeeping workflows (labelling issues, closing stale ones, releases
 *  drafted from PR titles) are not CI/CD. */
const CI_STEP = /^\s*(?:-\s*)?(?:run\s*:(?!\s*(?:echo|cat|printenv|env)\b)|uses\s*:\s*['"]?(?:actions\/setup-|astral-sh\/setup-uv|docker\/(?:build-push|login)|pypa\/gh-action-pypi-publish|aws-actions\/|google-github-actions\/|azure\/|codecov\/|pre-commit\/action))/;

/** A command that runs a linter or formatter (the standard: running it, not listing it), directly,
 *  through pre-commit, or as a tox/nox/make environment named for it. */
const LINT_COMMAND = /(?:^|[\s;&|(`"'])(?:ruff|flake8|pylint|black|isort|pycodestyle|pydocstyle|yapf|autopep8)(?=\s|$|["'`])|\bpre-commit\s+run\b|\b(?:tox|nox)\b[^\n]*\s-[efs]\s*['"]?(?:lint|precom|pre-commit|style|flake8|format)|\b(?:make|flask|invoke|npm\s+run|hatch\s+run)\s+(?:[\w-]+:)?(?:lint|format|style)\b/;
const INSTALLS = /\binstall\b|\b(?:poetry|uv)\s+add\b/;
function runsLinter(command: string): boolean {
  // (A command is a line: one over 2,000 characters is no command anyone wrote, and the pattern's
  // search from each `tox` in it would cost its square.)
  return command.length <= 2000 && LINT_COMMAND.test(command) && !INSTALLS.test(command);
}

function workflowFile(out: Collector): void {
  const { lines } = out;
  for (let i = 1; i <= lines.count; i++) {
    if (CI_STEP.test(lines.lineText(i))) {
      const jobs = firstLine(lines, /^jobs\s*:/);
      out.addLine(['ci-cd'], jobs, l10n.t('a workflow that builds, tests or deploys'));
      // What the steps run: tests, linters, containers, the newest Python.
      let checks = false;
      for (let j = 1; j <= lines.count; j++) {
        const t = lines.lineText(j);
        if (NEWEST_PYTHON.test(t) && /python|matrix|version|\[/i.test(t)) out.addLine(['try-new-release'], j, l10n.t('runs on the newest Python'));
        if (!/^\s*(?:-\s*)?(?:run|name)\s*:|^\s{6,}\S/.test(t)) continue;
        // Quoted words (`git config user.name "pytest bot"`) are not commands.
        const command = t.replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
        const tests = /\b(?:pytest|tox|nox|unittest|coverage\s+run|tests?-start|run[-_ ]tests?|manage\.py\s+test|(?:molecule|make|flask|invoke)\s+test)\b/i.test(command);
        if (tests) out.addLine(['testing'], j, l10n.t('runs the tests in CI'));
        if (!/^\s*(?:-\s*)?name\s*:/.test(t) && runsLinter(command)) out.addLine(['linting-formatting'], j, l10n.t('runs the linters in CI'));
        // (`pre-commit autoupdate` bumps hook versions: housekeeping, not a check.)
        if (tests || (/\b(?:ruff|flake8|pylint|black|mypy|pyright|isort|pre-commit|lint)\b/.test(command) && !/\bautoupdate\b/.test(command))) checks = true;
        if (/\bdocker(?:\s+(?:build|compose|run|push)|-compose)\b/.test(t)) out.addLine(['docker'], j, l10n.t('runs containers in CI'));
        if (VENV_COMMAND.test(t)) out.addLine(['virtual-environments'], j, l10n.t('an isolated environment in CI'));
      }
      // Setting up GitHub Actions (the standard): a workflow that runs the tests or linters; one
      // that only publishes, scans or manages issues is CI/CD housekeeping.
      if (checks) out.addLine(['setup-github-actions'], jobs, l10n.t('a workflow that runs the tests or linters'));
      return;
    }
  }
}

/** A README or a page of documentation with substance: ten lines of text and two headings or more
 *  (Markdown `#` headings, or reStructuredText titles underlined with = - ~ and the like). */
function docsFile(out: Collector, rst: boolean): void {
  const { lines } = out;
  let text = 0;
  let headings = 0;
  let first = 0;
  let fenced = false;
  for (let i = 1; i <= lines.count; i++) {
    const t = lines.lineText(i);
    if (/^\s*(?:```|~~~)/.test(t)) fenced = !fenced;
    if (fenced || !t.trim()) continue;
    const heading = rst ? /^([=\-~^"'`#*+])\1{2,}\s*$/.test(t) && i > 1 && lines.lineText(i - 1).trim() !== '' : /^#{1,6}\s+\S/.test(t);
    if (heading) {
      headings++;
      first ||= rst ? i - 1 : i;
    } else text++;
  }
  if (text >= 10 && headings >= 2) out.addLine(['technical-writing'], first, rst ? l10n.t('documentation in reStructuredText') : l10n.t('documentation in Markdown'));
}

/** Skills shown by a project file (not Python source). Never throws. */
export function detectProjectFile(source: string, fileName: string): Detection[] {
  const kind = projectFileKind(fileName);
  if (!kind) return [];
  const base = baseName(fileName).toLowerCase();
  const out = new Collector(new LineIndex(source));
  switch (kind) {
    case 'docker':
      out.addLine(['docker'], firstLine(out.lines, /^\s*FROM\s/i), l10n.t('a Dockerfile'));
      for (let i = 1; i <= out.lines.count; i++) {
        if (/^\s*FROM\s+(?:\S+\/)?python:3\.1[45]\b/i.test(out.lines.lineText(i))) out.addLine(['try-new-release'], i, l10n.t('runs on the newest Python'));
        // An image built on a cloud function runtime (AWS Lambda's, Google's or Azure's base images).
        if (/^\s*FROM\s+(?:public\.ecr\.aws\/lambda\/|amazon\/aws-lambda-|mcr\.microsoft\.com\/azure-functions\/|gcr\.io\/google-appengine\/)/i.test(out.lines.lineText(i))) out.addLine(['cloud'], i, l10n.t('builds on a cloud function image'));
      }
      // Dependencies installed from a lock or requirements file.
      for (let i = 1; i <= out.lines.count; i++) {
        const t = out.lines.lineText(i);
        // Two plain tests, not one pattern that backtracks (`pip install` repeated along a line).
        if ((/\bpip3?\s+install\b/.test(t) && /\s-r\s/.test(t)) || /\b(?:uv\s+sync|poetry\s+install|pipenv\s+install|pdm\s+(?:install|sync))\b/.test(t)) {
          out.addLine(['dependency-management'], i, l10n.t('installs from a lock or requirements file'));
          break;
        }
      }
      for (let i = 1; i <= out.lines.count; i++) {
        if (VENV_COMMAND.test(out.lines.lineText(i))) {
          out.addLine(['virtual-environments'], i, l10n.t('an isolated environment in the image'));
          break;
        }
      }
      for (let i = 1; i <= out.lines.count; i++) {
        if (/^\s*RUN\b.*\bansible-playbook\b/i.test(out.lines.lineText(i))) {
          out.addLine(['ansible'], i, l10n.t('runs an Ansible playbook'));
          break;
        }
      }
      break;
    case 'compose':
      out.addLine(['docker'], firstLine(out.lines, /^services\s*:/), l10n.t('a Compose file'));
      break;
    case 'workflow':
      workflowFile(out);
      break;
    case 'ci':
      out.addLine(['ci-cd'], firstLine(out.lines), l10n.t('a CI configuration'));
      break;
    case 'toml':
    case 'ini':
      sectionedFile(out, kind, base);
      break;
    case 'requirements':
      requirementsFile(out);
      break;
    case 'lock':
      out.addLine(['dependency-management'], 1, l10n.t('a lock file'));
      break;
    case 'docs':
      docsFile(out, /\.rst$/i.test(base));
      break;
    case 'cython':
      out.addLine(['performance-optimization'], firstLine(out.lines), l10n.t('a Cython module'));
      break;
    case 'tool':
      out.addLine(TOOL_FILES[base], firstLine(out.lines), l10n.t('a `{0}` file', base));
      if (base.startsWith('.pre-commit-config')) yamlToolHooks(out);
      break;
    case 'yaml':
      yamlFile(out, base, fileName.replace(/\\/g, '/').toLowerCase());
      break;
  }
  return out.results();
}

/** pre-commit hooks that run mypy or pytest. */
function yamlToolHooks(out: Collector): void {
  for (let i = 1; i <= out.lines.count; i++) {
    const m = /^\s*(?:-\s*)?(?:id|repo)\s*:\s*(\S+)\s*$/.exec(out.lines.lineText(i));
    const name = m ? trailingName(m[1]!) : '';
    if (name) out.addLine(toolPackage(name.replace(/^mirrors-/, '')), i, l10n.t('the `{0}` hook', name));
  }
}

/** Extra evidence from the name of a Python file (setup.py, conftest.py, noxfile.py). */
export function detectPythonFileName(source: string, fileName: string): Detection[] {
  const base = baseName(fileName).toLowerCase();
  const skills = [
    ...(DEPENDENCY_FILES.has(base) ? ['dependency-management'] : []),
    ...(Object.prototype.hasOwnProperty.call(TOOL_FILES, base) ? TOOL_FILES[base]! : []),
  ];
  const out = new Collector(new LineIndex(source));
  if (skills.length) out.addLine(skills, firstLine(out.lines), l10n.t('a `{0}` file', base));
  // A Sphinx configuration: documentation built from the code.
  if (base === 'conf.py') {
    const line = firstLine(out.lines, /^\s*extensions\s*=|['"]sphinx\.ext\.|^\s*html_theme\s*=/);
    if (/['"]sphinx\.ext\.|^[ \t]*html_theme[ \t]*=|^[ \t]*(?:master|root)_doc[ \t]*=/m.test(source)) out.addLine(['technical-writing'], line, l10n.t('a Sphinx configuration'));
  }
  return out.results();
}

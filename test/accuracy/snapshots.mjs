// The corpus's files as the scripts here read them: each repository's snapshot (the search tool's
// `fetch`, under $PYTHON_ROADMAP_MIRROR or /work/.mirror) at its pinned commit, and the project's own
// modules a file can import, from the repository's tree at that commit (the extension lists the
// workspace's folders the same way: src/core/projectModules.ts). Shared by accuracy.mjs, sample.mjs
// and calibration.mjs.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { importFolders, moduleNames } = require(join(root, 'out', 'src', 'core', 'projectModules.js'));

export const mirror = process.env.PYTHON_ROADMAP_MIRROR ?? '/work/.mirror';

/** Readers over the repositories of `labels` (labels.json: each with its `repo` and `commit`). */
export function snapshots(labels) {
  const gitDir = (repo) => join(mirror, repo.replace('/', '+'), 'repo');
  const repoOf = (name) => labels.repositories.find((r) => r.repo === name);
  /** A file's text at its repository's commit (throws when it is not in the snapshot). */
  const source = (repo, path) => execFileSync('git', ['--git-dir', gitDir(repo), 'show', `${repoOf(repo).commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const trees = new Map();
  /** The module names a file at `path` can import as the project's own. */
  function ownModules(repo, path) {
    let folders = trees.get(repo);
    if (!folders) {
      folders = new Map();
      const paths = execFileSync('git', ['--git-dir', gitDir(repo), 'ls-tree', '-r', '--name-only', repoOf(repo).commit], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\n').filter(Boolean);
      const inits = new Set(paths.filter((p) => p === '__init__.py' || p.endsWith('/__init__.py')).map((p) => p.slice(0, -'/__init__.py'.length)));
      const entry = (folder, name, isFolder) => {
        let m = folders.get(folder);
        if (!m) folders.set(folder, (m = new Map()));
        if (!m.has(name)) m.set(name, { name, folder: isFolder, ...(isFolder ? { package: inits.has(folder ? `${folder}/${name}` : name) } : {}) });
      };
      for (const p of paths) {
        const parts = p.split('/');
        for (let i = 0; i < parts.length; i++) entry(parts.slice(0, i).join('/'), parts[i], i < parts.length - 1);
      }
      trees.set(repo, folders);
    }
    return new Set(importFolders(path).flatMap((f) => moduleNames([...(folders.get(f)?.values() ?? [])])));
  }
  return { gitDir, repoOf, source, ownModules };
}

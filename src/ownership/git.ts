// Git itself, asked without a shell, in the desktop (Node) extension host only: a folder's
// repository and HEAD, the user's address there, a file's blame, whether Git ignores a file.
// Never more than two Git processes at once (the machine is shared with the editor); each has a
// time limit and a cap on what it may print. A bundle file of its own (git.js, loaded through
// src/chunks.ts), so child_process stays out of what activation and the web worker load.
import vscode = require('vscode');

export interface GitOutput {
  /** The exit code; undefined when Git did not run or did not finish (not installed, timed out). */
  readonly code: number | undefined;
  readonly stdout: string;
  /** Why Git did not run: ENOENT when it is not installed. */
  readonly error?: string;
}

const TIMEOUT_MS = 15_000;
const MAX_OUTPUT = 32 * 1024 * 1024;
const AT_ONCE = 2;

let running = 0;
const waiting: (() => void)[] = [];

/** The Git program: the one VS Code's Git extension uses (its `git.path` setting) when it is active, else `git` on PATH. */
function gitPath(): string {
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(version: 1): { git: { path: string } } }>('vscode.git');
    const path = ext?.isActive ? ext.exports?.getAPI(1)?.git?.path : undefined;
    return typeof path === 'string' && path ? path : 'git';
  } catch {
    return 'git';
  }
}

/** Runs `git <args>` in `cwd`, never through a shell. Never rejects. */
export async function git(args: readonly string[], cwd: string): Promise<GitOutput> {
  if (running >= AT_ONCE) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await new Promise<GitOutput>((resolve) => {
      try {
        // Required here, not at the top: the same bundle loads in the web worker, which has no child processes.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { execFile } = require('node:child_process') as typeof import('node:child_process');
        // No fsmonitor hook, no pager, no prompt: reading history must run nothing a repository configures.
        execFile(gitPath(), ['-c', 'core.fsmonitor=false', '--no-pager', ...args], {
          cwd, timeout: TIMEOUT_MS, maxBuffer: MAX_OUTPUT, windowsHide: true, encoding: 'utf8',
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        }, (error, stdout) => {
          const e = error as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
          if (!e) return resolve({ code: 0, stdout });
          if (typeof e.code === 'number' && !e.killed) return resolve({ code: e.code, stdout: stdout ?? '' });
          resolve({ code: undefined, stdout: stdout ?? '', error: String(e.code ?? e.message) });
        });
      } catch (e) {
        resolve({ code: undefined, stdout: '', error: e instanceof Error ? e.message : String(e) });
      }
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

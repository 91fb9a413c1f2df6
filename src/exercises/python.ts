// The learner's Python for checking exercises: the interpreter the Python extension has selected
// (its public API, when installed), else the pythonRoadmap.exercises.python setting, else the
// first of python3, python and `py -3` that answers on PATH. Runs without a shell.
import vscode = require('vscode');

export interface PythonCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** Where it came from, for messages. */
  readonly from: string;
}

/** Runs a program without a shell; resolves with its output, or a timeout. Never rejects. */
export function run(command: string, args: readonly string[], opts: { cwd?: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean; error?: string }> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let child: import('node:child_process').ChildProcess;
    try {
      // Required here, not at the top: the same bundle loads in the web worker, which has no child processes.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { spawn } = require('node:child_process') as typeof import('node:child_process');
      child = spawn(command, [...args], { cwd: opts.cwd, env: opts.env ?? process.env, shell: false, windowsHide: true });
    } catch (e) {
      resolve({ code: null, stdout, stderr, timedOut, error: e instanceof Error ? e.message : String(e) });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    const cap = (s: string, more: Buffer) => (s.length > 1_000_000 ? s : s + more.toString('utf8'));
    child.stdout?.on('data', (d: Buffer) => { stdout = cap(stdout, d); });
    child.stderr?.on('data', (d: Buffer) => { stderr = cap(stderr, d); });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, timedOut, error: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

interface PythonExtensionApi {
  environments?: { getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } | undefined };
}

export async function findPython(resource?: vscode.Uri): Promise<PythonCommand | { error: string }> {
  // 1. The Python extension's selected interpreter (an outside API: it may be absent or change).
  const ext = vscode.extensions.getExtension<PythonExtensionApi>('ms-python.python');
  if (ext) {
    try {
      const api = ext.isActive ? ext.exports : await ext.activate();
      const selected = api?.environments?.getActiveEnvironmentPath(resource)?.path;
      if (selected && selected !== 'python') return { command: selected, args: [], from: vscode.l10n.t('the Python extension\'s selected interpreter') };
    } catch {
      /* fall through to the setting and PATH */
    }
  }
  // 2. The setting.
  const set = vscode.workspace.getConfiguration('pythonRoadmap.exercises').get<string>('python', '').trim();
  if (set) {
    const probe = await run(set, ['--version'], { timeoutMs: 5000 });
    if (probe.code === 0) return { command: set, args: [], from: 'pythonRoadmap.exercises.python' };
    return { error: vscode.l10n.t('the Python in pythonRoadmap.exercises.python ("{0}") did not run ({1}). Point it at a Python 3 interpreter, or clear it to use the one on PATH.', set, probe.error ?? (probe.stderr.trim() || `exit ${probe.code}`)) };
  }
  // 3. PATH.
  for (const [command, args] of [['python3', []], ['python', []], ['py', ['-3']]] as const) {
    const probe = await run(command, [...args, '--version'], { timeoutMs: 5000 });
    if (probe.code === 0 && /Python 3/.test(probe.stdout + probe.stderr)) return { command, args, from: vscode.l10n.t('{0} on PATH', command) };
  }
  return { error: vscode.l10n.t('no Python 3 was found: install Python 3 (python.org, or your system\'s package manager), select it with the Python extension, or set pythonRoadmap.exercises.python to its path.') };
}

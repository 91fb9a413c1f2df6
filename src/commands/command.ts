// One wrapper for every command (as VS Code's git extension does with createCommand): it logs
// what the command did to the Python Roadmap output channel, and a failure once, with a message
// that offers the log, instead of VS Code's generic "command failed" toast.
import vscode = require('vscode');
import type { Log } from '../log';
import { chunksReady } from '../chunks';

export type RegisterCommand = (id: string, run: (...args: never[]) => unknown) => vscode.Disposable;

/** What a value looks like in one log line: short, never a whole object. */
export function brief(x: unknown): string {
  if (x === undefined) return '';
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return x.length <= 5 ? `[${x.map(brief).join(', ')}]` : `[${x.slice(0, 5).map(brief).join(', ')}, …${x.length - 5} more]`;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const id = o.id ?? o.skillId ?? o.kind;
    return id !== undefined ? `{${brief(id)}}` : '{…}';
  }
  return typeof x;
}

export function commandRegistrar(log: Log): RegisterCommand {
  return (id, run) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    const name = id.replace(/^pythonRoadmap\./, '');
    try {
      await chunksReady(); // in the web worker, the bundle files a command may use (nothing to do in Node)
      const result = await (run as (...a: unknown[]) => unknown)(...args);
      log.info(`${name}(${args.map(brief).filter(Boolean).join(', ')})${result === undefined ? '' : ` → ${brief(result)}`}`);
      return result;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.error(`${name} failed: ${e instanceof Error && e.stack ? e.stack : message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Python Roadmap: {0}', message), vscode.l10n.t('Show Log')).then((choice) => choice && log.show());
      return undefined;
    }
  });
}

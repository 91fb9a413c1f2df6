// The Python Roadmap output channel, and the last lines written to it (Show Log shows them all;
// the integration tests read the recent ones to check that commands say what they did).
import vscode = require('vscode');

export interface Log {
  readonly channel: vscode.LogOutputChannel;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  show(): void;
  /** The last lines written, oldest first, each as "level message". */
  recent(): readonly string[];
}

export function createLog(name = 'Python Roadmap', keep = 200): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel(name, { log: true });
  const lines: string[] = [];
  const remember = (level: string, message: string) => {
    lines.push(`${level} ${message}`);
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  };
  return {
    channel,
    info: (m) => { remember('info', m); channel.info(m); },
    warn: (m) => { remember('warn', m); channel.warn(m); },
    error: (m) => { remember('error', m); channel.error(m); },
    show: () => channel.show(),
    recent: () => [...lines],
    dispose: () => channel.dispose(),
  };
}

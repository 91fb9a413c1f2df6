// Loaded by the extension host in `npm run bench`: activates an empty extension and Python
// Roadmap in the same VS Code and prints how long each `ext.activate()` took.
import * as vscode from 'vscode';
import { testLog } from '../integration/log';

export async function run(): Promise<void> {
  const ids = ['bench.empty-extension', 'python-roadmap.python-roadmap'];
  if (process.env.BENCH_ORDER === 'reverse') ids.reverse();
  for (const id of ids) {
    const ext = vscode.extensions.getExtension<{ testing?: { activationMs: number } }>(id);
    if (!ext) throw new Error(`${id} not found`);
    const t0 = performance.now();
    const api = await ext.activate();
    const ms = performance.now() - t0;
    testLog(`activation: ${id} ${ms.toFixed(1)} ${api?.testing?.activationMs?.toFixed(1) ?? ''}`);
  }
}

// Loaded by the extension host in `npm run bench`: in a settled host (BENCH_SETTLE_MS after the
// workbench is up), activates an empty extension and Python Roadmap in the order BENCH_ORDER gives,
// prints how long each `ext.activate()` took, which of our files were loaded right after it, and
// VS Code's own Load Code / Call Activate split from its Startup Performance table.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { testLog } from '../integration/log';

const IDS = ['bench.empty-extension', 'python-roadmap.python-roadmap'];

export async function run(): Promise<void> {
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_SETTLE_MS ?? 3000)));
  const order = (process.env.BENCH_ORDER ?? '0,1').split(',').map(Number);
  for (const i of order) {
    const id = IDS[i]!;
    const ext = vscode.extensions.getExtension<{ testing?: { activationMs: number } }>(id);
    if (!ext) throw new Error(`${id} not found`);
    if (ext.isActive) throw new Error(`${id} was already active: the measurement would be empty`);
    const t0 = performance.now();
    const api = await ext.activate();
    const ms = performance.now() - t0;
    testLog(`activation: ${id} ${ms.toFixed(2)} ${api?.testing?.activationMs?.toFixed(2) ?? ''}`);
    if (api?.testing) {
      const dist = path.join(fs.realpathSync(ext.extensionPath), 'dist') + path.sep;
      const loaded = Object.keys(require.cache).filter((f) => f.startsWith(dist));
      const bytes = loaded.reduce((n, f) => n + fs.statSync(f).size, 0);
      testLog(`loaded-at-activation: ${loaded.map((f) => f.slice(dist.length)).join(',')} ${bytes}`);
    }
  }
  // VS Code's own figures: the "Extension Activation Stats" table of Startup Performance.
  await vscode.commands.executeCommand('perfview.show');
  for (const line of (await perfDocument()).split('\n')) {
    if (IDS.some((id) => line.includes(id))) testLog(`perf-table: ${line.trim()}`);
  }
}

async function perfDocument(): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'perf');
    if (doc && /Extension Activation Stats/.test(doc.getText())) return doc.getText();
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

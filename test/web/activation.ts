// Loaded by the web worker host in `npm run bench`: 3 s after the workbench is up, activates an
// empty web extension and Python Roadmap in the order globalThis.__BENCH_ORDER__ gives (default
// empty first), and prints how long each `ext.activate()` took, as test/bench/activation.ts does
// in the Node host. Bundled for the browser by test/web/build.mjs.
import * as vscode from 'vscode';

const IDS = ['bench.empty-web-extension', 'python-roadmap.python-roadmap'];

export async function run(): Promise<void> {
  await new Promise((r) => setTimeout(r, 3000));
  const flip = vscode.workspace.getConfiguration('pythonRoadmapBench').get<boolean>('flip', false);
  for (const id of flip ? [...IDS].reverse() : IDS) {
    const ext = vscode.extensions.getExtension<{ testing?: { activationMs: number; runtime(): { inWorker: boolean } } }>(id);
    if (!ext) throw new Error(`${id} not found among ${vscode.extensions.all.map((e) => e.id).filter((x) => !x.startsWith('vscode.')).join(', ')}`);
    if (ext.isActive) throw new Error(`${id} was already active: the measurement would be empty`);
    const t0 = performance.now();
    const api = await ext.activate();
    const ms = performance.now() - t0;
    const where = api?.testing ? (api.testing.runtime().inWorker ? ' worker' : ' not-worker') : '';
    console.log(`web-activation: ${id} ${ms.toFixed(2)} ${api?.testing?.activationMs?.toFixed(2) ?? '-'}${where}`);
  }
}

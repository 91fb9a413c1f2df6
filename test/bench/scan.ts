// Loaded by the extension host in `npm run bench`, in a folder bench.mjs made: 100,000 files and a
// 5,000-line .gitignore. Runs the workspace scan and prints its time and the longest stretch the
// extension host went without turning (a 1 ms timer's largest gap).
import * as vscode from 'vscode';
import { testLog } from '../integration/log';
import type { PythonRoadmapApi } from '../../src/api';

export async function run(): Promise<void> {
  const a = await vscode.extensions.getExtension<PythonRoadmapApi>('python-roadmap.python-roadmap')!.activate();
  await new Promise((r) => setTimeout(r, 2000)); // a settled host
  const measure = async () => {
    let last = performance.now();
    let worst = 0;
    const probe = setInterval(() => {
      const t = performance.now();
      worst = Math.max(worst, t - last);
      last = t;
    }, 1);
    const t0 = performance.now();
    const r = await a.testing!.scan.run(true);
    const total = performance.now() - t0;
    clearInterval(probe);
    return { r, total, worst };
  };
  const cold = await measure();
  const warm = await measure();
  const { r } = warm;
  testLog(`scan-bench: ${r?.filesFound} files kept after .gitignore, ${r?.filesRead} read${r?.capped ? ' (the file cap)' : ''}${r?.listingCapped ? ', listing capped' : ''}, ${r?.skippedCount ?? 0} skipped (${(r?.skipped ?? []).slice(0, 2).map((s) => s.reason).join('; ')}); first scan ${(cold.total / 1000).toFixed(1)} s, longest stall ${cold.worst.toFixed(1)} ms (it loads the detection bundle); second scan ${(warm.total / 1000).toFixed(1)} s, longest stall ${warm.worst.toFixed(1)} ms`);
}

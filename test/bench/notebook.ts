// Loaded by the extension host in `npm run bench` (notebook.mjs): a notebook of BENCH_NOTEBOOK_CELLS
// code cells is opened and shown, read, and then one cell is inserted at its top. Prints how long
// each took and the longest stretch the extension host went without turning (the largest gap of a
// 5 ms timer), with the coding assistant on, or off (BENCH_NOTEBOOK_OFF=1: VS Code's own cost).
import * as vscode from 'vscode';
import { testLog } from '../integration/log';
import type { PythonRoadmapApi } from '../../src/api';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The largest gap between the turns of a 5 ms timer, from now until stop(). */
function ticker(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    worst = Math.max(worst, t - last);
    last = t;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(worst, performance.now() - last);
    },
  };
}

async function until(probe: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!probe()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

export async function run(): Promise<void> {
  const n = Number(process.env.BENCH_NOTEBOOK_CELLS ?? 1000);
  const off = process.env.BENCH_NOTEBOOK_OFF === '1';
  const a = await vscode.extensions.getExtension<PythonRoadmapApi>('python-roadmap.python-roadmap')!.activate();
  const coding = a.testing!.coding;
  const skills = coding.skills;
  if (off) await vscode.workspace.getConfiguration('pythonRoadmap').update('coding.enabled', false, vscode.ConfigurationTarget.Global);
  await sleep(2000); // a settled host
  const label = `${n.toLocaleString('en')} cells${off ? ', assistant off' : ''}`;
  // Small cells as a notebook has them: every tenth shows a skill.
  const source = (i: number) => (i % 10 === 0 ? `import pandas as pd\ndf_${i} = pd.read_csv("data_${i}.csv")\n` : i % 10 === 5 ? `squares_${i} = [v * v for v in range(${i})]\n` : `x_${i} = ${i} + 1\nprint(x_${i})\n`);
  const cells = Array.from({ length: n }, (_, i) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, source(i), 'python'));

  let probe = ticker();
  let t0 = performance.now();
  const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData(cells));
  await vscode.window.showNotebookDocument(nb);
  const lastCell = nb.cellAt(n - 1).document;
  const read = off ? (await sleep(1000), true) : await until(() => skills.get(lastCell)?.cell === n - 1 && !skills.busy, 600_000);
  let ms = performance.now() - t0;
  await sleep(500);
  let block = probe.stop();
  testLog(`notebook-bench: ${label}: opened${off ? '' : ' and read'} ${read ? `in ${(ms / 1000).toFixed(2)} s` : 'NOT within 10 minutes'}, longest block ${block.toFixed(1)} ms`);
  if (!read) return;
  await sleep(1000);

  const readBefore = skills.work.cellsRead;
  const summariesBefore = coding.statusShown.summaries;
  probe = ticker();
  t0 = performance.now();
  const edit = new vscode.WorkspaceEdit();
  edit.set(nb.uri, [vscode.NotebookEdit.insertCells(0, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import asyncio\n', 'python')])]);
  await vscode.workspace.applyEdit(edit);
  const applied = performance.now() - t0;
  const added = nb.cellAt(0).document;
  const settled = off ? (await sleep(1000), true)
    : await until(() => skills.get(lastCell)?.cell === n && !!skills.get(added) && !skills.busy, 600_000);
  ms = performance.now() - t0;
  await sleep(500);
  block = probe.stop();
  testLog(`notebook-bench: ${label}: one cell inserted, applyEdit ${applied.toFixed(1)} ms, ${off ? '' : `settled ${settled ? `in ${ms.toFixed(0)} ms` : 'NOT within 10 minutes'}, `}longest block ${block.toFixed(1)} ms${off ? '' : `; cells read ${skills.work.cellsRead - readBefore}, summaries ${coding.statusShown.summaries - summariesBefore}`}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (off) await vscode.workspace.getConfiguration('pythonRoadmap').update('coding.enabled', undefined, vscode.ConfigurationTarget.Global);
}

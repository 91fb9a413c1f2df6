// Loaded by the extension host in `npm run bench` (notebook.mjs): a notebook of BENCH_NOTEBOOK_CELLS
// code cells is opened and shown, then read (and read again, the assistant switched off and on),
// and then one cell is inserted at its top. Prints how long each took and the longest stretch the
// extension host went without turning (the largest gap of a 5 ms timer). BENCH_NOTEBOOK_MODE: on
// (the assistant reads the cells), off (its setting), or absent (an empty extension runs instead:
// VS Code's own cost).
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
  const mode = process.env.BENCH_NOTEBOOK_MODE ?? 'on';
  // Absent: an empty extension runs in its place (notebook.mjs), so no API to ask.
  const a = mode === 'absent' ? undefined : await vscode.extensions.getExtension<PythonRoadmapApi>('python-roadmap.python-roadmap')!.activate();
  const coding = mode === 'on' ? a!.testing!.coding : undefined;
  if (mode === 'off') await vscode.workspace.getConfiguration('pythonRoadmap').update('coding.enabled', false, vscode.ConfigurationTarget.Global);
  await sleep(2000); // a settled host
  const label = `${n.toLocaleString('en')} cells${coding ? '' : mode === 'off' ? ', assistant off' : ', Python Roadmap absent'}`;
  // Small cells as a notebook has them: every tenth shows a skill.
  const source = (i: number) => (i % 10 === 0 ? `import pandas as pd\ndf_${i} = pd.read_csv("data_${i}.csv")\n` : i % 10 === 5 ? `squares_${i} = [v * v for v in range(${i})]\n` : `x_${i} = ${i} + 1\nprint(x_${i})\n`);
  const cells = Array.from({ length: n }, (_, i) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, source(i), 'python'));

  // Opening (VS Code makes the notebook and its cells' documents; the assistant only queues them),
  // then reading (the assistant's own work; without it, the next second), each with its longest block.
  let probe = ticker();
  let t0 = performance.now();
  const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData(cells));
  await vscode.window.showNotebookDocument(nb);
  const opened = performance.now() - t0;
  const openBlock = probe.stop();
  probe = ticker();
  t0 = performance.now();
  const lastCell = nb.cellAt(n - 1).document;
  const read = coding ? await until(() => coding.skills.get(lastCell)?.cell === n - 1 && !coding.skills.busy, 600_000) : (await sleep(1000), true);
  let ms = performance.now() - t0;
  await sleep(500);
  let block = probe.stop();
  testLog(`notebook-bench: ${label}: opened and shown in ${(opened / 1000).toFixed(2)} s, longest block ${openBlock.toFixed(1)} ms; ${coding ? `read ${read ? `in ${(ms / 1000).toFixed(2)} s more` : 'NOT within 10 minutes'}` : 'the next second'}, longest block ${block.toFixed(1)} ms`);
  if (!read) return;
  await sleep(1000);

  if (coding) {
    // Every cell read again, apart from VS Code's opening: the assistant switched off and on.
    const settings = vscode.workspace.getConfiguration('pythonRoadmap');
    await settings.update('coding.enabled', false, vscode.ConfigurationTarget.Global);
    await until(() => !coding.skills.get(lastCell), 60_000);
    await sleep(1000);
    const readBefore = coding.skills.work.cellsRead;
    probe = ticker();
    t0 = performance.now();
    await settings.update('coding.enabled', undefined, vscode.ConfigurationTarget.Global);
    const reread = await until(() => coding.skills.get(lastCell)?.cell === n - 1 && !coding.skills.busy, 600_000);
    ms = performance.now() - t0;
    await sleep(500);
    block = probe.stop();
    testLog(`notebook-bench: ${label}: every cell read again (the assistant switched off and on) ${reread ? `in ${(ms / 1000).toFixed(2)} s` : 'NOT within 10 minutes'}, longest block ${block.toFixed(1)} ms; cells read ${coding.skills.work.cellsRead - readBefore}`);
    if (!reread) return;
    await sleep(1000);
  }

  const readBefore = coding?.skills.work.cellsRead ?? 0;
  const summariesBefore = coding?.statusShown.summaries ?? 0;
  probe = ticker();
  t0 = performance.now();
  const edit = new vscode.WorkspaceEdit();
  edit.set(nb.uri, [vscode.NotebookEdit.insertCells(0, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import asyncio\n', 'python')])]);
  await vscode.workspace.applyEdit(edit);
  const applied = performance.now() - t0;
  const added = nb.cellAt(0).document;
  const settled = coding ? await until(() => coding.skills.get(lastCell)?.cell === n && !!coding.skills.get(added) && !coding.skills.busy, 600_000) : (await sleep(1000), true);
  ms = performance.now() - t0;
  await sleep(500);
  block = probe.stop();
  const counts = coding ? `; cells read ${coding.skills.work.cellsRead - readBefore}, summaries ${coding.statusShown.summaries - summariesBefore}` : '';
  testLog(`notebook-bench: ${label}: one cell inserted, applyEdit ${applied.toFixed(1)} ms, ${coding ? `settled ${settled ? `in ${ms.toFixed(0)} ms` : 'NOT within 10 minutes'}, ` : ''}longest block ${block.toFixed(1)} ms${counts}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (mode === 'off') await vscode.workspace.getConfiguration('pythonRoadmap').update('coding.enabled', undefined, vscode.ConfigurationTarget.Global);
}

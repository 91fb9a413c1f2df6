// Loaded by the extension host in `npm run bench`: what a mark, a note and a reset cost in a real
// VS Code with 100 and with 5,000 stored records (each with a 50-character note, ~290 KB stored
// at 5,000, as in the review that measured 62 ms a mark), and a reset of 2,001 records.
import * as vscode from 'vscode';
import { testLog } from '../integration/log';
import type { PythonRoadmapApi } from '../../src/api';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

export async function run(): Promise<void> {
  const a = await vscode.extensions.getExtension<PythonRoadmapApi>('python-roadmap.python-roadmap')!.activate();
  const store = a.testing!.store;
  await store.initialize();
  for (const records of [100, 5000]) {
    await store.clearAll();
    const ids = Array.from({ length: records }, (_, i) => `bench-skill-${i}`);
    await store.setStatus(ids, 'learned');
    for (let i = 0; i < ids.length; i += 500) await Promise.all(ids.slice(i, i + 500).map((id) => store.setNote(id, `a note of fifty characters for ${id}`.padEnd(50, '.'))));
    await store.flushMirror();
    await store.compact();
    const marks: number[] = [];
    const notes: number[] = [];
    for (let i = 0; i < 30; i++) {
      let t = performance.now();
      await store.setStatus(['git'], i % 2 ? 'learned' : 'learning');
      marks.push(performance.now() - t);
      t = performance.now();
      await store.setNote('git', `note ${i}`);
      notes.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const t = performance.now();
    await store.setStatus(['regex'], 'learned');
    await store.flushMirror();
    const mirror = performance.now() - t;
    const stored = JSON.stringify(Object.fromEntries(a.testing!.globalState.keys().map((k) => [k, a.testing!.globalState.get(k)]))).length;
    testLog(`store: ${records} records (${(stored / 1024).toFixed(0)} KiB in global state): mark median ${median(marks).toFixed(2)} ms p95 ${p95(marks).toFixed(2)}; note median ${median(notes).toFixed(2)} ms; mark + mirror written ${mirror.toFixed(1)} ms`);
  }
  await store.clearAll();
  const ids = Array.from({ length: 2001 }, (_, i) => `bench-reset-${i}`);
  await store.setStatus(ids, 'learned');
  await store.flushMirror();
  let t = performance.now();
  await store.clearAll();
  const reset = performance.now() - t;
  t = performance.now();
  await store.flushMirror();
  testLog(`store: reset of 2001 records ${reset.toFixed(1)} ms, its mirror ${(performance.now() - t).toFixed(1)} ms`);
  await store.clearAll();
  await store.flushMirror();
  await manyFiles(store);
  await store.clearAll();
  await store.flushMirror();
}

/** 10,000 journal files written by "other windows" (issue 23: the refresh took 117.8 s and a mark
 *  made meanwhile waited 51.3 s): the time to read them all, and how long a mark made meanwhile waits. */
async function manyFiles(store: NonNullable<PythonRoadmapApi['testing']>['store']): Promise<void> {
  const where = (store as unknown as { o: { files: { where(name: string): string } } }).o.files.where('');
  const dir = vscode.Uri.parse(where);
  const files = Array.from({ length: 10_000 }, (_, i) => `c-${(Date.now() - 60_000 + i).toString(36).padStart(9, '0')}-benchother-${i.toString(36)}.jsonl`);
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map((name, j) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode(`${JSON.stringify({ id: `bench-other-${i + j}`, at: Date.now() - 60_000, by: 'benchother', n: i + j, status: 'learned' })}\n`))));
  }
  const t0 = performance.now();
  const reading = store.refresh();
  await new Promise((r) => setTimeout(r, 50));
  const t1 = performance.now();
  await store.setStatus(['git'], 'learned');
  const wait = performance.now() - t1;
  await reading;
  const total = performance.now() - t0;
  testLog(`store: 10,000 journal files from other windows read in ${(total / 1000).toFixed(1)} s; a mark made meanwhile waited ${wait.toFixed(1)} ms; ${store.status('bench-other-9999') === 'learned' ? 'all read' : 'NOT all read'}`);
}

// Notebooks in a real VS Code: the longest block of the extension host while a notebook of 1,000,
// 3,000 and 10,000 cells is opened and read, read again, and while one cell is inserted at its
// top; each size in a fresh VS Code, with the assistant on, off (the setting), and absent (an
// empty extension in its place: VS Code's own cost). Run by bench.mjs, or alone:
// `node test/bench/notebook.mjs [cells ...]` (after `tsc -p .` and `node esbuild.js`;
// BENCH_NOTEBOOK_MODES=on,off,absent picks, BENCH_NOTEBOOK_TIMEOUT_S limits each VS Code).
// Not a test: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineEnv, runner } from '../harness/offline.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LABEL = { on: '', off: ', assistant off', absent: ', Python Roadmap absent' };

/** Prints the figures; returns false when there is no offline VS Code to measure in. */
export function benchNotebooks(sizes = [1000, 3000, 10000], { timeoutS = 900, modes = ['on', 'off', 'absent'] } = {}) {
  const env = offlineEnv();
  if (!env) {
    console.log('\nnotebooks: skipped (no offline VS Code; `npm test` installs it)');
    return false;
  }
  console.log('\nnotebooks in a real VS Code (opened, read, then one cell inserted at the top; the extension host\'s longest block, a 5 ms timer\'s largest gap):');
  for (const cells of sizes) {
    for (const mode of modes) {
      const dev = mode === 'absent' ? join(root, 'test', 'fixtures', 'empty-extension') : root;
      const r = spawnSync(process.execPath, [runner, `--extensionDevelopmentPath=${dev}`, `--extensionTestsPath=${join(root, 'out', 'test', 'bench', 'notebook.js')}`, `--timeout=${timeoutS}`],
        { encoding: 'utf8', env: { ...process.env, ...env, BENCH_NOTEBOOK_CELLS: String(cells), BENCH_NOTEBOOK_MODE: mode } });
      const lines = [...(r.stdout ?? '').matchAll(/^notebook-bench: (.*)$/gm)].map((m) => m[1]);
      for (const l of lines) console.log(`  ${l}`);
      if (lines.length < (mode === 'on' ? 3 : 2)) console.log(`  ${cells.toLocaleString('en')} cells${LABEL[mode]}: ${r.status === 0 ? 'incomplete' : `did not finish (exit ${r.status}${r.status === 1 ? `, VS Code stopped after the ${timeoutS} s limit or failed` : ''})`}: ${(r.stdout ?? '').trim().split('\n').slice(-2).join(' | ')}`);
    }
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const modes = (process.env.BENCH_NOTEBOOK_MODES ?? 'on,off,absent').split(',').map((m) => m.trim()).filter((m) => m in LABEL);
  benchNotebooks(sizes.length ? sizes : undefined, { timeoutS: Number(process.env.BENCH_NOTEBOOK_TIMEOUT_S ?? 900), modes });
}

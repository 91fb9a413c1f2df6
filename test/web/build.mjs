// Bundles the web suite for VS Code's web worker extension host: one CommonJS file for the browser,
// `vscode` external, with npm's `assert` and a module-scoped `process` for it (the worker has none;
// globalThis.process stays undefined, which the suite asserts).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The suite, and the bench's activation probe (npm run bench).
for (const [entry, out] of [['index.ts', 'index.js'], ['activation.ts', 'activation.js']]) await build({
  entryPoints: [join(root, 'test', 'web', entry)],
  outfile: join(root, 'out', 'web-tests', out),
  bundle: true, format: 'cjs', platform: 'browser', target: 'es2022',
  external: ['vscode'], inject: [join(root, 'test', 'web', 'process-shim.js')],
  define: { global: 'globalThis' },
  logLevel: 'warning',
});

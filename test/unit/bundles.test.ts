// What activation loads: dist/extension.js alone. Detection, search, roadmap validation and the
// scan's filters are bundle files of their own (esbuild.js CHUNKS), reached only through the lazy
// requires in src/chunks.ts. Built here with esbuild's metafile, as `npm run package` builds them.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './fixtures';

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}
interface BuildOptions { outfile: string; entryPoints: string[]; [k: string]: unknown }

const load = createRequire(__filename);
const esbuild = load(join(ROOT, 'node_modules', 'esbuild')) as { build(o: object): Promise<{ metafile: Metafile }> };
const config = load(join(ROOT, 'esbuild.js')) as { CHUNKS: Record<string, string>; bundles(o: { production: boolean }): BuildOptions[] };

async function metafileOf(outfile: string): Promise<Metafile> {
  const options = config.bundles({ production: true }).find((o) => o.outfile === outfile);
  assert.ok(options, outfile);
  const { metafile } = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true });
  return metafile;
}

const HEAVY = ['@lezer/', 'minisearch', 'valibot', 'jsonc-parser', 'node_modules/ignore/'];

suite('bundles: what activation loads', function () {
  this.timeout(60000);

  test('dist/extension.js contains none of the chunks nor their libraries', async () => {
    const meta = await metafileOf('dist/extension.js');
    // What the output really holds (tree-shaken modules are listed with 0 bytes).
    const output = Object.values(meta.outputs)[0]!;
    const inputs = Object.entries(output.inputs).filter(([, x]) => x.bytesInOutput > 0).map(([k]) => k);
    assert.ok(inputs.includes('src/extension.ts') && inputs.includes('src/tree/roadmapTree.ts'), inputs.join());
    for (const entry of Object.keys(config.CHUNKS)) assert.ok(!inputs.includes(entry), `${entry} is in the activation bundle`);
    for (const lib of HEAVY) assert.deepEqual(inputs.filter((i) => i.includes(lib)), [], `${lib} is in the activation bundle`);
    for (const helper of ['src/core/detect/python.ts', 'src/core/detect/collector.ts', 'src/core/schema.ts']) assert.ok(!inputs.includes(helper), helper);
  });

  test('each chunk is reached only by a lazy require() in src/chunks.ts', async () => {
    const meta = await metafileOf('dist/extension.js');
    const files = new Set(Object.values(config.CHUNKS).map((f) => `./${f}`));
    const reached: string[] = [];
    for (const [input, { imports }] of Object.entries(meta.inputs)) {
      for (const i of imports.filter((x) => files.has(x.path))) {
        assert.equal(input, 'src/chunks.ts', `${input} imports ${i.path}`);
        assert.equal(i.kind, 'require-call', `${i.path} is imported statically`);
        assert.equal(i.external, true);
        reached.push(i.path);
      }
    }
    assert.deepEqual(reached.sort(), [...files].sort());
  });

  test('each chunk bundles its own entry and leaves the others to their files', async () => {
    for (const [entry, file] of Object.entries(config.CHUNKS)) {
      const meta = await metafileOf(`dist/${file}`);
      assert.ok(Object.keys(meta.inputs).includes(entry), `${file} lacks ${entry}`);
      // The core's chunks run anywhere (no vscode); a feature's chunk (outside src/core) may use it.
      const vscodeImports = Object.values(meta.inputs).flatMap((x) => x.imports).filter((i) => i.path === 'vscode');
      if (entry.startsWith('src/core/')) assert.deepEqual(vscodeImports, [], `${file} imports vscode`);
    }
    const detection = await metafileOf('dist/detection.js');
    assert.ok(Object.keys(detection.inputs).some((i) => i.includes('@lezer/python')));
  });
});

// The web worker host (vscode.dev) evaluates a bundle as a function of module, exports and a
// require that knows only 'vscode', in a scope with no process, Buffer or Node modules. Each file
// in dist/ is loaded here the same way, in a fresh context with only what a worker has.
suite('bundles: loadable in the web worker host', function () {
  this.timeout(60000);
  const vm = load('node:vm') as typeof import('node:vm');
  const fs = load('node:fs') as typeof import('node:fs');
  // Any property of the stand-in vscode module is callable, constructible and extendable.
  const anything: object = new Proxy(function () { /* stand-in */ }, {
    get: (_t, key) => (key === 'prototype' ? {} : key === Symbol.toPrimitive ? () => '' : anything),
    apply: () => anything,
    construct: () => anything as object,
  });
  const workerGlobals = () => ({ console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, performance, crypto: globalThis.crypto, fetch: globalThis.fetch });

  function evaluate(file: string): { required: string[]; exports: Record<string, unknown> } {
    const text = fs.readFileSync(join(ROOT, 'dist', file), 'utf8');
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const fn = vm.runInNewContext(`(function (module, exports, require) {\n${text}\n})`, workerGlobals(), { filename: file }) as (m: object, e: object, r: (n: string) => unknown) => void;
    fn(module, module.exports, (name) => {
      required.push(name);
      if (name === 'vscode') return anything;
      throw new Error(`${file} requires "${name}" when it loads`);
    });
    return { required, exports: module.exports };
  }

  test('every bundle file loads with no process and no require but vscode', () => {
    const built = load(join(ROOT, 'esbuild.js')) as { CHUNKS: Record<string, string> };
    for (const file of ['extension.js', ...Object.values(built.CHUNKS)]) {
      const { required } = evaluate(file);
      assert.ok(required.every((n) => n === 'vscode'), `${file}: ${required.join(', ')}`);
    }
    assert.equal(typeof evaluate('extension.js').exports.activate, 'function');
  });

  test('child_process, the one Node module, is reached only where Python or Git is run', () => {
    for (const file of fs.readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
      const text = fs.readFileSync(join(ROOT, 'dist', file), 'utf8');
      const nodeModules = [...text.matchAll(/require\(["'](node:[\w/]+|fs|path|os|crypto|child_process|util|events|stream)["']\)/g)].map((m) => m[1]);
      assert.deepEqual(nodeModules, file === 'exercises.js' || file === 'git.js' ? ['node:child_process'] : [], file);
    }
  });
});

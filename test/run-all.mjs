// `npm test`: compile, lint, build, run the unit tests in Node and the integration tests inside a
// real VS Code, then print one closing line `tests: N passed, N failed` (both suites summed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const t0 = Date.now();
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false });
  console.log(`[test] ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return r.status === 0;
}

function finish(code) {
  console.log(`[test] total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

const node = process.execPath;

/** `npm run package` (production build + vsce): the VSIX the unit tests unpack and the integration run installs. */
function packageVsix() {
  const t = Date.now();
  const r = spawnSync(npm, ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', shell: process.platform === 'win32' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const warnings = output.split('\n').filter((l) => /\bWARN(ING)?\b/i.test(l));
  const packaged = /DONE\s+Packaged: (.+\.vsix) \((\d+) files?, ([\d.]+ \w+)\)/.exec(output);
  const ok = r.status === 0 && warnings.length === 0 && !!packaged;
  if (!ok) process.stdout.write(output);
  for (const w of warnings) console.log(`[test] vsce warned: ${w.trim()}`);
  const what = packaged ? `${packaged[1].split(/[\\/]/).pop()}, ${packaged[2]} files, ${packaged[3]}` : 'no VSIX';
  console.log(`[test] package (vsce): ${ok ? 'ok' : 'FAILED'}: ${what} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return ok;
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

// 1. Types (tsc also emits out/ for the tests, into a fresh folder: a file left from a module
// that moved would shadow it), lint (including "no vscode in src/core"), bundle.
rmSync(join(root, 'out'), { recursive: true, force: true });
const prepared =
  step('compile (tsc)', node, [bin('typescript', 'bin/tsc'), '-p', '.']) &&
  step('typecheck webview client', node, [bin('typescript', 'bin/tsc'), '-p', 'src/webview/client']) &&
  step('lint (eslint)', node, [bin('eslint', 'bin/eslint.js'), 'src', 'test']) &&
  step('bundle (esbuild)', node, ['esbuild.js']) &&
  step('bundle the web suite (esbuild)', node, ['test/web/build.mjs']) &&
  packageVsix();
if (!prepared) {
  failed++;
  finish(1);
}

// The libraries the lessons' examples import, for the unit test that runs each example (Debian's packages).
if (process.platform === 'linux') spawnSync('bash', [join(root, 'test', 'tools', 'lesson-libraries.sh')], { cwd: root, stdio: 'inherit' });

// 2. Unit tests: plain Node, no VS Code.
const mochaModule = require('mocha');
const Mocha = mochaModule.Mocha ?? mochaModule.default ?? mochaModule;
const unitDir = join(root, 'out', 'test', 'unit');
const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 20000 });
if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
for (const f of readdirSync(unitDir).sort()) if (f.endsWith('.test.js')) mocha.addFile(join(unitDir, f));
await mocha.loadFilesAsync();
const unit = await new Promise((resolve) => {
  const runner = mocha.run(() => resolve(runner.stats));
});
passed += unit.passes;
failed += unit.failures;
console.log(`[test] unit: ${unit.passes} passed, ${unit.failures} failed, ${unit.pending} skipped`);

// 3. Integration tests inside a real VS Code (added with the UI).
const integration = join(root, 'test', 'integration', 'run.mjs');
if (existsSync(integration) && process.env.SKIP_INTEGRATION !== '1') {
  const t = Date.now();
  const r = spawnSync(node, [integration], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  // One `mocha:` line per run (development copy, installed VSIX, Restricted Mode).
  let runFailures = 0;
  for (const m of (r.stdout ?? '').matchAll(/^(?:\[window \d\] )?(?:mocha|ui): (\d+) passed, (\d+) failed/gm)) {
    passed += Number(m[1]);
    runFailures += Number(m[2]);
  }
  failed += runFailures;
  if (r.status !== 0 && runFailures === 0) failed++; // a run did not start or the harness itself failed
  console.log(`[test] integration: exit ${r.status} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
}

finish(failed > 0 ? 1 : 0);

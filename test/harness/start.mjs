// `npm start`: build, then open the extension in a real VS Code — desktop `code
// --extensionDevelopmentPath` where `code` exists, otherwise the offline code-server the tests
// use (installed on first run by setup.sh), printing the local URL to open in a browser.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDir, offlineEnv, root, runner } from './offline.mjs';

const workspace = join(root, 'test', 'fixtures', 'workspace');
const build = spawnSync(process.execPath, [join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0 && !process.env.PYTHON_ROADMAP_USE_CODE_SERVER;
if (hasCode) {
  const code = spawn('code', [`--extensionDevelopmentPath=${root}`, workspace], { stdio: 'inherit' });
  code.on('exit', (c) => process.exit(c ?? 0));
} else {
  if (!offlineEnv()) {
    console.log(`No desktop VS Code here: installing code-server's VS Code into ${installDir} (once, a few minutes)…`);
    const setup = spawnSync('bash', [join(root, 'test', 'harness', 'setup.sh'), installDir], { stdio: 'inherit' });
    if (setup.status !== 0 || !offlineEnv()) process.exit(setup.status || 1);
  }
  // As a person uses VS Code: no test-only flags (notifications pop up), so the extension comes
  // from an extensions folder holding a link to this one, not from a development path. Reload
  // the window (Developer: Reload Window) after `npm run watch` rebuilt it.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const extensions = mkdtempSync(join(tmpdir(), 'python-roadmap-start-'));
  symlinkSync(root, join(extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`));
  process.on('exit', () => rmSync(extensions, { recursive: true, force: true }));
  const serve = spawn(process.execPath, [runner, '--serve', `--extensions-dir=${extensions}`, `--folder=${workspace}`], {
    stdio: 'inherit',
    env: { ...process.env, ...offlineEnv() },
  });
  process.on('SIGINT', () => serve.kill('SIGINT'));
  serve.on('exit', (c) => process.exit(c ?? 0));
}

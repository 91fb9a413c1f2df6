// Runs the integration suites inside a real VS Code:
//   1. development: the extension from this folder (extensionDevelopmentPath);
//   2. two windows: the development copy in two windows of one VS Code at once (offline harness);
//   3. installed: the packaged VSIX installed into a fresh extensions folder, as a user gets it;
//   4. Restricted Mode: that installed copy in a folder that is not trusted;
//   5. production: the installed copy without test hooks, as a user runs it;
//   6. web: the development copy in code-server's web worker extension host (as on vscode.dev),
//      with the web suite (test/web, a browser bundle), then again with VS Code in Spanish; offline harness only;
//   7. languages: the development copy with VS Code in Spanish, and a copy with a pseudo-locale
//      (every string of the bundles and the roadmap in accented look-alikes), where any English
//      word left in the UI is a string that never went through l10n; offline harness only (it
//      registers the language pack code-server needs to switch language).
//   8. ui: the development copy driven like a person (test/ui/*.check.mjs: real key presses, the
//      pages' colours and accessibility in each theme), each check counted; offline harness only.
// Which VS Code, one code path for every machine:
//   - VSCODE_TEST_EXECUTABLE, when set;
//   - else the offline one (code-server's VS Code in headless Chromium) if installed;
//   - else @vscode/test-electron downloads desktop VS Code (an ordinary online machine; on Linux
//     CI wrap `npm test` in `xvfb-run -a`);
//   - and where that download is impossible (offline), the offline one is installed now, once.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode } from '@vscode/test-electron';
import { installDir, offlineEnv, root, runner, shim } from '../harness/offline.mjs';
import { PSEUDO, makePseudoCopy } from '../tools/pseudo.mjs';

const t0 = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)}s`;
const say = (m) => console.log(`[integration] ${m}`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
const tests = join(root, 'out', 'test', 'integration', 'index.js');
const fixtures = join(root, 'test', 'fixtures');

async function vscodeExecutable() {
  if (process.env.VSCODE_TEST_EXECUTABLE) return process.env.VSCODE_TEST_EXECUTABLE;
  const offline = () => {
    const env = offlineEnv();
    if (env) Object.assign(process.env, env);
    return env ? shim : undefined;
  };
  const installed = offline();
  if (installed) return installed;
  try {
    return await downloadAndUnzipVSCode({ timeout: 30000 });
  } catch (e) {
    say(`no VS Code could be downloaded (${String(e?.message ?? e).split('\n')[0]}).`);
  }
  say(`installing the offline VS Code instead: code-server's VS Code and Node 24 from the npm registry, Chromium from Debian, into ${installDir}. Once per machine, about 2-4 minutes.`);
  const t = Date.now();
  const setup = spawnSync('bash', [join(root, 'test', 'harness', 'setup.sh'), installDir], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exe = setup.status === 0 ? offline() : undefined;
  if (!exe) throw new Error(`installing the offline VS Code failed (exit ${setup.status}); see the output above`);
  say(`offline VS Code installed in ${secs(t)}`);
  return exe;
}

/** The sample workspace as the learner's own repository, made once per `npm test`: a copy of
 *  test/fixtures/workspace (its files as this project's Git has them, so nothing an earlier run
 *  left behind), every file committed by the test learner, whose user.email the repository sets.
 *  So `git blame` names the learner on every line whoever runs the tests, whatever their own Git
 *  identity, and on a machine where this project is no Git checkout at all. The ownership suite
 *  builds its own repository with two authors inside it. */
const LEARNER = { name: 'Lee Learner', email: 'learner@example.com' };
function learnersWorkspace() {
  const source = join(fixtures, 'workspace');
  const dir = mkdtempSync(join(tmpdir(), 'python-roadmap-workspace-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--', '.'], { cwd: source, encoding: 'utf8' });
  const tracked = listed.status === 0 ? listed.stdout.split('\0').filter(Boolean) : [];
  if (tracked.length) for (const f of tracked) cpSync(join(source, f), join(dir, f), { recursive: true });
  else cpSync(source, dir, { recursive: true });
  const git = (...args) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  const steps = [['init', '-q'], ['config', 'user.name', LEARNER.name], ['config', 'user.email', LEARNER.email], ['config', 'commit.gpgsign', 'false'], ['add', '-A'], ['commit', '-q', '-m', 'The learner\'s project']];
  for (const step of steps) {
    const r = git(...step);
    if (r.status !== 0) throw new Error(`git ${step[0]} in the test workspace failed (${r.error?.message ?? r.stderr.trim()}): the integration tests need Git (apt-get install git)`);
  }
  return dir;
}

/** Runs VS Code with the tests, the same arguments @vscode/test-electron's runTests passes, except
 *  that workspace trust stays on where a run asks for it (runTests always disables it). */
function launch(executable, { name, devPath, folder, args = [], env = {}, trust = false, settings = {}, testsPath = tests }) {
  const profile = mkdtempSync(join(tmpdir(), 'python-roadmap-profile-'));
  const userData = join(profile, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    ...(trust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {}),
    ...settings,
  }));
  const argv = [
    folder, ...args,
    '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes',
    ...(trust ? [] : ['--disable-workspace-trust']),
    `--extensionTestsPath=${testsPath}`, `--extensionDevelopmentPath=${devPath}`,
    `--user-data-dir=${userData}`,
    ...(args.some((a) => a.startsWith('--extensions-dir')) ? [] : [`--extensions-dir=${join(profile, 'extensions')}`]),
  ];
  const node = executable.endsWith('.mjs');
  const t = Date.now();
  say(`${name}: starting`);
  return new Promise((resolve) => {
    const child = spawn(node ? process.execPath : executable, node ? [executable, ...argv] : argv, {
      env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      rmSync(profile, { recursive: true, force: true });
      say(`${name}: ${code === 0 ? 'passed' : `failed (${code ?? signal})`} in ${secs(t)}`);
      resolve(code === 0);
    });
  });
}

/** The UI checks (test/ui/*.check.mjs), each in the themes it names, on a fresh profile. */
const UI_CHECKS = [
  { name: 'keyboard', script: 'keyboard.check.mjs', theme: 'Dark 2026' },
  // Every default theme in one window, switched with the Color Theme picker.
  { name: 'themes', script: 'themes.check.mjs', theme: 'Dark 2026' },
  { name: 'reload', script: 'reload.check.mjs', theme: 'Dark 2026' },
  { name: 'problems', script: 'problems.check.mjs', theme: 'Dark 2026' },
  // axe-core inside every kind of page, in the six default themes (switched in one window).
  { name: 'axe', script: 'axe.check.mjs', theme: 'Dark 2026' },
  { name: 'narrow', script: 'narrow.check.mjs', theme: 'Dark 2026', viewport: '690x860' },
];

/** One UI check in the offline harness: the development copy, a copy of the learner's workspace of
 *  its own (checks write reports, exercises and roadmap files there; the suites after them must not
 *  find them), a theme. */
function uiCheck({ name, script, theme, viewport }, workspace) {
  const dir = mkdtempSync(join(tmpdir(), 'python-roadmap-ui-'));
  const folder = join(dir, 'workspace');
  cpSync(workspace, folder, { recursive: true });
  const settings = join(dir, 'settings.json');
  writeFileSync(settings, JSON.stringify({ 'workbench.colorTheme': theme, 'window.zoomLevel': 0 }));
  const t = Date.now();
  say(`ui check ${name} (${theme}): starting`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      runner, `--extensionDevelopmentPath=${root}`, `--folder=${folder}`, `--settings=${settings}`,
      `--ui-script=${join(root, 'test', 'ui', script)}`, ...(viewport ? [`--viewport=${viewport}`] : []), '--timeout=240',
    ], { env: { ...process.env, SHOT_DIR: dir, SHOT_PREFIX: name, UI_FOLDER: folder }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code, signal) => {
      rmSync(folder, { recursive: true, force: true });
      if (code === 0) rmSync(dir, { recursive: true, force: true });
      else say(`ui check ${name}: screenshots of what failed are in ${dir}`);
      say(`ui check ${name}: ${code === 0 ? 'passed' : `failed (${code ?? signal})`} in ${secs(t)}`);
      resolve(code === 0);
    });
  });
}

/** `code --install-extension X.vsix --extensions-dir D`, through the executable's CLI. */
function installVsix(executable, dir) {
  const node = executable.endsWith('.mjs');
  const cli = node ? [process.execPath, executable] : [executable.replace(/[^/\\]+$/, join('bin', 'code'))];
  const r = spawnSync(cli[0], [...cli.slice(1), '--install-extension', vsix, `--extensions-dir=${dir}`], { encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) throw new Error(`installing ${vsix} failed: ${r.stderr}`);
}

// INTEGRATION_RUNS=dev,windows,web,languages,ui,installed,restricted,production (the default: all) picks runs while developing.
const runs = new Set((process.env.INTEGRATION_RUNS ?? 'dev,windows,web,languages,ui,installed,restricted,production').split(','));
let ok = true;
let workspace;
try {
  const executable = await vscodeExecutable();
  workspace = learnersWorkspace();
  if (runs.has('dev')) ok = await launch(executable, {
    name: 'development copy', devPath: root, folder: workspace, args: ['--disable-extensions'],
  });

  if (runs.has('windows')) {
    if (executable === shim) {
      const rendezvous = mkdtempSync(join(tmpdir(), 'python-roadmap-windows-'));
      ok = (await launch(executable, {
        name: 'two windows', devPath: root, folder: join(fixtures, 'windows', 'one'),
        args: ['--disable-extensions', `--second-window-folder=${join(fixtures, 'windows', 'two')}`],
        env: { PYTHON_ROADMAP_SUITE: 'windows', PYTHON_ROADMAP_RENDEZVOUS: rendezvous },
      })) && ok;
      rmSync(rendezvous, { recursive: true, force: true });
    } else {
      say('two windows: skipped (desktop VS Code opens one test window; the offline harness opens two)');
    }
  }

  if (runs.has('web')) {
    if (executable === shim) {
      // One extension with both entries: the user setting remote.extensionKind puts it in the web
      // worker host (HARNESS.md), where only its browser entry can run.
      ok = (await launch(executable, {
        name: 'web worker host', devPath: root, folder: workspace, args: ['--disable-extensions'],
        settings: { 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } },
        testsPath: join(root, 'out', 'web-tests', 'index.js'),
      })) && ok;
      ok = (await launch(executable, {
        name: 'web worker host in Spanish', devPath: root, folder: workspace, args: ['--disable-extensions', '--locale=es'],
        settings: { 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } },
        testsPath: join(root, 'out', 'web-tests', 'index.js'),
      })) && ok;
    } else {
      say('web worker host: skipped (desktop VS Code has no web worker host; the offline harness is code-server\'s)');
    }
  }

  if (runs.has('languages')) {
    if (executable === shim) {
      ok = (await launch(executable, {
        name: 'in Spanish', devPath: root, folder: workspace, args: ['--disable-extensions', '--locale=es'],
        env: { PYTHON_ROADMAP_SUITE: 'locale', PYTHON_ROADMAP_LOCALE: 'es' },
      })) && ok;
      const copy = makePseudoCopy(mkdtempSync(join(tmpdir(), 'python-roadmap-pseudo-')));
      ok = (await launch(executable, {
        name: 'in a pseudo-locale', devPath: copy, folder: workspace, args: ['--disable-extensions', `--locale=${PSEUDO}`],
        env: { PYTHON_ROADMAP_SUITE: 'locale', PYTHON_ROADMAP_LOCALE: PSEUDO },
      })) && ok;
      rmSync(copy, { recursive: true, force: true });
    } else {
      say('languages: skipped (desktop VS Code switches language only with a language pack installed; the offline harness registers one)');
    }
  }

  if (runs.has('ui')) {
    if (executable === shim) {
      for (const check of UI_CHECKS) ok = (await uiCheck(check, workspace)) && ok;
    } else {
      say('ui checks: skipped (they drive the workbench page through the offline harness)');
    }
  }

  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first (npm test does)`);
  const extensions = mkdtempSync(join(tmpdir(), 'python-roadmap-installed-'));
  try {
    installVsix(executable, extensions);
    // The empty extension is only there because VS Code's test mode needs a development path;
    // Python Roadmap itself comes from the extensions folder, as the VSIX installed it.
    const installed = { devPath: join(fixtures, 'empty-extension'), args: [`--extensions-dir=${extensions}`] };
    if (runs.has('installed')) ok = (await launch(executable, {
      ...installed, name: 'installed VSIX', folder: workspace,
      env: { PYTHON_ROADMAP_INSTALLED: extensions, PYTHON_ROADMAP_TEST_HOOKS: '1' },
    })) && ok;
    if (runs.has('restricted')) ok = (await launch(executable, {
      ...installed, name: 'installed VSIX in Restricted Mode', folder: join(fixtures, 'untrusted'), trust: true,
      env: { PYTHON_ROADMAP_INSTALLED: extensions, PYTHON_ROADMAP_SUITE: 'restricted', PYTHON_ROADMAP_TEST_HOOKS: '1' },
    })) && ok;
    if (runs.has('production')) ok = (await launch(executable, {
      ...installed, name: 'installed VSIX without test hooks', folder: workspace,
      env: { PYTHON_ROADMAP_INSTALLED: extensions, PYTHON_ROADMAP_SUITE: 'production', PYTHON_ROADMAP_TEST_HOOKS: '' },
    })) && ok;
  } finally {
    rmSync(extensions, { recursive: true, force: true });
  }
} catch (err) {
  console.error(`[integration] ${err?.message ?? err}`);
  ok = false;
} finally {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}
say(`all runs ${ok ? 'passed' : 'did not pass'} (${secs(t0)})`);
process.exit(ok ? 0 : 1);

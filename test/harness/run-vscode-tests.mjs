#!/usr/bin/env node
// Run a VS Code extension's mocha integration tests inside the (remote, Node)
// extension host of a real VS Code (code-server's bundled VS Code), with the
// workbench opened by headless Debian Chromium driven by playwright-core.
// The extension-test "run()" contract is the same as @vscode/test-electron's.
//
// Usage:
//   node run-vscode-tests.mjs --extensionDevelopmentPath=/abs/ext \
//        --extensionTestsPath=/abs/ext/out/test/suite/index.js \
//        [--folder=/abs/workspace] [--screenshot=/abs/shot.png] [--timeout=300]
//        [--serve]  (no browser, no tests: print the URL and keep code-server up until Ctrl+C)
//        [--ui-script=/abs/ui.mjs]   (module exporting default async (page, ctx) => {})
//        [--settings=/abs/settings.json] [--keep-tmp] [--error-screenshot=/abs/err.png]
//        [--exthost-output=console|file]  (default console: print the extension host's
//                                        console output; file: stream $VSCODE_TEST_LOG only)
//        [--extensions-dir=/abs/dir]  (installed extensions to load; default: a fresh empty one)
//        [--viewport=WIDTHxHEIGHT]  (the browser window; default 1400x900)
//        [--trust]  (workspace trust on, as on a desktop: an unknown folder opens in Restricted Mode)
//        [--second-window-folder=/abs/folder]  (a second window of the same VS Code, its own
//                                        extension host, runs the same tests in that folder;
//                                        both must pass)
//        [--locale=es]  (VS Code's display language: code-server only switches to a language it
//                                        has a language pack for, so a pack with no workbench
//                                        translations is registered; the workbench stays in
//                                        English, extensions get that language and its bundles)
//        [--code-server-arg=FLAG ...]  (repeatable; e.g. --code-server-arg=--vscode-option
//                                        --code-server-arg=disable-extensions)
//   --extensionDevelopmentPath may be repeated.
//
// Environment overrides:
//   CODE_SERVER   path to code-server's out/node/entry.js (required; setup.sh prints it)
//   CODE_SERVER_NODE  node binary used to run code-server; VS Code 1.139 needs Node >= 22.15 (module.registerHooks) (required)
//   CHROMIUM      browser executable (default /usr/bin/chromium)
//   VSCODE_TEST_VERBOSE=1  echo code-server's own output and all browser console lines
//
// Exit code: the extension host's test exit code (0 = all passed), or 1 on harness error/timeout.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, mkdirSync, createWriteStream, openSync, readSync, closeSync, fstatSync, writeFileSync, readFileSync } from 'node:fs';
import { format } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const log = (...a) => console.log(`[harness ${elapsed()}]`, ...a);

const args = {};
const devPaths = [];
const passThrough = []; // extra code-server flags (e.g. --vscode-option disable-extensions)
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) throw new Error(`bad argument ${a}`);
  if (m[1] === 'extensionDevelopmentPath') devPaths.push(resolve(m[2]));
  else if (m[1] === 'code-server-arg') passThrough.push(m[2]);
  else args[m[1]] = m[2] ?? 'true';
}
if (devPaths.length === 0 && !args['extensions-dir']) devPaths.push(process.cwd());
const extDev = devPaths;
const extTests = args.extensionTestsPath ? resolve(args.extensionTestsPath) : undefined;
const folder = args.folder ? resolve(args.folder) : undefined;
const timeoutS = Number(args.timeout ?? 300);
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';
const codeServer = process.env.CODE_SERVER;
const codeServerNode = process.env.CODE_SERVER_NODE;
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!codeServer || !existsSync(codeServer) || !codeServerNode) throw new Error(`set CODE_SERVER and CODE_SERVER_NODE (see setup.sh); CODE_SERVER=${codeServer}`);

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'vscode-test-'));
// Everything below (code-server's IPC sockets, the git extension's sockets, Node's
// compile cache, playwright's artifacts) goes to os.tmpdir(): keep it inside this
// run's directory so cleanup() removes it.
const runTmp = join(tmp, 'tmp');
mkdirSync(runTmp, { recursive: true });
process.env.TMPDIR = runTmp;
const userDataDir = join(tmp, 'user-data');
const extensionsDir = args['extensions-dir'] ? resolve(args['extensions-dir']) : join(tmp, 'extensions');
const trust = args.trust === 'true';
for (const d of [userDataDir, extensionsDir]) mkdirSync(d, { recursive: true });

const xdgEnv = {
  XDG_CONFIG_HOME: join(tmp, 'xdg', 'config'),
  XDG_DATA_HOME: join(tmp, 'xdg', 'data'),
  XDG_CACHE_HOME: join(tmp, 'xdg', 'cache'),
  XDG_STATE_HOME: join(tmp, 'xdg', 'state'),
};
for (const d of Object.values(xdgEnv)) mkdirSync(d, { recursive: true });

// Quiet, offline-friendly user settings (merged with --settings=/abs/file.json if given).
const settings = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': trust,
  ...(trust ? { 'security.workspace.trust.startupPrompt': 'never' } : {}),
  ...(args.settings ? JSON.parse(readFileSync(resolve(args.settings), 'utf8')) : {}),
};
mkdirSync(join(userDataDir, 'User'), { recursive: true });
writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
if (args.locale) {
  // What installing a language pack writes (languagepacks.json), for a pack that translates nothing.
  const translations = join(tmp, 'language-pack', 'main.i18n.json');
  mkdirSync(join(tmp, 'language-pack'), { recursive: true });
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [args.locale]: { hash: `harness-${args.locale}`, label: args.locale,
      extensions: [{ extensionIdentifier: { id: `harness.language-pack-${args.locale}` }, version: '0.0.0' }], translations: { vscode: translations } },
  }));
  passThrough.push('--locale', args.locale);
}

let server;
let browser;
let exitCode = 1;
let stopPump = () => {};
let pageRef;
let drainConsole = async () => {};

async function cleanup() {
  stopPump();
  try { await browser?.close(); } catch {}
  if (server && server.exitCode === null) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch {}
    await new Promise((r) => { const t = setTimeout(r, 3000); server.once('exit', () => { clearTimeout(t); r(); }); });
    if (server.exitCode === null) { try { process.kill(-server.pid, 'SIGKILL'); } catch {} }
  }
  if (!args['keep-tmp']) rmSync(tmp, { recursive: true, force: true });
}

try {
  const port = await freePort();
  const serverArgs = [
    codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--log', 'info',
    // Built VS Code web workbenches honour the URL 'payload' (extensionDevelopmentPath /
    // extensionTestsPath) only when the smoke-test driver is enabled. It also keeps every
    // notification in the notification centre, so `--serve` (npm start, for a person) goes
    // without it: there the extension is loaded through --extensions-dir instead.
    ...(args.serve ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
    // keep code-server from writing ~/.config/code-server/config.yaml
    '--config', join(tmp, 'code-server-config.yaml'),
    ...passThrough,
  ];
  const testLog = join(tmp, 'test-output.log');
  log(`starting code-server on 127.0.0.1:${port} (tmp ${tmp})`);
  const serverLog = createWriteStream(join(tmp, 'code-server.log'));
  server = spawn(codeServerNode, serverArgs, {
    detached: true, // own process group, so we can kill the whole tree
    stdio: ['ignore', 'pipe', 'pipe'],
    // The extension host inherits this environment; the test index.js mirrors
    // mocha's output into VSCODE_TEST_LOG, which we stream to our stdout.
    // XDG_* keep code-server (~/.local/share/code-server) and native helpers
    // (~/.cache/...) out of the real home directory.
    env: { ...process.env, ...xdgEnv, VSCODE_TEST_LOG: testLog },
  });
  let listening;
  const isListening = new Promise((r) => (listening = r));
  const onServerOut = (chunk) => {
    const s = chunk.toString();
    serverLog.write(s);
    if (verbose) process.stdout.write(`[code-server] ${s}`);
    if (/HTTP server listening/.test(s)) listening();
  };
  server.stdout.on('data', onServerOut);
  server.stderr.on('data', onServerOut);
  server.on('exit', (c, sig) => log(`code-server exited (${c ?? sig})`));
  await Promise.race([
    isListening,
    new Promise((_, rej) => setTimeout(() => rej(new Error('code-server did not start within 60s')), 60000)),
    new Promise((_, rej) => server.once('exit', () => rej(new Error('code-server exited early; see ' + join(tmp, 'code-server.log'))))),
  ]);
  log('code-server is listening');

  if (args.serve) {
    // `npm start` on a machine without desktop VS Code: keep the server up for a person's browser.
    const authority = `127.0.0.1:${port}`;
    const q = new URLSearchParams();
    if (folder) q.set('folder', folder); else q.set('ew', 'true');
    if (extDev.length) q.set('payload', JSON.stringify(extDev.map((p) => ['extensionDevelopmentPath', `vscode-remote://${authority}${p}`])));
    console.log(`\nPython Roadmap is running in VS Code at:\n\n  http://${authority}/?${q}\n\nOpen it in a browser; press Ctrl+C to stop.`);
    await new Promise((r) => {
      process.once('SIGINT', r);
      process.once('SIGTERM', r);
      server.once('exit', r);
    });
    exitCode = 0;
    throw Object.assign(new Error('stopped'), { stopped: true });
  }

  browser = await chromium.launch({
    executablePath: chromiumPath,
    env: { ...process.env, ...xdgEnv }, // Debian chromium writes ~/.config/chromium/Crash Reports otherwise
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  // playwright gives launchPersistentContext a --user-data-dir; plain launch() uses a fresh temp profile.
  const [vw, vh] = (args.viewport ?? '1400x900').split('x').map(Number);
  const context = await browser.newContext({ viewport: { width: vw, height: vh } });
  const authority = `127.0.0.1:${port}`;
  const outputMode = args['exthost-output'] ?? 'console';
  let consoleChain = Promise.resolve();
  drainConsole = () => consoleChain;

  /** One workbench window: its page, and a promise of its extension host's test exit code. */
  async function openWindow(windowFolder, label) {
    const page = await context.newPage();
    let finish;
    const finished = new Promise((r) => (finish = r));
    // VS Code's web workbench calls these if they exist (IAutomatedWindow):
    // codeAutomationLog(level, args) for its console logger and
    // codeAutomationExit(code, logs) when the extension host exits after the tests.
    await page.exposeFunction('codeAutomationLog', (type, a) => {
      if (verbose) console.log(`${label}[workbench:${type}] ` + format(...(Array.isArray(a) ? a : [a])));
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    // Extension-host console output. With a 'debugId' in the payload the web
    // workbench logs every extension-host console call to the page console as
    // ('%c[Extension Host] %c<fmt>', 'color: blue', 'color: ', ...args); print those
    // (mocha's reporter included). --exthost-output=file instead streams only the
    // file the tests write ($VSCODE_TEST_LOG, see sample-ext/src/test/log.ts).
    page.on('console', (msg) => {
      const text = msg.text();
      if (outputMode === 'console' && text.startsWith('%c[Extension Host]')) {
        consoleChain = consoleChain.then(async () => {
          const vals = await Promise.all(msg.args().map((h) => h.jsonValue().catch(() => '[unserializable]')));
          // drop the two %c markers and their CSS arguments
          const head = String(vals[0]);
          // an empty console.log() arrives as ('%c[Extension Host]%', 'color: blue')
          const line = /^%c\[Extension Host\]%?$/.test(head)
            ? ''
            : format(head.replace(/^%c\[Extension Host\] ?%c/, ''), ...vals.slice(3));
          (msg.type() === 'error' || msg.type() === 'warning' ? process.stderr : process.stdout).write(label + line + '\n');
        });
      } else if (verbose) {
        console.log(`${label}[browser:${msg.type()}] ${text}`);
      }
    });
    page.on('pageerror', (e) => verbose && console.log(`${label}[pageerror]`, e.message));
    const payload = extDev.map((p) => ['extensionDevelopmentPath', `vscode-remote://${authority}${p}`]);
    if (extTests) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extTests}`]);
    if (outputMode === 'console') payload.push(['debugId', args['debug-id'] ?? 'vscode-test-harness']);
    const q = new URLSearchParams();
    if (windowFolder) q.set('folder', windowFolder); else q.set('ew', 'true');
    q.set('payload', JSON.stringify(payload));
    const url = `http://${authority}/?${q}`;
    log('opening', url);
    await page.goto(url);
    return { page, finished };
  }

  // Stream the test output file written by the extension host (file mode).
  let logPos = 0;
  const pump = () => {
    if (outputMode !== 'file' || !existsSync(testLog)) return;
    const fd = openSync(testLog, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > logPos) {
        const buf = Buffer.alloc(size - logPos);
        readSync(fd, buf, 0, buf.length, logPos);
        logPos = size;
        if (logPos === buf.length) log('first test output');
        process.stdout.write(buf);
      }
    } finally { closeSync(fd); }
  };
  const pumpTimer = setInterval(pump, 250);
  stopPump = () => { clearInterval(pumpTimer); pump(); };

  const second = args['second-window-folder'] ? resolve(args['second-window-folder']) : undefined;
  const first = await openWindow(folder, second ? '[window 1] ' : '');
  const page = first.page;
  pageRef = page;
  const other = second ? await openWindow(second, '[window 2] ') : undefined;
  const finished = other
    ? Promise.all([first.finished, other.finished]).then((codes) => codes.map(Number).find((c) => c !== 0) ?? 0)
    : first.finished;

  let ctx = { page, port, authority, tmp, log };
  if (args['ui-script']) {
    const mod = await import(pathToFileURL(resolve(args['ui-script'])).href);
    await mod.default(page, ctx);
  }

  if (extTests) {
    const result = await Promise.race([
      finished,
      new Promise((r) => setTimeout(() => r('timeout'), timeoutS * 1000)),
    ]);
    if (result === 'timeout') {
      log(`TIMEOUT after ${timeoutS}s waiting for the extension host to finish the tests`);
      if (args.screenshot) await page.screenshot({ path: resolve(args.screenshot) });
      exitCode = 1;
    } else {
      exitCode = Number(result);
      await Promise.race([drainConsole(), new Promise((r) => setTimeout(r, 2000))]);
      log(`extension host finished tests, exit code ${exitCode}`);
      if (args.screenshot) await page.screenshot({ path: resolve(args.screenshot) });
    }
  } else {
    if (args.screenshot) await page.screenshot({ path: resolve(args.screenshot) });
    exitCode = 0;
  }
} catch (e) {
  if (!e?.stopped) {
    log('ERROR', e?.stack ?? e);
    exitCode = 1;
  }
  if (args['error-screenshot'] && pageRef) {
    try { await pageRef.screenshot({ path: resolve(args['error-screenshot']) }); log('error screenshot:', args['error-screenshot']); } catch {}
  }
} finally {
  await cleanup();
  log(`done, exit ${exitCode}, total wall ${elapsed()}`);
  process.exit(exitCode);
}

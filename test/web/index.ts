// The web suite's entry, loaded by VS Code's web worker extension host (--extensionTestsPath):
// one CommonJS browser bundle (esbuild, see test/web/build.mjs), `vscode` external. Mocha's browser
// build, as the worker has no Node: its 'spec' reporter writes through console.log, which the
// harness prints; the last line is the `mocha:` count run-all.mjs sums.
/* eslint-disable @typescript-eslint/no-require-imports -- the browser build of mocha, as a bundle */
interface BrowserMocha {
  setup(o: Record<string, unknown>): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
  grep(re: RegExp | string): void;
}

export function run(): Promise<void> {
  const m = require('mocha/mocha') as BrowserMocha | undefined;
  const mocha = m && typeof m.setup === 'function' ? m : (globalThis as { mocha?: BrowserMocha }).mocha!;
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
  const grep = (globalThis as { __MOCHA_GREP__?: string }).__MOCHA_GREP__;
  if (grep) mocha.grep(grep);
  require('./worker.test');
  // VS Code in Spanish (run.mjs, the second web run): the translations instead of the English suite.
  if ((require('vscode') as typeof import('vscode')).env.language === 'es') require('./spanish.test');
  else require('./features.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures, pending: 0 };
      console.log(`mocha: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}

// Loaded by VS Code's extension host (--extensionTestsPath). Exports run(), as for @vscode/test-electron.
import * as path from 'path';
import * as fs from 'fs';
import * as util from 'util';
import Mocha from 'mocha';
import { testLog } from './log';

export async function run(): Promise<void> {
  const logFile = process.env.VSCODE_TEST_LOG;
  if (logFile) {
    const base = Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void };
    const orig = base.consoleLog;
    base.consoleLog = (...a: unknown[]) => {
      orig(...a);
      fs.appendFileSync(logFile, util.format(...a) + '\n');
    };
  }
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000 });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  // PYTHON_ROADMAP_SUITE (run.mjs) picks a suite: restricted (a folder that is not trusted),
  // windows (two windows at once), production (the installed copy without test hooks),
  // locale (VS Code in another language: PYTHON_ROADMAP_LOCALE, es or the pseudo-locale).
  const suite = process.env.PYTHON_ROADMAP_SUITE;
  const suffix = suite === 'restricted' || suite === 'windows' || suite === 'production' || suite === 'locale' ? `.${suite}.js` : '.test.js';
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith(suffix)) mocha.addFile(path.join(__dirname, f));
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures, pending: 0 };
      // The runner sums this line with the unit tests' into the closing `tests:` line.
      testLog(`mocha: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}

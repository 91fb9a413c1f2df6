// Runs the integration suite inside a real VS Code. One code path, two kinds of machine:
//  - here (offline): @vscode/test-electron's runTests goes through code-shim.mjs, which opens
//    code-server's VS Code in headless Debian Chromium (test/harness/setup.sh installs it);
//  - a normal online machine: runTests downloads VS Code (on Linux CI, wrap in `xvfb-run -a`).
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { offlineEnv, root, shim } from '../harness/offline.mjs';

const env = offlineEnv();
let executable = process.env.VSCODE_TEST_EXECUTABLE;
if (!executable && env) {
  Object.assign(process.env, env);
  executable = shim;
}
const t0 = Date.now();
try {
  await runTests({
    ...(executable ? { vscodeExecutablePath: executable } : {}),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions'],
  });
  console.log(`integration: passed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
} catch (err) {
  console.error(`integration: failed after ${((Date.now() - t0) / 1000).toFixed(1)}s: ${err?.message ?? err}`);
  process.exit(1);
}

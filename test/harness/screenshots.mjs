// `npm run screenshots`: opens the real workbench (offline code-server VS Code in headless
// Chromium), drives it like a person (test/ui/screenshots.ui.mjs) in a light and a dark theme,
// and writes PNGs to shots/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineEnv, root, runner } from './offline.mjs';

const env = offlineEnv();
if (!env) {
  console.error('The offline VS Code is not installed: run `bash test/harness/setup.sh` (or `npm start` once).');
  process.exit(1);
}
spawnSync(process.execPath, [join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
const shots = join(root, 'shots');
mkdirSync(shots, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'shots-'));
let failed = 0;
for (const [name, theme] of [['light', 'Default Light Modern'], ['dark', 'Default Dark Modern']]) {
  const settings = join(tmp, `${name}.json`);
  writeFileSync(settings, JSON.stringify({ 'workbench.colorTheme': theme, 'window.zoomLevel': 0 }));
  const r = spawnSync(process.execPath, [
    runner, `--extensionDevelopmentPath=${root}`, `--folder=${join(root, 'test', 'fixtures', 'workspace')}`,
    `--settings=${settings}`, `--ui-script=${join(root, 'test', 'ui', 'screenshots.ui.mjs')}`,
    `--error-screenshot=${join(shots, `${name}-error.png`)}`, '--timeout=180',
  ], { stdio: 'inherit', env: { ...process.env, ...env, SHOT_DIR: shots, SHOT_PREFIX: name } });
  if (r.status !== 0) failed++;
}
rmSync(tmp, { recursive: true, force: true });
console.log(failed ? `screenshots: ${failed} theme run(s) failed` : `screenshots written to ${shots}`);
process.exit(failed ? 1 : 0);

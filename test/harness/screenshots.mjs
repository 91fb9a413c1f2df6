// `npm run screenshots`: opens the real workbench (offline code-server VS Code in headless
// Chromium), drives it like a person in light, dark and high-contrast themes and a narrow window,
// and writes PNGs to shots/ (git-ignored):
//   test/ui/screenshots.ui.mjs   the tree, pages, palette, coding assistant and scan;
//   test/ui/walkthrough.ui.mjs   the first run: walkthrough, the view's welcome line, each step;
//   test/ui/pages.ui.mjs         the pages in four themes and two widths, failing on what reads wrong;
//   test/ui/exchange.ui.mjs      the import preview, the learning history, the report and its badge;
//   test/ui/roadmaps.ui.mjs      the roadmap switcher, a custom roadmap, its Problems, the team page;
//   test/ui/exercises.ui.mjs     an exercise page, a failure in the Testing view, a skill after a pass.
//   test/ui/web.ui.mjs           the tree, a skill page and Running Extensions in the web worker host.
//   test/ui/spanish.ui.mjs       VS Code in Spanish: tree, skill page, overview, Find Skill, palette, hover.
//   test/ui/evidence.ui.mjs      a skill page's evidence standard, for a skill code shows and one it cannot.
//   test/ui/lessons.ui.mjs       three skill pages' lessons with their examples; Search Roadmap answering plain questions.
// `npm run screenshots -- --walkthrough-media` writes the walkthrough's step images instead
// (media/walkthrough/*.webp, dark theme: quantized with pngquant, then lossless WebP with cwebp).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
const mediaMode = process.argv.includes('--walkthrough-media');
const media = join(root, 'media', 'walkthrough');
const ui = (name) => join(root, 'test', 'ui', `${name}.ui.mjs`);
const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern', hc: 'Default High Contrast', hcLight: 'Default High Contrast Light' };
// The light and dark themes a fresh VS Code starts with (its defaults in 1.139).
const THEMES_2026 = { light2026: 'Light 2026', dark2026: 'Dark 2026' };
// The pages in four themes and two widths: the whole window, and one whose editor is about 330 px.
const pageRuns = Object.entries(THEMES).flatMap(([name, theme]) => [
  { name: `pages-${name}`, theme, script: ui('pages') },
  { name: `pages-${name}-narrow`, theme, script: ui('pages'), viewport: '690x860' },
]);
const runs = mediaMode
  ? [{ name: 'media', theme: THEMES.dark, script: ui('walkthrough'), env: { MEDIA_DIR: media } }]
  : [
    // Every run is a first run: the UI scripts close the walkthrough where it is not the subject.
    { name: 'light', theme: THEMES.light, script: ui('screenshots') },
    { name: 'dark', theme: THEMES.dark, script: ui('screenshots') },
    { name: 'first-run-light', theme: THEMES.light, script: ui('walkthrough') },
    { name: 'first-run-dark', theme: THEMES.dark, script: ui('walkthrough') },
    { name: 'first-run-hc', theme: THEMES.hc, script: ui('walkthrough') },
    { name: 'first-run-narrow', theme: THEMES.dark, script: ui('walkthrough'), viewport: '900x760' },
    ...pageRuns,
    // Import preview, learning history, portfolio report and badge.
    { name: 'exchange-light', theme: THEMES.light, script: ui('exchange') },
    { name: 'exchange-dark', theme: THEMES.dark, script: ui('exchange') },
    { name: 'exchange-hc', theme: THEMES.hc, script: ui('exchange') },
    { name: 'exchange-narrow', theme: THEMES.dark, script: ui('exchange'), viewport: '690x860' },
    // Custom roadmaps: the switcher, a team roadmap, its Problems, the team page.
    { name: 'roadmaps-light', theme: THEMES.light, script: ui('roadmaps') },
    { name: 'roadmaps-dark', theme: THEMES.dark, script: ui('roadmaps') },
    { name: 'roadmaps-hc', theme: THEMES.hc, script: ui('roadmaps') },
    { name: 'roadmaps-narrow', theme: THEMES.dark, script: ui('roadmaps'), viewport: '690x860' },
    // Exercises: the page, a failure in the Testing view, the skill page after a pass.
    { name: 'exercises-light', theme: THEMES.light, script: ui('exercises') },
    { name: 'exercises-dark', theme: THEMES.dark, script: ui('exercises') },
    { name: 'exercises-hc', theme: THEMES.hc, script: ui('exercises') },
    { name: 'exercises-narrow', theme: THEMES.dark, script: ui('exercises'), viewport: '690x860' },
    // In the web worker extension host, as on vscode.dev: the tree, a skill page, the host named.
    ...Object.entries({ light: THEMES.light, dark: THEMES.dark, hc: THEMES.hc }).map(([name, theme]) => ({
      name: `web-${name}`, theme, script: ui('web'), settings: { 'remote.extensionKind': { 'python-roadmap.python-roadmap': ['web'] } },
    })),
    { name: 'web-narrow', theme: THEMES.dark, script: ui('web'), viewport: '690x860', settings: { 'remote.extensionKind': { 'python-roadmap.python-roadmap': ['web'] } } },
    // VS Code's display language set to Spanish; and the same in the web worker host.
    ...Object.entries({ light: THEMES.light, dark: THEMES.dark, hc: THEMES.hc }).map(([name, theme]) => ({ name: `es-${name}`, theme, script: ui('spanish'), locale: 'es' })),
    { name: 'es-narrow', theme: THEMES.dark, script: ui('spanish'), viewport: '690x860', locale: 'es' },
    { name: 'es-web', theme: THEMES.light, script: ui('spanish'), locale: 'es', settings: { 'remote.extensionKind': { 'python-roadmap.python-roadmap': ['web'] } } },
    // The evidence standard on a skill page: the default 2026 themes, Dark Modern, high contrast, narrow, Spanish.
    ...Object.entries({ ...THEMES_2026, dark: THEMES.dark, hc: THEMES.hc }).map(([name, theme]) => ({ name: `skill-evidence-${name}`, theme, script: ui('evidence') })),
    { name: 'skill-evidence-narrow', theme: THEMES_2026.dark2026, script: ui('evidence'), viewport: '690x860' },
    { name: 'skill-evidence-es', theme: THEMES_2026.light2026, script: ui('evidence'), locale: 'es', env: { EVIDENCE_LANG: 'es' } },
    { name: 'skill-evidence-es-narrow', theme: THEMES_2026.dark2026, script: ui('evidence'), viewport: '690x860', locale: 'es', env: { EVIDENCE_LANG: 'es' } },
    // The lessons on three skill pages and Search Roadmap answering plain questions: the 2026 themes, Dark Modern, high contrast, narrow, Spanish.
    ...Object.entries({ ...THEMES_2026, dark: THEMES.dark, hc: THEMES.hc }).map(([name, theme]) => ({ name: `lessons-${name}`, theme, script: ui('lessons') })),
    { name: 'lessons-narrow', theme: THEMES_2026.dark2026, script: ui('lessons'), viewport: '690x860' },
    { name: 'lessons-es', theme: THEMES_2026.light2026, script: ui('lessons'), locale: 'es', env: { LESSON_LANG: 'es' } },
  ];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const matches = (name) => !only || only.split(',').some((o) => (o.endsWith('*') ? name.startsWith(o.slice(0, -1)) : name === o));
const tmp = mkdtempSync(join(tmpdir(), 'shots-'));
let failed = 0;
if (mediaMode) mkdirSync(media, { recursive: true });
for (const run of runs.filter((r) => matches(r.name))) {
  const settings = join(tmp, `${run.name}.json`);
  writeFileSync(settings, JSON.stringify({ 'workbench.colorTheme': run.theme, 'window.zoomLevel': 0, ...run.settings }));
  const r = spawnSync(process.execPath, [
    runner, `--extensionDevelopmentPath=${root}`, `--folder=${join(root, 'test', 'fixtures', 'workspace')}`,
    `--settings=${settings}`, `--ui-script=${run.script}`, ...(run.viewport ? [`--viewport=${run.viewport}`] : []), ...(run.locale ? [`--locale=${run.locale}`] : []),
    `--error-screenshot=${join(shots, `${run.name}-error.png`)}`, '--timeout=180',
  ], { stdio: 'inherit', env: { ...process.env, ...env, ...run.env, SHOT_DIR: shots, SHOT_PREFIX: run.name } });
  if (r.status !== 0) failed++;
}
rmSync(tmp, { recursive: true, force: true });
if (mediaMode && !failed) {
  // Quantized (pngquant), then lossless WebP (cwebp): a fifth of the size of the PNGs, and the
  // walkthrough shows WebP as any image. Without the tools the PNGs are left and named.
  const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  for (const f of readdirSync(media).filter((x) => x.endsWith('.png'))) {
    const png = join(media, f);
    if (has('pngquant')) spawnSync('pngquant', ['--quality=60-90', '--speed=1', '--force', '--ext=.png', png], { stdio: 'inherit' });
    if (has('cwebp')) {
      const r = spawnSync('cwebp', ['-quiet', '-lossless', '-z', '9', png, '-o', png.replace(/\.png$/, '.webp')], { stdio: 'inherit' });
      if (r.status === 0) rmSync(png);
    }
  }
  if (!has('pngquant') || !has('cwebp')) console.log('pngquant or cwebp is not installed (apt-get install pngquant webp): package.json names media/walkthrough/*.webp, so convert the PNGs left there');
}
if (!mediaMode && !only) {
  // The README as the Marketplace shows it, from the packaged VSIX.
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'ignore' });
  const preview = pack.status === 0 ? spawnSync(process.execPath, [join(root, 'test', 'harness', 'readme-preview.mjs')], { stdio: 'inherit' }) : pack;
  if (preview.status !== 0) failed++;
  spawnSync(process.execPath, [join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' }); // back to the dev build
}
console.log(failed ? `screenshots: ${failed} run(s) failed` : `screenshots written to ${mediaMode ? media : shots}`);
process.exit(failed ? 1 : 0);

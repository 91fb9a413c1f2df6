// A copy of the built extension with a pseudo-locale (qps-ploc) made by @vscode/l10n-dev: every
// string of the code's bundle, of package.nls.json and every prose field of the roadmap turned
// into accented look-alikes ("Ḿȧȧřķ ȧȧş Ŀḗḗȧȧřƞḗḗḓ"). Run in VS Code with that locale, any English
// word left in the UI was never passed through l10n (test/integration/languages.locale.ts).
//   node test/tools/pseudo.mjs <folder>   (npm run compile and the build first: it copies dist/)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import l10nDev from '@vscode/l10n-dev';

export const PSEUDO = 'qps-ploc';
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const read = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

/** Each prose field of the roadmap, pseudo-localized, as an overlay (the core's overlayFor, as
 *  compiled by `tsc -p .`, so the prose rules are the ones the extension applies). */
function pseudoOverlay(roadmap) {
  const { overlayFor } = require(join(root, 'out', 'src', 'core', 'overlay.js'));
  const texts = {};
  overlayFor(roadmap, PSEUDO, (t) => { texts[t] = t; return t; });
  const pseudo = l10nDev.getL10nPseudoLocalized(texts);
  return overlayFor(roadmap, PSEUDO, (t) => pseudo[t]);
}

/** The exercises' title, summary, statement, hints and bugs, pseudo-localized (the code stays). */
function pseudoExercises(bundle) {
  const texts = {};
  const add = (t) => { texts[t] = t; return t; };
  for (const e of bundle.exercises) [e.title, e.summary, e.statement, ...e.hints, ...(e.variants ?? []).map((v) => v.bug)].forEach(add);
  const p = l10nDev.getL10nPseudoLocalized(texts);
  return {
    locale: PSEUDO,
    exercises: Object.fromEntries(bundle.exercises.map((e) => [e.id, {
      title: p[e.title], summary: p[e.summary], statement: p[e.statement], hints: e.hints.map((h) => p[h]),
      ...(e.variants ? { bugs: e.variants.map((v) => p[v.bug]) } : {}),
    }])),
  };
}

export function makePseudoCopy(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of ['package.json', 'package.nls.json', 'LICENSE', 'dist', 'media', 'l10n']) cpSync(join(root, p), join(dir, p), { recursive: true });
  writeFileSync(join(dir, `package.nls.${PSEUDO}.json`), JSON.stringify(l10nDev.getL10nPseudoLocalized(read('package.nls.json'))));
  writeFileSync(join(dir, 'l10n', `bundle.l10n.${PSEUDO}.json`), JSON.stringify(l10nDev.getL10nPseudoLocalized(read('l10n/bundle.l10n.json'))));
  mkdirSync(join(dir, 'dist', 'l10n'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'l10n', `roadmap.${PSEUDO}.json`), JSON.stringify(pseudoOverlay(read('data/roadmap.json'))));
  writeFileSync(join(dir, 'dist', 'l10n', `exercises.${PSEUDO}.json`), JSON.stringify(pseudoExercises(read('dist/exercises.json'))));
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv[2]) throw new Error('usage: node test/tools/pseudo.mjs <folder>');
  console.log(makePseudoCopy(process.argv[2]));
}

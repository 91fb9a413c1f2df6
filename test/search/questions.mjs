// `node test/search/questions.mjs [--set tuning|held-out] [--show]`: Search Roadmap on learner
// questions (questions.json): top-1 and top-3 per set; --show lists the questions it gets wrong.
// Needs the compiled tests (out/): `npx tsc -p .` first. Tune on the tuning half only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const { searchRoadmap } = require(join(root, 'out', 'src', 'core', 'search.js'));
const { questionsFigures } = require(join(root, 'out', 'test', 'search', 'figures.js'));
const { shippedRoadmap, spanishRoadmap } = require(join(root, 'out', 'test', 'unit', 'fixtures.js'));
const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const { questions } = JSON.parse(readFileSync(join(here, 'questions.json'), 'utf8'));
const roadmaps = { en: shippedRoadmap(), es: spanishRoadmap() };
for (const set of ['tuning', 'held-out']) {
  if (only && set !== only) continue;
  const f = questionsFigures(questions.filter((q) => q.set === set), (q, lang) => searchRoadmap(roadmaps[lang] ?? roadmaps.en, q, { limit: 10 }));
  console.log(`${set}: ${f.n} questions — top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)}`);
  if (args.includes('--show')) for (const w of f.wrong) console.log(`  ${w}`);
}

// Draws the files of the accuracy corpus (issue 24): from each repository's pinned commit, the
// files detection reads (Python, notebooks, project files), in a seeded random order, the first
// PER_REPO of them (all when fewer). Prints the draw as JSON; run it again to check nothing moved:
//   node test/accuracy/draw.mjs > /tmp/draw.json
// Needs the snapshots under $PYTHON_ROADMAP_MIRROR or /work/.mirror (the search tool's `fetch`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const mirror = process.env.PYTHON_ROADMAP_MIRROR ?? '/work/.mirror';
const corpus = JSON.parse(readFileSync(join(here, 'corpus.json'), 'utf8'));
const SEED = corpus.seed;
const PER_REPO = corpus.perRepository;

/** The files detection reads: the same rule as src/core/detect/fileKind.ts, by name. */
const READ = /\.(py|pyi|ipynb)$|(^|\/)(pyproject\.toml|setup\.cfg|setup\.py|Pipfile|requirements[^/]*\.txt|Dockerfile|docker-compose\.ya?ml|\.pre-commit-config\.yaml|tox\.ini|noxfile\.py)$|(^|\/)\.github\/workflows\/[^/]+\.ya?ml$|(^|\/)\.gitlab-ci\.yml$/;

/** xorshift32, as the unit tests use: the same seed gives the same order everywhere. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

const out = [];
for (const r of corpus.repositories) {
  if (r.drawn === false) continue; // labelled before this corpus, by hand (the first six)
  const gitDir = join(mirror, r.repo.replace('/', '+'), 'repo');
  const names = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', r.commit], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\n').filter((p) => p && READ.test(p)).sort();
  // One generator per repository, seeded by the corpus seed and the repository's name.
  let h = SEED;
  for (const c of r.repo) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const next = rng(h);
  const order = names.map((p) => [next(), p]).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  for (const path of order.slice(0, PER_REPO)) out.push({ repo: r.repo, path, set: r.set });
}
console.log(JSON.stringify(out, null, 1));

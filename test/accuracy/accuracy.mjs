// `npm run accuracy`: the detector over public repositories' snapshots, against labels kept here
// (repository, commit, path, the skills a reviewer sees in the file; no third-party source).
// Prints recall and precision per skill and overall, over file-skill pairs, and the precision of
// the sampled detections judged in verdicts.json. Runs where the snapshots are (the search tool's
// `fetch`, under $PYTHON_ROADMAP_MIRROR or /work/.mirror); without them it says so and exits 0.
//   node test/accuracy/accuracy.mjs               the figures
//   node test/accuracy/accuracy.mjs --show R P    one file's detections (R: owner/name, P: path)
//   node test/accuracy/accuracy.mjs --misses      every missed and extra pair, to review labels
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const { detectSkills } = require(join(root, 'out', 'src', 'core', 'detect', 'index.js'));
const mirror = process.env.PYTHON_ROADMAP_MIRROR ?? '/work/.mirror';
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
const verdicts = existsSync(join(here, 'verdicts.json')) ? JSON.parse(readFileSync(join(here, 'verdicts.json'), 'utf8')) : [];
const roadmapIds = new Set(JSON.parse(readFileSync(join(root, 'data', 'roadmap.json'), 'utf8')).phases.flatMap((p) => [...p.skills, ...p.practice].map((i) => i.id)));

const gitDir = (repo) => join(mirror, repo.replace('/', '+'), 'repo');
const repoOf = (name) => labels.repositories.find((r) => r.repo === name);
function source(repo, path) {
  const r = repoOf(repo);
  return execFileSync('git', ['--git-dir', gitDir(repo), 'show', `${r.commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const args = process.argv.slice(2);
if (args[0] === '--show') {
  const [repo, path] = args.slice(1);
  const found = detectSkills(source(repo, path), path);
  for (const d of found) console.log(`${String(d.line).padStart(5)}${d.cell !== undefined ? ` c${d.cell}` : ''}  ${d.skillId.padEnd(26)} ${d.reason ?? ''}  ${d.evidence}`);
  process.exit(0);
}

const present = labels.repositories.filter((r) => existsSync(gitDir(r.repo)));
if (!present.length) {
  console.log(`accuracy: no snapshots under ${mirror} (fetch ${labels.repositories.map((r) => r.repo).join(', ')}); nothing measured`);
  process.exit(0);
}
for (const r of labels.repositories) if (!present.includes(r)) console.log(`accuracy: ${r.repo} not fetched; its files are left out`);

const per = new Map(); // skill → { tp, fp, fn }
const count = (skill, k) => {
  const c = per.get(skill) ?? { tp: 0, fp: 0, fn: 0 };
  c[k]++;
  per.set(skill, c);
};
const misses = [];
const bySet = new Map(); // 'tuning' | 'held-out' → { tp, fp, fn, files }
let files = 0;
for (const file of labels.files) {
  if (!present.some((r) => r.repo === file.repo)) continue;
  for (const s of file.skills) if (!roadmapIds.has(s)) throw new Error(`labels.json: ${file.repo} ${file.path}: "${s}" is not a roadmap id`);
  files++;
  const found = new Set(detectSkills(source(file.repo, file.path), file.path).map((d) => d.skillId));
  const want = new Set(file.skills);
  const set = bySet.get(file.set ?? 'tuning') ?? { tp: 0, fp: 0, fn: 0, files: 0 };
  set.files++;
  bySet.set(file.set ?? 'tuning', set);
  for (const s of want) {
    if (found.has(s)) { count(s, 'tp'); set.tp++; }
    else { count(s, 'fn'); set.fn++; misses.push(`missed ${s.padEnd(24)} ${file.repo} ${file.path}`); }
  }
  for (const s of found) if (!want.has(s)) { count(s, 'fp'); set.fp++; misses.push(`extra  ${s.padEnd(24)} ${file.repo} ${file.path}`); }
}

const ratio = (a, b) => (b ? (a / b).toFixed(3) : '  -  ');
let [tp, fp, fn] = [0, 0, 0];
console.log(`\nrecognition on ${files} labelled files of ${present.length} repositories (file-skill pairs):`);
console.log(`  ${'skill'.padEnd(26)} recall  precision  (tp fp fn)`);
for (const [skill, c] of [...per].sort(([a], [b]) => a.localeCompare(b))) {
  tp += c.tp; fp += c.fp; fn += c.fn;
  console.log(`  ${skill.padEnd(26)} ${ratio(c.tp, c.tp + c.fn)}   ${ratio(c.tp, c.tp + c.fp)}      (${c.tp} ${c.fp} ${c.fn})`);
}
console.log(`  ${'overall'.padEnd(26)} ${ratio(tp, tp + fn)}   ${ratio(tp, tp + fp)}      (${tp} ${fp} ${fn})`);
// Files labelled before the rules were tuned on them ('held-out') against the rest.
for (const [name, c] of bySet) console.log(`  ${`${name} (${c.files} files)`.padEnd(26)} ${ratio(c.tp, c.tp + c.fn)}   ${ratio(c.tp, c.tp + c.fp)}      (${c.tp} ${c.fp} ${c.fn})`);

if (verdicts.length) {
  let yes = 0;
  let judged = 0;
  const gone = [];
  const bySkill = new Map();
  const cache = new Map();
  for (const v of verdicts) {
    if (!present.some((r) => r.repo === v.repo)) continue;
    const key = `${v.repo}:${v.path}`;
    if (!cache.has(key)) cache.set(key, detectSkills(source(v.repo, v.path), v.path));
    const still = cache.get(key).some((d) => d.skillId === v.skill && d.line === v.line && (v.cell === undefined || d.cell === v.cell));
    if (!still) { if (v.verdict === 'yes') gone.push(`${v.skill} ${v.repo} ${v.path}:${v.line}`); continue; }
    judged++;
    const c = bySkill.get(v.skill) ?? { yes: 0, all: 0 };
    c.all++;
    if (v.verdict === 'yes') { yes++; c.yes++; }
    bySkill.set(v.skill, c);
  }
  console.log(`\nsampled detections judged by hand: ${judged} still made, precision ${ratio(yes, judged)}; ${gone.length} judged right are no longer made`);
  const low = [...bySkill].filter(([, c]) => c.all >= 3 && c.yes / c.all < 0.8);
  if (low.length) console.log(`  skills under 0.80 on the sample: ${low.map(([s, c]) => `${s} ${c.yes}/${c.all}`).join(', ')}`);
  if (args.includes('--misses')) for (const g of gone) console.log(`  no longer made: ${g}`);
}
if (args.includes('--misses')) for (const m of misses) console.log(m);

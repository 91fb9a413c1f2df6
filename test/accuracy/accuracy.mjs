// `npm run accuracy`: the detector over public repositories' snapshots, against labels kept here
// (repository, commit, path, the skills a reviewer sees in the file; no third-party source).
// Prints recall and precision per skill and overall, over file-skill pairs, and the precision of
// the sampled detections judged in verdicts.json. Runs where the snapshots are (the search tool's
// `fetch`, under $PYTHON_ROADMAP_MIRROR or /work/.mirror); without them it says so and exits 0.
//   node test/accuracy/accuracy.mjs               the figures
//   node test/accuracy/accuracy.mjs --show R P    one file's detections (R: owner/name, P: path)
//   node test/accuracy/accuracy.mjs --misses      every missed and extra pair, to review labels
//   node test/accuracy/accuracy.mjs --set tuning  one set only (tuning without a glance at the held-out set)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mirror, snapshots } from './snapshots.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const detect = require(join(root, 'out', 'src', 'core', 'detect', 'index.js'));
// Mentions (hints below the evidence standard) are shown but never offered: they are not detections here.
const detectSkills = (text, path, repo) => detect.detectSkills(text, path, ownModules(repo, path)).filter(detect.isShown);
const everything = (text, path, repo) => detect.detectSkills(text, path, ownModules(repo, path));
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
const verdicts = existsSync(join(here, 'verdicts.json')) ? JSON.parse(readFileSync(join(here, 'verdicts.json'), 'utf8')) : [];
const roadmapIds = new Set(JSON.parse(readFileSync(join(root, 'data', 'roadmap.json'), 'utf8')).phases.flatMap((p) => [...p.skills, ...p.practice].map((i) => i.id)));

const { gitDir, repoOf, source, ownModules } = snapshots(labels);

const args = process.argv.slice(2);
if (args[0] === '--show') {
  const [repo, path] = args.slice(1);
  const found = everything(source(repo, path), path, repo);
  for (const d of found) console.log(`${String(d.line).padStart(5)}${d.cell !== undefined ? ` c${d.cell}` : ''}  ${d.skillId.padEnd(26)}${d.mention ? ' (mention)' : ''} ${d.reason ?? ''}  ${d.evidence}`);
  process.exit(0);
}

const present = labels.repositories.filter((r) => existsSync(gitDir(r.repo)));
if (!present.length) {
  console.log(`accuracy: no snapshots under ${mirror} (fetch ${labels.repositories.map((r) => r.repo).join(', ')}); nothing measured`);
  process.exit(0);
}
for (const r of labels.repositories) if (!present.includes(r)) console.log(`accuracy: ${r.repo} not fetched; its files are left out`);

// Per set ('tuning', 'held-out') and per skill: true positives, false positives, misses over
// file-skill pairs. The held-out set was labelled before the rules were changed for it.
const sets = new Map(); // set → { files, tp, fp, fn, per: Map(skill → { tp, fp, fn }) }
const misses = [];
const setOf = (name) => {
  if (!sets.has(name)) sets.set(name, { files: 0, tp: 0, fp: 0, fn: 0, per: new Map() });
  return sets.get(name);
};
const count = (set, skill, k) => {
  const c = set.per.get(skill) ?? { tp: 0, fp: 0, fn: 0 };
  c[k]++;
  set[k]++;
  set.per.set(skill, c);
};
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
for (const file of labels.files) {
  if (!present.some((r) => r.repo === file.repo)) continue;
  if (onlySet && (file.set ?? 'tuning') !== onlySet) continue;
  for (const s of file.skills) if (!roadmapIds.has(s)) throw new Error(`labels.json: ${file.repo} ${file.path}: "${s}" is not a roadmap id`);
  const set = setOf(file.set ?? 'tuning');
  set.files++;
  let text;
  try {
    text = source(file.repo, file.path);
  } catch {
    console.log(`accuracy: ${file.repo} ${file.path} is not in the snapshot; left out`);
    continue;
  }
  const found = new Set(detectSkills(text, file.path, file.repo).map((d) => d.skillId));
  const want = new Set(file.skills);
  for (const s of want) {
    if (found.has(s)) count(set, s, 'tp');
    else { count(set, s, 'fn'); misses.push(`${file.set.padEnd(8)} missed ${s.padEnd(24)} ${file.repo} ${file.path}`); }
  }
  for (const s of found) if (!want.has(s)) { count(set, s, 'fp'); misses.push(`${file.set.padEnd(8)} extra  ${s.padEnd(24)} ${file.repo} ${file.path}`); }
}

const ratio = (a, b) => (b ? (a / b).toFixed(3) : '  -  ');
const MIN_POSITIVES = 5;
for (const name of ['held-out', 'tuning']) {
  const set = sets.get(name);
  if (!set) continue;
  const repos = new Set(labels.files.filter((f) => (f.set ?? 'tuning') === name).map((f) => f.repo));
  console.log(`\n${name}: ${set.files} labelled files of ${repos.size} repositories — recall ${ratio(set.tp, set.tp + set.fn)}, precision ${ratio(set.tp, set.tp + set.fp)} over file-skill pairs (tp ${set.tp}, fp ${set.fp}, fn ${set.fn})`);
  console.log(`  per skill with at least ${MIN_POSITIVES} labelled positives:`);
  console.log(`  ${'skill'.padEnd(26)} ${'positives'.padStart(9)}  recall  precision  (tp fp fn)`);
  for (const [skill, c] of [...set.per].sort(([a], [b]) => a.localeCompare(b))) {
    if (c.tp + c.fn < MIN_POSITIVES) continue;
    const flag = c.tp / (c.tp + c.fn) < 0.8 || (c.tp + c.fp && c.tp / (c.tp + c.fp) < 0.8) ? '  < 0.80' : '';
    console.log(`  ${skill.padEnd(26)} ${String(c.tp + c.fn).padStart(9)}  ${ratio(c.tp, c.tp + c.fn)}   ${ratio(c.tp, c.tp + c.fp)}      (${c.tp} ${c.fp} ${c.fn})${flag}`);
  }
  const rare = [...set.per].filter(([, c]) => c.tp + c.fn < MIN_POSITIVES && c.tp + c.fn + c.fp > 0);
  if (rare.length) console.log(`  fewer positives: ${rare.map(([s, c]) => `${s} ${c.tp}/${c.tp + c.fn}${c.fp ? ` +${c.fp} extra` : ''}`).join(', ')}`);
}

// The sampled detections judged by hand (verdicts.json; test/accuracy/sample.mjs draws them), per
// set: a verdict counts while the detector still makes that detection (same skill, line and cell).
if (verdicts.length) {
  const bySet = new Map(); // set → { yes, judged, per: Map(skill → { yes, all }) }
  const gone = [];
  const cache = new Map();
  for (const v of verdicts) {
    if (!present.some((r) => r.repo === v.repo)) continue;
    const key = `${v.repo}:${v.path}`;
    if (!cache.has(key)) cache.set(key, detectSkills(source(v.repo, v.path), v.path, v.repo));
    const still = cache.get(key).some((d) => d.skillId === v.skill && d.line === v.line && (v.cell === undefined || d.cell === v.cell));
    if (!still) { if (v.verdict === 'yes') gone.push(`${v.skill} ${v.repo} ${v.path}:${v.line}${v.cell !== undefined ? ` c${v.cell}` : ''}`); continue; }
    const name = v.set ?? (repoOf(v.repo).set === 'held-out' ? 'held-out' : 'tuning');
    if (onlySet && name !== onlySet) continue;
    if (!bySet.has(name)) bySet.set(name, { yes: 0, judged: 0, per: new Map() });
    const s = bySet.get(name);
    const c = s.per.get(v.skill) ?? { yes: 0, all: 0 };
    s.judged++;
    c.all++;
    if (v.verdict === 'yes') { s.yes++; c.yes++; }
    s.per.set(v.skill, c);
  }
  const part = (name) => { const s = bySet.get(name) ?? { yes: 0, judged: 0 }; return `${name}: ${s.judged} still made, precision ${ratio(s.yes, s.judged)}`; };
  console.log(`\nsampled detections judged by hand — ${part('held-out')}; ${part('tuning')}; ${gone.length} judged right are no longer made`);
  const wrong = [...(bySet.get('held-out')?.per ?? [])].filter(([, c]) => c.yes < c.all).sort(([a], [b]) => a.localeCompare(b));
  if (wrong.length) console.log('  held-out skills with a detection judged wrong:');
  for (const [skill, c] of wrong) console.log(`  ${skill.padEnd(26)} ${c.yes}/${c.all} right, precision ${ratio(c.yes, c.all)}`);
  if (args.includes('--misses')) for (const g of gone) console.log(`  no longer made: ${g}`);
}
// Agreement between two labellers who labelled the same files independently (second-labels.json):
// how far the labels themselves can be trusted, the second labeller measured against the first.
if (existsSync(join(here, 'second-labels.json')) && !onlySet) {
  const first = new Map(labels.files.map((f) => [`${f.repo}\t${f.path}`, new Set(f.skills)]));
  let agreed = 0, onlyFirst = 0, onlySecond = 0, same = 0, n = 0;
  for (const f of JSON.parse(readFileSync(join(here, 'second-labels.json'), 'utf8')).files) {
    const a = first.get(`${f.repo}\t${f.path}`);
    if (!a) continue;
    const b = new Set(f.skills);
    n++;
    let both = 0;
    for (const s of b) if (a.has(s)) both++;
    agreed += both;
    onlyFirst += a.size - both;
    onlySecond += b.size - both;
    if (both === a.size && both === b.size) same++;
  }
  const p = agreed / (agreed + onlySecond), r = agreed / (agreed + onlyFirst);
  console.log(`\nlabel agreement: ${n} files labelled twice, ${agreed} pairs agreed, ${onlyFirst} only first, ${onlySecond} only second; F1 ${ratio(2 * p * r, p + r)}; identical labels on ${same} files`);
}
if (args.includes('--misses')) for (const m of misses) if (!args.includes('--tuning') || m.startsWith('tuning')) console.log(m);

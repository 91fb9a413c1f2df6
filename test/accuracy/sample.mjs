// `node test/accuracy/sample.mjs`: a stratified sample of single detections to judge by hand.
// Runs the detector (shown detections only: mentions are never offered) over every labelled file
// of labels.json, at the repositories' pinned commits, and draws with a fixed seed: for each set
// ('held-out', 'tuning') and each skill, up to PER_SKILL files that have the skill at random, and
// in each of them one of its detections of that skill at random. Each stratum (set, skill) draws
// from its own generator, seeded from SEED and the stratum's name, so a change in one skill's
// detections leaves the other strata's draws as they were. Detections judged in earlier samples
// (entries of verdicts.json without this sample's tag) are not drawn again. Prints one JSON line
// per drawn detection: repo, path, line, cell, skill, reason, evidence, set (and `judged` when
// verdicts.json already holds its verdict). Same detector, same output.
//   node test/accuracy/sample.mjs            the sample
//   node test/accuracy/sample.mjs --todo     only the drawn detections not yet in verdicts.json
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mirror, snapshots } from './snapshots.mjs';

export const SEED = 20261207;
export const PER_SKILL = 6;
export const TAG = `stratified ${SEED}`; // the `sample` field of the verdicts judged from this draw

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const detect = require(join(root, 'out', 'src', 'core', 'detect', 'index.js'));
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
const verdicts = existsSync(join(here, 'verdicts.json')) ? JSON.parse(readFileSync(join(here, 'verdicts.json'), 'utf8')) : [];

const { gitDir, source, ownModules } = snapshots(labels);

// mulberry32, seeded per stratum from SEED and the stratum's name (FNV-1a).
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(text) {
  let h = 0x811c9dc5 ^ SEED;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193);
  return h >>> 0;
}
function shuffled(items, random) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const key = (v) => `${v.repo}\t${v.path}\t${v.line}\t${v.cell ?? ''}\t${v.skill}`;
const earlier = new Set(verdicts.filter((v) => v.sample !== TAG).map(key));
const judged = new Map(verdicts.filter((v) => v.sample === TAG).map((v) => [key(v), v.verdict]));

// strata: set → skill → [{ file, detections }] in labels.json's order of files
const strata = new Map();
for (const file of labels.files) {
  if (!existsSync(gitDir(file.repo))) throw new Error(`sample: ${file.repo} is not fetched under ${mirror}`);
  let text;
  try {
    text = source(file.repo, file.path);
  } catch {
    console.error(`sample: ${file.repo} ${file.path} is not in the snapshot; left out`);
    continue;
  }
  const set = file.set ?? 'tuning';
  const bySkill = new Map();
  const seen = new Set();
  for (const d of detect.detectSkills(text, file.path, ownModules(file.repo, file.path)).filter(detect.isShown)) {
    const v = { repo: file.repo, path: file.path, line: d.line, ...(d.cell !== undefined ? { cell: d.cell } : {}), skill: d.skillId, reason: d.reason ?? '', evidence: d.evidence, set };
    if (earlier.has(key(v)) || seen.has(key(v))) continue;
    seen.add(key(v));
    if (!bySkill.has(v.skill)) bySkill.set(v.skill, []);
    bySkill.get(v.skill).push(v);
  }
  if (!strata.has(set)) strata.set(set, new Map());
  for (const [skill, detections] of bySkill) {
    const s = strata.get(set);
    if (!s.has(skill)) s.set(skill, []);
    s.get(skill).push(detections);
  }
}

const todo = process.argv.includes('--todo');
for (const set of ['held-out', 'tuning']) {
  for (const [skill, files] of [...(strata.get(set) ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
    const random = mulberry32(seedOf(`${set}\t${skill}`));
    for (const detections of shuffled(files, random).slice(0, PER_SKILL)) {
      const d = detections[Math.floor(random() * detections.length)];
      const verdict = judged.get(key(d));
      if (todo && verdict) continue;
      console.log(JSON.stringify({ ...d, ...(verdict ? { judged: verdict } : {}) }));
    }
  }
}

// `node test/accuracy/calibration.mjs`: how far precision can rise by offering only the kinds of
// evidence that were right elsewhere. Over the tuning set, leave one repository out: from the other
// repositories, how often each (skill, reason) detection agreed with the labels; then, in the left-out
// repository, offer a skill only where its reasons' combined rate (noisy-OR, smoothed) reaches a
// threshold. Prints recall and precision per threshold. Uses the tuning set only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshots } from './snapshots.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const detect = require(join(root, 'out', 'src', 'core', 'detect', 'index.js'));
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
const { source, ownModules } = snapshots(labels);
// One row per (file, skill) detected or labelled, with the detection's reasons.
const rows = [];
for (const f of labels.files) {
  if ((f.set ?? 'tuning') !== 'tuning') continue;
  let text;
  try { text = source(f.repo, f.path); } catch { continue; }
  const by = new Map();
  for (const d of detect.detectSkills(text, f.path, ownModules(f.repo, f.path)).filter(detect.isShown)) by.set(d.skillId, new Set([...(by.get(d.skillId) ?? []), d.reason ?? '?']));
  for (const [skill, reasons] of by) rows.push({ repo: f.repo, skill, reasons: [...reasons], label: f.skills.includes(skill) });
  for (const s of f.skills) if (!by.has(s)) rows.push({ repo: f.repo, skill: s, reasons: [], label: true });
}
const repos = [...new Set(rows.map((r) => r.repo))];
const key = (skill, reason) => `${skill}\t${reason}`;
const PRIOR = [4, 1]; // a reason never seen elsewhere starts at 0.8
for (const threshold of [0, 0.6, 0.7, 0.8, 0.85, 0.9]) {
  let tp = 0, fp = 0, fn = 0;
  for (const repo of repos) {
    const rate = new Map();
    for (const r of rows) {
      if (r.repo === repo) continue;
      for (const re of r.reasons) {
        const e = rate.get(key(r.skill, re)) ?? { y: 0, n: 0 };
        if (r.label) e.y++;
        else e.n++;
        rate.set(key(r.skill, re), e);
      }
    }
    for (const r of rows.filter((x) => x.repo === repo)) {
      let none = 1;
      for (const re of r.reasons) { const e = rate.get(key(r.skill, re)) ?? { y: 0, n: 0 }; none *= 1 - (e.y + PRIOR[0]) / (e.y + e.n + PRIOR[0] + PRIOR[1]); }
      const offered = r.reasons.length > 0 && 1 - none >= threshold;
      if (offered && r.label) tp++; else if (offered) fp++; else if (r.label) fn++;
    }
  }
  console.log(`threshold ${threshold.toFixed(2)}: recall ${(tp / (tp + fn)).toFixed(3)}, precision ${(tp / (tp + fp)).toFixed(3)} (leave one repository out, ${repos.length} tuning repositories)`);
}

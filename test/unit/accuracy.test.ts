// The accuracy set (test/accuracy) holds labels only; `npm run accuracy` runs it where the
// repositories' snapshots are. Here: that the labels themselves are sound.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, shippedRoadmap } from './fixtures';
import { allSkills } from '../../src/core/roadmap';

interface Labels { repositories: { repo: string; commit: string; set?: string }[]; files: { repo: string; path: string; skills: string[]; set?: string }[] }
const labels: Labels = JSON.parse(readFileSync(join(ROOT, 'test', 'accuracy', 'labels.json'), 'utf8'));
const verdicts: { repo: string; path: string; line: number; cell?: number; skill: string; verdict: string; reason: string; set?: string; sample?: string }[] = JSON.parse(readFileSync(join(ROOT, 'test', 'accuracy', 'verdicts.json'), 'utf8'));

suite('accuracy set: labels of public repositories', () => {
  test('at least 5 repositories pinned to a commit, 40 labelled files, 300 judged detections', () => {
    assert.ok(labels.repositories.length >= 5);
    for (const r of labels.repositories) assert.match(r.commit, /^[0-9a-f]{40}$/, r.repo);
    assert.ok(labels.files.length >= 40, `${labels.files.length} files`);
    assert.ok(verdicts.length >= 300, `${verdicts.length} verdicts`);
  });

  test('every label and verdict names a roadmap id, a known repository, and is unique', () => {
    const ids = new Set(allSkills(shippedRoadmap()).map((i) => i.id));
    const repos = new Set(labels.repositories.map((r) => r.repo));
    const seen = new Set<string>();
    for (const f of labels.files) {
      assert.ok(repos.has(f.repo), f.repo);
      assert.ok(!seen.has(`${f.repo}:${f.path}`), `${f.path} labelled twice`);
      seen.add(`${f.repo}:${f.path}`);
      for (const s of f.skills) assert.ok(ids.has(s), `${f.path}: ${s}`);
    }
    const setOf = new Map(labels.repositories.map((r) => [r.repo, r.set === 'held-out' ? 'held-out' : 'tuning']));
    const judged = new Set<string>();
    for (const v of verdicts) {
      assert.ok(repos.has(v.repo) && ids.has(v.skill) && Number.isInteger(v.line), JSON.stringify(v));
      assert.ok(v.verdict === 'yes' || v.verdict === 'no');
      assert.ok(v.reason.length > 5 && v.reason.length < 200);
      // the set is the repository's; a notebook's detection names its cell
      assert.ok(v.set === undefined || v.set === setOf.get(v.repo), `${v.repo} ${v.path}:${v.line}: set ${v.set}`);
      assert.ok(v.cell === undefined || (Number.isInteger(v.cell) && v.cell >= 0), JSON.stringify(v));
      assert.ok(v.sample === undefined || typeof v.sample === 'string', JSON.stringify(v));
      const key = `${v.repo}:${v.path}:${v.line}:${v.cell ?? ''}:${v.skill}`;
      assert.ok(!judged.has(key), `${key} judged twice`);
      judged.add(key);
    }
  });
});

// Every exercise as shipped (dist/exercises.json, which the build writes from data/exercises/):
// valid, linked to real skills, its starter failing its tests and its model solution passing them,
// run with this machine's python3 through the runner the extension uses.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allSkills } from '../../src/core/roadmap';
import { checkPassed, checkRuns, parseExerciseBundle, parseRunnerOutput, summariseRuns } from '../../src/core/exercises';
import type { Exercise } from '../../src/core/exercises';
import { ROOT, shippedRoadmap } from './fixtures';

const python = ['python3', 'python'].find((p) => spawnSync(p, ['--version'], { encoding: 'utf8' }).status === 0);
const text = readFileSync(join(ROOT, 'dist', 'exercises.json'), 'utf8');
const parsed = parseExerciseBundle(text, 'dist/exercises.json', new Set(allSkills(shippedRoadmap()).map((i) => i.id)));

function run(e: Exercise, runner: string, files: Record<string, string>): { results: ReturnType<typeof parseRunnerOutput>; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), `exercise-${e.id}-`));
  try {
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, '.roadmap-runner.py'), runner);
    const t = Date.now();
    const r = spawnSync(python!, ['.roadmap-runner.py', ...e.tests], { cwd: dir, encoding: 'utf8', timeout: (e.timeoutSeconds ?? 10) * 1000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    return { results: parseRunnerOutput(r.stdout ?? ''), ms: Date.now() - t };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

suite('exercises: as shipped', () => {
  test('the bundle is valid: ids unique, every file present, every skill in the roadmap', () => {
    assert.ok('bundle' in parsed, 'error' in parsed ? parsed.error : '');
  });

  test('there is a Python to check them with (CI has python3)', () => {
    assert.ok(python, 'no python3 or python on PATH');
  });

  if ('bundle' in parsed && python) {
    for (const e of parsed.bundle.exercises) {
      test(`${e.id}: the starter fails its check, the model solution passes it`, function () {
        this.timeout(60_000);
        // As the extension checks: each run of the plan (one, or the working code and each planted bug).
        const check = (files: Record<string, string>) => {
          const runs = checkRuns(e);
          const outcomes = runs.map((r) => run(e, parsed.bundle.runner, { ...files, ...r.overlay }).results);
          return e.kind === 'write-tests' ? summariseRuns(runs, outcomes) : outcomes[0]!;
        };
        const starter = check(e.files);
        assert.ok(starter.length > 0, `${e.id}: the starter produced no results`);
        assert.ok(!checkPassed(starter), `${e.id}: the starter passes`);
        const solved = check({ ...e.files, ...e.solution });
        assert.ok(checkPassed(solved), `${e.id}: the solution fails: ${JSON.stringify(solved.filter((r) => r.outcome !== 'passed')).slice(0, 800)}`);
      });
    }
  }
});

suite('exercises: tests written by the learner', () => {
  test('weak tests are not enough: each planted bug must make one fail', function () {
    this.timeout(60_000);
    if (!('bundle' in parsed) || !python) return this.skip();
    const e = parsed.bundle.exercises.find((x) => x.kind === 'write-tests')!;
    const weak = 'import unittest\nfrom slug import slugify\n\nclass T(unittest.TestCase):\n    def test_lower(self):\n        self.assertEqual(slugify("Ab"), "ab")\n';
    const runs = checkRuns(e);
    const results = summariseRuns(runs, runs.map((r) => run(e, parsed.bundle.runner, { ...e.files, [e.tests[0]!]: weak, ...r.overlay }).results));
    assert.equal(results[0]!.outcome, 'passed', 'they pass on the working code');
    assert.equal(results.find((r) => r.name.includes('capital'))!.outcome, 'passed', 'and catch the upper-case bug');
    assert.equal(results.find((r) => r.name.includes('ends'))!.outcome, 'failed', 'but not the dashes at the ends');
    assert.equal(checkPassed(results), false);
  });
});

suite('exercises: the runner\'s output', () => {
  test('results are read line by line; noise, bad lines and unknown outcomes are skipped', () => {
    const out = [
      'hello from the learner',
      JSON.stringify({ id: 't.A.test_a', name: 'test_a', outcome: 'passed' }),
      '{ not json',
      JSON.stringify({ id: 't.A.test_b', name: 'test_b', outcome: 'failed', message: '[1] != [1, 2]', expected: '[1, 2]', actual: '[1]' }),
      JSON.stringify({ id: 'x', outcome: 'exploded' }),
    ].join('\n');
    const r = parseRunnerOutput(out);
    assert.deepEqual(r.map((x) => [x.id, x.outcome]), [['t.A.test_a', 'passed'], ['t.A.test_b', 'failed']]);
    assert.equal(r[1]!.expected, '[1, 2]');
    assert.equal(checkPassed(r), false);
    assert.equal(checkPassed([r[0]!]), true);
    assert.equal(checkPassed([]), false, 'no test ran: not a pass');
  });
});

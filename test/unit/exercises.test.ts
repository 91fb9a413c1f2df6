// Every exercise as shipped (dist/exercises.json, which the build writes from data/exercises/):
// valid, linked to real skills, its starter failing its tests and its model solution passing them,
// run with this machine's python3 through the runner the extension uses.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allSkills } from '../../src/core/roadmap';
import { CHECK_SECONDS, checkPassed, checkRuns, checkSeconds, parseExerciseBundle, parseRunnerOutput, summariseRuns } from '../../src/core/exercises';
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

suite('exercises: how long a check may run', () => {
  test('the setting and the exercise\'s own limit are clamped to 1–120 s; 0, below 0 or not a number leaves it to the next', () => {
    const cases: [unknown, unknown, number][] = [
      [0, undefined, 10], // the defaults: the exercise's own limit, else 10 s
      [0, 30, 30],
      [20, 30, 20], // the setting wins
      [-5, undefined, 10], // below the setting's range (0 = the exercise's own): as 0
      [-5, 30, 30],
      [3_000_000, 30, 120], // over the range: the longest a check may take, not a timer that overflows
      [Number.MAX_VALUE, undefined, 120],
      [0.2, undefined, 1],
      [Number.NaN, 30, 30],
      [Number.POSITIVE_INFINITY, 30, 30],
      ['20', 30, 30],
      [null, undefined, 10],
      [0, 3_000_000, 120], // the exercise's own limit too
      [0, -1, 10],
      [0, 0.5, 1],
    ];
    for (const [setting, own, want] of cases) assert.equal(checkSeconds(setting, own), want, `setting ${String(setting)}, own ${String(own)}`);
    assert.deepEqual(CHECK_SECONDS, { min: 1, max: 120, fallback: 10 });
    // The manifest says the same range (0 there: the exercise's own limit).
    const setting = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties['pythonRoadmap.exercises.timeoutSeconds'];
    assert.deepEqual([setting.minimum, setting.maximum], [0, CHECK_SECONDS.max]);
    assert.ok(CHECK_SECONDS.max * 1000 < 2 ** 31 - 1, 'within what a timer can wait');
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

suite('exercises: where each result is in the test file', () => {
  test('a result names its test file, the line of its def and the line that failed', function () {
    this.timeout(30_000);
    if (!('bundle' in parsed) || !python) return this.skip();
    const e = parsed.bundle.exercises.find((x) => x.id === 'flatten-lists')!;
    const results = run(e, parsed.bundle.runner, { ...e.files, 'flatten.py': 'def flatten(items):\n    return list(items)\n' }).results;
    const lines = e.files[e.tests[0]!]!.split('\n');
    const at = (pattern: string) => lines.findIndex((l) => l.includes(pattern)) + 1;
    const depth = results.find((r) => r.name === 'test_any_depth')!;
    assert.equal(depth.file, 'test_flatten.py');
    assert.equal(depth.line, at('def test_any_depth'));
    assert.equal(depth.failLine, at('def test_any_depth') + 1, 'the assertEqual under it');
    const empty = results.find((r) => r.name === 'test_input_unchanged')!;
    assert.equal(empty.outcome, 'passed');
    assert.equal(empty.line, at('def test_input_unchanged'));
    assert.equal(empty.failLine, undefined);
  });

  test('lines are kept only when they are whole numbers in range and the file is a plain name', () => {
    const r = parseRunnerOutput([
      JSON.stringify({ id: 'a', outcome: 'failed', file: 'test_a.py', line: 3, failLine: 4 }),
      JSON.stringify({ id: 'b', outcome: 'failed', file: '../../etc/passwd', line: -1, failLine: 1.5 }),
      JSON.stringify({ id: 'c', outcome: 'failed', file: 'test_c.py', line: 'x', failLine: 10_000_000 }),
    ].join('\n'));
    assert.deepEqual(r.map((x) => [x.file, x.line, x.failLine]), [['test_a.py', 3, 4], [undefined, undefined, undefined], ['test_c.py', undefined, undefined]]);
  });
});

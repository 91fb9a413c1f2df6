// A check's counts: the Testing view and the messages give the same numbers. The Testing view
// counts every item given a state in the run (VS Code's testingProgressMessages.ts: passed over
// passed + failed + errored, skipped ones aside); a check reports the states reportedStates gives,
// and the messages say checkCounts. Before, the exercise's own item got a state of its own as well,
// so 2 failing of 4 tests showed as 2/5 in the Testing view.
import * as assert from 'node:assert/strict';
import { checkCounts, reportedStates } from '../../src/exercises/counts';
import type { RunState } from '../../src/exercises/counts';
import type { Outcome, TestResult } from '../../src/core/exercises';

const results = (...outcomes: Outcome[]): TestResult[] => outcomes.map((outcome, i) => ({ id: `t${i}`, name: `test_${i}`, outcome }));

/** What the Testing view shows for the states reported in a run, as VS Code counts them. */
function testingView(states: readonly RunState[]): { passed: number; ran: number; skipped: number } {
  const n = (s: RunState) => states.filter((x) => x === s).length;
  return { passed: n('passed'), ran: n('passed') + n('failed') + n('errored'), skipped: n('skipped') };
}

function reported(r: readonly TestResult[]): RunState[] {
  const s = reportedStates(r);
  return s.exercise ? [...s.tests, s.exercise] : [...s.tests];
}

suite('exercises: how a check is counted', () => {
  test('2 of 4 tests failing: the Testing view shows 2/4, and the message says 2 of 4', () => {
    const r = results('passed', 'failed', 'passed', 'failed');
    const counts = checkCounts(r);
    assert.deepEqual({ failing: counts.failing, ran: counts.ran }, { failing: 2, ran: 4 });
    assert.deepEqual(testingView(reported(r)), { passed: 2, ran: 4, skipped: 0 });
    assert.equal(reportedStates(r).exercise, undefined, 'the exercise\'s own item is shown from its tests, not counted');
  });

  test('errors count as failing and skipped tests are told apart, in both', () => {
    const r = results('passed', 'failed', 'error', 'skipped');
    assert.deepEqual(reportedStates(r).tests, ['passed', 'failed', 'errored', 'skipped']);
    const counts = checkCounts(r);
    assert.deepEqual(counts, { passed: 1, failing: 2, skipped: 1, ran: 3 });
    assert.deepEqual(testingView(reported(r)), { passed: counts.passed, ran: counts.ran, skipped: counts.skipped });
  });

  test('a pass: every test passed and nothing else counted', () => {
    const r = results('passed', 'passed', 'passed', 'passed', 'passed');
    assert.deepEqual(checkCounts(r), { passed: 5, failing: 0, skipped: 0, ran: 5 });
    assert.deepEqual(testingView(reported(r)), { passed: 5, ran: 5, skipped: 0 });
  });

  test('no test ran: the exercise\'s own item errored, counted once in both', () => {
    assert.deepEqual(reportedStates([]), { tests: [], exercise: 'errored' });
    assert.deepEqual(checkCounts([]), { passed: 0, failing: 1, skipped: 0, ran: 1 });
    assert.deepEqual(testingView(reported([])), { passed: 0, ran: 1, skipped: 0 });
  });

  test('whatever the outcomes, the counts are the Testing view\'s', () => {
    const outcomes: Outcome[] = ['passed', 'failed', 'error', 'skipped'];
    const every = (n: number): Outcome[][] => (n === 0 ? [[]] : every(n - 1).flatMap((xs) => outcomes.map((o) => [...xs, o])));
    for (const seq of [0, 1, 2, 3, 4].flatMap(every)) {
      const r = results(...seq);
      const counts = checkCounts(r);
      assert.deepEqual(testingView(reported(r)), { passed: counts.passed, ran: counts.ran, skipped: counts.skipped }, JSON.stringify(r.map((x) => x.outcome)));
    }
  });
});

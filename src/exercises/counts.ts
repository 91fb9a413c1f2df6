// How a check's tests are counted, once for every place that shows a count. The Testing view counts
// each item given a state in the run (passed over passed + failed + errored, skipped ones aside),
// so the check reports one state per test and gives the exercise's own item a state only when no
// test ran: otherwise VS Code shows that item from its tests and does not count it. The messages
// count the same states. Pure: exercises.ts reports them to VS Code.
import type { TestResult } from '../core/exercises';

export type RunState = 'passed' | 'failed' | 'errored' | 'skipped';

/** What a check reports to the Testing view: a state per test, and the exercise's own when none ran. */
export interface ReportedStates {
  readonly tests: readonly RunState[];
  readonly exercise?: 'errored';
}

export function reportedStates(results: readonly TestResult[]): ReportedStates {
  const tests = results.map((r): RunState => (r.outcome === 'error' ? 'errored' : r.outcome));
  return results.length ? { tests } : { tests, exercise: 'errored' };
}

export interface CheckCounts {
  readonly passed: number;
  /** Failed or errored. */
  readonly failing: number;
  readonly skipped: number;
  /** Passed and failing: what the Testing view's "passed/ran" divides by. */
  readonly ran: number;
}

/** The counts of what the check reported, as the Testing view makes them. */
export function checkCounts(results: readonly TestResult[]): CheckCounts {
  const r = reportedStates(results);
  const states = r.exercise ? [...r.tests, r.exercise] : r.tests;
  const count = (s: RunState) => states.filter((x) => x === s).length;
  const passed = count('passed');
  const failing = count('failed') + count('errored');
  return { passed, failing, skipped: count('skipped'), ran: passed + failing };
}

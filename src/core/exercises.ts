// Exercises: a statement, starter files, unittest tests, hints and a model solution per exercise,
// each practising roadmap skills. The build bundles data/exercises/<id>/ into dist/exercises.json;
// this module validates that bundle and reads what the test runner prints. Pure: the commands
// create the files and run Python.
import * as l10n from '@vscode/l10n';
import * as v from 'valibot';
import { IdSchema } from './schema';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
/** A file name in the exercise folder: a plain name, never a path that could leave it. */
const FileName = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,80}$/, 'expected a plain file name such as flatten.py'));

/** data/exercises/<id>/exercise.json, as authors write it. */
export const ExerciseMetaSchema = v.strictObject({
  id: IdSchema,
  title: Text,
  summary: Text,
  /** The roadmap skills it practises (the shipped roadmap's ids). */
  skills: v.pipe(v.array(IdSchema), v.minLength(1, 'expected at least one skill')),
  /** The files the learner edits (the folder's copies are the starters; solution/ holds the model ones). */
  starter: v.pipe(v.array(FileName), v.minLength(1)),
  /** unittest test files, given to the learner as they are. */
  tests: v.pipe(v.array(FileName), v.minLength(1)),
  /** Other files given as they are (data the tests read, a module to test). */
  support: v.optional(v.array(FileName)),
  hints: v.pipe(v.array(Text), v.minLength(1, 'expected 1 to 3 hints'), v.maxLength(3, 'expected 1 to 3 hints')),
  /** Seconds a check may take before it is stopped (an infinite loop must not hang anything). */
  timeoutSeconds: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(120))),
  /** "write-tests": the learner writes the tests; they must pass on `target` and catch every variant. */
  kind: v.optional(v.picklist(['code', 'write-tests'])),
  /** The module the learner's tests test (a support file). */
  target: v.optional(FileName),
  /** Broken copies of `target` (in variants/), each with the bug it plants. */
  variants: v.optional(v.array(v.strictObject({ file: FileName, bug: Text }))),
});

const Files = v.record(FileName, v.string());

/** One exercise in dist/exercises.json. */
export const ExerciseSchema = v.strictObject({
  ...ExerciseMetaSchema.entries,
  statement: Text,
  /** File name → text, for starter, tests, support and solution files. */
  files: Files,
  solution: Files,
  /** variants/ file name → text. */
  variantFiles: v.optional(Files),
});

export const ExerciseBundleSchema = v.strictObject({
  /** The runner script (data/exercises/runner.py). */
  runner: Text,
  exercises: v.array(ExerciseSchema),
});

export type Exercise = v.InferOutput<typeof ExerciseSchema>;
export type ExerciseBundle = v.InferOutput<typeof ExerciseBundleSchema>;

/** How long one check may run, in seconds: the manifest's range for the setting (where 0 means
 *  "the exercise's own limit"), and the schema's for an exercise's own; 10 when neither says. */
export const CHECK_SECONDS = { min: 1, max: 120, fallback: 10 } as const;

/**
 * The seconds a check may run: the setting, else the exercise's own limit, else 10, each clamped
 * to 1–120. A setting of 0, below 0 or not a number counts as not set. Without the clamp, -5
 * stopped every check at once and 3,000,000 overflowed the timer, which then fired at once too.
 */
export function checkSeconds(setting: unknown, own: unknown): number {
  const given = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? Math.min(CHECK_SECONDS.max, Math.max(CHECK_SECONDS.min, x)) : undefined);
  return given(setting) ?? given(own) ?? CHECK_SECONDS.fallback;
}

/** Validates the bundle; the error names the exercise and the place. Never throws. */
export function parseExerciseBundle(text: string, source: string, knownSkills?: ReadonlySet<string>): { bundle: ExerciseBundle } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `${source}: not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = v.safeParse(ExerciseBundleSchema, raw);
  if (!r.success) {
    const issue = r.issues[0];
    const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
    return { error: `${source}, $${path}: ${issue.message}` };
  }
  const ids = new Set<string>();
  for (const [i, e] of r.output.exercises.entries()) {
    if (ids.has(e.id)) return { error: `${source}, $.exercises[${i}].id: duplicate id "${e.id}"` };
    ids.add(e.id);
    for (const f of [...e.starter, ...e.tests, ...(e.support ?? [])]) if (!(f in e.files)) return { error: `${source}, exercise "${e.id}": no file ${f}` };
    for (const f of e.starter) if (!(f in e.solution)) return { error: `${source}, exercise "${e.id}": no model solution for ${f}` };
    if (e.kind === 'write-tests') {
      if (!e.target || !(e.target in e.files)) return { error: `${source}, exercise "${e.id}": a write-tests exercise names its target, a support file` };
      if (!e.variants?.length) return { error: `${source}, exercise "${e.id}": a write-tests exercise has at least one variant` };
      for (const x of e.variants) if (!(x.file in (e.variantFiles ?? {}))) return { error: `${source}, exercise "${e.id}": no variant file ${x.file}` };
    }
    if (knownSkills) for (const s of e.skills) if (!knownSkills.has(s)) return { error: `${source}, exercise "${e.id}": unknown skill "${s}"` };
  }
  return { bundle: r.output };
}

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestResult {
  readonly id: string;
  readonly name: string;
  readonly outcome: Outcome;
  readonly message?: string;
  readonly expected?: string;
  readonly actual?: string;
  /** The test file (a plain file name), the line of the test's def and the line that failed (1-based). */
  readonly file?: string;
  readonly line?: number;
  readonly failLine?: number;
}

const OUTCOMES: readonly string[] = ['passed', 'failed', 'error', 'skipped'];
const LIMIT = 20_000;

const PLAIN_FILE = /^[\w.-]{1,100}\.py$/;
const lineNumber = (x: unknown): number | undefined => (typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 1_000_000 ? x : undefined);

/** The runner's stdout, one JSON object a line; lines that are not results are ignored. */
export function parseRunnerOutput(stdout: string): TestResult[] {
  const out: TestResult[] = [];
  for (const line of stdout.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(t) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof o.id !== 'string' || typeof o.outcome !== 'string' || !OUTCOMES.includes(o.outcome)) continue;
    const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, LIMIT) : undefined);
    out.push({
      id: o.id.slice(0, 300), name: str(o.name) ?? o.id.slice(0, 300), outcome: o.outcome as Outcome,
      ...(str(o.message) !== undefined ? { message: str(o.message)! } : {}),
      ...(str(o.expected) !== undefined ? { expected: str(o.expected)! } : {}),
      ...(str(o.actual) !== undefined ? { actual: str(o.actual)! } : {}),
      ...(typeof o.file === 'string' && PLAIN_FILE.test(o.file) ? { file: o.file } : {}),
      ...(lineNumber(o.line) ? { line: lineNumber(o.line)! } : {}),
      ...(lineNumber(o.failLine) ? { failLine: lineNumber(o.failLine)! } : {}),
    });
    if (out.length >= 1000) break;
  }
  return out;
}

/** A check passes when tests ran and none failed or errored. */
export function checkPassed(results: readonly TestResult[]): boolean {
  return results.some((r) => r.outcome === 'passed') && results.every((r) => r.outcome === 'passed' || r.outcome === 'skipped');
}

/** The runs a check makes: the exercise's tests once; for a write-tests exercise, the learner's
 *  tests on the real module (must pass) and on each broken variant put in its place (must fail). */
export interface CheckRun {
  readonly label: string;
  /** Files that replace the learner's for this run (file name → text). */
  readonly overlay: Readonly<Record<string, string>>;
  readonly expect: 'pass' | 'fail';
}

export function checkRuns(e: Exercise): CheckRun[] {
  if (e.kind !== 'write-tests' || !e.target) return [{ label: l10n.t('the tests'), overlay: {}, expect: 'pass' }];
  return [
    { label: l10n.t('your tests pass on the working code'), overlay: {}, expect: 'pass' },
    ...(e.variants ?? []).map((x) => ({ label: l10n.t('your tests catch the bug: {0}', x.bug), overlay: { [e.target!]: e.variantFiles?.[x.file] ?? '' }, expect: 'fail' as const })),
  ];
}

/** A write-tests check's results, one per run: its label, and whether the run went as it should. */
export function summariseRuns(runs: readonly CheckRun[], outcomes: readonly (readonly TestResult[])[]): TestResult[] {
  return runs.map((run, i) => {
    const results = outcomes[i] ?? [];
    const ok = run.expect === 'pass' ? checkPassed(results) : results.some((r) => r.outcome === 'failed' || r.outcome === 'error');
    const failing = results.filter((r) => r.outcome !== 'passed');
    const message = ok ? undefined : run.expect === 'pass'
      ? (results.length ? `${failing.length} of your tests fail on the working code: ${failing.map((r) => r.name).join(', ')}` : 'no test ran: write at least one test method')
      : 'every test still passes with this bug in the code: add a test that fails on it';
    return { id: `run-${i}`, name: run.label, outcome: ok ? 'passed' : 'failed', ...(message ? { message } : {}) };
  });
}

/** Exercises that practise a skill. */
export function exercisesFor(bundle: ExerciseBundle, skillId: string): Exercise[] {
  return bundle.exercises.filter((e) => e.skills.includes(skillId));
}

/** A translation of the exercises (data/l10n/exercises.<locale>.json): by id, the title, summary,
 *  statement (Markdown), hints and the planted bugs' descriptions, place by place. The code, tests
 *  and solutions stay as they are. */
export interface ExerciseOverlayResult {
  readonly bundle: ExerciseBundle;
  /** What could not be applied, by place; there the English stays. */
  readonly issues: readonly string[];
  readonly fields: number;
  readonly translated: number;
}

export function applyExerciseOverlay(bundle: ExerciseBundle, overlay: unknown): ExerciseOverlayResult {
  const issues: string[] = [];
  let fields = 0;
  let translated = 0;
  const given = overlay && typeof overlay === 'object' && !Array.isArray(overlay) ? (overlay as { exercises?: unknown }).exercises : undefined;
  const byId = given && typeof given === 'object' && !Array.isArray(given) ? given as Record<string, unknown> : {};
  if (!given || typeof given !== 'object' || Array.isArray(given)) issues.push('exercises: expected an object of exercise id → translation');
  const ids = new Set(bundle.exercises.map((e) => e.id));
  for (const id of Object.keys(byId)) if (!ids.has(id)) issues.push(`exercises.${id}: no exercise with this id`);
  const text = (o: Record<string, unknown>, key: string, english: string, at: string): string => {
    fields++;
    const t = o[key];
    if (t === undefined) return english;
    if (typeof t !== 'string' || !t.trim()) {
      issues.push(`${at}.${key}: expected text`);
      return english;
    }
    translated++;
    return t;
  };
  const list = (o: Record<string, unknown>, key: string, english: readonly string[], at: string): string[] => {
    fields += english.length;
    const t = o[key];
    if (t === undefined) return [...english];
    if (!Array.isArray(t) || t.length !== english.length || !t.every((x) => typeof x === 'string' && x.trim())) {
      issues.push(`${at}.${key}: expected ${english.length} texts, one for each in English`);
      return [...english];
    }
    translated += english.length;
    return t as string[];
  };
  const exercises = bundle.exercises.map((e) => {
    const at = `exercises.${e.id}`;
    const raw = Object.prototype.hasOwnProperty.call(byId, e.id) ? byId[e.id] : undefined;
    const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw as Record<string, unknown> : {};
    if (raw !== undefined && o !== raw) issues.push(`${at}: expected an object`);
    for (const k of Object.keys(o)) if (!['title', 'summary', 'statement', 'hints', 'bugs'].includes(k)) issues.push(`${at}.${k}: not translated (only title, summary, statement, hints and bugs are)`);
    const bugs = list(o, 'bugs', (e.variants ?? []).map((x) => x.bug), at);
    return {
      ...e,
      title: text(o, 'title', e.title, at),
      summary: text(o, 'summary', e.summary, at),
      statement: text(o, 'statement', e.statement, at),
      hints: list(o, 'hints', e.hints, at),
      ...(e.variants ? { variants: e.variants.map((x, i) => ({ ...x, bug: bugs[i]! })) } : {}),
    };
  });
  return { bundle: { ...bundle, exercises }, issues, fields, translated };
}

// Exercises in the editor: Start Exercise writes an exercise's files into a folder (never over an
// existing file) and opens its statement beside the starter; Check runs its tests with the
// learner's Python in a child process (no shell, a timeout, trusted workspaces only) and shows the
// results in VS Code's Testing view; a pass marks the exercise done and records it as evidence on
// its skills.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Exercise, ExerciseBundle, TestResult } from '../core/exercises';
import type { PageExtras } from '../core/pages';
import { IN_WORKER, validated } from '../chunks';
import { readExtensionText, readTranslation } from '../extensionFiles';
import { allSkills } from '../core/roadmap';
import { BUILTIN } from '../roadmaps/roadmaps';
import { localDate } from '../core/evidence';
import { evidencePath } from '../workspaceLocation';
import { findPython, run } from './python';
import { createFolderInWorkspace, writeInWorkspace } from '../platform/workspaceFiles';
import { checkCounts, reportedStates } from './counts';
import { statementFile } from './statement';

export const EXERCISE_PREFIX = 'exercise:';
const SECTION = 'pythonRoadmap.exercises';
/** In the browser (vscode.dev, github.dev) no program can be started, so no Python either. */
const webCannotCheck = () => vscode.l10n.t('Check runs the tests with Python on your computer, and VS Code in the browser cannot start programs. Open this folder in desktop VS Code to check it; here you can read the exercise, start it and write your solution.');
const virtualCannotCheck = () => vscode.l10n.t('Check runs the tests with Python on files on your disk, and this folder is a virtual one (a repository opened without cloning it). Clone it or open a local folder to check exercises; here you can read them, start them and write your solution.');

/** What the error message offers to do about it: a button that runs a command. */
export interface CheckFix { readonly title: string; readonly command: string }

export type CheckResult =
  | { passed: boolean; results: readonly TestResult[]; ms: number; python: string }
  | { error: string; fix?: CheckFix };

/** The statement Start Exercise writes beside the starter. */
const STATEMENT = 'README.md';
/** The files Start Exercise writes besides the statement, which Check runs. */
const ownFiles = (e: Exercise): string[] => [...e.starter, ...e.tests, ...(e.support ?? [])];

export class Exercises implements vscode.Disposable {
  private bundle: Promise<ExerciseBundle | { error: string }> | undefined;
  readonly controller = vscode.tests.createTestController('pythonRoadmap.exercises', vscode.l10n.t('Python Roadmap exercises'));
  /** The last check of each exercise (tests read it, the page shows it). */
  readonly last = new Map<string, CheckResult>();
  private readonly disposables: vscode.Disposable[] = [this.controller];

  constructor(private readonly s: Services, private readonly context: vscode.ExtensionContext) {
    this.controller.createRunProfile(vscode.l10n.t('Check'), vscode.TestRunProfileKind.Run, async (request) => {
      const items = request.include ?? [...this.controllerItems()];
      for (const item of items) {
        const id = (item.parent ?? item).id.replace(/^exercise:/, '');
        await this.check(id);
      }
    }, true);
    // Checking on save is an option: a saved file of a started exercise checks it again.
    this.disposables.push(vscode.workspace.onDidSaveTextDocument(async (doc) => {
      if (!vscode.workspace.getConfiguration(SECTION).get<boolean>('checkOnSave', false)) return;
      const found = await this.exerciseOf(doc.uri);
      if (found) await this.check(found);
    }));
  }

  private *controllerItems(): Iterable<vscode.TestItem> {
    for (const [, item] of this.controller.items) yield item;
  }

  private ready: ExerciseBundle | undefined;

  /** The bundle when it has been read (pages render from it); else starts reading it and calls `then`. */
  loaded(then?: () => void): ExerciseBundle | undefined {
    if (!this.ready) void this.load().then((b) => { if ('exercises' in b) { this.ready = b; then?.(); } });
    return this.ready;
  }

  /** Where the learner is with an exercise: done (a check passed), started, or not started. */
  state(id: string): 'not started' | 'started' | 'passing' {
    const status = this.s.store.status(EXERCISE_PREFIX + id);
    return status === 'learned' ? 'passing' : status === 'none' ? 'not started' : 'started';
  }

  /** What the exercise page shows (the solution goes to the page, which shows it only when asked or after a pass). */
  page(id: string): PageExtras['exercise'] {
    const e = this.ready?.exercises.find((x) => x.id === id);
    if (!e) return undefined;
    const folder = this.folderOf(id);
    const last = this.last.get(id);
    const cannotCheck = IN_WORKER ? webCannotCheck()
      : folder && folder.scheme !== 'file' ? virtualCannotCheck()
      : !vscode.workspace.isTrusted ? vscode.l10n.t('Check runs your code with Python, so it waits until you trust this workspace. You can read the exercise and start it.') : undefined;
    return {
      id: e.id, title: e.title, summary: e.summary, statement: e.statement, skills: e.skills, hints: [...e.hints],
      solution: e.starter.map((name) => ({ name, text: e.solution[name] ?? '' })),
      ...(folder && this.state(id) !== 'not started' ? { folder: vscode.workspace.asRelativePath(folder) } : {}),
      ...(cannotCheck ? { cannotCheck } : {}),
      ...(last ? { last: 'error' in last ? { error: last.error } : { passed: last.passed, ms: last.ms, results: last.results.map((r) => ({ name: r.name, outcome: r.outcome, ...(r.message ? { message: r.message.slice(0, 2000) } : {}) })) } } : {}),
    };
  }

  /** The exercises in VS Code's display language: the overlay dist/l10n/exercises.<locale>.json
   *  applied when there is one (what it gets wrong is logged and stays English). */
  private async translated(bundle: ExerciseBundle): Promise<ExerciseBundle> {
    const t = await readTranslation(this.context.extensionUri, 'exercises', validated().overlayLocales(vscode.env.language));
    if (!t) return bundle;
    if ('error' in t) {
      this.s.log.warn(vscode.l10n.t('{0}: the translation could not be read ({1}); the exercises are shown in English', t.file, t.error));
      return bundle;
    }
    const r = validated().applyExerciseOverlay(bundle, t.value);
    for (const i of r.issues.slice(0, 20)) this.s.log.warn(`${t.file}: ${i}`);
    this.s.log.info(`${t.file}: ${r.translated} of ${r.fields} texts translated`);
    return r.bundle;
  }

  /** The exercises shipped with the extension, read once. */
  load(): Promise<ExerciseBundle | { error: string }> {
    this.bundle ??= (async () => {
      const uri = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'exercises.json');
      try {
        const text = await readExtensionText(uri);
        await this.s.roadmaps.ready();
        await validated.ready();
        const builtin = this.s.roadmaps.all.find((r) => r.key === BUILTIN)?.roadmap;
        const known = builtin ? new Set(allSkills(builtin).map((i) => i.id)) : undefined;
        const r = validated().parseExerciseBundle(text, uri.fsPath, known);
        if ('error' in r) this.s.log.error(r.error);
        return 'bundle' in r ? this.translated(r.bundle) : r;
      } catch (e) {
        return { error: vscode.l10n.t('{0}: could not be read ({1})', uri.fsPath, e instanceof Error ? e.message : String(e)) };
      }
    })();
    return this.bundle;
  }

  async find(id: string): Promise<Exercise | undefined> {
    const b = await this.load();
    return 'exercises' in b ? b.exercises.find((e) => e.id === id) : undefined;
  }

  /** Where an exercise's files go: <folder setting, default roadmap-exercises>/<id> in the first workspace folder. */
  folderOf(id: string): vscode.Uri | undefined {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!root) return undefined;
    const dir = vscode.workspace.getConfiguration(SECTION).get<string>('folder', 'roadmap-exercises');
    const parts = dir.split(/[\\/]/).filter((p) => p && p !== '.' && p !== '..');
    return vscode.Uri.joinPath(root, ...(parts.length ? parts : ['roadmap-exercises']), id);
  }

  /** What Start Exercise wrote at `uri` when it is one of an exercise's starter, test or support
   *  files (the learner's changes are told from it: a line still as written is the starter's). */
  async shippedText(uri: vscode.Uri): Promise<string | undefined> {
    const id = await this.exerciseOf(uri);
    const e = id === undefined ? undefined : await this.find(id);
    const dir = e && this.folderOf(e.id);
    if (!e || !dir) return undefined;
    const name = uri.toString().slice(dir.toString().length + 1);
    return ownFiles(e).includes(name) ? e.files[name] : undefined;
  }

  /** The started exercise `uri` is a file of (its starter, tests, support files or statement). */
  async startedExerciseOf(uri: vscode.Uri): Promise<string | undefined> {
    const id = await this.exerciseOf(uri);
    const e = id === undefined ? undefined : await this.find(id);
    const dir = e && this.folderOf(e.id);
    if (!e || !dir || this.state(e.id) === 'not started') return undefined;
    const name = uri.toString().slice(dir.toString().length + 1);
    return [...ownFiles(e), STATEMENT].includes(name) ? e.id : undefined;
  }

  private async exerciseOf(uri: vscode.Uri): Promise<string | undefined> {
    const b = await this.load();
    if (!('exercises' in b)) return undefined;
    return b.exercises.find((e) => {
      const dir = this.folderOf(e.id);
      return dir && uri.toString().startsWith(`${dir.toString()}/`);
    })?.id;
  }

  /** Creates the exercise's files (an existing file is left as it is) and opens statement and starter. */
  async start(id: string, opts: { open?: boolean } = {}): Promise<{ folder: string; written: string[]; kept: string[] }> {
    const e = await this.find(id);
    if (!e) throw new Error(vscode.l10n.t('there is no exercise "{0}".', id));
    const folder = this.folderOf(id);
    if (!folder) throw new Error(vscode.l10n.t('open a folder first: the exercise\'s files are created in it.'));
    const written: string[] = [];
    const kept: string[] = [];
    const files: Record<string, string> = { [STATEMENT]: statementFile(e.statement) };
    for (const f of ownFiles(e)) files[f] = e.files[f]!;
    await createFolderInWorkspace(folder);
    for (const [name, text] of Object.entries(files)) {
      const uri = vscode.Uri.joinPath(folder, name);
      const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
      if (exists) {
        kept.push(name);
        continue;
      }
      await writeInWorkspace(uri, text);
      written.push(name);
    }
    if (!(await this.s.store.record(EXERCISE_PREFIX + id))) await this.s.store.setStatus([EXERCISE_PREFIX + id], 'learning');
    this.item(e);
    this.s.panel.refresh();
    this.s.log.info(`exercise ${id} started in ${folder.toString(true)} (${written.length} files written, ${kept.length} kept)`);
    if (opts.open !== false) {
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, e.starter[0]!), { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.joinPath(folder, STATEMENT)).then(undefined, () => undefined);
    }
    return { folder: folder.toString(), written, kept };
  }

  private item(e: Exercise): vscode.TestItem {
    const folder = this.folderOf(e.id);
    let item = this.controller.items.get(`exercise:${e.id}`);
    if (!item) {
      item = this.controller.createTestItem(`exercise:${e.id}`, e.title, folder && vscode.Uri.joinPath(folder, e.tests[0]!));
      this.controller.items.add(item);
    }
    return item;
  }

  /** Runs the exercise's tests with the learner's Python; the Testing view shows each result. */
  async check(id: string): Promise<CheckResult> {
    const result = await this.runCheck(id);
    this.last.set(id, result);
    this.s.panel.refresh();
    return result;
  }

  private async runCheck(id: string): Promise<CheckResult> {
    const e = await this.find(id);
    if (!e) return { error: vscode.l10n.t('there is no exercise "{0}".', id) };
    if (IN_WORKER) return { error: webCannotCheck() };
    if (!vscode.workspace.isTrusted) return { error: vscode.l10n.t('Check runs your code, so it works in trusted workspaces only. Trust this folder to check exercises; you can read them here.'), fix: { title: vscode.l10n.t('Manage Workspace Trust'), command: 'workbench.trust.manage' } };
    const folder = this.folderOf(id);
    if (folder && folder.scheme !== 'file') return { error: virtualCannotCheck() };
    if (!folder || !(await vscode.workspace.fs.stat(folder).then(() => true, () => false))) return { error: vscode.l10n.t('start the exercise first: {0} has no folder yet.', id) };
    const python = await findPython(folder);
    if ('error' in python) return python;
    const runner = vscode.Uri.joinPath(this.context.globalStorageUri, 'exercise-runner.py');
    const b = await this.load();
    await vscode.workspace.fs.createDirectory(this.context.globalStorageUri);
    await vscode.workspace.fs.writeFile(runner, new TextEncoder().encode('runner' in b ? b.runner : ''));
    const v = validated();
    const seconds = v.checkSeconds(vscode.workspace.getConfiguration(SECTION).get<unknown>('timeoutSeconds', 0), e.timeoutSeconds);
    const item = this.item(e);
    const testRun = this.controller.createTestRun(new vscode.TestRunRequest([item]), vscode.l10n.t('Check {0}', e.title), false);
    testRun.started(item);
    const t = Date.now();
    const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' };
    // The plan: the tests once, or (tests the learner writes) on the working code and on each
    // planted bug, each in a copy of the folder with the broken module in place.
    const runs = v.checkRuns(e);
    const outcomes: TestResult[][] = [];
    let out: Awaited<ReturnType<typeof run>> | undefined;
    for (const [i, plan] of runs.entries()) {
      let cwd = folder;
      if (Object.keys(plan.overlay).length) {
        cwd = vscode.Uri.joinPath(this.context.globalStorageUri, 'exercise-runs', `${e.id}-${i}`);
        await vscode.workspace.fs.delete(cwd, { recursive: true }).then(undefined, () => undefined);
        await vscode.workspace.fs.createDirectory(cwd);
        for (const name of ownFiles(e)) {
          const text = plan.overlay[name] ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)).then((b) => b, () => new TextEncoder().encode(e.files[name] ?? '')));
          await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(cwd, name), new TextEncoder().encode(text));
        }
      }
      out = await run(python.command, [...python.args, runner.fsPath, ...e.tests], { cwd: cwd.fsPath, timeoutMs: seconds * 1000, env });
      if (out.timedOut || out.error) break;
      outcomes.push(v.parseRunnerOutput(out.stdout));
    }
    const ms = Date.now() - t;
    const results = e.kind === 'write-tests' ? v.summariseRuns(runs, outcomes) : outcomes[0] ?? [];
    if (out?.timedOut) {
      const message = vscode.l10n.t('stopped after {0} s: the code did not finish (an endless loop, or waiting for input?)', seconds);
      testRun.errored(item, new vscode.TestMessage(message));
      testRun.end();
      return { error: `${e.title}: ${message}` };
    }
    if (out?.error) {
      testRun.errored(item, new vscode.TestMessage(out.error));
      testRun.end();
      return { error: vscode.l10n.t('{0} could not be started ({1}).', python.from, out.error) };
    }
    item.children.replace([]);
    // The states counts.ts counts, so the Testing view and the messages give the same numbers: the
    // exercise's own item only when no test ran (else VS Code shows it from its tests).
    const states = reportedStates(results);
    for (const [i, r] of results.entries()) {
      // Each test at its def in the test file, and its failure at the line that failed: the
      // Testing view goes there and shows the message (with the diff) in the editor.
      const file = r.file && [...e.tests, ...(e.support ?? [])].includes(r.file) ? vscode.Uri.joinPath(folder, r.file) : item.uri;
      const child = this.controller.createTestItem(r.id, r.name, file);
      if (r.line && file) child.range = new vscode.Range(r.line - 1, 0, r.line - 1, 0);
      item.children.add(child);
      const state = states.tests[i];
      if (state === 'passed') testRun.passed(child);
      else if (state === 'skipped') testRun.skipped(child);
      else {
        const message = r.expected !== undefined && r.actual !== undefined
          ? vscode.TestMessage.diff(r.message ?? vscode.l10n.t('not equal'), r.expected, r.actual)
          : new vscode.TestMessage(r.message ?? r.outcome);
        const at = r.failLine ?? r.line;
        if (at && file) message.location = new vscode.Location(file, new vscode.Position(at - 1, 0));
        if (state === 'failed') testRun.failed(child, message);
        else testRun.errored(child, message);
      }
    }
    if (states.exercise) testRun.errored(item, new vscode.TestMessage(out?.stderr.trim().slice(-2000) || vscode.l10n.t('the tests did not run')));
    const passed = v.checkPassed(results);
    testRun.end();
    if (passed) await this.recordPass(e, folder);
    this.s.log.info(`exercise ${id} checked with ${python.from}: ${passed ? 'passed' : 'not yet'} (${results.length} tests, ${ms} ms)`);
    return { passed, results, ms, python: python.from };
  }

  /** A pass always counts: the exercise is done, and each of its skills gets the place as evidence. */
  private async recordPass(e: Exercise, folder: vscode.Uri): Promise<void> {
    const place = evidencePath(vscode.Uri.joinPath(folder, e.starter[0]!));
    await this.s.store.setStatus([EXERCISE_PREFIX + e.id], 'learned');
    for (const skill of e.skills) await this.s.store.addEvidence(skill, { path: place, line: 1, date: localDate(), label: vscode.l10n.t('passed {0}', e.title) });
    void vscode.window.setStatusBarMessage(`$(pass-filled) ${e.skills.length === 1 ? vscode.l10n.t('Passed "{0}": recorded on 1 skill', e.title) : vscode.l10n.t('Passed "{0}": recorded on {1} skills', e.title, e.skills.length)}`, 6000);
    const skills = this.skillTitles(e.skills).join(', ');
    void vscode.window.showInformationMessage(e.skills.length === 1
      ? vscode.l10n.t('Python Roadmap: all tests of "{0}" pass. The exercise is done, and it is recorded on 1 skill: {1}.', e.title, skills)
      : vscode.l10n.t('Python Roadmap: all tests of "{0}" pass. The exercise is done, and it is recorded on {1} skills: {2}.', e.title, e.skills.length, skills));
  }

  /** The skills' titles in the built-in roadmap, in its order (an id where it has none, last). */
  skillTitles(ids: readonly string[]): string[] {
    const builtin = this.s.roadmaps.all.find((r) => r.key === BUILTIN)?.roadmap;
    const skills = builtin ? allSkills(builtin) : [];
    const at = (id: string) => { const i = skills.findIndex((x) => x.id === id); return i < 0 ? Number.MAX_SAFE_INTEGER : i; };
    return [...ids].sort((x, y) => at(x) - at(y)).map((id) => skills.find((i) => i.id === id)?.title ?? id);
  }

  /** Where an exercise sits in the roadmap: the position of its first skill (the end when none is known). */
  roadmapOrder(e: Exercise): number {
    const builtin = this.s.roadmaps.all.find((r) => r.key === BUILTIN)?.roadmap;
    const order = builtin ? allSkills(builtin).map((i) => i.id) : [];
    const at = e.skills.map((id) => order.indexOf(id)).filter((i) => i >= 0);
    return at.length ? Math.min(...at) : Number.MAX_SAFE_INTEGER;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** What Check Exercise tells after a check (a pass is told by the check itself, however it was run). */
export function tellCheck(r: CheckResult): void {
  if ('error' in r) {
    const fix = r.fix;
    void vscode.window.showErrorMessage(vscode.l10n.t('Python Roadmap: {0}', r.error), ...(fix ? [fix.title] : []))
      .then((c) => fix && c === fix.title && vscode.commands.executeCommand(fix.command));
    return;
  }
  if (r.passed) return;
  const counts = checkCounts(r.results);
  const message = r.results.length
    ? vscode.l10n.t('Python Roadmap: {0} of {1} tests do not pass yet. The Testing view shows each with its message.', counts.failing, counts.ran)
    : vscode.l10n.t('Python Roadmap: the tests did not run. The Testing view shows why.');
  void vscode.window.showWarningMessage(message, vscode.l10n.t('Show Testing View'))
    .then((c) => c && vscode.commands.executeCommand('workbench.view.testing.focus'));
}

/** The started exercise whose file is in the active editor, if any. */
async function activeExercise(exercises: Exercises): Promise<string | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && exercises.startedExerciseOf(uri);
}

/** The exercise a command is for: an exercise id, a skill id (its exercise, or a pick among them),
 *  for Check the started exercise whose file is in the active editor, or picked. */
export async function pickExercise(s: Services, exercises: Exercises, arg: unknown, purpose: 'start' | 'check'): Promise<string | undefined> {
  const title = purpose === 'check' ? vscode.l10n.t('Check Exercise') : vscode.l10n.t('Start Exercise');
  const b = await exercises.load();
  if ('error' in b) throw new Error(b.error);
  // From the tree's context menu: the row's skill.
  if (arg && typeof arg === 'object' && (arg as { kind?: unknown }).kind === 'item' && typeof (arg as { id?: unknown }).id === 'string') arg = (arg as { id: string }).id;
  if (typeof arg === 'string') {
    if (b.exercises.some((e) => e.id === arg)) return arg;
    const forSkill = b.exercises.filter((e) => e.skills.includes(arg));
    if (!forSkill.length) throw new Error(vscode.l10n.t('there is no exercise or skill "{0}" with exercises.', arg));
    if (forSkill.length === 1) return forSkill[0]!.id;
    return (await vscode.window.showQuickPick(forSkill.map((e) => ({ label: e.title, detail: e.summary, id: e.id })), { title }))?.id;
  }
  const active = purpose === 'check' ? await activeExercise(exercises) : undefined;
  if (active) return active;
  // For Check, the started ones first: those are the ones there is something to check in.
  // Then in roadmap order, each named with its skills' titles (not their ids).
  const order = (e: Exercise) => (purpose === 'check' && exercises.state(e.id) !== 'not started' ? 0 : 1);
  const items = [...b.exercises].sort((x, y) => order(x) - order(y) || exercises.roadmapOrder(x) - exercises.roadmapOrder(y)).map((e) => ({
    label: `${s.store.status(EXERCISE_PREFIX + e.id) === 'learned' ? '$(pass-filled)' : s.store.record(EXERCISE_PREFIX + e.id) ? '$(circle-filled)' : '$(circle-large-outline)'} ${e.title}`,
    description: exercises.skillTitles(e.skills).join(', '), detail: e.summary, id: e.id,
  }));
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true }))?.id;
}

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

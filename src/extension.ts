// Composition root: build the services, wire them, push every disposable. No work at startup:
// VS Code activates this for the view, a command, a restored panel, or a Python file or notebook.
import vscode = require('vscode');
import * as l10n from '@vscode/l10n';
import { allSkills, findItem } from './core/roadmap';
import { migrateId } from './core/progress';
import { Roadmaps, BUILTIN } from './roadmaps/roadmaps';
import { ScopedProgress } from './state/scopedProgress';
import { createProgressStore } from './state/progressStore';
import { registerRoadmapTree } from './tree/treeView';
import { RoadmapPanel, PANEL_VIEW_TYPE } from './webview/panel';
import { registerStatusCommands } from './commands/statusCommands';
import { registerNavigationCommands } from './commands/navigation';
import { registerResetCommands } from './commands/resetProgress';
import { registerExchangeCommands } from './commands/exchangeCommands';
import type { ImportSession } from './commands/exchange';
import { registerReportCommands } from './commands/reportCommands';
import { reporting, pages, exercising, chunksFrom } from './chunks';
import { registerFilterCommands } from './commands/filter';
import { registerSearchRoadmap } from './commands/searchRoadmap';
import { registerSelectRoadmap } from './commands/selectRoadmap';
import { registerTeamCommands } from './commands/team';
import { registerExerciseCommands, exerciseStarterText } from './exercises/commands';
import { Ownership } from './ownership/ownership';
import type { Exercises } from './exercises/exercises';
import type { Team } from './commands/teamFeature';
import { registerStatusBar } from './statusBar';
import { openWorkspaceLocation } from './workspaceLocation';
import { registerCodingAssistant } from './coding/codingAssistant';
import { WorkspaceScan } from './coding/scanWorkspace';
import { ProjectModules } from './coding/projectModules';
import { registerWelcome } from './welcome';
import { commandRegistrar } from './commands/command';
import { createLog } from './log';
import { batchedWarnings } from './core/batchedWarnings';
import type { Services } from './services';
import type { PythonRoadmapApi } from './api';

export function activate(context: vscode.ExtensionContext): PythonRoadmapApi {
  const t0 = performance.now();
  chunksFrom(vscode.Uri.joinPath(context.extensionUri, 'dist'));
  // The core's strings (pages, reports, checks) in the display language; the chunks get theirs when loaded.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const log = createLog();
  // Every roadmap is loaded once, when first asked for (the tree, a page, a command), or a second
  // after activation for the status bar and the view's badge; never inside activate().
  const roadmaps = new Roadmaps(context, log);
  const idleLoad = setTimeout(() => void roadmaps.ready(), 1000);
  const knownIds = () => roadmaps.all.flatMap((r) => allSkills(r.roadmap).map((i) => r.namespace + i.id));
  const warnings = batchedWarnings({
    log: (m) => log.warn(m),
    notify: (count, first) => void vscode.window
      .showWarningMessage(count === 1 ? first : vscode.l10n.t('Python Roadmap: {0} saved records are unreadable. They are kept as they are; marking a skill again replaces its record and keeps a copy.', count), vscode.l10n.t('Show Log'))
      .then((choice) => choice && log.show()),
  });
  const store = createProgressStore(context, { knownIds, warn: (m) => warnings.warn(m), info: (m) => log.info(m) });
  const progress = new ScopedProgress(store, () => roadmaps.active?.namespace ?? '');
  // A switch of roadmap (or a roadmap file saved): everything that shows progress shows it again.
  roadmaps.onDidChange(() => {
    void store.initialize();
    const r = roadmaps.active?.roadmap;
    progress.fireAll(r ? allSkills(r).map((i) => i.id) : []);
  });
  const modules = new ProjectModules();
  context.subscriptions.push(modules);
  // Whose code a place is: Git is asked only when a hover, lens, mark, scan or report needs it.
  const ownership = new Ownership({ starterText: (uri) => exerciseStarterText(uri, exercises), warn: (m) => log.warn(m) });
  const scan = new WorkspaceScan({ roadmaps, progress, modules, ownership, show: (ref) => panel.show(ref), refresh: () => panel.refresh() });
  // The import preview's state: made with the first import (the pages chunk holds it).
  let importsMade: ImportSession | undefined;
  const imports = (): ImportSession => (importsMade ??= new (pages().ImportSession)({ store, log }, () => panel.refresh()));
  const report = lazy(() => new (reporting().PortfolioReport)(s));
  // Exercises (and Python) load with the first exercise command or the first skill page.
  let exercisesMade: Exercises | undefined;
  const exercises = (): Exercises => (exercisesMade ??= new (exercising().Exercises)(s, context));
  const team = lazy((): Team => new (pages().Team)({ roadmaps, log }, () => panel.refresh(), () => panel.current?.kind === 'team'));
  const panel = new RoadmapPanel({
    extensionUri: context.extensionUri, roadmaps, progress, openEvidence: openWorkspaceLocation, scan,
    imports: { model: () => importsMade?.model(), confirm: () => imports().confirm(), cancel: () => imports().cancel(), undo: () => imports().undo() }, team: { model: () => team().model() },
    exercises: {
      list: () => exercises().loaded(() => panel.refresh())?.exercises.map((e) => ({ id: e.id, title: e.title, summary: e.summary, skills: e.skills })),
      state: (id) => exercises().state(id),
      page: (id) => (exercises().loaded(() => panel.refresh()), exercises().page(id)),
      act: async (action, id) => {
        // From the page, which shows the statement: the starter opens beside it, the page stays.
        if (action === 'check') {
          await vscode.commands.executeCommand('pythonRoadmap.checkExercise', id);
          return;
        }
        if (action === 'start') await exercises().start(id, { open: false });
        const dir = exercises().folderOf(id);
        const e = await exercises().find(id);
        if (dir && e) await vscode.window.showTextDocument(vscode.Uri.joinPath(dir, e.starter[0]!), { viewColumn: vscode.ViewColumn.Beside });
      },
    },
    report: { model: () => report().model(), copy: (w) => report().copy(w), save: () => report().save(), setIncludeNotes: (on) => report().setIncludeNotes(on), restore: () => report().restore() },
  });
  const tree = registerRoadmapTree(context, roadmaps, progress);
  const command = commandRegistrar(log);
  const s: Services = { roadmaps, progress, store, panel, tree, log, command, ownership };

  registerStatusCommands(context, s);
  registerNavigationCommands(context, s);
  registerResetCommands(context, s, testHooks(context));
  registerExchangeCommands(context, s, imports, testHooks(context));
  registerReportCommands(context, s, report, testHooks(context));
  registerFilterCommands(context, s);
  registerSearchRoadmap(context, s);
  registerSelectRoadmap(context, s);
  registerTeamCommands(context, s, team, testHooks(context));
  registerExerciseCommands(context, s, exercises);
  context.subscriptions.push({ dispose: () => exercisesMade?.dispose() });
  const statusBar = registerStatusBar(context, s);
  const coding = registerCodingAssistant(context, s, modules);
  scan.register(context, command);
  const welcome = registerWelcome(context, progress, roadmaps, tree, command);
  context.subscriptions.push(
    log, store, progress, roadmaps, panel, ownership, { dispose: () => clearTimeout(idleLoad) },
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, { deserializeWebviewPanel: async (p, state) => panel.revive(p, state) }),
    command('pythonRoadmap.showLog', () => log.show()),
  );

  const builtin = () => roadmaps.all.find((r) => r.key === BUILTIN)?.roadmap;
  // Before the roadmaps are read every id may be one: its stored status answers.
  const known = (id: string) => { const r = builtin(); return !r || !!findItem(r, id); };
  return {
    ready: () => roadmaps.ready(),
    // The shipped roadmap's skills; a retired id answers for the skill it became.
    status: (id) => (known(migrateId(id)) ? store.status(migrateId(id)) : undefined),
    note: (id) => store.note(migrateId(id)),
    evidence: (id) => store.record(migrateId(id))?.evidence ?? [],
    onDidChangeProgress: store.onDidChange,
    ...(testHooks(context) ? { testing: { store, progress, roadmaps, exercises: () => exercises(), globalState: context.globalState, tree, panel, statusBar, coding, scan, welcome, ownership, log: () => log.recent(), warnings, activationMs: performance.now() - t0, runtime } } : {}),
  };
}

function runtime(): { process: string; inWorker: boolean } {
  const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
  return { process: typeof process, inWorker: typeof scope === 'function' && globalThis instanceof scope };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Internals (the API's `testing`, a reset without its dialog) are handed out only in the test
 *  extension mode, or to the integration runs of the installed VSIX, whose extension host
 *  run.mjs starts with PYTHON_ROADMAP_TEST_HOOKS=1 (an installed copy runs in Production mode). */
function testHooks(context: vscode.ExtensionContext): boolean {
  if (context.extensionMode === vscode.ExtensionMode.Test) return true;
  return typeof process !== 'undefined' && process.env?.PYTHON_ROADMAP_TEST_HOOKS === '1';
}

export function deactivate(): void {}

// The first run: the "Get Started with Python Roadmap" walkthrough, opened beside the editor once
// (on the first activation ever, unless the user turned walkthroughs off), the Get Started command,
// a line at the top of the Roadmap view until the first skill is marked, and the context keys the
// walkthrough's steps complete on.
import vscode = require('vscode');
import type { ScopedProgress } from './state/scopedProgress';
import type { RoadmapTree } from './tree/treeView';
import type { RegisterCommand } from './commands/command';
import type { Roadmaps } from './roadmaps/roadmaps';

export const WALKTHROUGH = 'pythonRoadmap.getStarted';
const SHOWN_KEY = 'pythonRoadmap.welcome.shown';
const firstSteps = () => vscode.l10n.t('New here? Tick a skill you already know (Space on its row, or Ctrl+K Ctrl+D), and open a Python file to see the roadmap skills it uses.');

export interface Welcome {
  /** Opens the walkthrough if it was never shown; true when it opened it now. */
  showOnce(): Promise<boolean>;
}

export function registerWelcome(context: vscode.ExtensionContext, store: ScopedProgress, roadmaps: Roadmaps, tree: RoadmapTree, command: RegisterCommand): Welcome {
  const walkthroughId = `${context.extension.id}#${WALKTHROUGH}`;
  const open = (toSide: boolean) => vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughId, toSide);

  // The view's welcome state: what to do first, until anything is marked. Also a context key for
  // the walkthrough's "mark a first skill" step. storedIds() reads keys only, not the roadmap.
  // Workspace roadmap files an untrusted folder keeps unread: the view says so, above the rest.
  let had: boolean | undefined;
  let hadIgnored = 0;
  const update = () => {
    const any = store.storedIds().some((id) => store.status(id) !== 'none'); // one read per record
    const ignored = roadmaps.ignoredForTrust;
    if (any === had && ignored === hadIgnored) return; // runs on every change (each note save): tell VS Code only when it flips
    const flipped = any !== had;
    had = any;
    hadIgnored = ignored;
    const untrusted = !ignored ? ''
      : ignored === 1 ? vscode.l10n.t('1 roadmap file in this workspace is not read: the workspace is not trusted (Switch Roadmap… says more).')
        : vscode.l10n.t('{0} roadmap files in this workspace are not read: the workspace is not trusted (Switch Roadmap… says more).', ignored);
    tree.view.message = [untrusted, any ? '' : firstSteps()].filter(Boolean).join(' ') || undefined;
    if (flipped) void vscode.commands.executeCommand('setContext', 'pythonRoadmap:hasProgress', any);
  };
  update();

  const showOnce = async () => {
    if (context.globalState.get<boolean>(SHOWN_KEY)) return false;
    await context.globalState.update(SHOWN_KEY, true);
    // VS Code's own switch for walkthroughs of newly installed extensions.
    if (vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true) === false) return false;
    // Beside an open editor, keeping the focus where it is; with none open, in the editor area.
    await open(vscode.window.visibleTextEditors.length > 0);
    return true;
  };

  context.subscriptions.push(
    store.onDidChange(update),
    roadmaps.onDidChange(update),
    command('pythonRoadmap.getStarted', () => open(false)),
  );
  const first = setTimeout(() => void showOnce(), 0); // after activate(), never inside it
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return { showOnce };
}

// Creates the "Roadmap" view: checkboxes write through the store; the badge shows progress.
import vscode = require('vscode');
import { overallProgress } from '../core/progress';
import type { Roadmap } from '../core/roadmap';
import type { ProgressStore } from '../state/progressStore';
import { RoadmapTreeProvider, progressLine } from './roadmapTree';
import type { Filter, Node } from './roadmapTree';
import { StatusDecorations } from './decorations';

export const VIEW_ID = 'pythonRoadmap.roadmap';
const FILTER_KEY = 'pythonRoadmap.view.filter';

export interface RoadmapTree {
  readonly view: vscode.TreeView<Node>;
  readonly provider: RoadmapTreeProvider;
  /** What a click on checkboxes does (the view's event calls it; tests may too). */
  onCheckboxes(changes: readonly (readonly [Node, vscode.TreeItemCheckboxState])[]): Promise<void>;
  setFilter(filter: Filter): Promise<void>;
}

export function registerRoadmapTree(context: vscode.ExtensionContext, roadmap: () => Roadmap, store: ProgressStore, onDidLoadRoadmap: vscode.Event<void>): RoadmapTree {
  const provider = new RoadmapTreeProvider(roadmap, store);
  const view = vscode.window.createTreeView(VIEW_ID, {
    treeDataProvider: provider,
    showCollapseAll: true,
    canSelectMany: true,
    manageCheckboxStateManually: true,
  });

  const onCheckboxes: RoadmapTree['onCheckboxes'] = async (changes) => {
    const learned: string[] = [];
    const cleared: string[] = [];
    for (const [node, state] of changes) {
      if (node.kind !== 'item') continue; // phases and groups have no checkbox of their own
      (state === vscode.TreeItemCheckboxState.Checked ? learned : cleared).push(node.id);
    }
    await store.setStatus(learned, 'learned');
    // Unchecking clears "learned" only; an item that is learning or skipped keeps its state.
    await store.setStatus(cleared.filter((id) => store.status(id) === 'learned'), 'none');
  };

  const setFilter = async (filter: Filter) => {
    provider.setFilter(filter);
    await context.globalState.update(FILTER_KEY, filter);
    await vscode.commands.executeCommand('setContext', 'pythonRoadmap:filter', filter);
  };
  const saved = context.globalState.get<string>(FILTER_KEY);
  if (saved === 'hideLearned' || saved === 'inProgress') void setFilter(saved);

  const updateBadge = () => {
    try {
      // A count, and a tooltip that says what it counts (a bare percentage read like a count).
      const counts = overallProgress(roadmap(), (id) => store.status(id));
      const percent = Math.round(counts.ratio * 100);
      view.badge = counts.learned ? { value: counts.learned, tooltip: `Python Roadmap: ${progressLine(counts)} · ${percent}%` } : undefined;
    } catch {
      view.badge = undefined; // a roadmap that failed to load is reported where it is loaded
    }
  };
  context.subscriptions.push(
    provider,
    onDidLoadRoadmap(updateBadge), // not inside activate(): the roadmap is parsed on first use
    view,
    view.onDidChangeCheckboxState((e) => onCheckboxes(e.items)),
    store.onDidChange(updateBadge),
    vscode.window.registerFileDecorationProvider(new StatusDecorations()),
  );
  return { view, provider, onCheckboxes, setFilter };
}

// Creates the "Roadmap" view: checkboxes write through the store; the badge shows progress.
import vscode = require('vscode');
import { overallProgress } from '../core/progress';
import type { ScopedProgress } from '../state/scopedProgress';
import type { Roadmaps } from '../roadmaps/roadmaps';
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

export function registerRoadmapTree(context: vscode.ExtensionContext, roadmaps: Roadmaps, store: ScopedProgress): RoadmapTree {
  const provider = new RoadmapTreeProvider(roadmaps, store);
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
    const active = roadmaps.active;
    // The roadmap followed, when it is not the shipped one, names itself beside the view's title.
    view.description = active && active.origin !== 'builtin' ? active.roadmap.title : undefined;
    if (!active) {
      view.badge = undefined; // none loaded: reported where it is loaded
      return;
    }
    // A count, and a tooltip that says what it counts (a bare percentage read like a count).
    const counts = overallProgress(active.roadmap, (id) => store.status(id));
    const percent = Math.round(counts.ratio * 100);
    const name = active.origin === 'builtin' ? 'Python Roadmap' : `Python Roadmap · ${active.roadmap.title}`;
    view.badge = counts.learned ? { value: counts.learned, tooltip: `${name}: ${progressLine(counts)} · ${percent}%` } : undefined;
  };
  context.subscriptions.push(
    provider,
    roadmaps.onDidChange(updateBadge), // not inside activate(): roadmaps are loaded on first use
    view,
    view.onDidChangeCheckboxState((e) => onCheckboxes(e.items)),
    store.onDidChange(updateBadge),
    vscode.window.registerFileDecorationProvider(new StatusDecorations()),
  );
  return { view, provider, onCheckboxes, setFilter };
}

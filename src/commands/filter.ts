// Filter the tree: all items, hide learned (and skipped), or only those in progress.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Filter } from '../tree/roadmapTree';

const CHOICES: { filter: Filter; label: string; detail: string }[] = [
  { filter: 'all', label: 'Show All', detail: 'Every skill and practice item' },
  { filter: 'hideLearned', label: 'Hide Learned', detail: 'Hide what is learned or skipped' },
  { filter: 'inProgress', label: 'In Progress Only', detail: 'Only what you are learning now' },
];

export function registerFilterCommands(context: vscode.ExtensionContext, s: Services): void {
  const run = async (arg?: unknown) => {
    let filter = CHOICES.find((c) => c.filter === arg)?.filter;
    if (!filter) {
      const current = s.tree.provider.getFilter();
      const pick = await vscode.window.showQuickPick(
        CHOICES.map((c) => ({ ...c, label: `${c.filter === current ? '$(check) ' : '$(blank) '}${c.label}` })),
        { title: 'Filter the Roadmap', placeHolder: 'Which items should the tree show?' },
      );
      filter = pick?.filter;
    }
    if (filter) await s.tree.setFilter(filter);
    return filter;
  };
  context.subscriptions.push(
    s.command('pythonRoadmap.filter', run),
    s.command('pythonRoadmap.filterActive', run),
  );
}

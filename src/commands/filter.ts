// Filter the tree: all items, hide learned (and skipped), or only those in progress.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Filter } from '../tree/roadmapTree';

const CHOICES: { filter: Filter; label: string; detail: string }[] = [
  { filter: 'all', label: vscode.l10n.t('Show All'), detail: vscode.l10n.t('Every skill and practice item') },
  { filter: 'hideLearned', label: vscode.l10n.t('Hide Learned'), detail: vscode.l10n.t('Hide what is learned or skipped') },
  { filter: 'inProgress', label: vscode.l10n.t('In Progress Only'), detail: vscode.l10n.t('Only what you are learning now') },
];

export function registerFilterCommands(context: vscode.ExtensionContext, s: Services): void {
  const run = async (arg?: unknown) => {
    let filter = CHOICES.find((c) => c.filter === arg)?.filter;
    if (!filter) {
      const current = s.tree.provider.getFilter();
      const pick = await vscode.window.showQuickPick(
        CHOICES.map((c) => ({ ...c, label: `${c.filter === current ? '$(check) ' : '$(blank) '}${c.label}` })),
        { title: vscode.l10n.t('Filter the Roadmap'), placeHolder: vscode.l10n.t('Which items should the tree show?') },
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

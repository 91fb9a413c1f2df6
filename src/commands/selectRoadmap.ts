// "Switch Roadmap…": the view's title button and the palette. Lists every roadmap loaded (the one
// followed ticked, each with its progress), and those that failed with why; picking one follows it,
// picking a failed one opens its file at the Problems.
import vscode = require('vscode');
import { overallProgress } from '../core/progress';
import type { Services } from '../services';
import { BUILTIN } from '../roadmaps/roadmaps';

type Item = vscode.QuickPickItem & { key?: string; open?: vscode.Uri };

export function registerSelectRoadmap(context: vscode.ExtensionContext, s: Services): void {
  context.subscriptions.push(s.command('pythonRoadmap.selectRoadmap', async (arg?: unknown) => {
    await s.roadmaps.ready();
    // A key (tests, scripts): follow it without asking.
    if (typeof arg === 'string') {
      if (!(await s.roadmaps.select(arg))) throw new Error(vscode.l10n.t('there is no roadmap "{0}" loaded.', String(arg)));
      return arg;
    }
    const active = s.roadmaps.active;
    const items: Item[] = s.roadmaps.all.map((r) => {
      const counts = overallProgress(r.roadmap, (id) => s.store.status(r.namespace + id));
      const where = r.key === BUILTIN ? 'built in' : `${r.origin === 'user' ? 'user setting' : 'workspace'} · ${vscode.workspace.asRelativePath(r.uri)}`;
      return {
        key: r.key,
        label: `${r.key === active?.key ? '$(check)' : '$(blank)'} ${r.roadmap.title}`,
        description: where,
        detail: `${vscode.l10n.t('{0} of {1} learned', counts.learned, counts.total - counts.skipped)} · ${r.roadmap.summary}`,
      };
    });
    if (s.roadmaps.failed.length) {
      items.push({ label: vscode.l10n.t('Could not load'), kind: vscode.QuickPickItemKind.Separator });
      for (const f of s.roadmaps.failed) {
        items.push({ label: `$(error) ${vscode.workspace.asRelativePath(f.uri)}`, detail: f.message.split('\n')[0], open: f.uri });
      }
    }
    if (s.roadmaps.ignoredForTrust) {
      items.push({ label: vscode.l10n.t('Not read'), kind: vscode.QuickPickItemKind.Separator });
      const n = s.roadmaps.ignoredForTrust;
      items.push({ label: `$(shield) ${n === 1 ? vscode.l10n.t('1 roadmap file in this workspace') : vscode.l10n.t('{0} roadmap files in this workspace', n)}`, detail: vscode.l10n.t('A workspace you have not trusted cannot add roadmaps. Trust it to read them.'), key: '#trust' });
    }
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Switch Roadmap'), placeHolder: vscode.l10n.t('The roadmap the tree, pages, palette and overview follow; each keeps its own progress'),
      matchOnDescription: true,
    });
    if (!pick) return undefined;
    if (pick.open) {
      await vscode.window.showTextDocument(pick.open);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return undefined;
    }
    if (pick.key === '#trust') {
      await vscode.commands.executeCommand('workbench.trust.manage');
      return undefined;
    }
    if (pick.key) await s.roadmaps.select(pick.key);
    return pick.key;
  }));
}

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
      if (!(await s.roadmaps.select(arg))) throw new Error(`there is no roadmap "${arg}" loaded.`);
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
        detail: `${counts.learned} of ${counts.total - counts.skipped} learned · ${r.roadmap.summary}`,
      };
    });
    if (s.roadmaps.failed.length) {
      items.push({ label: 'Could not load', kind: vscode.QuickPickItemKind.Separator });
      for (const f of s.roadmaps.failed) {
        items.push({ label: `$(error) ${vscode.workspace.asRelativePath(f.uri)}`, detail: f.message.split('\n')[0], open: f.uri });
      }
    }
    if (s.roadmaps.ignoredForTrust) {
      items.push({ label: 'Not read', kind: vscode.QuickPickItemKind.Separator });
      items.push({ label: `$(shield) ${s.roadmaps.ignoredForTrust} roadmap file${s.roadmaps.ignoredForTrust === 1 ? '' : 's'} in this workspace`, detail: 'A workspace you have not trusted cannot add roadmaps. Trust it to read them.', key: '#trust' });
    }
    const pick = await vscode.window.showQuickPick(items, {
      title: 'Switch Roadmap', placeHolder: 'The roadmap the tree, pages, palette and overview follow; each keeps its own progress',
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

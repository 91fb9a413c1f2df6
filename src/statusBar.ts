// "$(mortar-board) 14%": overall progress; a click opens the overview. A setting hides it.
import vscode = require('vscode');
import { overallProgress } from './core/progress';
import type { Services } from './services';
import { progressLine } from './tree/roadmapTree';

export function registerStatusBar(context: vscode.ExtensionContext, s: Services): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('pythonRoadmap.progress', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Python Roadmap Progress');
  item.command = 'pythonRoadmap.showOverview';
  const update = () => {
    if (!vscode.workspace.getConfiguration('pythonRoadmap').get<boolean>('statusBar.enabled', true)) {
      item.hide();
      return;
    }
    const active = s.roadmaps.active;
    if (!active) {
      item.hide(); // none loaded: reported where it is loaded
      return;
    }
    const counts = overallProgress(active.roadmap, (id) => s.progress.status(id));
    const percent = Math.round(counts.ratio * 100);
    const name = active.origin === 'builtin' ? 'Python Roadmap' : `Python Roadmap · ${active.roadmap.title}`;
    item.text = `$(mortar-board) ${percent}%`;
    item.tooltip = vscode.l10n.t('{0}: {1}. Click for the overview.', name, progressLine(counts));
    item.accessibilityInformation = { label: vscode.l10n.t('{0} progress {1} percent', name, percent) };
    item.show();
  };
  // Not inside activate(): the first update waits for the roadmap's first load.
  context.subscriptions.push(
    item,
    s.roadmaps.onDidChange(update),
    s.progress.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('pythonRoadmap.statusBar.enabled') && update()),
  );
  return item;
}

// A coloured badge per status on tree rows, through resourceUri + FileDecorationProvider.
import vscode = require('vscode');
import type { Status } from '../core/progress';

const SCHEME = 'python-roadmap';

/** The resourceUri of a tree row: carries the status so the decoration needs no lookup. */
export function statusUri(id: string, status: Status): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/${status}/${id}` });
}

const DECORATIONS: Partial<Record<Status, vscode.FileDecoration>> = {
  learned: new vscode.FileDecoration('✓', vscode.l10n.t('Learned'), new vscode.ThemeColor('charts.green')),
  learning: new vscode.FileDecoration(vscode.l10n.t({ message: 'L', comment: ['The one-letter badge of a skill being learned, in the tree'] }), vscode.l10n.t('Learning'), new vscode.ThemeColor('charts.yellow')),
  skipped: new vscode.FileDecoration(vscode.l10n.t({ message: 'S', comment: ['The one-letter badge of a skipped skill, in the tree'] }), vscode.l10n.t('Skipped'), new vscode.ThemeColor('disabledForeground')),
};

export class StatusDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== SCHEME) return undefined;
    const status = uri.path.split('/')[1] as Status;
    return DECORATIONS[status];
  }
}

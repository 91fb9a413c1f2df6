// Where evidence lives: a document's workspace-relative path, and opening such a place again
// (a 1-based line, or a line within a notebook cell).
import vscode = require('vscode');

/** The path stored as evidence: workspace-relative with forward slashes, or absolute outside the workspace. */
export function evidencePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.scheme === 'file' ? uri.fsPath : uri.toString();
  const base = folder.uri.path.replace(/\/+$/, '');
  return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : uri.path;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The file a stored path names, if it is there (in a workspace folder, or absolute). */
export async function resolveEvidencePath(p: string): Promise<vscode.Uri | undefined> {
  if (p.startsWith('/') || /^[a-z]:[\\/]/i.test(p)) {
    const uri = vscode.Uri.file(p);
    return (await exists(uri)) ? uri : undefined;
  }
  if (/^[a-z][\w+.-]*:\/\//i.test(p)) {
    const uri = vscode.Uri.parse(p, true);
    return (await exists(uri)) ? uri : undefined;
  }
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, ...p.split('/'));
    if (await exists(uri)) return uri;
  }
  return undefined;
}

export async function openWorkspaceLocation(p: string, line: number, cell?: number): Promise<void> {
  const uri = await resolveEvidencePath(p);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Python Roadmap: {0} is not in the open workspace (it may have been moved or deleted).', p));
    return;
  }
  const pos = new vscode.Position(Math.max(0, line - 1), 0);
  if (cell !== undefined && uri.path.endsWith('.ipynb')) {
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    const index = Math.min(Math.max(0, cell), Math.max(0, notebook.cellCount - 1));
    const range = new vscode.NotebookRange(index, index + 1);
    await vscode.window.showNotebookDocument(notebook, { selections: [range], preview: true });
    const cellDoc = notebook.cellCount ? notebook.cellAt(index).document : undefined;
    if (cellDoc) await vscode.window.showTextDocument(cellDoc, { selection: new vscode.Range(pos, pos), preview: true });
    return;
  }
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos), preview: true });
}

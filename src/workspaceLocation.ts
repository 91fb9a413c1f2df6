// Opens a workspace-relative path at a 1-based line (evidence of a skill seen in code).
import * as vscode from 'vscode';

export async function openWorkspaceLocation(path: string, line: number): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      continue;
    }
    const pos = new vscode.Position(Math.max(0, line - 1), 0);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos), preview: true });
    return;
  }
  void vscode.window.showWarningMessage(`Python Roadmap: ${path} is not in the open workspace.`);
}

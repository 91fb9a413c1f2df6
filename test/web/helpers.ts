// Shared by the web suite: only the VS Code API (no Node in the worker), files through workspace.fs.
import * as vscode from 'vscode';

import { EXTENSION_ID } from '../shared/api';
export { EXTENSION_ID, api, waitFor } from '../shared/api';
export type { TestedApi } from '../shared/api';

export const workspace = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;
export const inWorkspace = (...parts: string[]): vscode.Uri => vscode.Uri.joinPath(workspace(), ...parts);

export async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

export async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
}

/** A file the extension ships (its folder is served to the worker through workspace.fs). */
export async function shipped(...parts: string[]): Promise<string> {
  return read(vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, ...parts));
}

// Shared by the web suite: only the VS Code API (no Node in the worker), files through workspace.fs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PythonRoadmapApi } from '../../src/api';

export const EXTENSION_ID = 'python-roadmap.python-roadmap';
export type TestedApi = PythonRoadmapApi & { readonly testing: NonNullable<PythonRoadmapApi['testing']> };

export async function api(): Promise<TestedApi> {
  const ext = vscode.extensions.getExtension<PythonRoadmapApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const a = await ext.activate();
  assert.ok(a.testing, 'the test internals are handed out in a test run');
  return a as TestedApi;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | false;
  while (Date.now() < deadline) {
    last = probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

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

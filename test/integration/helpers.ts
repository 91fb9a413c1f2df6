// Shared by the integration tests. They reach the extension only through VS Code (commands,
// views) and the API activate() returns; the roadmap's facts come from the data file itself.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import { EXTENSION_ID } from '../shared/api';
import type { TestedApi } from '../shared/api';
export { EXTENSION_ID, api, waitFor } from '../shared/api';
export type { TestedApi } from '../shared/api';
export const ROOT = path.join(__dirname, '..', '..', '..');

interface RawItem { id: string; title: string }
interface RawRoadmap { title: string; phases: { id: string; number: number; title: string; skills: RawItem[]; practice: RawItem[] }[] }
export const data: RawRoadmap = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'roadmap.json'), 'utf8'));
export const allItems = data.phases.flatMap((p) => [...p.skills, ...p.practice]);
export const titleOf = (id: string): string => allItems.find((i) => i.id === id)!.title;

/** Clears every stored record through the store (not the reset command, which keeps an undo). */
export async function clearProgress(a: TestedApi): Promise<void> {
  await a.testing.store.clearAll();
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The copy that runs: the development folder, or the VSIX run.mjs installed (PYTHON_ROADMAP_INSTALLED names its folder). */
export function assertRunningCopy(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const installed = process.env.PYTHON_ROADMAP_INSTALLED;
  if (installed) {
    assert.ok(ext.extensionPath.startsWith(fs.realpathSync(installed)) || ext.extensionPath.startsWith(installed), `${ext.extensionPath} is not under ${installed}`);
    assert.notStrictEqual(path.resolve(ext.extensionPath), path.resolve(ROOT), 'the development folder is running, not the VSIX');
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
    // Installed as packaged: no sources, tests or source maps beside the bundles.
    for (const absent of ['src', 'test', 'node_modules', 'tsconfig.json', 'dist/extension.js.map']) {
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, absent)), `${absent} is in the installed copy`);
    }
  } else {
    assert.strictEqual(path.resolve(ext.extensionPath), path.resolve(ROOT));
  }
  return ext;
}

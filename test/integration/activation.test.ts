// Runs first (files load in name order): what activation loads, and which copy is running, the
// development folder or the VSIX installed by run.mjs (PYTHON_ROADMAP_INSTALLED names its folder).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, assertRunningCopy, EXTENSION_ID } from './helpers';

suite('activation: the copy that runs and what it loads', () => {
  test(`${process.env.PYTHON_ROADMAP_INSTALLED ? 'the installed VSIX' : 'the development folder'} is the copy that runs`, () => {
    assertRunningCopy();
  });

  test('activation loads dist/extension.js alone; detection, search, validation and the scan wait for first use', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(!ext.isActive, 'nothing activated the extension before its first use');
    const dist = path.join(fs.realpathSync(ext.extensionPath), 'dist') + path.sep;
    const loaded = () => Object.keys(require.cache).filter((f) => f.startsWith(dist)).map((f) => f.slice(dist.length)).sort();
    await api();
    // Checked at once: the roadmap's own first load comes a second later, or when the tree asks.
    assert.deepStrictEqual(loaded(), ['extension.js']);
    // Then each chunk arrives with the first thing that needs it.
    const has = (file: string) => loaded().includes(file);
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    assert.ok(has('parse-roadmap.js'), loaded().join());
    assert.ok(!has('detection.js') && !has('search.js') && !has('scan.js'), loaded().join());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

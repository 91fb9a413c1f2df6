// Runs first (files load in name order): what activation loads, and which copy is running, the
// development folder or the VSIX installed by run.mjs (PYTHON_ROADMAP_INSTALLED names its folder).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, assertRunningCopy, EXTENSION_ID, waitFor } from './helpers';

suite('activation: the copy that runs and what it loads', () => {
  test(`${process.env.PYTHON_ROADMAP_INSTALLED ? 'the installed VSIX' : 'the development folder'} is the copy that runs`, () => {
    assertRunningCopy();
  });

  test('a Python project starts it by itself: the progress entry is there before anything is used', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // The fixture folder has .py files at its top (workspaceContains:*.py); no test has called it yet.
    await waitFor('activation by the Python project', () => ext.isActive);
    const a = await api();
    await waitFor('the progress entry', () => /^\$\(mortar-board\) \d+%$/.test(a.testing.statusBar.text));
  });

  test('activation does not load detection, search or the scan; each arrives with its first use', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const dist = path.join(fs.realpathSync(ext.extensionPath), 'dist') + path.sep;
    const loaded = () => Object.keys(require.cache).filter((f) => f.startsWith(dist)).map((f) => f.slice(dist.length)).sort();
    const has = (file: string) => loaded().includes(file);
    await api();
    // Started with the window (no file open): the roadmap is read, for the progress entry, but no
    // Python has been parsed, searched or scanned. (npm run bench checks activate() alone loads
    // extension.js only, in a window without a folder.)
    assert.ok(has('extension.js'), loaded().join());
    assert.ok(!has('detection.js') && !has('search.js') && !has('scan.js'), loaded().join());
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    assert.ok(has('validated.js'), loaded().join());
    assert.ok(!has('detection.js') && !has('search.js') && !has('scan.js'), loaded().join());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

// The installed VSIX as a user runs it: Production mode, no test hooks (run.mjs starts this run
// without PYTHON_ROADMAP_TEST_HOOKS). What a test run may do must be impossible here.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, assertRunningCopy } from './helpers';
import type { PythonRoadmapApi } from '../../src/api';

suite('installed, as a user runs it', () => {
  test('the API has no test internals', async () => {
    assertRunningCopy();
    const a = await vscode.extensions.getExtension<PythonRoadmapApi>(EXTENSION_ID)!.activate();
    assert.strictEqual(a.testing, undefined);
    assert.strictEqual(a.status('git'), 'none');
    assert.strictEqual(a.status('not-a-skill'), undefined);
  });

  test('no argument skips the reset confirmation: { confirmed: true } from a command link waits for the dialog', async () => {
    const a = await vscode.extensions.getExtension<PythonRoadmapApi>(EXTENSION_ID)!.activate();
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'git');
    assert.strictEqual(a.status('git'), 'learned');
    let settled = false;
    // Left unanswered: the modal stays up until the window closes after this, the last test.
    void Promise.resolve(vscode.commands.executeCommand('pythonRoadmap.resetProgress', { confirmed: true })).then(() => (settled = true), () => (settled = true));
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(settled, false, 'the command is waiting for an answer');
    assert.strictEqual(a.status('git'), 'learned', 'nothing was reset');
  });
});

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
    await a.ready();
    assert.strictEqual(a.status('git'), 'none');
    assert.strictEqual(a.status('not-a-skill'), undefined);
  });

  test('no argument skips the reset confirmation: { confirmed: true } from a command link still meets the dialog', async () => {
    const a = await vscode.extensions.getExtension<PythonRoadmapApi>(EXTENSION_ID)!.activate();
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'git');
    assert.strictEqual(a.status('git'), 'learned');
    // The confirmation is asked for. (In a test window VS Code answers modal dialogs at once with
    // "cancel"; to a person it stays up. Either way nothing is reset.)
    const answer = await Promise.race([
      vscode.commands.executeCommand('pythonRoadmap.resetProgress', { confirmed: true }),
      new Promise((r) => setTimeout(() => r('still asking'), 1500)),
    ]);
    assert.notStrictEqual(answer, true, 'the reset did not run');
    assert.strictEqual(a.status('git'), 'learned', 'nothing was reset');
  });
});

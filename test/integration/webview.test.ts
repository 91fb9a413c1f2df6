import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, data, titleOf, waitFor } from './helpers';

suite('webview', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  teardown(closeAllEditors);

  test('the skill page opens and shows that skill', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'context-managers');
    const shown = await waitFor('the page to render', () => a.testing.panel.lastRendered);
    assert.strictEqual(shown.heading, titleOf('context-managers'));
    assert.deepStrictEqual(shown.ref, { kind: 'skill', id: 'context-managers' });
    // Under "How Python Roadmap recognises this in your code": the item's evidence standard.
    assert.match(shown.checks?.['evidence-standard'] ?? '', /^Counts where a file writes its own context manager/);
  });

  test('opening from the tree (focus kept in the tree) still renders the page', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'regex', { preserveFocus: true });
    const shown = await waitFor('the page to render', () => a.testing.panel.lastRendered);
    assert.strictEqual(shown.heading, titleOf('regex'));
  });

  test('status buttons write through the store and the page follows', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'fastapi');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('fastapi'));
    await a.testing.panel.receive({ type: 'setStatus', id: 'fastapi', status: 'learning' });
    assert.strictEqual(a.status('fastapi'), 'learning');
    await a.testing.panel.receive({ type: 'setStatus', id: 'fastapi', status: 'bogus' });
    await a.testing.panel.receive({ type: 'nonsense' });
    assert.strictEqual(a.status('fastapi'), 'learning', 'malformed messages are ignored');
  });

  test('a note typed just before its tab closes is kept (drafts reach the host on every keystroke)', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'generators');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('generators'));
    // What the client sends while typing; the tab closes before the 400 ms pause is over.
    await a.testing.panel.receive({ type: 'noteDraft', id: 'generators', note: 'yield from delegates' });
    await closeAllEditors();
    await waitFor('the note saved', () => a.note('generators') === 'yield from delegates');
  });

  test('the page is trusted with no more than it shows: unknown ids, unrecorded places and foreign links are refused', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'git');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('git'));
    const before = a.testing.store.storedIds();
    for (const id of ['__proto__', 'constructor', 'x'.repeat(100_000), 'not-a-skill']) {
      assert.strictEqual(await a.testing.panel.receive({ type: 'setStatus', id, status: 'learned' }), false, id.slice(0, 20));
      assert.strictEqual(await a.testing.panel.receive({ type: 'setNote', id, note: 'n' }), false);
    }
    assert.deepStrictEqual(a.testing.store.storedIds(), before, 'nothing was written, nothing registered for sync');
    for (const path of ['/etc/passwd', '../../etc/passwd', 'service.py', 'file:///etc/passwd', 'C:/Windows/win.ini']) {
      assert.strictEqual(await a.testing.panel.receive({ type: 'openEvidence', path, line: 1 }), false, path);
    }
    for (const url of ['https://example.com/phish', 'http://127.0.0.1:8080/', 'https://docs.python.org/3/tutorial/x']) {
      assert.strictEqual(await a.testing.panel.receive({ type: 'openExternal', url }), false, url);
    }
    assert.strictEqual(await a.testing.panel.receive({ type: 'setStatus', id: 'git', status: 'learning' }), true);
    assert.strictEqual(a.status('git'), 'learning');
  });

  test('a note persists across closing and reopening the panel', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'decorators');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('decorators'));
    const note = 'Remember functools.wraps <b>not html</b>';
    await a.testing.panel.receive({ type: 'setNote', id: 'decorators', note });
    await closeAllEditors();
    assert.strictEqual(a.testing.panel.current, undefined);
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'decorators');
    const shown = await waitFor('the reopened page with its note', () => a.testing.panel.lastRendered?.note !== undefined && a.testing.panel.lastRendered);
    assert.strictEqual(shown.note, note);
    assert.strictEqual(a.note('decorators'), note);
  });

  test('the overview, a phase page and the FAQ page render', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    await waitFor('the overview', () => a.testing.panel.lastRendered?.ref.kind === 'overview');
    await vscode.commands.executeCommand('pythonRoadmap.openPhase', data.phases[3]!.id);
    await waitFor('phase 4', () => a.testing.panel.lastRendered?.heading === `Phase 4 · ${data.phases[3]!.title}`);
    await vscode.commands.executeCommand('pythonRoadmap.openFaq', 'how-long-to-senior');
    await waitFor('the FAQ page', () => a.testing.panel.lastRendered?.heading === 'Questions and answers');
  });

  test('the panel restores a saved page after a reload (serializer), and ignores bad saved state', async () => {
    const a = await api();
    const p1 = vscode.window.createWebviewPanel('pythonRoadmap.panel', 'restored', vscode.ViewColumn.Active);
    a.testing.panel.revive(p1, { ref: { kind: 'phase', id: data.phases[1]!.id } });
    await waitFor('the restored phase page', () => a.testing.panel.lastRendered?.heading === `Phase 2 · ${data.phases[1]!.title}`);
    p1.dispose();
    const p2 = vscode.window.createWebviewPanel('pythonRoadmap.panel', 'restored', vscode.ViewColumn.Active);
    a.testing.panel.revive(p2, { ref: { kind: 'skill', id: 42 } });
    await waitFor('the overview as a fallback', () => a.testing.panel.lastRendered?.ref.kind === 'overview');
  });

  test('an unknown skill id shows a clear page, not an error', async () => {
    const a = await api();
    a.testing.panel.show({ kind: 'skill', id: 'gone' });
    await waitFor('the not-found page', () => a.testing.panel.lastRendered?.heading === 'Not found');
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { NOTE_LIMIT } from '../../src/core/progress';
import { allItems, api, clearProgress, closeAllEditors, data, titleOf, waitFor } from './helpers';

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

  test('a skill page teaches: its lesson and example shown; Copy and Open in a New File use the roadmap\'s own code, on that page only', async () => {
    const a = await api();
    const lesson = (allItems.find((i) => i.id === 'comprehensions') as { lesson?: { explanation: string; example?: { code: string } } }).lesson!;
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'comprehensions');
    const shown = await waitFor('the page', () => (a.testing.panel.lastRendered?.heading === titleOf('comprehensions') ? a.testing.panel.lastRendered : undefined));
    assert.strictEqual(shown.checks?.lesson, lesson.explanation.replace(/`/g, ''));
    assert.ok(shown.checks?.example?.includes(lesson.example!.code.split('\n')[0]!), 'the example\'s code is on the page');
    await vscode.env.clipboard.writeText('');
    assert.strictEqual(await a.testing.panel.receive({ type: 'example', action: 'copy', id: 'comprehensions' }), true);
    assert.strictEqual(await vscode.env.clipboard.readText(), lesson.example!.code);
    assert.strictEqual(await a.testing.panel.receive({ type: 'example', action: 'open', id: 'comprehensions' }), true);
    const editor = await waitFor('the example in a new editor', () => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(editor.document.languageId, 'python');
    assert.strictEqual(editor.document.getText(), lesson.example!.code);
    // Another skill's example, asked from this page, is refused.
    assert.strictEqual(await a.testing.panel.receive({ type: 'example', action: 'copy', id: 'regex' }), false);
    assert.strictEqual(await a.testing.panel.receive({ type: 'example', action: 'open', id: 'comprehensions', code: 'import os' }), true, 'a code field from the page is ignored');
    assert.strictEqual(vscode.window.activeTextEditor?.document.getText(), lesson.example!.code);
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

  test('a message acts only on the page it belongs to: no report saved, scan marked, import confirmed or status set from another page', async () => {
    const a = await api();
    const docs = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, 'docs');
    const hadDocs = fs.existsSync(docs);
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'git');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('git'));
    try {
      // The report page's Save, sent by a page that shows no report: nothing is written.
      assert.strictEqual(await a.testing.panel.receive({ type: 'report', action: 'save', includeNotes: true }), false);
      assert.ok(!fs.existsSync(path.join(docs, 'python-roadmap.md')), 'no report written');
      assert.strictEqual(await a.testing.panel.receive({ type: 'report', action: 'copy', includeNotes: true }), false);
      for (const m of [{ type: 'markScanned', status: 'learned' }, { type: 'rescan' }, { type: 'import', action: 'confirm' }, { type: 'import', action: 'undo' }]) {
        assert.strictEqual(await a.testing.panel.receive(m), false, JSON.stringify(m));
      }
      // A status or a note for another skill than the one shown.
      assert.strictEqual(await a.testing.panel.receive({ type: 'setStatus', id: 'sql', status: 'learned' }), false);
      assert.strictEqual(await a.testing.panel.receive({ type: 'setNote', id: 'sql', note: 'n' }), false);
      assert.strictEqual(a.status('sql'), 'none');
      assert.deepStrictEqual(a.testing.store.storedIds(), [], 'nothing was written');
      // The page's own buttons still act.
      assert.strictEqual(await a.testing.panel.receive({ type: 'setStatus', id: 'git', status: 'learned' }), true);
      assert.strictEqual(a.status('git'), 'learned');
      // Once the panel is closed, no page is shown: its messages are not acted on.
      await closeAllEditors();
      assert.strictEqual(await a.testing.panel.receive({ type: 'setStatus', id: 'git', status: 'skipped' }), false);
      assert.strictEqual(a.status('git'), 'learned');
    } finally {
      if (!hadDocs) fs.rmSync(docs, { recursive: true, force: true });
    }
  });

  test('an exercise\'s buttons act only on that exercise\'s page', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'data-structures');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('data-structures'));
    for (const action of ['check', 'start', 'open']) {
      assert.strictEqual(await a.testing.panel.receive({ type: 'exercise', action, id: 'flatten-lists' }), false, action);
    }
    await a.testing.panel.receive({ type: 'navigate', to: { kind: 'exercise', id: 'binary-search' } });
    assert.strictEqual(await a.testing.panel.receive({ type: 'exercise', action: 'check', id: 'flatten-lists' }), false, 'another exercise\'s page');
  });

  test('text over the limits is refused as it arrives: a 4 MB FAQ filter, an over-long note, URL or path', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'git');
    await waitFor('the page', () => a.testing.panel.lastRendered?.heading === titleOf('git'));
    assert.strictEqual(await a.testing.panel.receive({ type: 'navigate', to: { kind: 'faq', query: 'python '.repeat(600_000) } }), false);
    assert.deepStrictEqual(a.testing.panel.current, { kind: 'skill', id: 'git' }, 'the page stays');
    assert.strictEqual(await a.testing.panel.receive({ type: 'setNote', id: 'git', note: 'x'.repeat(NOTE_LIMIT + 1) }), false);
    assert.strictEqual(a.note('git'), undefined);
    assert.strictEqual(await a.testing.panel.receive({ type: 'openExternal', url: `https://git-scm.com/${'x'.repeat(4096)}` }), false);
    assert.strictEqual(await a.testing.panel.receive({ type: 'openEvidence', path: 'a/'.repeat(1000), line: 1 }), false);
    // A query of a few words still filters.
    assert.strictEqual(await a.testing.panel.receive({ type: 'navigate', to: { kind: 'faq', query: 'senior' } }), true);
    await waitFor('the FAQ page', () => a.testing.panel.lastRendered?.ref.kind === 'faq');
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

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, data, EXTENSION_ID, ROOT, titleOf, waitFor, allItems } from './helpers';
import { testLog } from './log';

suite('activation', () => {
  test('activates on demand and returns the API', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const t0 = performance.now();
    const a = await api();
    testLog(`[timing] ext.activate() ${(performance.now() - t0).toFixed(1)} ms; inside activate() ${a.testing.activationMs.toFixed(1)} ms; vscode ${vscode.version} (${vscode.env.appHost})`);
    assert.ok(ext.isActive);
    assert.strictEqual(a.status('decorators'), 'none');
    assert.strictEqual(a.status('not-a-skill'), undefined);
  });

  test('the roadmap view and its container open', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.pythonRoadmap');
    await vscode.commands.executeCommand('pythonRoadmap.roadmap.focus');
    const a = await api();
    await waitFor('the tree to be visible', () => a.testing.tree.view.visible);
  });
});

suite('tree: checkboxes, states and filter', () => {
  setup(async () => clearProgress(await api()));

  test('phases list their progress and duration; groups appear as in the data', async () => {
    const a = await api();
    const { provider } = a.testing.tree;
    const phases = (await provider.getChildren());
    assert.strictEqual(phases.length, data.phases.length);
    const first = provider.getTreeItem(phases[0]!);
    const p1 = data.phases[0]!;
    assert.strictEqual(first.label, `1 · ${p1.title}`);
    assert.strictEqual(first.description, `0/${p1.skills.length + p1.practice.length} · 3–12 months`);
    assert.strictEqual(first.checkboxState, undefined, 'a phase has no checkbox to mark everything by accident');
    const groups = (await provider.getChildren(phases[2]!)).filter((n) => n.kind === 'group');
    assert.deepStrictEqual(groups.map((g) => g.id), ['web', 'data-ml', 'automation-devops', 'other', 'every-path']);
  });

  test('a checkbox click writes through the store, and the item shows it', async () => {
    const a = await api();
    const { provider, onCheckboxes } = a.testing.tree;
    const node = provider.itemNode('generators');
    assert.strictEqual(provider.getTreeItem(node).contextValue, 'skill.none');
    await onCheckboxes([[node, vscode.TreeItemCheckboxState.Checked]]);
    assert.strictEqual(a.status('generators'), 'learned');
    const item = provider.getTreeItem(node);
    assert.strictEqual((item.checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Checked);
    assert.strictEqual(item.contextValue, 'skill.learned');
    assert.match(item.resourceUri!.path, /^\/learned\/generators$/);
    assert.match(String(provider.getTreeItem((await provider.getChildren())[0]!).description), /^1\//);
    await onCheckboxes([[node, vscode.TreeItemCheckboxState.Unchecked]]);
    assert.strictEqual(a.status('generators'), 'none');
  });

  test('unchecking leaves a learning item alone; checking a phase node does nothing', async () => {
    const a = await api();
    const { provider, onCheckboxes } = a.testing.tree;
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'regex');
    await onCheckboxes([[provider.itemNode('regex'), vscode.TreeItemCheckboxState.Unchecked], [(await provider.getChildren())[0]!, vscode.TreeItemCheckboxState.Checked]]);
    assert.strictEqual(a.status('regex'), 'learning');
    assert.strictEqual(a.status('syntax-basics'), 'none');
  });

  test('learning and skipped look different from each other and from learned', async () => {
    const a = await api();
    const { provider } = a.testing.tree;
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'oop');
    await vscode.commands.executeCommand('pythonRoadmap.markSkipped', 'lambda-functions');
    const learning = provider.getTreeItem(provider.itemNode('oop'));
    const skipped = provider.getTreeItem(provider.itemNode('lambda-functions'));
    assert.strictEqual(learning.description, 'learning');
    assert.strictEqual(skipped.description, 'skipped');
    assert.notStrictEqual((learning.iconPath as vscode.ThemeIcon).id, (skipped.iconPath as vscode.ThemeIcon).id);
    assert.strictEqual(learning.contextValue, 'skill.learning');
    assert.strictEqual(skipped.contextValue, 'skill.skipped');
    const p1 = data.phases[0]!;
    assert.strictEqual(provider.getTreeItem((await provider.getChildren())[0]!).description, `0/${p1.skills.length + p1.practice.length - 1} · 3–12 months`, 'a skipped item leaves the count');
  });

  test('the filter hides learned items or shows only those in progress', async () => {
    const a = await api();
    const { provider } = a.testing.tree;
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'syntax-basics');
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'decorators');
    const foundations = (await provider.getChildren())[0]!;
    try {
      await vscode.commands.executeCommand('pythonRoadmap.filter', 'hideLearned');
      const ids = (await provider.getChildren(foundations)).map((n) => n.id);
      assert.ok(!ids.includes('syntax-basics') && ids.includes('decorators') && ids.includes('oop'));
      await vscode.commands.executeCommand('pythonRoadmap.filter', 'inProgress');
      assert.deepStrictEqual((await provider.getChildren(foundations)).map((n) => n.id), ['decorators']);
    } finally {
      await vscode.commands.executeCommand('pythonRoadmap.filter', 'all');
    }
    assert.strictEqual((await provider.getChildren(foundations)).length, data.phases[0]!.skills.length + data.phases[0]!.practice.length);
  });

  test('the view badge and the status bar show overall progress', async () => {
    const a = await api();
    const badge = () => a.testing.tree.view.badge;
    assert.strictEqual(badge(), undefined);
    const ids = allItems.slice(0, 9).map((i) => i.id);
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', ids);
    const percent = Math.round((9 / allItems.length) * 100);
    // The badge counts learned items, and its tooltip says so (a bare percentage read like a count).
    assert.strictEqual(badge()?.value, 9);
    assert.match(badge()!.tooltip, new RegExp(`^Python Roadmap: 9 of ${allItems.length} learned · ${percent}%$`));
    assert.strictEqual(a.testing.statusBar.text, `$(mortar-board) ${percent}%`);
    assert.strictEqual(a.testing.statusBar.command, 'pythonRoadmap.showOverview');
  });
});

suite('commands', () => {
  setup(async () => clearProgress(await api()));

  test('a note shows in the tree: its row says so and its tooltip quotes it', async () => {
    const a = await api();
    const { provider } = a.testing.tree;
    assert.doesNotMatch(String(provider.getTreeItem(provider.itemNode('regex')).description ?? ''), /note/);
    await a.testing.store.setNote('regex', 'Named groups: (?P<year>\\d{4})');
    const item = provider.getTreeItem(provider.itemNode('regex'));
    assert.match(String(item.description), /✎ note/);
    assert.match((item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /Your note:.*Named groups/s);
  });

  test('mark and reset commands take an id, a tree node or the multi-selection', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'decorators');
    assert.strictEqual(a.status('decorators'), 'learning');
    const node = a.testing.tree.provider.itemNode('asyncio');
    await vscode.commands.executeCommand('pythonRoadmap.markSkipped', node);
    assert.strictEqual(a.status('asyncio'), 'skipped');
    const multi = ['django', 'flask'].map((id) => a.testing.tree.provider.itemNode(id));
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', multi[0], multi);
    assert.deepStrictEqual([a.status('django'), a.status('flask')], ['learned', 'learned']);
    await vscode.commands.executeCommand('pythonRoadmap.resetSkill', 'django');
    assert.strictEqual(a.status('django'), 'none');
    // A failure is reported once, in the log and a message with Show Log, not as VS Code's generic error.
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'no-such-skill'), undefined);
    assert.ok(a.testing.log().some((l) => /^error markLearned failed: .*no skill "no-such-skill"/.test(l)), a.testing.log().slice(-5).join('\n'));
  });

  test('commands and changes say in the log what they did', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'regex');
    await a.testing.store.setNote('regex', 'lookbehind');
    const recent = a.testing.log().slice(-6);
    assert.ok(recent.includes('info regex → learning'), recent.join('\n'));
    assert.ok(recent.includes('info markLearning("regex") → ["regex"]') || recent.some((l) => l.startsWith('info markLearning("regex")')), recent.join('\n'));
    assert.ok(recent.includes('info note on regex saved (10 characters)'), recent.join('\n'));
  });

  test('a tree key (Ctrl+K Ctrl+D/L/X/U, Space) acts on its row; where the host passes no row, on the selection', async () => {
    const a = await api();
    const { view, provider } = a.testing.tree;
    await vscode.commands.executeCommand('pythonRoadmap.roadmap.focus');
    await view.reveal(provider.itemNode('comprehensions'), { select: true, focus: true });
    await waitFor('the selection', () => view.selection[0]?.id === 'comprehensions');
    await vscode.commands.executeCommand('pythonRoadmap.markSkipped', { source: 'tree' });
    assert.strictEqual(a.status('comprehensions'), 'skipped');
    // The keybindings' argument, unconverted (as a host that does not turn it into the focused row passes it): the selection.
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', { $treeViewId: 'pythonRoadmap.roadmap', $focusedTreeItem: true });
    assert.strictEqual(a.status('comprehensions'), 'learning');
    // The focused row itself (what the host passes): that row, not the selection.
    await vscode.commands.executeCommand('pythonRoadmap.toggleLearned', provider.itemNode('decorators'));
    assert.strictEqual(a.status('decorators'), 'learned');
    assert.strictEqual(a.status('comprehensions'), 'learning');
    await vscode.commands.executeCommand('pythonRoadmap.toggleLearned', provider.itemNode('decorators'));
    assert.strictEqual(a.status('decorators'), 'none', 'Space again clears it, like the checkbox');
    const keys = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.keybindings as { key: string; command: string; when: string }[]);
    assert.deepStrictEqual(keys.filter((k) => !k.when.includes('letterKeys')).map((k) => `${k.key}:${k.command.split('.')[1]}`),
      ['ctrl+k ctrl+d:markLearned', 'ctrl+k ctrl+l:markLearning', 'ctrl+k ctrl+x:markSkipped', 'ctrl+k ctrl+u:resetSkill', 'space:toggleLearned']);
  });

  test('a tree key on a phase row says why it does nothing, and opens no picker', async () => {
    const a = await api();
    const { view, provider } = a.testing.tree;
    await vscode.commands.executeCommand('pythonRoadmap.roadmap.focus');
    const phase = (await provider.getChildren())[0]!;
    await view.reveal(phase, { select: true, focus: true });
    await waitFor('the phase selected', () => view.selection[0]?.kind === 'phase');
    const before = a.testing.store.storedIds().length;
    // Before: a picker opened here and waited for the user (this call would not return).
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', { source: 'tree' });
    assert.strictEqual(a.testing.store.storedIds().length, before, 'nothing was marked');
  });

  test('next skill follows roadmap order and prerequisites', async () => {
    const a = await api();
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.nextSkill'), data.phases[0]!.skills[0]!.id);
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'syntax-basics');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.nextSkill'), data.phases[0]!.skills[1]!.id);
    assert.strictEqual(a.testing.panel.current?.kind, 'skill');
    await closeAllEditors();
  });

  test('search roadmap: "salary" in the palette finds the earnings, and Enter opens the page that shows them', async () => {
    const a = await api();
    const result = vscode.commands.executeCommand<{ kind: string; id: string } | undefined>('pythonRoadmap.searchRoadmap', 'salary');
    await new Promise((r) => setTimeout(r, 600));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const hit = await result;
    assert.ok(hit && ['faq', 'level'].includes(hit.kind), JSON.stringify(hit));
    await waitFor('the page with the salaries', () => ['faq', 'overview'].includes(a.testing.panel.lastRendered?.ref.kind ?? ''));
    await closeAllEditors();
  });

  test('find skill: a query no skill matches offers the search over everything', async () => {
    const result = vscode.commands.executeCommand<unknown>('pythonRoadmap.findSkill', 'salary');
    await new Promise((r) => setTimeout(r, 600));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // "Search the whole roadmap", first for a question about pay
    await new Promise((r) => setTimeout(r, 600));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // its first hit
    const hit = (await result) as { kind: string } | undefined;
    assert.ok(hit && ['faq', 'level'].includes(hit.kind), JSON.stringify(hit));
    await closeAllEditors();
  });

  test('the career page renders every section of the career guide', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.showCareerGuide');
    const shown = await waitFor('the career page', () => a.testing.panel.lastRendered?.ref.kind === 'career' && a.testing.panel.lastRendered);
    assert.strictEqual(shown.heading, "The Python developer's job");
    await closeAllEditors();
  });

  test('find skill: a typo in the palette still finds the skill and Enter opens its page', async () => {
    const a = await api();
    const result = vscode.commands.executeCommand<string | undefined>('pythonRoadmap.findSkill', 'djnago');
    await new Promise((r) => setTimeout(r, 600));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await result, 'django');
    await waitFor('the Django page', () => a.testing.panel.lastRendered?.heading === titleOf('django'));
    await closeAllEditors();
  });

  test('reset progress clears every mark and note, and undo restores them all', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', ['git', 'testing']);
    await vscode.commands.executeCommand('pythonRoadmap.markSkipped', 'metaclasses');
    await a.testing.store.setNote('decorators', 'functools.wraps keeps the name');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.resetProgress', { confirmed: true }), true);
    assert.deepStrictEqual(['git', 'testing', 'metaclasses', 'decorators'].map((id) => a.status(id)), ['none', 'none', 'none', 'none']);
    assert.strictEqual(a.note('decorators'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.undoReset'), true);
    assert.deepStrictEqual(['git', 'testing', 'metaclasses'].map((id) => a.status(id)), ['learned', 'learned', 'skipped']);
    assert.strictEqual(a.note('decorators'), 'functools.wraps keeps the name');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.undoReset'), false, 'an undo is used once');
  });

  test('undo of a reset keeps what was written after it, and survives a reload (kept in storage)', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', ['git', 'regex']);
    await a.testing.store.setNote('regex', 'before the reset');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.resetProgress', { confirmed: true }), true);
    // The reset's own stamp: the journal knows what it cleared (marks other windows made meanwhile too).
    const kept = a.testing.globalState.get<{ reset?: unknown[] }>('pythonRoadmap.undo.reset');
    assert.ok(kept && Array.isArray(kept.reset) && kept.reset.length === 3, 'the way back is stored, not only in memory');
    // Written after the reset: must survive the undo (it was overwritten before).
    await a.testing.store.setNote('regex', 'written after the reset');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.undoReset'), true);
    assert.strictEqual(a.status('git'), 'learned', 'what the reset removed is back');
    assert.strictEqual(a.note('regex'), 'written after the reset', 'what changed since is kept');
    assert.strictEqual(a.testing.globalState.get('pythonRoadmap.undo.reset'), undefined, 'used once');
  });
});

suite('state', () => {
  setup(async () => clearProgress(await api()));

  test('one synced key per skill holding { status, changed, note? }', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'pandas');
    await a.testing.store.flushMirror();
    const value = a.testing.globalState.get<{ status: string; changed: string }>('pythonRoadmap.skill.pandas');
    assert.strictEqual(value?.status, 'learned');
    assert.ok(!Number.isNaN(Date.parse(value!.changed)));
    assert.ok(!a.testing.globalState.keys().some((k) => k.startsWith('pythonRoadmap.') && !k.startsWith('pythonRoadmap.skill.') && !k.startsWith('pythonRoadmap.view.') && !k.startsWith('pythonRoadmap.unreadable.') && k !== 'pythonRoadmap.welcome.shown' && k !== 'pythonRoadmap.undo.reset' && k !== 'pythonRoadmap.reset'), 'no whole-progress blob key');
  });

  test('writes never interleave: a status and a note sent together both survive, even on an unreadable record', async () => {
    const a = await api();
    await a.testing.globalState.update('pythonRoadmap.skill.sql', 'not a record');
    await a.testing.store.refresh();
    // As when a status button is clicked while the note box loses focus: two messages at once.
    a.testing.panel.show({ kind: 'skill', id: 'sql' });
    await Promise.all([
      a.testing.panel.receive({ type: 'setNote', id: 'sql', note: 'JOINs: inner vs left' }),
      a.testing.panel.receive({ type: 'setStatus', id: 'sql', status: 'learned' }),
      a.testing.store.addEvidence('sql', { path: 'db.py', line: 3, date: '2026-12-01' }),
    ]);
    assert.strictEqual(a.status('sql'), 'learned');
    assert.strictEqual(a.note('sql'), 'JOINs: inner vs left');
    assert.strictEqual(a.evidence('sql')[0]?.path, 'db.py');
    await a.testing.store.flushMirror();
    assert.strictEqual(a.testing.globalState.get('pythonRoadmap.unreadable.sql'), 'not a record', 'the unreadable value is kept');
    await a.testing.globalState.update('pythonRoadmap.unreadable.sql', undefined);
  });

  test('300 unreadable records raise one warning, not 300', async () => {
    const a = await api();
    const ids = allItems.slice(0, 60).map((i) => i.id);
    const broken = [...ids, ...Array.from({ length: 240 }, (_, i) => `old-skill-${i}`)];
    const before = a.testing.warnings.notified;
    await Promise.all(broken.map((id) => a.testing.globalState.update(`pythonRoadmap.skill.${id}`, 42)));
    await a.testing.store.refresh(); // as when Settings Sync brings them: each is reported once, to the log
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(a.testing.warnings.notified - before, 1);
    assert.ok(a.testing.log().filter((l) => l.startsWith('warn ') && l.includes('is unreadable')).length >= 100);
    await Promise.all(broken.map((id) => a.testing.globalState.update(`pythonRoadmap.skill.${id}`, undefined)));
  });

  test('a corrupt stored value is left untouched and the rest keeps working', async () => {
    const a = await api();
    await a.testing.globalState.update('pythonRoadmap.skill.oop', 'this is not a record');
    await a.testing.globalState.update('pythonRoadmap.skill.sql', { status: 'mastered', changed: 5 });
    await a.testing.store.refresh();
    assert.strictEqual(a.status('oop'), 'none');
    assert.strictEqual(a.status('sql'), 'none');
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'git');
    assert.strictEqual(a.status('git'), 'learned');
    assert.ok((await a.testing.tree.provider.getChildren()).length === data.phases.length);
    assert.strictEqual(a.testing.globalState.get('pythonRoadmap.skill.oop'), 'this is not a record', 'left untouched');
    // Marking the skill again replaces the value but keeps a copy of what was there.
    await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'oop');
    assert.strictEqual(a.status('oop'), 'learning');
    await a.testing.store.flushMirror();
    assert.strictEqual(a.testing.globalState.get('pythonRoadmap.unreadable.oop'), 'this is not a record');
    await a.testing.globalState.update('pythonRoadmap.unreadable.oop', undefined);
  });

  test('an unknown id in storage is kept', async () => {
    const a = await api();
    // Newer than the reset in setup(): a value older than a reset is one the reset cleared.
    const value = { status: 'learned', changed: new Date(Date.now() + 1000).toISOString() };
    await a.testing.globalState.update('pythonRoadmap.skill.retired-someday', value);
    await a.testing.store.refresh();
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'git');
    await a.testing.store.flushMirror();
    assert.deepStrictEqual(a.testing.globalState.get('pythonRoadmap.skill.retired-someday'), value);
    assert.ok(a.testing.store.storedIds().includes('retired-someday'));
  });
});

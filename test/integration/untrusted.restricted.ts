// The installed VSIX in Restricted Mode (run.mjs opens test/fixtures/untrusted, never trusted):
// the tree, the pages and recognition of opened files work; the folder's own settings cannot
// turn on auto-marking or raise the scan's file limit (package.json restrictedConfigurations).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, assertRunningCopy, data, titleOf, waitFor } from './helpers';
import { linkTests } from './links';

const file = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);

suite('Restricted Mode: the installed VSIX in a folder that is not trusted', () => {
  test('the workspace really is untrusted, and the installed copy runs there', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assertRunningCopy();
    const a = await api();
    assert.strictEqual(a.status('decorators'), 'none');
  });

  test('the tree shows the five phases and opens in its container', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.roadmap.focus');
    await waitFor('the tree to be visible', () => a.testing.tree.view.visible);
    const phases = (await a.testing.tree.provider.getChildren());
    assert.deepStrictEqual(phases.map((p) => a.testing.tree.provider.getTreeItem(p).label), data.phases.map((p) => `${p.number} · ${p.title}`));
  });

  test('a roadmap file in the folder is not read, and the view says why', async () => {
    const a = await api();
    await a.testing.roadmaps.ready();
    assert.ok(await vscode.workspace.findFiles('*.roadmap.json').then((f) => f.length === 1), 'the folder holds one');
    assert.deepStrictEqual(a.testing.roadmaps.all.map((r) => r.key), ['builtin']);
    assert.strictEqual(a.testing.roadmaps.ignoredForTrust, 1);
    await waitFor('the view to say why', () => /1 roadmap file in this workspace is not read: the workspace is not trusted/.test(a.testing.tree.view.message ?? ''));
  });

  test('an exercise can be started and read, but Check says why it waits for trust', async () => {
    const r = await vscode.commands.executeCommand<{ written: string[] }>('pythonRoadmap.startExercise', 'leap-years', { open: false });
    assert.ok(r.written.includes('README.md'));
    const check = await vscode.commands.executeCommand<{ error?: string; passed?: boolean; fix?: { title: string; command: string } }>('pythonRoadmap.checkExercise', 'leap-years');
    assert.match(check.error ?? '', /trusted workspaces only/);
    assert.strictEqual(check.passed, undefined, 'nothing ran');
    // Its message offers a button that opens Workspace Trust (exercises.test.ts presses it).
    assert.deepStrictEqual(check.fix, { title: 'Manage Workspace Trust', command: 'workbench.trust.manage' });
    assert.ok((await vscode.commands.getCommands(true)).includes('workbench.trust.manage'), 'VS Code has the command');
    await vscode.workspace.fs.delete(file('roadmap-exercises'), { recursive: true });
  });

  test('pages render: a skill, the overview, the FAQ', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'generators');
    await waitFor('the skill page', () => a.testing.panel.lastRendered?.heading === titleOf('generators'));
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    await waitFor('the overview', () => a.testing.panel.lastRendered?.ref.kind === 'overview');
    await vscode.commands.executeCommand('pythonRoadmap.openFaq', 'how-long-to-senior');
    await waitFor('the FAQ', () => a.testing.panel.lastRendered?.ref.kind === 'faq');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an opened Python file shows its skills; marking from there works', async () => {
    const a = await api();
    const editor = await vscode.window.showTextDocument(file('downloader.py'));
    const r = await waitFor('detections', () => a.testing.coding.skills.get(editor.document));
    const skills = new Set(r.detections.map((d) => d.skillId));
    for (const id of ['asyncio', 'error-handling', 'logging', 'type-hints', 'comprehensions']) assert.ok(skills.has(id), `${id} in ${[...skills]}`);
    await waitFor('the status-bar entry', () => a.testing.coding.statusItem.text.includes('roadmap skills here'));
    // Git is not run in a folder that is not trusted: whose code a line is is not known, so the
    // hover shows the skill and offers no line of this folder as proof (issue 24).
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(1, 3));
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.ok(hover.includes(titleOf('asyncio')) && hover.includes('not known to be yours: Git is not run in Restricted Mode'), hover);
    assert.ok(!hover.includes('command:pythonRoadmap.markFromCode'), hover);
    // The command itself still marks (the skill page, a script); the place is kept as not known to be theirs.
    await vscode.commands.executeCommand('pythonRoadmap.markFromCode', { skillId: 'asyncio', uri: editor.document.uri.toString(), line: 2, status: 'learned' });
    assert.strictEqual(a.status('asyncio'), 'learned');
    assert.strictEqual(a.evidence('asyncio')[0]?.path, 'downloader.py');
    assert.strictEqual(a.evidence('asyncio')[0]?.own, undefined, 'not known to be the learner\'s');
    await a.testing.store.clearAll();
  });

  test("the folder's settings cannot mark skills for you: autoMarkLearning from an untrusted workspace is ignored", async () => {
    const a = await api();
    const coding = vscode.workspace.getConfiguration('pythonRoadmap.coding');
    const folderSettings = new TextDecoder().decode(await vscode.workspace.fs.readFile(file('.vscode/settings.json')));
    assert.match(folderSettings, /"pythonRoadmap\.coding\.autoMarkLearning": true/);
    assert.strictEqual(coding.get('detectionDelay'), 150, 'the folder settings are read: an unrestricted one applies');
    assert.strictEqual(coding.get('autoMarkLearning'), false, 'the restricted one does not');
    const editor = await vscode.window.showTextDocument(file('Dockerfile'));
    await waitFor('detections', () => a.testing.coding.skills.get(editor.document)?.detections.length);
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(a.status('docker'), 'none', 'nothing was marked learning');
    assert.deepStrictEqual(a.testing.store.storedIds(), []);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test("the scan reads the folder, and its scan.maxFiles of 1 does not apply", async () => {
    const a = await api();
    const result = await a.testing.scan.run(true);
    assert.ok(result);
    assert.ok(!result.capped && result.filesRead >= 2, `read ${result.filesRead} files`);
    assert.ok(result.found.some((f) => f.path === 'Dockerfile') && result.found.some((f) => f.path === 'downloader.py'));
  });
});

suite('Restricted Mode: symbolic links the folder ships', linkTests);

suite('Restricted Mode: settings that decide what leaves the workspace', () => {
  test('the folder cannot turn on notes in the report or in the team file', async () => {
    const config = vscode.workspace.getConfiguration('pythonRoadmap');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file('.vscode/settings.json')));
    assert.match(text, /"pythonRoadmap\.report\.includeNotes": true/, 'the folder sets it');
    assert.match(text, /"pythonRoadmap\.team\.shareNotes": true/);
    assert.strictEqual(config.get('report.includeNotes'), false);
    assert.strictEqual(config.get('team.shareNotes'), false);
  });
});

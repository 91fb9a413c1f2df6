// The coding assistant in the real editor: detection on open and after typing, the status-bar
// entry and its pick, the hover's actions, the CodeLens setting, opt-in auto-learning, evidence on
// the skill page, notebooks, and the workspace scan.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { allItems, api, clearProgress, closeAllEditors, titleOf, waitFor } from './helpers';
import type { TestedApi } from './helpers';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const fileUri = (rel: string) => vscode.Uri.joinPath(folder(), ...rel.split('/'));
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openAndDetect(a: TestedApi, rel: string): Promise<{ editor: vscode.TextEditor; skills: Set<string>; lines: Map<string, number[]> }> {
  const editor = await vscode.window.showTextDocument(fileUri(rel));
  const result = await waitFor(`detections in ${rel}`, () => {
    const r = a.testing.coding.skills.get(editor.document);
    return r && r.version === editor.document.version && r;
  });
  // The skills the file shows (a mention, below the evidence standard, shows none).
  const lines = new Map<string, number[]>();
  for (const d of result.detections) if (!d.mention) lines.set(d.skillId, [...(lines.get(d.skillId) ?? []), d.line]);
  return { editor, skills: new Set(lines.keys()), lines };
}

function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i + 1;
  throw new Error(`no line with ${text}`);
}

/** Hover Markdown as text (appendText writes spaces as &nbsp;). */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('pythonRoadmap').update(key, value, vscode.ConfigurationTarget.Global);
}

suite('coding assistant: skills seen in the file being edited', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  teardown(async () => {
    await setSetting('coding.codeLens', undefined);
    await setSetting('coding.autoMarkLearning', undefined);
    await setSetting('coding.enabled', undefined);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('opening a Python file shows its skills in the status bar; comments and docstrings do not count', async () => {
    const a = await api();
    const { editor, skills, lines } = await openAndDetect(a, 'service.py');
    for (const id of ['asyncio', 'error-handling', 'oop', 'rest-apis', 'logging', 'type-hints', 'comprehensions']) assert.ok(skills.has(id), `${id} in ${[...skills]}`);
    assert.ok(!skills.has('decorators'), 'the TODO comment about a decorator does not count');
    assert.ok(!skills.has('generators') && !skills.has('lambda-functions'), 'words in the docstring do not count');
    assert.deepStrictEqual(lines.get('asyncio')!.slice(0, 2), [lineOf(editor.document, 'import asyncio'), lineOf(editor.document, 'async def poll')]);
    const item = a.testing.coding.statusItem;
    await waitFor('the status-bar entry', () => item.text === `$(lightbulb) ${skills.size} roadmap skills here` && item);
    assert.strictEqual(item.command, 'pythonRoadmap.showSkillsHere');
  });

  test('typing updates the skills after a pause, without saving', async () => {
    const a = await api();
    const { editor, skills } = await openAndDetect(a, 'app.py');
    assert.ok(!skills.has('numpy'));
    // An import counts where what it imports is used (the evidence standard): type both.
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'import numpy as np\nGRID = np.zeros(3)\n'));
    await waitFor('numpy after typing', () => a.testing.coding.skills.get(editor.document)?.detections.some((d) => d.skillId === 'numpy' && d.line === 1));
    assert.ok(editor.document.isDirty);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a crafted file is left unread with a word in the status bar, and the hover does not parse it', async () => {
    const a = await api();
    // One 150 KB statement (a chain the parser would build in one unpausable step), then real code.
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `x = ${'a.'.repeat(75_000)}a\nimport asyncio\n` });
    await vscode.window.showTextDocument(doc);
    const r = await waitFor('the document to be passed over', () => a.testing.coding.skills.get(doc)?.skipped);
    assert.match(r, /one statement in it is 150 KB long/);
    assert.deepStrictEqual(a.testing.coding.skills.get(doc)?.detections, []);
    await waitFor('the status bar to say so', () => a.testing.coding.statusItem.text === '$(circle-slash) Roadmap skills: not read');
    assert.match(String(a.testing.coding.statusItem.tooltip), /did not read this file for skills: one statement/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 3));
    assert.ok(!hoverText(hovers).includes(titleOf('asyncio')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the hover on an evidence line offers to mark the skill; marking keeps the place, shown on the skill page', async () => {
    const a = await api();
    const { editor } = await openAndDetect(a, 'service.py');
    const line = lineOf(editor.document, 'async def poll');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line - 1, 4));
    const text = hoverText(hovers);
    assert.ok(text.includes(titleOf('asyncio')), text);
    assert.ok(text.includes('Mark as learned') && text.includes('Mark as learning') && text.includes('Open skill page'), text);
    assert.ok(text.includes('*Seen here:* ') && text.includes('`async`'), `the hover says why the line counts: ${text}`);
    // Follow the link as a click would: the command and its JSON arguments from the Markdown.
    const link = /\(command:pythonRoadmap\.markFromCode\?([^ )]+)/.exec(text);
    assert.ok(link, 'a command link to mark the skill');
    const [args] = JSON.parse(decodeURIComponent(link[1]!)) as [{ skillId: string; status: string }];
    assert.strictEqual(args.skillId, 'asyncio');
    assert.strictEqual(args.status, 'learned');
    await vscode.commands.executeCommand('pythonRoadmap.markFromCode', args);
    assert.strictEqual(a.status('asyncio'), 'learned');
    assert.deepStrictEqual(a.evidence('asyncio'), [{ path: 'service.py', line, date: today(), own: true }], 'the learner\'s own line (run.mjs commits the workspace as theirs)');

    // A skipped skill never asks.
    await a.testing.store.setStatus(['logging'], 'skipped');
    const skipped = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(lineOf(editor.document, 'import logging') - 1, 2));
    assert.ok(!hoverText(skipped).includes(titleOf('logging')), hoverText(skipped));

    // A learned skill gets no hover any more.
    const after = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line - 1, 4));
    assert.ok(!hoverText(after).includes(titleOf('asyncio')));

    // The skill page lists it, and a click on it (the client's message) opens the place. The page
    // stays open: a message from a page no longer shown is not acted on.
    await closeAllEditors();
    a.testing.panel.show({ kind: 'skill', id: 'asyncio' });
    const rendered = await waitFor('the page with evidence', () => a.testing.panel.lastRendered?.ref.kind === 'skill' && a.testing.panel.lastRendered.evidence && a.testing.panel.lastRendered);
    assert.deepStrictEqual(rendered.evidence, [`seen in service.py:${line} on ${today()}`]);
    assert.strictEqual(await a.testing.panel.receive({ type: 'openEvidence', path: 'service.py', line: line + 1 }), false, 'a line the page does not show');
    assert.strictEqual(await a.testing.panel.receive({ type: 'openEvidence', path: 'service.py', line }), true);
    const opened = await waitFor('the evidence place opened', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/service.py') && vscode.window.activeTextEditor);
    assert.strictEqual(opened.selection.active.line, line - 1);
  });

  test('the status-bar pick marks a skill learning with the place it was seen', async () => {
    const a = await api();
    const { editor, lines } = await openAndDetect(a, 'app.py');
    // The first skill listed is the earliest on the roadmap among those not learned.
    const first = allItems.map((i) => i.id).find((id) => lines.has(id) && a.status(id) !== 'learned')!;
    void vscode.commands.executeCommand('pythonRoadmap.showSkillsHere');
    await sleep(600);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // the first skill
    await sleep(600);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext'); // "Mark as Learning"
    await sleep(200);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const status = await waitFor('a skill marked from the pick', () => [...lines.keys()].find((id) => a.status(id) === 'learning'));
    assert.strictEqual(status, first);
    assert.deepStrictEqual(a.evidence(first), [{ path: 'app.py', line: lines.get(first)![0]!, date: today(), own: true }]);
    assert.ok(editor);
  });

  test('CodeLens appears only when its setting is on', async () => {
    const a = await api();
    const { editor } = await openAndDetect(a, 'app.py');
    const ours = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri))
      .filter((l) => l.command?.command === 'pythonRoadmap.markFromCode');
    assert.strictEqual((await ours()).length, 0, 'off by default');
    await setSetting('coding.codeLens', true);
    const lenses = await ours();
    assert.ok(lenses.some((l) => l.command!.title.includes(titleOf('decorators'))), lenses.map((l) => l.command!.title).join());
  });

  test('CodeLens: one skill\'s actions per line, the others there as "+N more" (several on one line were cut off)', async () => {
    await setSetting('coding.codeLens', true);
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'def total(xs: list[int]) -> int:\n    return sum([x * 2 for x in xs if x])\n\n\nprint(total([1, 2, 3]))\n' });
    await vscode.window.showTextDocument(doc);
    let all: vscode.CodeLens[] = [];
    for (let i = 0; i < 100 && !all.some((x) => x.command?.title.startsWith('$(mortar-board)')); i++) {
      all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      if (!all.some((x) => x.command?.title.startsWith('$(mortar-board)'))) await new Promise((r) => setTimeout(r, 100));
    }
    const perLine = new Map<number, string[]>();
    for (const l of all) if (l.command?.title.startsWith('$(mortar-board)')) perLine.set(l.range.start.line, [...(perLine.get(l.range.start.line) ?? []), l.command.title]);
    for (const [line, titles] of perLine) assert.strictEqual(titles.length, 1, `line ${line + 1}: ${titles.join(' | ')}`);
    assert.ok(all.some((l) => /^\+\d+ more skills? here$/.test(l.command?.title ?? '') && l.command?.command === 'pythonRoadmap.showSkillsHere'), all.map((l) => l.command?.title).join(' | '));
    await closeAllEditors();
  });

  test('opt-in auto-learning marks skills seen for the first time as learning, never learned', async () => {
    const a = await api();
    await a.testing.store.setStatus(['oop'], 'skipped');
    await setSetting('coding.autoMarkLearning', true);
    await openAndDetect(a, 'Dockerfile');
    await waitFor('docker marked learning', () => a.status('docker') === 'learning');
    assert.deepStrictEqual(a.evidence('docker'), [{ path: 'Dockerfile', line: 2, date: today(), own: true }]);
    await openAndDetect(a, 'service.py');
    await waitFor('asyncio marked learning', () => a.status('asyncio') === 'learning');
    assert.strictEqual(a.status('oop'), 'skipped', 'a skipped skill is left alone');
    assert.ok(!['docker', 'asyncio', 'error-handling'].some((id) => a.status(id) === 'learned'));
  });

  test('"Show Roadmap Skills in This File" with no editor asks for a file, not "no skills here"', async () => {
    await closeAllEditors();
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.showSkillsHere'), 'no-editor');
  });

  test('the status-bar entry is steady between files: never hidden while switching between two with skills', async () => {
    const a = await api();
    await openAndDetect(a, 'service.py');
    await openAndDetect(a, 'app.py');
    const shown = a.testing.coding.statusShown;
    await waitFor('the entry', () => shown.now);
    const hides = shown.hides;
    for (const f of ['service.py', 'app.py', 'service.py', 'Dockerfile', 'app.py']) {
      await vscode.window.showTextDocument(fileUri(f));
      await new Promise((r) => setTimeout(r, 30));
      assert.ok(shown.now, `hidden after switching to ${f}`);
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(shown.hides, hides, 'the entry was hidden in between');
    assert.match(a.testing.coding.statusItem.text, /roadmap skills? here/);
  });

  test('a crafted Python file is read in slices; past the budget it is left unread and the status bar says why (an injected clock: any machine)', async function () {
    this.timeout(60000);
    const a = await api();
    const timing = a.testing.coding.skills.timing;
    const saved = { ...timing };
    // A clock that moves 1 ms each time it is read: the host time spent is the number of reads, the same on every machine.
    const ticking = () => { let t = 0; return () => t++; };
    // 90 KB of junk in one statement (just under the 100 KB a statement may have), real code around it.
    const content = (n: number) => `import asyncio\n${'?'.repeat(90_000 + n)}\nasync def f():\n    await asyncio.sleep(0)\n`;
    try {
      Object.assign(timing, { sliceMs: 5, budgetMs: Number.MAX_SAFE_INTEGER, now: ticking() });
      const doc = await vscode.workspace.openTextDocument({ language: 'python', content: content(0) });
      const result = await waitFor('detections in the crafted file', () => a.testing.coding.skills.get(doc), 45000);
      assert.ok(result.detections.some((d) => d.skillId === 'asyncio'), 'recognised around the junk');
      Object.assign(timing, { budgetMs: 200, now: ticking() });
      const over = await vscode.workspace.openTextDocument({ language: 'python', content: content(1) });
      await vscode.window.showTextDocument(over);
      const skipped = await waitFor('the file left unread', () => a.testing.coding.skills.get(over)?.skipped, 45000);
      assert.match(skipped, /over 200 ms/);
      await waitFor('the status bar to say so', () => /not read/.test(a.testing.coding.statusItem.text));
    } finally {
      Object.assign(timing, saved);
      await closeAllEditors();
    }
  });

  test('turning the assistant off hides the entry and stops detection', async () => {
    const a = await api();
    const { editor } = await openAndDetect(a, 'app.py');
    await setSetting('coding.enabled', false);
    await waitFor('the entry hidden', () => a.testing.coding.skills.get(editor.document) === undefined);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(lineOf(editor.document, '@logged') - 1, 1));
    assert.ok(!hoverText(hovers).includes('Python Roadmap'));
    await setSetting('coding.enabled', undefined);
    await waitFor('detections again', () => a.testing.coding.skills.get(editor.document));
  });

  test('notebook cells are read; evidence names the cell', async () => {
    const a = await api();
    // VS Code on the web saves a changed file after a second (files.autoSave): this test edits the
    // fixture and reverts the edit, so nothing may save it in between.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const nb = await vscode.workspace.openNotebookDocument(fileUri('analysis.ipynb'));
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(1).document;
    const result = await waitFor('cell detections', () => a.testing.coding.skills.get(cell) ?? (a.testing.coding.skills.detectNow(cell) && undefined));
    assert.deepStrictEqual(result.detections.map((d) => [d.skillId, d.line, d.cell]), [['pandas', 2, 1]]);
    assert.ok(!a.testing.coding.skills.get(nb.cellAt(0).document), 'markdown cells are not read');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.uri, new vscode.Position(1, 3));
    const text = hoverText(hovers);
    const link = /\(command:pythonRoadmap\.markFromCode\?([^ )]+)/.exec(text);
    assert.ok(link, text);
    await vscode.commands.executeCommand('pythonRoadmap.markFromCode', JSON.parse(decodeURIComponent(link[1]!))[0]);
    assert.deepStrictEqual(a.evidence('pandas'), [{ path: 'analysis.ipynb', line: 2, date: today(), cell: 1, own: true }]);

    // A cell inserted above: the pandas cell is now the third, and its detections say so.
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [vscode.NotebookEdit.insertCells(0, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'x = 1', 'python')])]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the moved cell re-read', () => a.testing.coding.skills.get(cell)?.detections[0]?.cell === 2);
    // Right after an edit the workbench may not take a revert yet (it does nothing): asked again
    // until the notebook is back as on disk.
    await waitFor('the notebook reverted', () => !nb.isDirty || void vscode.commands.executeCommand('workbench.action.files.revert'));
    await closeAllEditors();
  });

  test('a cell inserted into a 3,000-cell notebook is the only cell read again; the others are renumbered, the summary made once', async function () {
    this.timeout(180000);
    const a = await api();
    const { skills } = a.testing.coding;
    const shown = a.testing.coding.statusShown;
    const n = 3000;
    const tooltip = () => {
      const t = a.testing.coding.statusItem.tooltip;
      return (typeof t === 'string' ? t : t?.value ?? '').replace(/&nbsp;/g, ' ');
    };
    // The last cell shows a skill; the others none. A file in the workspace (not committed yet: the
    // learner's), so the hover offers its lines; an untitled one is in no repository, never offered.
    const file = fileUri('big-notebook.ipynb');
    const json = { cells: Array.from({ length: n }, (_, i) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: [i === n - 1 ? 'import asyncio\n' : `x_${i} = ${i}\n`] })), metadata: {}, nbformat: 4, nbformat_minor: 5 };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(json, null, 1)));
    try {
      const nb = await vscode.workspace.openNotebookDocument(file);
      await vscode.window.showNotebookDocument(nb);
      const last = nb.cellAt(n - 1).document;
      // Reading 3,000 cells at once is not what is measured here: a generous wait.
      await waitFor('every cell read', () => skills.get(last)?.detections[0]?.cell === n - 1 && !skills.busy, 120000);
      await waitFor('the summary', () => tooltip().includes(`cell ${n}, line 1`), 30000);
      const read = skills.work.cellsRead;
      const summaries = shown.summaries;

      const edit = new vscode.WorkspaceEdit();
      edit.set(nb.uri, [vscode.NotebookEdit.insertCells(0, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import pandas as pd\n', 'python')])]);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const added = nb.cellAt(0).document;
      await waitFor('the new cell read and the last renumbered', () => skills.get(added)?.detections.some((d) => d.skillId === 'pandas' && d.cell === 0)
        && skills.get(last)?.cell === n && skills.get(last)?.detections[0]?.cell === n && !skills.busy, 60000);
      await waitFor('the summary with the new cell numbers', () => tooltip().includes(`cell ${n + 1}, line 1`) && tooltip().includes('cell 1, line 1'), 30000);
      assert.ok(skills.work.cellsRead - read <= 2, `one cell inserted, ${skills.work.cellsRead - read} cells read again`);
      assert.ok(shown.summaries - summaries <= 3, `one cell inserted, the summary made ${shown.summaries - summaries} times`);
      assert.strictEqual(skills.forNotebook(nb).length, n + 1);

      // Marking from the last cell keeps its new index.
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', last.uri, new vscode.Position(0, 8));
      const link = /\(command:pythonRoadmap\.markFromCode\?([^ )]+)/.exec(hoverText(hovers));
      assert.ok(link, hoverText(hovers));
      const args = JSON.parse(decodeURIComponent(link[1]!))[0] as { skillId: string; cell: number };
      assert.deepStrictEqual([args.skillId, args.cell], ['asyncio', n]);
      await vscode.commands.executeCommand('pythonRoadmap.markFromCode', args);
      assert.deepStrictEqual(a.evidence('asyncio').map((e) => [e.line, e.cell]), [[1, n]]);

      // The cell deleted again: nothing to read, the last cell back to its first index.
      const readBeforeDelete = skills.work.cellsRead;
      const remove = new vscode.WorkspaceEdit();
      remove.set(nb.uri, [vscode.NotebookEdit.deleteCells(new vscode.NotebookRange(0, 1))]);
      assert.ok(await vscode.workspace.applyEdit(remove));
      await waitFor('the last cell renumbered back', () => skills.get(last)?.detections[0]?.cell === n - 1 && !skills.busy, 60000);
      assert.strictEqual(skills.work.cellsRead - readBeforeDelete, 0, 'a cell deleted: no cell read again');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await closeAllEditors();
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });
});

/** Presses Enter on the list a mark shows (it comes once Git has said whose code the places are)
 *  until the mark settles. */
async function acceptList(marking: Promise<unknown>): Promise<void> {
  let settled = false;
  void marking.then(() => (settled = true), () => (settled = true));
  for (let i = 0; i < 50 && !settled; i++) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((r) => setTimeout(r, 200));
  }
  await marking;
}

suite('workspace scan', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });

  test('reports the fixture workspace skills with files and places, and skips what .gitignore excludes', async () => {
    const a = await api();
    const result = await vscode.commands.executeCommand<{ found: { path: string; detections: { skillId: string; line: number; mention?: true }[] }[]; filesRead: number }>('pythonRoadmap.scanWorkspace', { quiet: true });
    const paths = result.found.map((f) => f.path).sort();
    for (const p of ['app.py', 'service.py', 'Dockerfile', 'pyproject.toml', '.github/workflows/ci.yml', 'tests/test_app.py', 'analysis.ipynb']) assert.ok(paths.includes(p), `${p} in ${paths}`);
    assert.ok(!paths.some((p) => p.startsWith('ignored/')), 'git-ignored files are not read');
    const skills = new Set(result.found.flatMap((f) => f.detections.filter((d) => !d.mention).map((d) => d.skillId)));
    for (const id of ['docker', 'ci-cd', 'dependency-management', 'linting-formatting', 'testing', 'decorators', 'generators', 'asyncio', 'pandas']) assert.ok(skills.has(id), id);
    assert.ok(!skills.has('numpy') && !skills.has('metaclasses'), 'nothing from the ignored folder (app.py only mentions numpy)');

    // The report page lists them with their places.
    const rendered = await waitFor('the report', () => a.testing.panel.lastRendered?.ref.kind === 'scan' && a.testing.panel.lastRendered.evidence && a.testing.panel.lastRendered);
    assert.strictEqual(rendered.heading, 'Skills in this workspace');
    assert.ok(rendered.evidence!.some((t) => t.startsWith('Dockerfile:2')), rendered.evidence!.join(' | '));

    // Marking what was found as learning shows the list first, ticked where the learner's own code
    // shows each (here all of it: the learner committed the workspace); Enter marks them, with evidence.
    await a.testing.store.setStatus(['generators'], 'learned');
    await acceptList(a.testing.panel.receive({ type: 'markScanned', status: 'learning' }));
    assert.strictEqual(a.status('docker'), 'learning');
    assert.deepStrictEqual(a.evidence('docker'), [{ path: 'Dockerfile', line: 2, date: today(), own: true }]);
    assert.strictEqual(a.status('generators'), 'learned', 'a learned skill stays learned');
    assert.strictEqual(a.evidence('ci-cd')[0]?.path, '.github/workflows/ci.yml');
  });

  test('the report opens beside the page being read, not over it', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'decorators');
    await waitFor('the skill page', () => a.testing.panel.lastRendered?.heading === titleOf('decorators'));
    await a.testing.scan.run(true);
    const report = await waitFor('the report beside', () => a.testing.panel.reportPanel?.lastRendered?.ref.kind === 'scan' && a.testing.panel.reportPanel);
    assert.strictEqual(report.lastRendered!.heading, 'Skills in this workspace');
    assert.strictEqual(a.testing.panel.lastRendered?.heading, titleOf('decorators'), 'the skill page is still there');
    assert.deepStrictEqual(a.testing.panel.current, { kind: 'skill', id: 'decorators' });
    await closeAllEditors();
  });

  test('marking what was found as learned shows the list first with nothing ticked: Enter alone marks nothing', async () => {
    const a = await api();
    await a.testing.scan.run(true);
    const marking = a.testing.panel.receive({ type: 'markScanned', status: 'learned' });
    await new Promise((r) => setTimeout(r, 600));
    assert.deepStrictEqual(a.testing.store.storedIds(), [], 'nothing is marked before the list is confirmed');
    await acceptList(marking);
    assert.deepStrictEqual(a.testing.store.storedIds().filter((id) => a.status(id) !== 'none'), [], 'no skill was ticked for the learner');
  });

  test('marking what was found as learning marks what is kept, and undoes', async () => {
    const a = await api();
    await a.testing.scan.run(true);
    await acceptList(a.testing.panel.receive({ type: 'markScanned', status: 'learning' }));
    const marked = a.testing.store.storedIds();
    assert.ok(marked.length >= 5 && marked.every((id) => a.status(id) === 'learning'), marked.join());
    assert.strictEqual(await a.testing.scan.undo(), true);
    assert.deepStrictEqual(a.testing.store.storedIds().filter((id) => a.status(id) !== 'none'), []);
  });

  test('files the scan does not read are counted with the reason; a symbolic link out of the workspace is not followed', async () => {
    const a = await api();
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'secret.py');
    fs.writeFileSync(outside, 'import asyncio\n');
    const link = path.join(folder().fsPath, 'linked_out.py');
    fs.symlinkSync(outside, link);
    try {
      const result = await a.testing.scan.run(true);
      assert.ok(result);
      assert.ok(!result.found.some((f) => f.path === 'linked_out.py'), 'the link was not read');
      const why = result.skipped?.find((x) => x.path === 'linked_out.py');
      assert.ok(why && /symbolic link/.test(why.reason), JSON.stringify(result.skipped));
      assert.ok((result.skippedCount ?? 0) >= 1);
    } finally {
      fs.unlinkSync(link);
    }
  });

  test('the file cap stops the scan and says so', async () => {
    const a = await api();
    await vscode.workspace.getConfiguration('pythonRoadmap').update('scan.maxFiles', 2, vscode.ConfigurationTarget.Global);
    try {
      const result = await a.testing.scan.run(true);
      assert.ok(result);
      assert.strictEqual(result.filesRead, 2);
      assert.ok(result.capped && result.filesFound > 2);
    } finally {
      await vscode.workspace.getConfiguration('pythonRoadmap').update('scan.maxFiles', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

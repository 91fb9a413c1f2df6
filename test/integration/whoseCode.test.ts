// Whose code it is (issue 24): in a repository this suite builds with two authors — Ada wrote a
// tutorial's lambdas, the learner (the repository's user.email) added one — the hover and CodeLens
// offer marking only on the learner's lines, the portfolio lists only the learner's places, and
// unsaved changes and new files count as theirs while ignored files do not. Also: a mention is
// shown but never offered, and the extension's own exercise starter is never offered as the
// learner's code. Git runs here as the extension runs it: no shell. (Named to run after
// report.test.ts, whose first test expects a report not yet saved anywhere in this window.)
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, titleOf, waitFor } from './helpers';
import type { TestedApi } from './helpers';

const LEARNER = 'learner@example.com';
const ADA = { name: 'Ada Lovelace', email: 'ada@example.com' };
const folder = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
const repo = () => path.join(folder(), 'two-authors');
const uriOf = (...parts: string[]) => vscode.Uri.file(path.join(repo(), ...parts));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo(), encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// models.py: lines 2-3 by Ada, line 5 by the learner. views.py: all Ada's.
const MODELS = ['# Models of a tutorial project', 'square = lambda x: x * x', 'cube = lambda x: x ** 3', '', 'mine = sorted([3, 1], key=lambda n: -n)', ''];
const VIEWS = ['handler = lambda request: request', ''];

/** Hover Markdown as text: appendText writes spaces as &nbsp; and escapes Markdown's punctuation. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\([()<>[\]_*.!#-])/g, '$1');
}

/** Every "mark from code" link of a hover: the arguments a click would pass. */
function markLinks(text: string): { skillId: string; line: number; status: string }[] {
  return [...text.matchAll(/\(command:pythonRoadmap\.markFromCode\?([^ )]+)/g)].map((m) => (JSON.parse(decodeURIComponent(m[1]!)) as [{ skillId: string; line: number; status: string }])[0]);
}

async function hoverAt(doc: vscode.TextDocument, line: number): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line - 1, doc.lineAt(line - 1).firstNonWhitespaceCharacterIndex + 1)));
}

async function lenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)).filter((l) => l.command?.command.startsWith('pythonRoadmap.'));
}

async function open(a: TestedApi, uri: vscode.Uri): Promise<vscode.TextDocument> {
  const editor = await vscode.window.showTextDocument(uri);
  await waitFor(`detections in ${uri.path}`, () => a.testing.coding.skills.get(editor.document)?.version === editor.document.version);
  return editor.document;
}

/** waitFor for a probe that has to ask VS Code (a hover, lenses). */
async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('pythonRoadmap').update(key, value, vscode.ConfigurationTarget.Global);
}

suite('whose code it is: a repository with two authors', () => {
  suiteSetup(() => {
    fs.rmSync(repo(), { recursive: true, force: true });
    fs.mkdirSync(repo(), { recursive: true });
    git('init', '-q');
    git('config', 'user.name', 'Lee Learner');
    git('config', 'user.email', LEARNER);
    git('config', 'commit.gpgsign', 'false');
    fs.writeFileSync(path.join(repo(), 'models.py'), MODELS.slice(0, 4).join('\n'));
    fs.writeFileSync(path.join(repo(), 'views.py'), VIEWS.join('\n'));
    fs.writeFileSync(path.join(repo(), '.gitignore'), 'vendor/\n');
    git('add', '-A');
    git('-c', `user.name=${ADA.name}`, '-c', `user.email=${ADA.email}`, 'commit', '-qm', 'The tutorial');
    fs.writeFileSync(path.join(repo(), 'models.py'), MODELS.join('\n'));
    git('commit', '-qam', 'My own lambda');
    // Not committed: a new file of the learner's, and a library Git ignores.
    fs.writeFileSync(path.join(repo(), 'scratch.py'), 'pick = max([1, 2], key=lambda n: n)\n');
    fs.mkdirSync(path.join(repo(), 'vendor'));
    fs.writeFileSync(path.join(repo(), 'vendor', 'lib.py'), 'identity = lambda v: v\n');
  });
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  teardown(async () => {
    await setSetting('coding.codeLens', undefined);
    await setSetting('evidence.myEmails', undefined);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    fs.rmSync(repo(), { recursive: true, force: true });
  });

  test('git is here, as the tests need it', () => {
    assert.match(git('--version'), /^git version/);
    assert.match(git('log', '--format=%ae'), new RegExp(`${LEARNER}\\n${ADA.email}`));
  });

  test('the hover offers marking only on the learner\'s own line; on Ada\'s it names her and offers the learner\'s line instead', async () => {
    const a = await api();
    const doc = await open(a, uriOf('models.py'));
    const onAda = await hoverAt(doc, 2);
    assert.ok(onAda.includes(titleOf('lambda-functions')), onAda);
    assert.ok(onAda.includes('written by someone else (Ada Lovelace <ada@example.com>)') && onAda.includes('not offered as proof'), onAda);
    assert.ok(onAda.includes('You use it yourself on line 5'), onAda);
    assert.deepStrictEqual(markLinks(onAda).map((l) => l.line), [5, 5], 'the learner\'s line is what is offered, as learned and as learning');
    const onMine = await hoverAt(doc, 5);
    assert.ok(!onMine.includes('not offered as proof'), onMine);
    assert.deepStrictEqual(markLinks(onMine).map((l) => [l.skillId, l.line, l.status]), [['lambda-functions', 5, 'learned'], ['lambda-functions', 5, 'learning']]);

    // A file with no line of the learner's: nothing to mark, the page to open.
    const views = await open(a, uriOf('views.py'));
    const onViews = await hoverAt(views, 1);
    assert.ok(onViews.includes('written by someone else (Ada Lovelace') && onViews.includes('command:pythonRoadmap.openSkill'), onViews);
    assert.deepStrictEqual(markLinks(onViews), []);
  });

  test('CodeLens: marking lenses only on the learner\'s line; a file of someone else\'s gets one lens that says so', async () => {
    const a = await api();
    await setSetting('coding.codeLens', true);
    const doc = await open(a, uriOf('models.py'));
    const marks = await eventually('the lenses', async () => { const l = await lenses(doc); return l.length ? l : undefined; });
    const offered = marks.filter((l) => l.command!.command === 'pythonRoadmap.markFromCode');
    assert.ok(offered.length >= 1, marks.map((l) => l.command!.title).join());
    for (const l of offered) {
      assert.strictEqual(l.range.start.line, 4, 'above line 5, the learner\'s');
      assert.strictEqual((l.command!.arguments![0] as { line: number }).line, 5);
    }
    const views = await open(a, uriOf('views.py'));
    const theirs = await lenses(views);
    assert.deepStrictEqual(theirs.filter((l) => l.command!.command === 'pythonRoadmap.markFromCode'), []);
    assert.deepStrictEqual(theirs.map((l) => [l.command!.title, l.command!.command]), [[`$(mortar-board) Roadmap: ${titleOf('lambda-functions')} — written by someone else`, 'pythonRoadmap.openSkill']]);
  });

  test('the portfolio lists only the learner\'s place: marked from their line, not Ada\'s marked before this version, nor one marked from Ada\'s line', async () => {
    const a = await api();
    const doc = await open(a, uriOf('models.py'));
    const [learned] = markLinks(await hoverAt(doc, 5));
    await vscode.commands.executeCommand('pythonRoadmap.markFromCode', learned);
    assert.deepStrictEqual(a.evidence('lambda-functions'), [{ path: 'two-authors/models.py', line: 5, date: today(), own: true }]);
    // What the issue saw: "Mark as learned" on someone else's lambda, as a place from before whose code it was kept.
    await a.testing.store.addEvidence('lambda-functions', { path: 'two-authors/models.py', line: 2, date: '2026-11-01' });
    // And a mark from Ada's line the hover no longer offers (a stale link, a script): kept, as hers.
    await vscode.commands.executeCommand('pythonRoadmap.markFromCode', { skillId: 'lambda-functions', uri: uriOf('views.py').toString(), line: 1, status: 'learned' });
    assert.strictEqual(a.evidence('lambda-functions').find((e) => e.path === 'two-authors/views.py')?.own, false);
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'portfolio-owners');
    try {
      await vscode.commands.executeCommand('pythonRoadmap.createReport', { uri: target });
      const md = fs.readFileSync(path.join(target.fsPath, 'python-roadmap.md'), 'utf8');
      const line = md.split('\n').find((l) => l.includes('Seen in:')) ?? '';
      assert.ok(md.includes(`**${titleOf('lambda-functions')}**`), md.slice(0, 500));
      assert.ok(line.includes('two-authors/models.py:5'), line);
      assert.ok(!line.includes('models.py:2') && !line.includes('views.py'), `only the learner's place: ${line}`);
    } finally {
      fs.rmSync(target.fsPath, { recursive: true, force: true });
    }
  });

  test('a change not saved yet and a new file are the learner\'s; a file Git ignores is not known to be; typing asks Git for no blame', async () => {
    const a = await api();
    const views = await open(a, uriOf('views.py'));
    await hoverAt(views, 1);
    const blames = a.testing.ownership.work.blames;
    const editor = await vscode.window.showTextDocument(views);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'typed = sorted([2, 1], key=lambda n: n)\n'));
    await waitFor('the typed lambda seen', () => a.testing.coding.skills.get(views)?.detections.some((d) => d.line === 2));
    assert.deepStrictEqual(markLinks(await hoverAt(views, 2)).map((l) => l.line), [2, 2], 'the unsaved line is offered');
    assert.deepStrictEqual(markLinks(await hoverAt(views, 1)).map((l) => l.line), [2, 2], 'Ada\'s line offers the learner\'s typed one');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# a comment above\n'));
    assert.deepStrictEqual(markLinks(await hoverAt(views, 3)).map((l) => l.line), [3, 3], 'lines move with the edit');
    assert.strictEqual(a.testing.ownership.work.blames, blames, 'the blame of the saved file serves every version of the document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const scratch = await open(a, uriOf('scratch.py'));
    assert.deepStrictEqual(markLinks(await hoverAt(scratch, 1)).map((l) => l.line), [1, 1], 'a file not committed yet');
    const vendored = await open(a, uriOf('vendor', 'lib.py'));
    const text = await hoverAt(vendored, 1);
    assert.ok(text.includes('not known to be yours: Git ignores this file'), text);
    assert.deepStrictEqual(markLinks(text), []);
  });

  test('pythonRoadmap.evidence.myEmails: an address of the learner\'s own in the user settings makes those commits theirs', async () => {
    const a = await api();
    const views = await open(a, uriOf('views.py'));
    assert.deepStrictEqual(markLinks(await hoverAt(views, 1)), []);
    await setSetting('evidence.myEmails', ['  <ADA@Example.com> ']);
    await eventually('the hover to offer it', async () => markLinks(await hoverAt(views, 1)).length === 2);
    const [learned] = markLinks(await hoverAt(views, 1));
    assert.strictEqual(learned!.line, 1);
    // A workspace cannot claim commits for the learner: the setting is read from the user settings only.
    assert.strictEqual(vscode.workspace.getConfiguration('pythonRoadmap.evidence').inspect('myEmails')?.workspaceValue, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.getConfiguration('pythonRoadmap').update('evidence.myEmails', [ADA.email], vscode.ConfigurationTarget.Workspace)), 'an application setting cannot be set by a workspace');
  });
});

suite('mentions and the extension\'s own code are never offered', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  teardown(async () => {
    await setSetting('coding.codeLens', undefined);
  });

  test('a mention (below the evidence standard) is shown in the hover but gets no mark link, no CodeLens and no place in the status bar', async () => {
    const a = await api();
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    // app.py imports numpy and never uses it: the detector keeps that as a mention (on the
    // learner's own lines, so only its being a mention keeps it from being offered).
    const doc = await open(a, vscode.Uri.joinPath(root, 'app.py'));
    const mention = a.testing.coding.skills.get(doc)!.detections.find((d) => d.skillId === 'numpy');
    assert.ok(mention?.mention, 'the detector gives a mention here');
    const text = await hoverAt(doc, mention.line);
    assert.ok(text.includes(titleOf('numpy')) && text.includes('Mentioned here:') && text.includes('not used in this file') && text.includes('not offered as proof'), text);
    assert.deepStrictEqual(markLinks(text), []);
    await setSetting('coding.codeLens', true);
    const ours = await eventually('the lenses', async () => { const l = await lenses(doc); return l.length ? l : undefined; });
    assert.deepStrictEqual(ours.filter((l) => JSON.stringify(l.command!.arguments ?? []).includes('"numpy"')), [], 'no lens for the mention');
    // pyproject.toml lists pytest as a dependency only: no lens offers testing there.
    const project = await open(a, vscode.Uri.joinPath(root, 'pyproject.toml'));
    assert.ok(a.testing.coding.skills.get(project)!.detections.some((d) => d.skillId === 'testing' && d.mention));
    const projectLenses = await eventually('the lenses', async () => { const l = await lenses(project); return l.length ? l : undefined; });
    assert.deepStrictEqual(projectLenses.filter((l) => JSON.stringify(l.command!.arguments ?? []).includes('"testing"')), []);
    // The status bar's list of the skills here leaves the mention out.
    await vscode.window.showTextDocument(doc);
    const tooltip = () => { const t = a.testing.coding.statusItem.tooltip; return typeof t === 'string' ? t : t?.value ?? ''; };
    await waitFor('the status bar for app.py', () => tooltip().includes(titleOf('decorators')));
    assert.ok(!tooltip().includes(titleOf('numpy')), tooltip());
  });

  test('an exercise\'s files as Start Exercise wrote them are the extension\'s code, never offered (its tests are not the learner\'s testing); the learner\'s change is theirs', async () => {
    const a = await api();
    const started = await vscode.commands.executeCommand<{ folder: string }>('pythonRoadmap.startExercise', 'flatten-lists', { open: false });
    const dir = vscode.Uri.parse(started.folder);
    try {
      await setSetting('coding.codeLens', true);
      // Not committed (the workspace is a repository): without knowing the files are the
      // extension's, every line would count as the learner's change.
      const tests = await open(a, vscode.Uri.joinPath(dir, 'test_flatten.py'));
      const first = a.testing.coding.skills.get(tests)!.detections.find((d) => d.skillId === 'testing' && !d.mention);
      assert.ok(first, 'the detector sees testing in the exercise\'s tests');
      const text = await hoverAt(tests, first.line);
      assert.ok(text.includes('from the exercise, as Python Roadmap wrote it'), text);
      assert.deepStrictEqual(markLinks(text), []);
      const shown = await eventually('the lenses', async () => { const l = await lenses(tests); return l.length ? l : undefined; });
      assert.deepStrictEqual(shown.filter((l) => l.command!.command === 'pythonRoadmap.markFromCode'), []);
      assert.ok(shown.some((l) => l.command!.title.includes('the exercise\'s own code')), shown.map((l) => l.command!.title).join());
      // The learner's own change to the starter is theirs (not committed yet).
      const doc = await open(a, vscode.Uri.joinPath(dir, 'flatten.py'));
      // The exercises suite had a flatten.py of its own open: wait for the editor to have read the new file.
      await waitFor('the starter as Start Exercise wrote it', () => doc.getText().includes('raise NotImplementedError'));
      const raise = doc.getText().split('\n').findIndex((l) => l.includes('raise NotImplementedError')) + 1;
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((e) => e.replace(doc.lineAt(raise - 1).range, '    raise TypeError("items must be a list")'));
      await waitFor('the change read', () => a.testing.coding.skills.get(doc)?.version === doc.version && a.testing.coding.skills.get(doc)!.detections.some((d) => d.skillId === 'error-handling'));
      assert.deepStrictEqual(markLinks(await hoverAt(doc, raise)).map((l) => [l.skillId, l.line]), [['error-handling', raise], ['error-handling', raise]]);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, '..'), { recursive: true });
    }
  });
});

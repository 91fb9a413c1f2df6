// Custom roadmaps in the real VS Code: a workspace file loads, is followed through Switch Roadmap,
// keeps its own progress, is recognised in code through `detects`, reloads when saved; a broken
// one shows its problems at their lines and is simply absent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, waitFor, ROOT, titleOf } from './helpers';
import type { TestedApi } from './helpers';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
const example = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'examples', 'team-onboarding.roadmap.json'), 'utf8'));
const TEAM = () => path.join(folder(), 'team.roadmap.json');
const BROKEN = () => path.join(folder(), 'broken.roadmap.json');
const CHAIN = () => path.join(folder(), 'chain.roadmap.json');
const BIG = () => path.join(folder(), 'big.roadmap.json');
const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ');

async function loaded(a: TestedApi, what: string, probe: () => boolean): Promise<void> {
  await a.testing.roadmaps.ready();
  await waitFor(what, probe, 20000);
}

suite('custom roadmaps', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  suiteTeardown(async () => {
    const a = await api();
    for (const f of [TEAM(), BROKEN(), CHAIN(), BIG()]) fs.rmSync(f, { force: true });
    await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', 'builtin');
    await loaded(a, 'the workspace roadmaps to go', () => a.testing.roadmaps.all.length === 1);
  });

  test('a workspace roadmap loads, is followed by the tree, and keeps its progress apart from the built-in one', async () => {
    const a = await api();
    fs.writeFileSync(TEAM(), JSON.stringify(example(), null, 2));
    await loaded(a, 'the team roadmap to load', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'team-onboarding'));
    const team = a.testing.roadmaps.all.find((r) => r.roadmap.id === 'team-onboarding')!;
    assert.strictEqual(team.origin, 'workspace');
    await a.testing.progress.setStatus(['git'], 'learned'); // the built-in roadmap's git
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', team.key), team.key);
    const phases = await a.testing.tree.provider.getChildren();
    assert.deepStrictEqual(phases.map((p) => a.testing.tree.provider.getTreeItem(p).label), ['1 · Week 1: the codebase', '2 · Weeks 2–4: the services']);
    assert.strictEqual(a.testing.tree.view.description, 'Team onboarding');
    assert.strictEqual(a.testing.progress.status('git'), 'none', 'the team roadmap has its own progress');
    await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'our-git-flow');
    assert.strictEqual(a.testing.progress.status('our-git-flow'), 'learned');
    assert.strictEqual(a.testing.store.status('team-onboarding:our-git-flow'), 'learned', 'stored under the roadmap\'s id');
    await waitFor('the badge', () => a.testing.tree.view.badge?.value === 1);
    // The overview follows too.
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    await waitFor('the overview of the team roadmap', () => a.testing.panel.lastRendered?.heading === 'Team onboarding');

    await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', 'builtin');
    assert.strictEqual(a.testing.progress.status('git'), 'learned');
    assert.strictEqual(a.testing.progress.status('our-git-flow'), 'none');
    assert.ok(!a.testing.progress.storedIds().some((id) => id.includes(':')), 'no other roadmap\'s ids in the built-in one');
    await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', team.key);
    assert.strictEqual(a.testing.progress.status('our-git-flow'), 'learned', 'switching back keeps it');
  });

  test('a custom skill is recognised in code through detects', async () => {
    const a = await api();
    const team = a.testing.roadmaps.all.find((r) => r.roadmap.id === 'team-onboarding') ?? (fs.writeFileSync(TEAM(), JSON.stringify(example())), undefined);
    await loaded(a, 'the team roadmap', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'team-onboarding'));
    await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', (team ?? a.testing.roadmaps.all.find((r) => r.roadmap.id === 'team-onboarding')!).key);
    const doc = await vscode.workspace.openTextDocument(path.join(folder(), 'service.py'));
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('async def poll'));
    let hover = '';
    for (let i = 0; i < 40 && !hover.includes('Async workers'); i++) {
      hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 4)));
      if (!hover.includes('Async workers')) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(hover.includes('Async workers'), hover);
    assert.ok(!hover.includes(titleOf('asyncio')), 'the built-in skill is not offered while the team roadmap is followed');
    const link = /\(command:pythonRoadmap\.markFromCode\?([^ )]+)/.exec(hover);
    assert.ok(link, hover);
    const [args] = JSON.parse(decodeURIComponent(link[1]!));
    assert.strictEqual(args.skillId, 'async-workers');
    await vscode.commands.executeCommand('pythonRoadmap.markFromCode', args);
    assert.strictEqual(a.testing.progress.status('async-workers'), 'learned');
    assert.strictEqual(a.testing.progress.record('async-workers')?.evidence?.[0]?.path, 'service.py');
  });

  test('a file the user setting lists is loaded (origin: user), and taken out again with the setting', async () => {
    const a = await api();
    const file = path.join(ROOT, 'data', 'examples', 'team-onboarding.roadmap.json');
    const copy = path.join(os.tmpdir(), `school-${Date.now()}.roadmap.json`);
    fs.writeFileSync(copy, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), id: 'evening-school', title: 'Evening school' }));
    const config = vscode.workspace.getConfiguration('pythonRoadmap');
    await config.update('roadmaps.files', [copy], vscode.ConfigurationTarget.Global);
    try {
      await loaded(a, 'the listed roadmap', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'evening-school'));
      assert.strictEqual(a.testing.roadmaps.all.find((r) => r.roadmap.id === 'evening-school')!.origin, 'user');
    } finally {
      await config.update('roadmaps.files', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(copy, { force: true });
    }
    await loaded(a, 'it to go', () => !a.testing.roadmaps.all.some((r) => r.roadmap.id === 'evening-school'));
  });

  test('a saved change reloads the roadmap; a broken one shows its problems at their lines and is left out', async () => {
    const a = await api();
    const changed = example();
    changed.title = 'Team onboarding, revised';
    fs.writeFileSync(TEAM(), JSON.stringify(changed, null, 2));
    await loaded(a, 'the new title', () => a.testing.roadmaps.all.some((r) => r.roadmap.title === 'Team onboarding, revised'));

    const broken = example();
    broken.id = 'broken-one';
    broken.phases[0].skills[1].id = 'our-git-flow'; // a duplicate
    broken.phases[1].skills[0].prerequisites = ['no-such-skill']; // a missing link
    broken.phases[1].skills[1].detects = ['asyncioo']; // a detection the extension does not have
    const text = JSON.stringify(broken, null, 2);
    fs.writeFileSync(BROKEN(), text);
    const uri = vscode.Uri.file(BROKEN());
    const diagnostics = await waitFor('the Problems entries', () => { const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Python Roadmap'); return d.length >= 4 && d; }, 20000);
    const lines = text.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle));
    const dup = lineOf('"id": "our-git-flow"', lineOf('"id": "our-git-flow"') + 1);
    const got = diagnostics.map((d) => [d.range.start.line, d.message.replace(/ \(.*/, '')]).sort((x, y) => (x[0] as number) - (y[0] as number));
    assert.deepStrictEqual(got, [
      [dup, 'phases[0].skills[1].id: duplicate id "our-git-flow"'],
      [lineOf('"local-environment"'), 'phases[0].skills[2].prerequisites[0]: unknown skill "local-environment"'], // it was renamed
      [lineOf('"no-such-skill"'), 'phases[1].skills[0].prerequisites[0]: unknown skill "no-such-skill"'],
      [lineOf('"asyncioo"'), 'phases[1].skills[1].detects[0]: "asyncioo" is not a skill the extension recognises in code'],
    ]);
    // The Problems come while the load is still going through the other files: wait for it to end.
    await loaded(a, 'the broken file to be listed as failed', () => a.testing.roadmaps.failed.some((f) => f.uri.fsPath === BROKEN()));
    assert.ok(!a.testing.roadmaps.all.some((r) => r.roadmap.id === 'broken-one'), 'left out');
    // Fixed and saved: it loads, and its problems go.
    fs.writeFileSync(BROKEN(), JSON.stringify({ ...example(), id: 'broken-one' }, null, 2));
    await loaded(a, 'the fixed roadmap', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'broken-one'));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Python Roadmap'), []);
  });

  test('tree tooltips show a custom roadmap\'s words as text: no remote image, no command link, no HTML', async () => {
    const a = await api();
    const hostile = example();
    hostile.id = 'hostile-tooltips';
    hostile.phases[0].title = 'Week 1 <img src=x onerror=alert(1)>';
    hostile.phases[0].summary = '![](https://evil.example/pixel.png) [Reset](command:pythonRoadmap.resetProgress)';
    hostile.phases[0].skills[0].title = '# <b>Git</b>';
    hostile.phases[0].skills[0].summary = '![](https://evil.example/p.png) [click](command:pythonRoadmap.resetProgress) `git rebase`';
    fs.writeFileSync(TEAM(), JSON.stringify(hostile, null, 2));
    try {
      await loaded(a, 'the hostile roadmap', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'hostile-tooltips'));
      await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', a.testing.roadmaps.all.find((r) => r.roadmap.id === 'hostile-tooltips')!.key);
      const tree = a.testing.tree.provider;
      const [phase] = await tree.getChildren();
      const item = (await tree.getChildren(phase)).find((n) => n.kind === 'item' && n.id === 'our-git-flow')!;
      for (const node of [phase!, item]) {
        const tip = tree.getTreeItem(node).tooltip as vscode.MarkdownString;
        assert.ok(tip instanceof vscode.MarkdownString, 'a Markdown tooltip');
        assert.ok(!tip.isTrusted && !tip.supportHtml, 'never trusted, never HTML');
        // No image or link syntax, no tag left unescaped: the words are shown as written.
        assert.doesNotMatch(tip.value, /!\[|(^|[^\\])\]\(|<[a-z]/i, tip.value);
        assert.doesNotMatch(tip.value, /(^|\n)#/, 'no heading');
      }
      const itemTip = (tree.getTreeItem(item).tooltip as vscode.MarkdownString).value;
      assert.ok(itemTip.includes('&lt;b&gt;Git&lt;/b&gt;') && itemTip.includes('`git rebase`'), itemTip);
    } finally {
      await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', 'builtin');
      fs.rmSync(TEAM(), { force: true });
    }
    await loaded(a, 'it to go', () => !a.testing.roadmaps.all.some((r) => r.roadmap.id === 'hostile-tooltips'));
  });

  test('a valid 8,000-skill prerequisite chain loads (the cycle check does not recurse)', async () => {
    const a = await api();
    const chain = example();
    chain.id = 'long-chain';
    // Each skill needs the next: checking for cycles walks 8,000 deep from the first.
    chain.phases[0].skills.push(...Array.from({ length: 8000 }, (_, i) => ({ id: `c${i}`, title: `C ${i}`, summary: 's', ...(i < 7999 ? { prerequisites: [`c${i + 1}`] } : {}) })));
    fs.writeFileSync(CHAIN(), JSON.stringify(chain));
    try {
      await loaded(a, 'the chain to load or fail', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'long-chain') || a.testing.roadmaps.failed.some((f) => f.uri.fsPath === CHAIN()));
      assert.deepStrictEqual(a.testing.roadmaps.failed.filter((f) => f.uri.fsPath === CHAIN()).map((f) => f.message), []);
      assert.strictEqual(a.testing.roadmaps.all.find((r) => r.roadmap.id === 'long-chain')?.roadmap.phases[0]!.skills.length, 8003);
    } finally {
      fs.rmSync(CHAIN(), { force: true });
    }
    await loaded(a, 'it to go', () => !a.testing.roadmaps.all.some((r) => r.roadmap.id === 'long-chain'));
  });

  test('a roadmap file over 4 MB is refused before it is read: the message names the file and the limit, in the log, the failures and Problems', async () => {
    const a = await api();
    const big = example();
    big.id = 'too-big';
    // Valid JSON, 4.5 MB with the spaces after it: it would load if it were read.
    fs.writeFileSync(BIG(), JSON.stringify(big) + ' '.repeat(4.5 * 1024 * 1024));
    try {
      await loaded(a, 'the big file to load or fail', () => a.testing.roadmaps.all.some((r) => r.roadmap.id === 'too-big') || a.testing.roadmaps.failed.some((f) => f.uri.fsPath === BIG()));
      assert.ok(!a.testing.roadmaps.all.some((r) => r.roadmap.id === 'too-big'), 'it is not loaded');
      const failed = a.testing.roadmaps.failed.find((f) => f.uri.fsPath === BIG())!;
      assert.match(failed.message, /^big\.roadmap\.json: the file is 4\.5 MB, over the 4 MB a roadmap file may have; it was not read$/);
      assert.ok(a.testing.log().some((l) => l.includes(failed.message)), 'logged');
      const problems = vscode.languages.getDiagnostics(vscode.Uri.file(BIG())).filter((d) => d.source === 'Python Roadmap');
      assert.deepStrictEqual(problems.map((d) => [d.range.start.line, d.message]), [[0, failed.message]]);
    } finally {
      fs.rmSync(BIG(), { force: true });
    }
    await loaded(a, 'its problem to go', () => !a.testing.roadmaps.failed.some((f) => f.uri.fsPath === BIG()));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(vscode.Uri.file(BIG())).filter((d) => d.source === 'Python Roadmap'), [], 'and its Problems entry');
  });
});

// Symbolic links a repository can ship where Python Roadmap writes or reads (issue 23, the attack):
// a report file, a badge (dangling), the team folder and the exercises folder linked outside the
// workspace, and a linked folder of Python files. Nothing may be written or read outside. Used by
// the development run (a trusted folder, links.test.ts) and the Restricted Mode run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api } from './helpers';

export function linkTests(): void {
  let outside: string;
  let root: string;
  const made: string[] = [];
  const link = (target: string, at: string) => {
    fs.mkdirSync(path.dirname(path.join(root, at)), { recursive: true });
    fs.symlinkSync(target, path.join(root, at));
    made.push(path.join(root, at));
  };

  suiteSetup(() => {
    root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-outside-'));
  });
  suiteTeardown(() => {
    for (const p of made.reverse()) fs.rmSync(p, { recursive: true, force: true });
    for (const d of ['linked-docs', 'linked-report']) fs.rmSync(path.join(root, d), { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('a report file linked to a file outside is refused, naming the link; the file outside is unchanged', async () => {
    const a = await api();
    await a.testing.store.setNote('decorators', 'private: my salary notes');
    const secret = path.join(outside, 'notes.md');
    fs.writeFileSync(secret, 'my own file\n');
    link(secret, 'linked-report/python-roadmap.md');
    const r = await vscode.commands.executeCommand('pythonRoadmap.createReport', { uri: vscode.Uri.file(path.join(root, 'linked-report')) });
    assert.strictEqual(r, undefined, 'the command failed');
    assert.strictEqual(fs.readFileSync(secret, 'utf8'), 'my own file\n');
    assert.ok(a.testing.log().some((l) => /linked-report\/python-roadmap\.md is a symbolic link/.test(l)), a.testing.log().slice(-3).join('\n'));
  });

  test('a dangling badge link makes no file outside', async () => {
    const badge = path.join(outside, 'badge.svg');
    link(badge, 'linked-docs/python-roadmap-badge.svg');
    await vscode.commands.executeCommand('pythonRoadmap.createReport', { uri: vscode.Uri.file(path.join(root, 'linked-docs')) });
    assert.ok(!fs.existsSync(badge), 'no badge outside');
  });

  test('a report folder that is a link is refused too', async () => {
    const dir = fs.mkdtempSync(path.join(outside, 'docs-'));
    link(dir, 'docs-link');
    const r = await vscode.commands.executeCommand('pythonRoadmap.createReport', { uri: vscode.Uri.file(path.join(root, 'docs-link')) });
    assert.strictEqual(r, undefined);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  test('.roadmap/team linked outside: Share My Progress writes nothing there', async () => {
    const dir = fs.mkdtempSync(path.join(outside, 'team-'));
    fs.rmSync(path.join(root, '.roadmap'), { recursive: true, force: true });
    link(dir, '.roadmap/team');
    made.push(path.join(root, '.roadmap'));
    const r = await vscode.commands.executeCommand('pythonRoadmap.shareProgress', { name: 'Mallory', confirmed: true });
    assert.strictEqual(r, undefined);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  test('roadmap-exercises linked outside: Start Exercise writes nothing there', async () => {
    const dir = fs.mkdtempSync(path.join(outside, 'ex-'));
    fs.rmSync(path.join(root, 'roadmap-exercises'), { recursive: true, force: true });
    link(dir, 'roadmap-exercises');
    const r = await vscode.commands.executeCommand('pythonRoadmap.startExercise', 'leap-years', { open: false });
    assert.strictEqual(r, undefined);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  test('the scan reads no file behind a linked folder, and says so', async () => {
    const dir = fs.mkdtempSync(path.join(outside, 'code-'));
    fs.writeFileSync(path.join(dir, 'secret_models.py'), 'import abc\nclass Meta(type):\n    pass\n');
    link(dir, 'linked-code');
    const r = await vscode.commands.executeCommand<{ found: { path: string }[]; skipped?: { path: string; reason: string }[] }>('pythonRoadmap.scanWorkspace', { quiet: true });
    assert.ok(r, 'the scan ran');
    assert.ok(!r.found.some((f) => f.path.includes('linked-code')), r.found.map((f) => f.path).join(', '));
    const skipped = r.skipped?.find((s) => s.path.includes('secret_models.py'));
    assert.ok(!skipped || /symbolic link/.test(skipped.reason), JSON.stringify(skipped));
  });
}

// Export → reset → import in the real VS Code, through the commands; bad files leave state as it was.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, allItems, clearProgress } from './helpers';
import type { TestedApi } from './helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'python-roadmap-exchange-'));
const file = (name: string, text?: string) => {
  const p = path.join(tmp, name);
  if (text !== undefined) fs.writeFileSync(p, text);
  return vscode.Uri.file(p);
};
const everything = (a: TestedApi) => JSON.stringify(allItems.map((i) => [i.id, a.testing.store.record(i.id) ?? null]));

suite('export and import of progress', () => {
  setup(async () => clearProgress(await api()));

  test('export → reset → import gives back every status, note and place seen', async () => {
    const a = await api();
    const ids = allItems.map((i) => i.id);
    await a.testing.store.setStatus(ids.slice(0, 40), 'learned');
    await a.testing.store.setStatus(ids.slice(40, 60), 'learning');
    await a.testing.store.setStatus(ids.slice(60, 70), 'skipped');
    for (const id of ids.slice(0, 25)) await a.testing.store.setNote(id, `notes on ${id}: ünïcode ✓ 𝔘\nsecond line`);
    for (const id of ids.slice(10, 30)) await a.testing.store.addEvidence(id, { path: `src/${id}.py`, line: 3, date: '2026-12-01' });
    const before = everything(a);
    const out = await vscode.commands.executeCommand<{ written: string; records: number }>('pythonRoadmap.exportProgress', { uri: file('all.roadmap-progress.json') });
    assert.strictEqual(out.records, 70);
    assert.ok(fs.statSync(path.join(tmp, 'all.roadmap-progress.json')).size > 1000);

    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.resetProgress', { confirmed: true }), true);
    assert.strictEqual(a.status(ids[0]!), 'none');
    const r = await vscode.commands.executeCommand<{ imported: number }>('pythonRoadmap.importProgress', { uri: file('all.roadmap-progress.json'), confirmed: true });
    assert.strictEqual(r.imported, 70);
    assert.strictEqual(everything(a), before, 'nothing lost: statuses, dates, notes and evidence compared record by record');

    // Importing the same file again changes nothing; Undo of an import puts back what was there.
    const again = await vscode.commands.executeCommand<{ imported: number }>('pythonRoadmap.importProgress', { uri: file('all.roadmap-progress.json'), confirmed: true });
    assert.strictEqual(again.imported, 0);
  });

  test('an import merges by the last change, and Undo puts back exactly what was there', async () => {
    const a = await api();
    await a.testing.store.setStatus(['git'], 'learning');
    await vscode.commands.executeCommand('pythonRoadmap.exportProgress', { uri: file('git.roadmap-progress.json') });
    await new Promise((res) => setTimeout(res, 5));
    await a.testing.store.setStatus(['git'], 'learned'); // newer here than in the file
    await a.testing.store.setStatus(['sql'], 'learned');
    const text = JSON.parse(fs.readFileSync(path.join(tmp, 'git.roadmap-progress.json'), 'utf8'));
    text.skills.numpy = { status: 'learned', changed: new Date().toISOString(), note: 'from the other machine' };
    fs.writeFileSync(path.join(tmp, 'more.roadmap-progress.json'), JSON.stringify(text));
    const before = everything(a);
    const r = await vscode.commands.executeCommand<{ imported: number; plan: { added: { id: string }[]; older: { id: string }[] } }>('pythonRoadmap.importProgress', { uri: file('more.roadmap-progress.json'), confirmed: true });
    assert.deepStrictEqual(r.plan.added.map((x) => x.id), ['numpy']);
    assert.deepStrictEqual(r.plan.older.map((x) => x.id), ['git']);
    assert.strictEqual(a.status('git'), 'learned', 'the later change here is kept');
    assert.strictEqual(a.note('numpy'), 'from the other machine');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.undoImport'), true);
    assert.strictEqual(everything(a), before);
  });

  test('bad files name the file and the place, and change nothing', async () => {
    const a = await api();
    await a.testing.store.setStatus(['git', 'sql'], 'learned');
    await a.testing.store.setNote('git', 'keep me');
    const before = everything(a);
    const good = { format: 'python-roadmap-progress', version: 1, exported: new Date().toISOString(), skills: { git: { status: 'none', changed: new Date(Date.now() + 60_000).toISOString() } } };
    const cases: [string, string, RegExp][] = [
      ['not-json.roadmap-progress.json', '{ nope', /not-json\.roadmap-progress\.json: not JSON/],
      ['v2.roadmap-progress.json', JSON.stringify({ ...good, version: 2 }), /\$\.version: version 2/],
      ['types.roadmap-progress.json', JSON.stringify({ ...good, skills: { git: { status: 'none', changed: 5 } } }), /\$\.skills\["git"\]\.changed/],
      ['huge.roadmap-progress.json', `{"x":"${'x'.repeat(50 * 1024 * 1024)}"}`, /MB; a progress export is at most 8 MB/],
    ];
    for (const [name, text, want] of cases) {
      const r = await vscode.commands.executeCommand<{ error?: string }>('pythonRoadmap.importProgress', { uri: file(name, text), confirmed: true });
      assert.ok(r.error && want.test(r.error), `${name}: ${JSON.stringify(r).slice(0, 200)}`);
      assert.strictEqual(everything(a), before, `${name} changed nothing`);
    }
  });

  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));
});

// Export → reset → import in the real VS Code, through the commands; bad files leave state as it was.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, allItems, clearProgress, closeAllEditors, waitFor } from './helpers';
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
    const historyBefore = JSON.stringify(a.testing.store.history());
    const out = await vscode.commands.executeCommand<{ written: string; records: number }>('pythonRoadmap.exportProgress', { uri: file('all.roadmap-progress.json') });
    assert.strictEqual(out.records, 70);
    const size = fs.statSync(path.join(tmp, 'all.roadmap-progress.json')).size;
    const exported = JSON.parse(fs.readFileSync(path.join(tmp, 'all.roadmap-progress.json'), 'utf8'));
    assert.ok(ids.slice(0, 70).every((id) => exported.history[id]?.length >= 1), 'each record\'s history is in the file');
    console.log(`      export of 70 records, 25 notes, 20 with places: ${size} bytes`);

    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.resetProgress', { confirmed: true }), true);
    assert.strictEqual(a.status(ids[0]!), 'none');
    const r = await vscode.commands.executeCommand<{ imported: number }>('pythonRoadmap.importProgress', { uri: file('all.roadmap-progress.json'), confirmed: true });
    assert.strictEqual(r.imported, 70);
    assert.strictEqual(everything(a), before, 'nothing lost: statuses, dates, notes and evidence compared record by record');
    assert.strictEqual(JSON.stringify(a.testing.store.history()), historyBefore, 'the history is the same, not doubled');

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

  test('ids named like Object.prototype\'s members import and export again, and touch no prototype', async () => {
    const a = await api();
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const changed = new Date(Date.now() - 60_000).toISOString();
    // Object.fromEntries makes "__proto__" an own property, so JSON.stringify writes it.
    const skills = Object.fromEntries(ids.map((id) => [id, { status: 'learned', changed, note: `note on ${id}` }]));
    const text = JSON.stringify({ format: 'python-roadmap-progress', version: 1, exported: changed, skills });
    const r = await vscode.commands.executeCommand<{ imported?: number; error?: string }>('pythonRoadmap.importProgress', { uri: file('proto.roadmap-progress.json', text), confirmed: true });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.imported, ids.length);
    for (const id of ids) assert.strictEqual(a.testing.store.record(id)?.note, `note on ${id}`, id);
    const out = await vscode.commands.executeCommand<{ records: number }>('pythonRoadmap.exportProgress', { uri: file('proto-out.roadmap-progress.json') });
    assert.strictEqual(out.records, ids.length);
    const exported = JSON.parse(fs.readFileSync(path.join(tmp, 'proto-out.roadmap-progress.json'), 'utf8'));
    for (const id of ids) {
      assert.ok(Object.prototype.hasOwnProperty.call(exported.skills, id), `${id} is in the export`);
      assert.strictEqual(exported.skills[id].note, `note on ${id}`);
    }
    assert.strictEqual(({} as Record<string, unknown>).status, undefined, 'no prototype was touched');
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

  test('the preview page shows what an import would change, changes nothing until Import, and Undo takes it all back, history too', async () => {
    const a = await api();
    await a.testing.store.setStatus(['git'], 'learning');
    await a.testing.store.setStatus(['sql'], 'learned');
    await a.testing.store.setNote('sql', 'mine');
    const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12)).toISOString();
    const later = new Date(Date.now() + 60_000).toISOString();
    const text = {
      format: 'python-roadmap-progress', version: 1, exported: later,
      skills: {
        numpy: { status: 'learned', changed: day(5) },
        git: { status: 'learned', changed: later },
        sql: { status: 'learned', changed: day(2), note: 'theirs' },
        'from-another-roadmap': { status: 'learned', changed: day(3) },
      },
      history: { numpy: [{ status: 'learning', date: day(1) }, { status: 'learned', date: day(5) }], git: [{ status: 'learned', date: later }] },
    };
    const before = everything(a);
    const historyBefore = JSON.stringify(a.testing.store.history());
    await closeAllEditors();
    const r = await vscode.commands.executeCommand<{ previewing?: boolean }>('pythonRoadmap.importProgress', { uri: file('preview.roadmap-progress.json', JSON.stringify(text)) });
    assert.strictEqual(r.previewing, true);
    const shown = await waitFor('the preview page', () => a.testing.panel.lastRendered?.ref.kind === 'import' && a.testing.panel.lastRendered);
    assert.strictEqual(shown.heading, 'Import progress');
    assert.strictEqual(shown.checks?.['import-added'], 'numpy');
    assert.strictEqual(shown.checks?.['import-newer'], 'git');
    assert.strictEqual(shown.checks?.['import-conflicts'], 'sql');
    assert.strictEqual(shown.checks?.['import-unknown'], 'from-another-roadmap');
    assert.match(shown.checks?.['import-state'] ?? '', /Nothing has changed yet/);
    assert.strictEqual(everything(a), before, 'the preview changes nothing');

    await a.testing.panel.receive({ type: 'import', action: 'confirm' });
    assert.strictEqual(a.status('numpy'), 'learned');
    assert.strictEqual(a.status('git'), 'learned');
    assert.match(a.note('sql') ?? '', /mine[\s\S]*theirs|theirs[\s\S]*mine/, 'both notes kept');
    assert.ok(a.testing.store.history().some((e) => e.id === 'numpy' && e.status === 'learning' && e.at === Date.parse(day(1))), 'the file\'s history came in');
    await waitFor('the page to say it was imported', () => /^Imported/.test(a.testing.panel.lastRendered?.checks?.['import-state'] ?? ''));
    assert.ok(a.testing.store.storedIds().includes('from-another-roadmap'), 'an id this roadmap lacks is kept');

    await a.testing.panel.receive({ type: 'import', action: 'undo' });
    assert.strictEqual(everything(a), before, 'Undo puts back exactly what was there');
    assert.strictEqual(JSON.stringify(a.testing.store.history()), historyBefore, 'and the history as it was');
    assert.ok(!a.testing.store.storedIds().includes('from-another-roadmap'));

    // Cancel: nothing happens, and the page says so.
    await vscode.commands.executeCommand('pythonRoadmap.importProgress', { uri: file('preview.roadmap-progress.json') });
    await a.testing.panel.receive({ type: 'import', action: 'cancel' });
    await waitFor('the page to say it was cancelled', () => /^Cancelled/.test(a.testing.panel.lastRendered?.checks?.['import-state'] ?? ''));
    await a.testing.panel.receive({ type: 'import', action: 'confirm' });
    assert.strictEqual(everything(a), before, 'a cancelled import cannot be confirmed later');
  });

  test('a retired id follows the migration table: from an old export, and from an older version\'s synced value', async () => {
    const a = await api();
    const old = {
      format: 'python-roadmap-progress', version: 1, exported: new Date().toISOString(),
      skills: { lambdas: { status: 'learned', changed: '2026-04-02T10:00:00.000Z', note: 'key=lambda', evidence: [{ path: 'src/sort.py', line: 3, date: '2026-04-02' }] } },
      history: { lambdas: [{ status: 'learning', date: '2026-04-01T10:00:00.000Z' }, { status: 'learned', date: '2026-04-02T10:00:00.000Z' }] },
    };
    const r = await vscode.commands.executeCommand<{ imported: number; plan: { added: { id: string }[] } }>('pythonRoadmap.importProgress', { uri: file('old.roadmap-progress.json', JSON.stringify(old)), confirmed: true });
    assert.deepStrictEqual(r.plan.added.map((x) => x.id), ['lambda-functions']);
    const rec = a.testing.store.record('lambda-functions');
    assert.deepStrictEqual(rec, { status: 'learned', changed: '2026-04-02T10:00:00.000Z', note: 'key=lambda', evidence: [{ path: 'src/sort.py', line: 3, date: '2026-04-02' }] });
    const april = a.testing.store.history().filter((e) => e.id === 'lambda-functions' && new Date(e.at).toISOString().startsWith('2026-04'));
    assert.deepStrictEqual(april.map((e) => [e.status, new Date(e.at).toISOString()]), [['learning', '2026-04-01T10:00:00.000Z'], ['learned', '2026-04-02T10:00:00.000Z']]);
    assert.strictEqual(a.status('lambdas'), 'learned', 'the API answers for a retired id with its current one');
    assert.strictEqual(await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'lambdas'), 'lambda-functions', 'an old link still opens the skill');

    // A machine still on 0.1.x syncs its value under the old id: it lands on the new one.
    await clearProgress(a);
    // After the reset just made, whatever the clock: the reset's own stamp (which follows the newest
    // change seen, maybe a second ahead of the wall clock), not the time the test reads it. Pending
    // mirror writes of the reset are done first, so none removes the value put below.
    await a.testing.store.flushMirror();
    const synced = new Date(Math.max(Date.now(), a.testing.store.ownReset?.at ?? 0) + 1000).toISOString();
    await a.testing.globalState.update('pythonRoadmap.skill.lambdas', { status: 'learning', changed: synced, note: 'from the laptop' });
    await a.testing.store.refresh();
    assert.strictEqual(a.status('lambda-functions'), 'learning');
    assert.strictEqual(a.note('lambda-functions'), 'from the laptop');
    assert.ok(!a.testing.store.storedIds().includes('lambdas'));
    assert.ok(a.testing.store.history().some((e) => e.id === 'lambda-functions' && e.status === 'learning' && e.at === Date.parse(synced)));
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    await waitFor('the overview', () => a.testing.panel.lastRendered?.ref.kind === 'overview');
  });

  test('an id the roadmap does not have is listed on the overview, and the overview draws the history', async () => {
    const a = await api();
    await a.testing.store.restore(new Map([['gone-skill', { status: 'learned', changed: '2026-01-05T00:00:00.000Z' }]]), true);
    await a.testing.store.setStatus(['git', 'sql'], 'learned');
    await closeAllEditors();
    await vscode.commands.executeCommand('pythonRoadmap.showOverview');
    const shown = await waitFor('the overview', () => (a.testing.panel.lastRendered?.ref.kind === 'overview' && !!a.testing.panel.lastRendered.checks?.unknown && a.testing.panel.lastRendered) || undefined);
    assert.match(shown.checks!.unknown!, /gone-skill — learned, changed 2026-01-05/);
    const [days, active] = /^(\d+) days, (\d+) active/.exec(shown.checks!.heatmap!)!.slice(1).map(Number) as [number, number];
    assert.ok(days >= 365 && days <= 372, shown.checks!.heatmap);
    assert.ok(active >= 1, 'today is marked');
    assert.match(shown.checks!.activity!, /current streak [1-9]\d* day/);
  });

  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));
});

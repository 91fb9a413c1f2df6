// Team progress in the real VS Code: Share writes the member's own file and nothing else; two
// member files give the team page's counts; a broken one is named and skipped.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, waitFor, allItems } from './helpers';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
const teamDir = () => path.join(folder(), '.roadmap', 'team');
const listAll = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listAll(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));

suite('team progress', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  suiteTeardown(() => fs.rmSync(path.join(folder(), '.roadmap'), { recursive: true, force: true }));

  test('Share My Progress writes only the member\'s own file: statuses, no notes or places unless asked', async () => {
    const a = await api();
    await vscode.commands.executeCommand('pythonRoadmap.selectRoadmap', 'builtin');
    await a.testing.progress.setStatus(['git', 'testing'], 'learned');
    await a.testing.progress.setStatus(['docker'], 'learning');
    await a.testing.progress.setNote('git', 'private: my notes stay with me');
    await a.testing.progress.addEvidence('testing', { path: 'tests/test_app.py', line: 1, date: '2026-12-01' });
    const before = listAll(folder()).sort();
    const r = await vscode.commands.executeCommand<{ written: string; skills: number }>('pythonRoadmap.shareProgress', { name: 'Ada Lovelace', confirmed: true });
    assert.strictEqual(r.skills, 3);
    const after = listAll(folder()).sort();
    assert.deepStrictEqual(after.filter((f) => !before.includes(f)), ['.roadmap/team/ada-lovelace.json'], 'one file written, nothing else');
    const text = fs.readFileSync(path.join(teamDir(), 'ada-lovelace.json'), 'utf8');
    const o = JSON.parse(text);
    assert.deepStrictEqual(o.skills, { docker: 'learning', git: 'learned', testing: 'learned' });
    assert.ok(!text.includes('private') && !text.includes('test_app.py'), 'no notes, no places');
    await waitFor('the team page', () => a.testing.panel.lastRendered?.ref.kind === 'team');
  });

  test('two member files give the page its counts; a broken one is named and skipped', async () => {
    const a = await api();
    fs.mkdirSync(teamDir(), { recursive: true });
    const [x, y] = [allItems[0]!.id, allItems[1]!.id];
    const file = (member: string, skills: Record<string, string>) => JSON.stringify({ format: 'python-roadmap-team', version: 1, member, roadmap: 'python-developer-roadmap', updated: new Date().toISOString(), skills });
    const roadmapId = a.testing.roadmaps.active!.roadmap.id;
    fs.writeFileSync(path.join(teamDir(), 'ada-lovelace.json'), file('Ada Lovelace', { [x]: 'learned', [y]: 'learned' }).replace('python-developer-roadmap', roadmapId));
    fs.writeFileSync(path.join(teamDir(), 'bob.json'), file('Bob', { [x]: 'learned', [y]: 'learning' }).replace('python-developer-roadmap', roadmapId));
    fs.writeFileSync(path.join(teamDir(), 'broken.json'), '{ "format": "python-roadmap-team", ');
    await vscode.commands.executeCommand('pythonRoadmap.showTeam');
    const shown = await waitFor('the team page with both members', () => {
      const r = a.testing.panel.lastRendered;
      return r?.ref.kind === 'team' && (r.checks?.['team-member'] ?? '').split('\n').length === 2 && r;
    });
    assert.deepStrictEqual(shown.checks!['team-member']!.split('\n'), [`Ada Lovelace 2/${allItems.length}`, `Bob 1/${allItems.length}`]);
    const skills = shown.checks!['team-skill']!.split('\n');
    assert.ok(skills.includes(`${x} 2`) && skills.includes(`${y} 1`), skills.join(' | '));
    assert.strictEqual(shown.checks!['team-broken'], '.roadmap/team/broken.json');
    // A member file changed on disk (a pull): the page follows.
    fs.writeFileSync(path.join(teamDir(), 'bob.json'), file('Bob', { [x]: 'learned', [y]: 'learned' }).replace('python-developer-roadmap', roadmapId));
    await waitFor('the page to follow the change', () => (a.testing.panel.lastRendered?.checks?.['team-skill'] ?? '').split('\n').includes(`${y} 2`));
  });
});

// The portfolio report, its badge and the whole roadmap written into the workspace, in the real VS Code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, data, titleOf, waitFor } from './helpers';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const read = (...p: string[]) => fs.readFileSync(path.join(folder().fsPath, ...p), 'utf8');

suite('portfolio report and the whole roadmap', () => {
  setup(async () => {
    await clearProgress(await api());
    await closeAllEditors();
  });
  teardown(async () => {
    await closeAllEditors();
    for (const p of ['portfolio', 'docs', 'roadmap-offline.md']) fs.rmSync(path.join(folder().fsPath, p), { recursive: true, force: true });
  });

  test('the report page: Save writes to docs/ by default, the notes box decides, Copy fills the clipboard', async () => {
    const a = await api();
    await a.testing.store.setStatus(['git'], 'learned');
    await a.testing.store.setNote('git', 'private thoughts');
    await vscode.commands.executeCommand('pythonRoadmap.openReport');
    const shown = await waitFor('the report page', () => a.testing.panel.lastRendered?.ref.kind === 'report' && a.testing.panel.lastRendered);
    assert.strictEqual(shown.heading, 'Portfolio report');
    assert.match(shown.checks?.['report-target'] ?? '', /Save writes docs\/python-roadmap\.md/);
    await a.testing.panel.receive({ type: 'report', action: 'save', includeNotes: false });
    assert.ok(!read('docs', 'python-roadmap.md').includes('private thoughts'), 'notes stay out unless asked');
    assert.ok(fs.existsSync(path.join(folder().fsPath, 'docs', 'python-roadmap-badge.svg')));
    await waitFor('the page to say where it saved', () => /^Saved: docs\/python-roadmap\.md/.test(a.testing.panel.lastRendered?.checks?.['report-target'] ?? ''));
    await a.testing.panel.receive({ type: 'report', action: 'save', includeNotes: true });
    assert.ok(read('docs', 'python-roadmap.md').includes('private thoughts'));
    await a.testing.panel.receive({ type: 'report', action: 'copySnippet', includeNotes: true });
    assert.strictEqual(await vscode.env.clipboard.readText(), '[![Python Roadmap progress](docs/python-roadmap-badge.svg)](docs/python-roadmap.md)');
    await a.testing.panel.receive({ type: 'report', action: 'copy', includeNotes: true });
    assert.strictEqual(await vscode.env.clipboard.readText(), read('docs', 'python-roadmap.md'));
  });

  test('Create Portfolio Report writes the Markdown and the badge where asked, with links to the code that lives here', async () => {
    const a = await api();
    await a.testing.store.setStatus(['decorators', 'git', 'testing'], 'learned');
    await a.testing.store.setStatus(['docker'], 'learning');
    // Recorded before whose code a place is was kept: asked again (app.py is the learner's, run.mjs commits it as theirs).
    await a.testing.store.addEvidence('decorators', { path: 'app.py', line: 2, date: '2026-12-01' });
    // Known to be the learner's when it was recorded: listed, though the file is gone.
    await a.testing.store.addEvidence('git', { path: 'moved-away.py', line: 9, date: '2026-12-01', own: true });
    // Not known, and not here to ask about: left out.
    await a.testing.store.addEvidence('testing', { path: 'gone-unknown.py', line: 4, date: '2026-12-01' });
    await a.testing.store.setNote('decorators', 'functools.wraps keeps the <name>');
    const target = vscode.Uri.joinPath(folder(), 'portfolio');
    const r = await vscode.commands.executeCommand<{ report: string; badge: string; linked: number }>('pythonRoadmap.createReport', { uri: target, includeNotes: true });
    assert.strictEqual(r.linked, 1, 'one place lives in this workspace');
    const md = read('portfolio', 'python-roadmap.md');
    assert.ok(md.includes(`**${titleOf('decorators')}**`), md.slice(0, 400));
    assert.ok(md.includes('[app.py:2](../app.py#L2)'), 'a relative link from portfolio/ to the file');
    assert.ok(md.includes('moved-away.py:9') && !md.includes('](../moved-away.py'), 'a file that is not here is named, not linked');
    assert.ok(!md.includes('gone-unknown.py'), 'a place not known to be the learner\'s is not listed');
    assert.ok(md.includes('functools.wraps keeps the &lt;name&gt;'), 'notes when asked, escaped');
    assert.ok(md.includes('![Python Roadmap progress by phase](python-roadmap-badge.svg)'));
    assert.strictEqual((md.match(/^## Phase /gm) ?? []).length, data.phases.length);
    const svg = read('portfolio', 'python-roadmap-badge.svg');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /<title>Python Roadmap: 3 of \d+ learned/);
    assert.ok(!/<script|href|@import|url\(/i.test(svg));
    // The file opens in VS Code as the image it is (the badge in the workbench).
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(target, 'python-roadmap-badge.svg'));
    assert.strictEqual(doc.getText(), svg);
  });

  test('the whole roadmap as one Markdown document: every phase, skill, practice item, FAQ and career level', async () => {
    const a = await api();
    await a.testing.store.setStatus(['git'], 'learned');
    const target = vscode.Uri.joinPath(folder(), 'roadmap-offline.md');
    await vscode.commands.executeCommand('pythonRoadmap.exportRoadmap', { uri: target });
    const md = read('roadmap-offline.md');
    for (const p of data.phases) {
      assert.ok(md.includes(`## Phase ${p.number}: ${p.title}`), p.title);
      for (const s of p.skills) assert.ok(md.includes(s.title), s.id);
      for (const x of p.practice) assert.ok(md.includes(`**${x.title}**`), x.id);
    }
    assert.ok(md.includes(`#### [x] ${titleOf('git')}`), 'progress shows as checkboxes');
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'roadmap.json'), 'utf8'));
    for (const f of raw.faqs) assert.ok(md.includes(`### ${f.question}`), f.id);
    for (const l of raw.careers.levels) assert.ok(md.includes(`| ${l.title} | ${l.role} |`), l.id);
  });
});

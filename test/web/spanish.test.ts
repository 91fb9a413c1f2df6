// VS Code in Spanish with the extension in the web worker host (as on vscode.dev): the bundles and
// the translations are read through workspace.fs there too. run.mjs starts this run with
// --locale=es; index.ts then loads this file (and the worker's proof) instead of the English suite.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, inWorkspace, remove, shipped, waitFor, write } from './helpers';

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ');

suite('web, in Spanish: the translations reach the worker', () => {
  suiteTeardown(async () => {
    for (const f of ['web_es.py', 'roadmap-exercises']) await remove(inWorkspace(f));
  });

  test('the roadmap, the tree and the pages are in Spanish', async () => {
    assert.strictEqual(vscode.env.language, 'es');
    const a = await api();
    await a.ready();
    assert.strictEqual(a.testing.runtime().inWorker, true);
    const overlay = JSON.parse(await shipped('dist', 'l10n', 'roadmap.es.json'));
    const roadmap = a.testing.roadmaps.active!.roadmap;
    assert.strictEqual(roadmap.title, overlay.strings.title);
    const provider = a.testing.tree.provider;
    const phases = (await provider.getChildren()).map((n) => provider.getTreeItem(n));
    assert.ok(phases.some((i) => String(typeof i.label === 'string' ? i.label : i.label?.label).includes('Fundamentos')), 'phase 1 is Fundamentos');
    await vscode.commands.executeCommand('pythonRoadmap.openSkill', 'context-managers');
    a.testing.panel.probeText = true;
    await a.testing.panel.receive({ type: 'navigate', to: { kind: 'skill', id: 'context-managers' } });
    const page = await waitFor('the skill page', () => (a.testing.panel.lastRendered?.ref.kind === 'skill' && a.testing.panel.lastRendered.text ? a.testing.panel.lastRendered : undefined), 10000);
    assert.strictEqual(page.heading, 'Gestores de contexto');
    assert.match(page.text!, /Puntos clave/);
    assert.match(page.text!, /Recursos/);
  });

  test('Find Skill takes Spanish and English names, and the hover speaks Spanish', async () => {
    for (const [query, id] of [['gestores de contexto', 'context-managers'], ['Context managers', 'context-managers']] as const) {
      const result = vscode.commands.executeCommand<string | undefined>('pythonRoadmap.findSkill', query);
      await new Promise((r) => setTimeout(r, 800));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(await result, id, query);
    }
    const a = await api();
    await write(inWorkspace('web_es.py'), 'import asyncio\n\n\nasync def poll():\n    await asyncio.sleep(1)\n    await asyncio.sleep(2)\n');
    const doc = await vscode.workspace.openTextDocument(inWorkspace('web_es.py'));
    await vscode.window.showTextDocument(doc);
    await waitFor('asyncio to be seen', () => a.testing.coding.skills.get(doc)?.detections.some((d) => d.skillId === 'asyncio'), 20000);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(3, 4)));
    assert.match(text, /Programación asíncrona con asyncio/);
    assert.match(text, /no consta que sea tuya: VS Code en el navegador no puede preguntar a Git quién la escribió/);
    assert.doesNotMatch(text, /Marcar como aprendida/);
  });

  test('an exercise starts with its Spanish statement, and Check says in Spanish why it needs desktop VS Code', async () => {
    const r = await vscode.commands.executeCommand<{ written: string[] }>('pythonRoadmap.startExercise', 'flatten-lists', { open: false });
    assert.ok(r.written.includes('README.md'));
    const statement = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('roadmap-exercises', 'flatten-lists', 'README.md')));
    assert.match(statement, /^# Aplana listas anidadas/);
    const check = await vscode.commands.executeCommand<{ error?: string }>('pythonRoadmap.checkExercise', 'flatten-lists');
    assert.match(check.error ?? '', /VS Code de escritorio/);
  });
});

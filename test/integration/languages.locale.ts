// VS Code in another language (run.mjs, "languages"): PYTHON_ROADMAP_LOCALE is es (the shipped
// Spanish translation) or qps-ploc, a pseudo-locale made from the English bundles and roadmap
// (test/tools/pseudo.mjs), where every translated string is in accented look-alikes. There, an
// English word anywhere in the tree, status bar, hover, CodeLens, pages or manifest is a string
// the code never passed through l10n.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, ROOT, api, clearProgress, closeAllEditors, data, waitFor } from './helpers';
import type { TestedApi } from './helpers';
import type { PageRef } from '../../src/core/pages';

const LOCALE = process.env.PYTHON_ROADMAP_LOCALE ?? 'es';
const PSEUDO = LOCALE === 'qps-ploc';
/** The sample workspace run.mjs opens (a copy of test/fixtures/workspace that is a Git repository). */
const WORKSPACE = vscode.workspace.workspaceFolders![0]!.uri.fsPath;

type Labelled = string | vscode.MarkdownString | { label: string } | undefined;
const text = (v: Labelled | vscode.TreeItemLabel): string => (v === undefined ? '' : typeof v === 'string' ? v : 'value' in v ? v.value : v.label);

/** Every string the Roadmap view shows for every row: label, description, tooltip, checkbox tooltip, screen-reader label. */
async function treeStrings(a: TestedApi): Promise<string[]> {
  const provider = a.testing.tree.provider;
  const out: string[] = [];
  const visit = async (node?: unknown, depth = 0): Promise<void> => {
    for (const child of await provider.getChildren(node as never)) {
      const item = provider.getTreeItem(child);
      out.push(text(item.label), text(item.description as Labelled), text(item.tooltip as Labelled), item.accessibilityInformation?.label ?? '');
      const box = item.checkboxState;
      if (box && typeof box === 'object') out.push(box.tooltip ?? '', box.accessibilityInformation?.label ?? '');
      if (depth < 3 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await visit(child, depth + 1);
    }
  };
  await visit();
  return out.filter(Boolean);
}

/** What a page says, from the real webview's DOM. */
async function pageText(a: TestedApi, ref: PageRef): Promise<string> {
  a.testing.panel.probeText = true;
  if (!a.testing.panel.current) await vscode.commands.executeCommand('pythonRoadmap.showOverview');
  a.testing.panel.lastRendered = undefined;
  await a.testing.panel.receive({ type: 'navigate', to: ref });
  const same = (r: PageRef) => r.kind === ref.kind && ('id' in r ? r.id : '') === ('id' in ref ? ref.id : '');
  const shown = await waitFor(`the ${ref.kind} page`, () => a.testing.panel.lastRendered && same(a.testing.panel.lastRendered.ref) && a.testing.panel.lastRendered.text !== undefined && a.testing.panel.lastRendered);
  return shown.text!;
}

async function hoverAndLenses(file: string): Promise<string[]> {
  const doc = await vscode.workspace.openTextDocument(path.join(WORKSPACE, file));
  await vscode.window.showTextDocument(doc);
  const out: string[] = [];
  const a = await api();
  await waitFor(`skills in ${file}`, () => a.testing.coding.skills.get(doc)?.detections.length);
  for (let line = 0; line < doc.lineCount; line++) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).firstNonWhitespaceCharacterIndex + 1));
    for (const h of hovers) for (const c of h.contents) out.push(typeof c === 'string' ? c : 'value' in c ? c.value : '');
  }
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 50);
  for (const l of lenses) if (l.command?.command.startsWith('pythonRoadmap.')) out.push(l.command.title, l.command.tooltip ?? '');
  out.push(a.testing.coding.statusItem.text, text(a.testing.coding.statusItem.tooltip as Labelled));
  return out.filter(Boolean);
}

// ---------------------------------------------------------------------------------------------

suite(`VS Code in ${LOCALE}: the extension follows the display language`, function () {
  this.timeout(120_000);
  suiteSetup(async () => {
    await clearProgress(await api());
  });
  teardown(closeAllEditors);

  test('VS Code runs in that language, and the extension loaded its bundles and the roadmap\'s translation', async () => {
    assert.strictEqual(vscode.env.language, LOCALE);
    const a = await api();
    // The roadmap is the one the overlay for this language makes.
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const overlay = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'dist', 'l10n', `roadmap.${LOCALE}.json`), 'utf8'));
    await a.testing.roadmaps.ready();
    const roadmap = a.testing.roadmaps.active!.roadmap;
    assert.strictEqual(roadmap.title, overlay.strings.title);
    assert.strictEqual(roadmap.phases[0]!.skills[0]!.title, overlay.strings.phases[roadmap.phases[0]!.id].skills[roadmap.phases[0]!.skills[0]!.id].title);
    assert.notStrictEqual(roadmap.title, data.title);
  });

  if (!PSEUDO) {
    test('Spanish: the tree, the status bar, the palette\'s titles and the pages are in Spanish', async () => {
      const a = await api();
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const titles = new Map((ext.packageJSON.contributes.commands as { command: string; title: string | { value: string } }[]).map((c) => [c.command, text(c.title as Labelled)]));
      assert.strictEqual(titles.get('pythonRoadmap.findSkill'), 'Buscar habilidad…');
      assert.strictEqual(titles.get('pythonRoadmap.markLearned'), 'Marcar como aprendida');
      const tree = await treeStrings(a);
      for (const s of ['Fundamentos', 'Herramientas y buenas prácticas', 'Decoradores', 'Gestores de contexto']) assert.ok(tree.some((t) => t.includes(s)), `${s} in the tree: ${tree.slice(0, 12).join(' | ')}`);
      assert.ok(tree.some((s) => /^Fase 1 · /.test(s) || /Fase 1/.test(s)), 'phase rows say "Fase"');
      await vscode.commands.executeCommand('pythonRoadmap.markLearned', 'decorators');
      const tree2 = await treeStrings(a);
      assert.ok(tree2.some((s) => /Aprendida/.test(s)), 'the learned row says so in Spanish');
      await waitFor('the status bar in Spanish', () => /aprendid/i.test(`${a.testing.statusBar.text} ${text(a.testing.statusBar.tooltip as Labelled)}`));
      const skill = await pageText(a, { kind: 'skill', id: 'decorators' });
      assert.match(skill, /Decoradores/);
      assert.match(skill, /Puntos clave/);
      assert.match(skill, /Usa functools\.wraps para conservar el nombre/);
      assert.match(skill, /Cómo reconoce Python Roadmap esto en tu código/);
      assert.match(skill, /Cuenta cuando un archivo define un decorador/);
      const overview = await pageText(a, { kind: 'overview' });
      assert.match(overview, /Progreso general/);
      assert.match(overview, /Niveles profesionales/);
      assert.match(overview, /70 000–95 000 USD/);
    });

    test('Spanish: Find Skill finds skills by their Spanish names and aliases, accents or not, and by the English ones', async () => {
      for (const [query, id] of [['decoradores', 'decorators'], ['manejo de errores', 'error-handling'], ['gestion de errores', 'error-handling'], ['gestion de memoria', 'memory-management'], ['Decorators', 'decorators'], ['Context managers', 'context-managers'], ['djnago', 'django']] as const) {
        const result = vscode.commands.executeCommand<string | undefined>('pythonRoadmap.findSkill', query);
        await new Promise((r) => setTimeout(r, 600));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        assert.strictEqual(await result, id, query);
      }
    });

    test('Spanish: what recognition says in the hover is Spanish', async () => {
      const strings = await hoverAndLenses('service.py');
      assert.ok(strings.some((s) => /Visto aquí|habilidad/i.test(s)), strings.join('\n'));
      assert.ok(strings.some((s) => /importa(&nbsp;| )`asyncio`/.test(s)), strings.join('\n'));
    });
  }

  if (PSEUDO) {
    /** What may stay as it is in any language: names of works, the user's code and files, ids. */
    const allowed = (): string[] => {
      const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.name === '.git' ? [] : e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      const workspaceLines = files(WORKSPACE).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
        .flatMap((l) => [l.trim(), ...l.split(/\s{2,}|"|'/).map((p) => p.trim())]).map((l) => l.replace(/\\n$/, '').replace(/\s+/g, ' ')).filter((l) => l.length > 2); // (a notebook's lines end in \\n)
      const roadmap = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'roadmap.json'), 'utf8'));
      return [
        ...(roadmap.resources as { title: string }[]).map((r) => r.title), // names of published works stay as published
        ...workspaceLines, // evidence: the user's own code
        'Python Roadmap', // the product's name
        'Python', 'TOML', 'YAML', 'Dockerfile', 'Shell', // the languages an example is in (its code and output, translate="no", are not read)
      ].sort((x, y) => y.length - x.length);
    };
    /** The English words left in a string once what may stay is taken out. */
    const englishIn = (s: string, keep: readonly string[]): string[] => {
      let rest = s
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/&nbsp;|&#\d+;|&[a-z]+;/g, ' ') // Markdown's entities
        .replace(/command:[\w.]+(\?\S*)?/g, ' ') // command links' targets
        .replace(/\$\([\w-]+\)/g, ' ') // codicons: $(check)
        .replace(/\s+/g, ' '); // a page's lines and spans may break a line of code apart
      // The user's own lines first, whole: `return response.json()` is code, not a file response.json.
      for (const k of keep) if (rest.includes(k)) rest = rest.split(k).join(' ');
      rest = rest
        .replace(/\b(pythonRoadmap|python-roadmap)[\w.:-]*/g, ' ') // ids and settings
        .replace(/[\w./-]*[\w-]\.(py|toml|ipynb|json|md|svg|yml|yaml|txt|cfg|ini)\b/g, ' ') // file names and paths
        .replace(/`[^`\n]*`/g, ' ') // code the user wrote: `asyncio`, `@app.get`
        .replace(/\\?\[[\w.-]+\\?\]/g, ' ') // a TOML table: [tool.ruff], \\[tool.ruff\\] in Markdown
        .replace(/\bDockerfile\b|\.gitignore\b/g, ' ');
      return [...rest.matchAll(/[A-Za-z]{3,}/g)].map((m) => `${m[0]} (…${rest.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40)}…)`);
    };
    const assertTranslated = (where: string, strings: readonly string[]) => {
      const keep = allowed();
      const left = strings.map((s) => [s, englishIn(s, keep)] as const).filter(([, w]) => w.length);
      // Each word with the text around it, where it was found.
      const around = (s: string, w: string) => { const i = s.indexOf(w); return s.slice(Math.max(0, i - 60), i + w.length + 60).replace(/\s+/g, ' '); };
      assert.deepStrictEqual(left.map(([s, w]) => `${w.join(' | ')}  ←  …${around(s, w[0]!.split(' ')[0]!)}…`), [], `${where}: English left inline`);
      assert.ok(strings.length > 0, `${where}: nothing was read`);
    };

    test('pseudo-locale: the manifest (command titles, view, settings) has no English left', async () => {
      const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
      const c = pkg.contributes;
      const strings = [
        ...c.commands.map((x: { title: Labelled }) => text(x.title)),
        ...c.views.pythonRoadmap.map((v: { name: Labelled }) => text(v.name)),
        ...Object.values(c.configuration.properties as Record<string, { description?: Labelled; markdownDescription?: Labelled }>).map((p) => text(p.markdownDescription ?? p.description)),
      ];
      assert.ok(strings.length > 40);
      assertTranslated('manifest', strings);
    });

    test('pseudo-locale: every row of the Roadmap view, with nothing, something learned and something learning', async () => {
      const a = await api();
      await clearProgress(a);
      const empty = await treeStrings(a);
      await vscode.commands.executeCommand('pythonRoadmap.markLearned', ['syntax-basics', 'decorators']);
      await vscode.commands.executeCommand('pythonRoadmap.markLearning', 'generators');
      await vscode.commands.executeCommand('pythonRoadmap.markSkipped', 'metaclasses');
      await a.testing.store.setNote('decorators', 'ǿƞḗḗ ƞǿǿŧḗḗ');
      const marked = await treeStrings(a);
      assert.ok(marked.length > data.phases.length * 4, `${marked.length} strings`);
      assertTranslated('tree', [...empty, ...marked]);
    });

    test('pseudo-locale: the status bar, the hover, the CodeLens and the file\'s skills entry', async () => {
      const a = await api();
      await vscode.workspace.getConfiguration('pythonRoadmap').update('coding.codeLens', true, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('the status bar', () => a.testing.statusBar.text);
        const strings = [a.testing.statusBar.text, text(a.testing.statusBar.tooltip as Labelled), ...await hoverAndLenses('service.py'), ...await hoverAndLenses('pyproject.toml')];
        assert.ok(strings.length > 6, strings.join('\n'));
        assertTranslated('status bar, hover and CodeLens', strings);
      } finally {
        await vscode.workspace.getConfiguration('pythonRoadmap').update('coding.codeLens', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    test('pseudo-locale: every page (overview, phases, skills, practice, FAQ, career, scan, report, team, exercises)', async () => {
      const a = await api();
      await vscode.commands.executeCommand('pythonRoadmap.scanWorkspace', { quiet: true });
      const refs: PageRef[] = [
        { kind: 'overview' }, { kind: 'faq' }, { kind: 'career' }, { kind: 'scan' }, { kind: 'report' }, { kind: 'team' },
        ...data.phases.map((p) => ({ kind: 'phase' as const, id: p.id })),
        { kind: 'skill', id: 'decorators' }, { kind: 'skill', id: 'asyncio' }, { kind: 'skill', id: data.phases[0]!.practice[0]!.id },
        { kind: 'exercise', id: 'flatten-lists' }, { kind: 'exercise', id: 'test-slugify' },
      ];
      for (const ref of refs) {
        const shown = await pageText(a, ref);
        assertTranslated(`the ${ref.kind} page${'id' in ref ? ` ${ref.id}` : ''}`, [shown]);
      }
    });
  }
});

// The manifest and the code agree: every contributed command is registered, every menu's
// viewItem condition matches a contextValue the tree produces, and each contextValue has a menu.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, ROOT } from './helpers';

// As VS Code reads it: each %key% replaced by its English text from package.nls.json.
const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'), (_k, v) => (typeof v === 'string' && /^%[\w.-]+%$/.test(v) ? nls[v.slice(1, -1)] ?? v : v));
const STATUSES = ['none', 'learning', 'learned', 'skipped'];
const CONTEXT_VALUES = ['phase', 'group', ...['skill', 'practice'].flatMap((k) => STATUSES.map((s) => `${k}.${s}`))];

function viewItemMatches(when: string, value: string): boolean | undefined {
  const eq = /viewItem == ([\w.]+)/.exec(when);
  if (eq) return eq[1] === value;
  const re = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(when);
  if (re) return new RegExp(re[1]!).test(value);
  return undefined;
}

suite('manifest', () => {
  test('every contributed command is registered, with the category', async () => {
    await api();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of pkg.contributes.commands) {
      assert.ok(registered.has(c.command), `${c.command} is not registered`);
      assert.strictEqual(c.category, 'Python Roadmap', c.command);
      assert.match(c.command, /^pythonRoadmap\./);
    }
    const contributed = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const [where, items] of Object.entries(pkg.contributes.menus) as [string, { command: string }[]][]) {
      for (const m of items) assert.ok(contributed.has(m.command), `${where} names ${m.command}`);
    }
    for (const k of pkg.contributes.keybindings) assert.ok(contributed.has(k.command), k.command);
  });

  test('every viewItem condition matches a real contextValue, and every contextValue has a menu', async () => {
    const a = await api();
    const { provider } = a.testing.tree;
    const phases = (await provider.getChildren());
    const produced = new Set<string>([
      ...phases.map((p) => provider.getTreeItem(p).contextValue!),
      ...(await Promise.all(phases.map((p) => provider.getChildren(p)))).flat().map((n) => provider.getTreeItem(n).contextValue!),
    ]);
    for (const v of produced) assert.ok(CONTEXT_VALUES.includes(v), `unexpected contextValue ${v}`);
    const menus = pkg.contributes.menus['view/item/context'] as { command: string; when: string }[];
    for (const m of menus) {
      const hits = CONTEXT_VALUES.filter((v) => viewItemMatches(m.when, v));
      assert.ok(hits.length > 0, `${m.command}: "${m.when}" matches no contextValue`);
    }
    for (const v of CONTEXT_VALUES.filter((x) => x !== 'group')) {
      assert.ok(menus.some((m) => viewItemMatches(m.when, v)), `no menu for ${v}`);
    }
  });

  test('activation is on demand only: no "*" and no startup event', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), events.join());
    assert.ok(events.includes('onWebviewPanel:pythonRoadmap.panel'));
    // Python projects (files at the top of the folder, no deep search) start it, so the progress
    // entry is there from the start where it is wanted, and nowhere else.
    for (const e of events.filter((x) => x.startsWith('workspaceContains:'))) assert.doesNotMatch(e, /\*\*/, `${e} searches the whole tree at startup`);
    assert.ok(events.includes('workspaceContains:*.py') && events.includes('workspaceContains:pyproject.toml'));
  });
});

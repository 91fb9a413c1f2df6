// The first run: the walkthrough (contributed, its media shipped, its links and completion
// commands real), opened once on first activation, and the view's welcome line.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, clearProgress, closeAllEditors, EXTENSION_ID, waitFor } from './helpers';

const SHOWN_KEY = 'pythonRoadmap.welcome.shown';
const walkthroughTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => /welcome|get started/i.test(t.label) && !(t.input instanceof vscode.TabInputText));

suite('first run', () => {
  teardown(closeAllEditors);

  test('the walkthrough has 4-6 steps; each image or text ships in the extension, each link and completion command exists', async () => {
    await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = ext.packageJSON.contributes.walkthroughs;
    assert.strictEqual(walkthrough.id, 'pythonRoadmap.getStarted');
    assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 6, `${walkthrough.steps.length} steps`);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthrough.steps) {
      // An image with its alt text, or a Markdown page of its own.
      const media = step.media.image ?? step.media.markdown;
      const file = path.join(ext.extensionPath, media);
      assert.ok(fs.existsSync(file) && fs.statSync(file).size > (step.media.image ? 1000 : 200), `${step.id}: ${media}`);
      if (step.media.image) assert.ok(step.media.altText.length > 20, `${step.id} has alt text`);
      const links = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(links.length >= 1, `${step.id} has a button`);
      for (const c of links) assert.ok(commands.has(c), `${step.id}: ${c} is not a command`);
      assert.ok(step.completionEvents.length >= 1, `${step.id} completes by itself`);
      for (const e of step.completionEvents) {
        const m = /^onCommand:(.+)$/.exec(e);
        if (m) assert.ok(commands.has(m[1]!), `${step.id}: ${e}`);
        else assert.match(e, /^(onView:pythonRoadmap\.roadmap|onContext:pythonRoadmap:\w+)$/, e);
      }
    }
  });

  test('first activation opens the walkthrough, once: not again on the next start', async () => {
    const a = await api();
    assert.strictEqual(a.testing.globalState.get(SHOWN_KEY), true, 'activation recorded the first run');
    // As on a first run: the flag not yet set.
    await closeAllEditors();
    await a.testing.globalState.update(SHOWN_KEY, undefined);
    assert.strictEqual(await a.testing.welcome.showOnce(), true);
    await waitFor('the walkthrough tab', () => walkthroughTabs().length === 1);
    await closeAllEditors();
    assert.strictEqual(await a.testing.welcome.showOnce(), false, 'the next start does not open it again');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepStrictEqual(walkthroughTabs(), []);
  });

  test('Get Started opens the walkthrough at any time', async () => {
    await vscode.commands.executeCommand('pythonRoadmap.getStarted');
    await waitFor('the walkthrough tab', () => walkthroughTabs().length === 1);
  });

  test('the view says what to do first until a skill is marked, and again after a reset', async () => {
    const a = await api();
    await clearProgress(a);
    await waitFor('the welcome line', () => a.testing.tree.view.message?.startsWith('New here?'));
    await a.testing.store.setStatus(['syntax-basics'], 'learned');
    await waitFor('the line to go', () => a.testing.tree.view.message === undefined);
    await a.testing.store.setStatus(['syntax-basics'], 'skipped');
    assert.strictEqual(a.testing.tree.view.message, undefined, 'a skipped item counts as a first mark too');
    await clearProgress(a);
    await waitFor('the welcome line again', () => a.testing.tree.view.message?.startsWith('New here?'));
  });
});

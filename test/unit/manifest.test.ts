// The manifest, read as VS Code reads it: keys that can't surprise in the Roadmap view.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

interface Keybinding { command: string; key: string; mac?: string; when?: string }
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const keybindings: Keybinding[] = pkg.contributes.keybindings;

/** A key the tree's type-to-navigate also receives: one printable character, no Ctrl/Alt/Cmd/chord. */
/** The argument VS Code's extension host turns into the tree's focused element (src/commands/targets.ts). */
const FOCUSED_ROW = { $treeViewId: 'pythonRoadmap.roadmap', $focusedTreeItem: true };

const typesText = (key: string) => !key.includes(' ') && !/(^|\+)(ctrl|alt|cmd|meta|win)\+/.test(key) && /(^|\+)[^+]$/.test(key);

suite('manifest: keys in the Roadmap view', () => {
  test('typing in the tree always navigates: no single-character key acts there unless the user turned letter keys on', () => {
    const inTree = keybindings.filter((k) => k.when?.includes('focusedView == pythonRoadmap.roadmap'));
    assert.ok(inTree.length >= 4);
    for (const k of inTree) {
      if (typesText(k.key)) assert.match(k.when!, /config\.pythonRoadmap\.tree\.letterKeys/, `${k.key} → ${k.command} fires while typing a row's name`);
    }
    assert.equal(pkg.contributes.configuration.properties['pythonRoadmap.tree.letterKeys'].default, false);
  });

  test('each status has a chord that typing never sends, on every platform', () => {
    for (const command of ['pythonRoadmap.markLearned', 'pythonRoadmap.markLearning', 'pythonRoadmap.markSkipped', 'pythonRoadmap.resetSkill']) {
      const chord = keybindings.find((k) => k.command === command && !typesText(k.key) && !k.when?.includes('letterKeys'));
      assert.ok(chord, `${command} has a key that is not a typed letter`);
      assert.ok(chord.mac && !typesText(chord.mac), `${command} has a macOS key`);
      assert.deepEqual((chord as unknown as { args: unknown }).args, FOCUSED_ROW, 'it acts on the row the keyboard is on');
    }
  });

  test('every key of the tree acts on the row the keyboard is on (the focused row, not the selection), Space included', () => {
    const inTree = keybindings.filter((k) => k.when?.includes('focusedView == pythonRoadmap.roadmap'));
    for (const k of inTree) assert.deepEqual((k as unknown as { args: unknown }).args, FOCUSED_ROW, `${k.key} → ${k.command}`);
    const space = inTree.find((k) => k.key === 'space');
    assert.equal(space?.command, 'pythonRoadmap.toggleLearned');
    assert.match(space!.when!, /!inputFocus/, 'Space in the find box types a space');
  });
});

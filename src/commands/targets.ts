// Commands take skill ids. From the tree they get nodes (and the multi-selection); from a tree
// keybinding the row the keyboard is on (see FOCUSED_ROW); otherwise the user is asked.
import vscode = require('vscode');
import { findItem } from '../core/roadmap';
import { migrateId } from '../core/progress';
import { followedRoadmap } from '../roadmaps/roadmaps';
import type { Services } from '../services';
import type { Node } from '../tree/roadmapTree';
import { pickSkill } from './skillPick';

/** An id as given, with a retired one followed to its current id (old links and keybindings keep working). */
function idOf(x: unknown): string | undefined {
  if (typeof x === 'string') return migrateId(x);
  if (x && typeof x === 'object' && (x as Node).kind === 'item' && typeof (x as { id?: unknown }).id === 'string') return (x as { id: string }).id;
  return undefined;
}

/**
 * The tree's keybindings (package.json) pass `{ $treeViewId: 'pythonRoadmap.roadmap', $focusedTreeItem: true }`:
 * VS Code's extension host turns that argument into the row the keyboard is on (the focused element,
 * which may differ from the selected row after ↑/↓) — the same conversion its view title actions
 * get — or into `null` when no row has focus. An argument still in that shape (a host that does not
 * convert it) or the older `{ source: 'tree' }` falls back to the selection.
 */
const isTreeKey = (x: unknown): boolean =>
  x === null || (!!x && typeof x === 'object' && ((x as { source?: unknown }).source === 'tree' || (x as { $focusedTreeItem?: unknown }).$focusedTreeItem === true));

/** Whether the argument is a row of the tree: an item, a phase or a group. */
const isNode = (x: unknown): x is Node => !!x && typeof x === 'object' && ['item', 'phase', 'group'].includes(String((x as { kind?: unknown }).kind));

const treeSelection = (s: Services): string[] => s.tree.view.selection.map(idOf).filter((x): x is string => !!x);

function notItem(row: Node, verb: string): void {
  void vscode.window.showInformationMessage(row.kind === 'phase'
    ? vscode.l10n.t('Python Roadmap: {0} works on skills and practice items, and this row is a phase. Open it and choose one of its items.', verb)
    : vscode.l10n.t('Python Roadmap: {0} works on skills and practice items, and this row is a group. Open it and choose one of its items.', verb));
}

export async function resolveTargets(s: Services, arg: unknown, multi: unknown, verb: string): Promise<string[]> {
  const roadmap = await followedRoadmap(s.roadmaps);
  const fromMulti = Array.isArray(multi) ? multi.map(idOf).filter((x): x is string => !!x) : [];
  if (fromMulti.length) return fromMulti.filter((id) => findItem(roadmap, id));
  if (Array.isArray(arg)) return arg.map(idOf).filter((x): x is string => !!x && !!findItem(roadmap, x));
  if (isNode(arg) && multi === undefined) {
    // The row the keyboard is on: where it is one of several selected rows, all of them (as VS Code's
    // own lists do); a phase or group row is no skill.
    const selected = s.tree.view.selection;
    if (selected.length > 1 && selected.includes(arg)) return treeSelection(s).filter((id) => findItem(roadmap, id));
    if (arg.kind !== 'item') {
      notItem(arg, verb);
      return [];
    }
  }
  const one = isTreeKey(arg) ? undefined : idOf(arg);
  if (one !== undefined) {
    if (findItem(roadmap, one)) return [one];
    throw new Error(vscode.l10n.t('There is no skill "{0}" in the roadmap.', one));
  }
  if (isTreeKey(arg)) {
    // A key pressed in the tree (D/L/S/R): act on its selection, which reaches the extension a
    // moment after a click; read it again once before asking.
    let selected = treeSelection(s);
    if (!selected.length) {
      await new Promise((r) => setTimeout(r, 150));
      selected = treeSelection(s);
    }
    if (selected.length) return selected;
    // A phase or group row: its items are marked one by one, never all at once by a key.
    const rows = s.tree.view.selection;
    if (rows.length) {
      notItem(rows[0]!, verb);
      return [];
    }
  }
  const picked = await pickSkill(s, { title: verb, placeholder: vscode.l10n.t('Type to find a skill (name, alias or code like @property)') });
  return picked ? [picked] : [];
}

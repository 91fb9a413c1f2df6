// Commands take skill ids. From the tree they get nodes (and the multi-selection); from a
// tree keybinding `{ source: 'tree' }`, so the tree's selection counts; otherwise the user is asked.
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

/** What the tree's keybindings pass (see package.json), so the palette never acts on a hidden selection. */
const isTreeKey = (x: unknown): boolean => !!x && typeof x === 'object' && (x as { source?: unknown }).source === 'tree';

const treeSelection = (s: Services): string[] => s.tree.view.selection.map(idOf).filter((x): x is string => !!x);

export async function resolveTargets(s: Services, arg: unknown, multi: unknown, verb: string): Promise<string[]> {
  const roadmap = await followedRoadmap(s.roadmaps);
  const fromMulti = Array.isArray(multi) ? multi.map(idOf).filter((x): x is string => !!x) : [];
  if (fromMulti.length) return fromMulti.filter((id) => findItem(roadmap, id));
  if (Array.isArray(arg)) return arg.map(idOf).filter((x): x is string => !!x && !!findItem(roadmap, x));
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
      void vscode.window.showInformationMessage(rows[0]!.kind === 'phase'
        ? vscode.l10n.t('Python Roadmap: {0} works on skills and practice items, and the selected row is a phase. Open it and select one of its items.', verb)
        : vscode.l10n.t('Python Roadmap: {0} works on skills and practice items, and the selected row is a group. Open it and select one of its items.', verb));
      return [];
    }
  }
  const picked = await pickSkill(s, { title: verb, placeholder: vscode.l10n.t('Type to find a skill (name, alias or code like @property)') });
  return picked ? [picked] : [];
}

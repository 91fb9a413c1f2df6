// Reset every mark and note, after a modal confirmation, with Undo on the notification.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Snapshot } from '../state/progressStore';
import { parseRecord, resetSummary } from '../core/progress';
import type { SkillRecord } from '../core/progress';
import { checkStamp } from '../core/journal';
import type { Stamp } from '../core/journal';

/** The last reset's stamp, kept (not synced) until the next reset or its undo, so a window
 *  reload does not lose the way back. */
const UNDO_KEY = 'pythonRoadmap.undo.reset';

/** `testHooks`: the test extension mode (or a test run of the installed copy), where
 *  `{ confirmed: true }` skips the dialog. Anywhere else no argument does: a command link
 *  cannot wipe progress. */
export function registerResetCommands(context: vscode.ExtensionContext, s: Services, testHooks: boolean): void {
  // What Undo puts back: the reset's own stamp (the journal knows what that reset cleared, marks
  // other windows made while the confirmation was open included), or, saved by an older version,
  // a snapshot of the records.
  let undo: { reset: Stamp } | { snapshot: Snapshot } | undefined;
  const setUndoable = (reset: Stamp | undefined) => {
    undo = reset ? { reset } : undefined;
    void context.globalState.update(UNDO_KEY, reset ? { reset: [reset.at, reset.by, reset.n] } : undefined);
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', !!reset);
  };
  undo = savedUndo(context.globalState.get<unknown>(UNDO_KEY));
  if (undo) void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', true);

  /** Puts back what the reset removed; whatever was marked or written since is kept. */
  const restore = async () => {
    if (!undo) return false;
    const what = undo;
    setUndoable(undefined);
    const back = 'reset' in what ? await s.store.undoReset(what.reset) : await s.store.restoreMissing(what.snapshot);
    const restored = back.length === 1 ? vscode.l10n.t('Python Roadmap: restored 1 record') : vscode.l10n.t('Python Roadmap: restored {0} records', back.length);
    const kept = 'snapshot' in what ? [...what.snapshot.keys()].filter((id) => what.snapshot.get(id) && !back.includes(id)).length : 0;
    void vscode.window.showInformationMessage(kept ? vscode.l10n.t('{0}; kept {1} changed since the reset.', restored, kept) : vscode.l10n.t('{0}.', restored));
    return true;
  };

  context.subscriptions.push(
    s.command('pythonRoadmap.resetProgress', async (opts?: { confirmed?: boolean }) => {
      await s.store.initialize();
      const summary = resetSummary([...s.store.snapshot().values()]);
      if (summary.marks + summary.notes + summary.evidence === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: there is no progress to reset.'));
        return false;
      }
      if (!(testHooks && opts?.confirmed === true)) {
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t('Reset all Python Roadmap progress?'),
          { modal: true, detail: `${summary.text} ${vscode.l10n.t('You can undo it right after.')}` },
          vscode.l10n.t('Reset Progress'),
        );
        if (answer !== vscode.l10n.t('Reset Progress')) return false;
      }
      await s.store.clearAll();
      setUndoable(s.store.ownReset);
      const undoLabel = vscode.l10n.t('Undo');
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: progress reset.'), undoLabel).then((choice) => choice === undoLabel && restore());
      return true;
    }),
    s.command('pythonRoadmap.undoReset', restore),
  );
}

/** The saved way back: `{ reset: [time, writer, counter] }`, or an older version's snapshot of records. */
function savedUndo(saved: unknown): { reset: Stamp } | { snapshot: Snapshot } | undefined {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  const r = (saved as { reset?: unknown }).reset;
  if (r !== undefined) {
    const stamp = Array.isArray(r) && r.length === 3 ? checkStamp(r[0], r[1], r[2], Date.now()) : 'unreadable';
    return typeof stamp === 'string' ? undefined : { reset: stamp };
  }
  const records = new Map<string, SkillRecord | undefined>();
  for (const [id, raw] of Object.entries(saved as Record<string, unknown>)) {
    const p = raw === undefined || raw === null ? undefined : parseRecord(raw);
    records.set(id, p && 'record' in p ? p.record : undefined);
  }
  return { snapshot: records };
}

// Reset every mark and note, after a modal confirmation, with Undo on the notification.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Snapshot } from '../state/progressStore';
import { parseRecord, resetSummary } from '../core/progress';
import type { SkillRecord } from '../core/progress';

/** The last reset's snapshot, kept (not synced) until the next reset or its undo, so a window
 *  reload does not lose the way back. */
const UNDO_KEY = 'pythonRoadmap.undo.reset';

/** `testHooks`: the test extension mode (or a test run of the installed copy), where
 *  `{ confirmed: true }` skips the dialog. Anywhere else no argument does: a command link
 *  cannot wipe progress. */
export function registerResetCommands(context: vscode.ExtensionContext, s: Services, testHooks: boolean): void {
  let undo: Snapshot | undefined;
  const setUndoable = (snapshot: Snapshot | undefined) => {
    undo = snapshot;
    void context.globalState.update(UNDO_KEY, snapshot ? Object.fromEntries(snapshot) : undefined);
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', !!snapshot);
  };
  const saved = context.globalState.get<unknown>(UNDO_KEY);
  if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
    const records = new Map<string, SkillRecord | undefined>();
    for (const [id, raw] of Object.entries(saved as Record<string, unknown>)) {
      const r = raw === undefined || raw === null ? undefined : parseRecord(raw);
      records.set(id, r && 'record' in r ? r.record : undefined);
    }
    undo = records;
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', true);
  }

  /** Puts back what the reset removed; whatever was marked or written since is kept. */
  const restore = async () => {
    if (!undo) return false;
    const snapshot = undo;
    setUndoable(undefined);
    const back = await s.store.restoreMissing(snapshot);
    const kept = [...snapshot.keys()].filter((id) => snapshot.get(id) && !back.includes(id)).length;
    const restored = back.length === 1 ? vscode.l10n.t('Python Roadmap: restored 1 record') : vscode.l10n.t('Python Roadmap: restored {0} records', back.length);
    void vscode.window.showInformationMessage(kept ? vscode.l10n.t('{0}; kept {1} changed since the reset.', restored, kept) : vscode.l10n.t('{0}.', restored));
    return true;
  };

  context.subscriptions.push(
    s.command('pythonRoadmap.resetProgress', async (opts?: { confirmed?: boolean }) => {
      await s.store.initialize();
      const snapshot = s.store.snapshot();
      const summary = resetSummary([...snapshot.values()]);
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
      setUndoable(snapshot);
      const undo = vscode.l10n.t('Undo');
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: progress reset.'), undo).then((choice) => choice === undo && restore());
      return true;
    }),
    s.command('pythonRoadmap.undoReset', restore),
  );
}

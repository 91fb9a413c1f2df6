// Reset every mark and note, after a modal confirmation, with Undo on the notification.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Snapshot } from '../state/progressStore';
import { resetSummary } from '../core/progress';

/** The last reset's snapshot, kept (not synced) until the next reset or its undo, so a window
 *  reload does not lose the way back. */
const UNDO_KEY = 'pythonRoadmap.undo.reset';

export function registerResetCommands(context: vscode.ExtensionContext, s: Services): void {
  let undo: Snapshot | undefined;
  const setUndoable = (snapshot: Snapshot | undefined) => {
    undo = snapshot;
    void context.globalState.update(UNDO_KEY, snapshot ? Object.fromEntries(snapshot) : undefined);
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', !!snapshot);
  };
  const saved = context.globalState.get<unknown>(UNDO_KEY);
  if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
    undo = new Map(Object.entries(saved as Record<string, unknown>));
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', true);
  }

  /** Puts back what the reset removed; whatever was marked or written since is kept. */
  const restore = async () => {
    if (!undo) return false;
    const snapshot = undo;
    setUndoable(undefined);
    const back = await s.store.restoreMissing(snapshot);
    const kept = [...snapshot.keys()].filter((id) => snapshot.get(id) !== undefined && !back.includes(id)).length;
    void vscode.window.showInformationMessage(`Python Roadmap: restored ${back.length} record${back.length === 1 ? '' : 's'}${kept ? `; kept ${kept} changed since the reset` : ''}.`);
    return true;
  };

  context.subscriptions.push(
    /** Pass `{ confirmed: true }` to skip the dialog (for scripts and tests). */
    s.command('pythonRoadmap.resetProgress', async (opts?: { confirmed?: boolean }) => {
      const snapshot = s.store.snapshot();
      const summary = resetSummary([...snapshot.keys()].map((id) => s.store.record(id)));
      if (summary.marks + summary.notes + summary.evidence === 0) {
        void vscode.window.showInformationMessage('Python Roadmap: there is no progress to reset.');
        return false;
      }
      if (opts?.confirmed !== true) {
        const answer = await vscode.window.showWarningMessage(
          'Reset all Python Roadmap progress?',
          { modal: true, detail: `${summary.text} You can undo it right after.` },
          'Reset Progress',
        );
        if (answer !== 'Reset Progress') return false;
      }
      await s.store.clearAll();
      setUndoable(snapshot);
      void vscode.window.showInformationMessage('Python Roadmap: progress reset.', 'Undo').then((choice) => choice === 'Undo' && restore());
      return true;
    }),
    s.command('pythonRoadmap.undoReset', restore),
  );
}

// Reset every mark and note, after a modal confirmation, with Undo on the notification.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Snapshot } from '../state/progressStore';
import { resetSummary } from '../core/progress';

export function registerResetCommands(context: vscode.ExtensionContext, s: Services): void {
  let undo: Snapshot | undefined;
  const setUndoable = (snapshot: Snapshot | undefined) => {
    undo = snapshot;
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:canUndoReset', !!snapshot);
  };

  const restore = async () => {
    if (!undo) return false;
    const snapshot = undo;
    setUndoable(undefined);
    await s.store.restore(snapshot);
    void vscode.window.showInformationMessage(`Python Roadmap: restored ${snapshot.size} saved skill record${snapshot.size === 1 ? '' : 's'}.`);
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

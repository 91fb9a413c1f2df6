// Mark learned / learning / skipped, reset one skill, and toggle learned (Space in the tree).
import vscode = require('vscode');
import { statusLabel } from '../core/progress';
import type { Status } from '../core/progress';
import { findItem } from '../core/roadmap';
import { followedRoadmap } from '../roadmaps/roadmaps';
import type { Services } from '../services';
import { resolveTargets } from './targets';

const COMMANDS: [command: string, status: Status, verb: string][] = [
  ['pythonRoadmap.markLearned', 'learned', vscode.l10n.t('Mark as Learned')],
  ['pythonRoadmap.markLearning', 'learning', vscode.l10n.t('Mark as Learning')],
  ['pythonRoadmap.markSkipped', 'skipped', vscode.l10n.t('Mark as Skipped')],
  ['pythonRoadmap.resetSkill', 'none', vscode.l10n.t('Reset Skill')],
];

export function registerStatusCommands(context: vscode.ExtensionContext, s: Services): void {
  for (const [command, status, verb] of COMMANDS) {
    context.subscriptions.push(s.command(command, async (arg?: unknown, multi?: unknown) => {
      const ids = await resolveTargets(s, arg, multi, verb);
      const changed = await s.progress.setStatus(ids, status);
      await announce(s, ids, status);
      return changed;
    }));
  }
  // Space on a row, like a click on its checkbox: learned, or back to not started when it was learned;
  // on a phase or group row, what Space does in any tree: open or close it.
  context.subscriptions.push(s.command('pythonRoadmap.toggleLearned', async (arg?: unknown, multi?: unknown) => {
    if (arg && typeof arg === 'object' && ((arg as { kind?: unknown }).kind === 'phase' || (arg as { kind?: unknown }).kind === 'group')) {
      await vscode.commands.executeCommand('list.toggleExpand');
      return [];
    }
    const ids = await resolveTargets(s, arg, multi, vscode.l10n.t('Toggle Learned'));
    const status: Status = ids.length && ids.every((id) => s.progress.status(id) === 'learned') ? 'none' : 'learned';
    const changed = await s.progress.setStatus(ids, status);
    await announce(s, ids, status);
    return changed;
  }));
}

/** Says what changed, in the status bar, so a mark from the keyboard on the wrong row is never silent. */
async function announce(s: Services, ids: readonly string[], status: Status): Promise<void> {
  if (!ids.length) return;
  const roadmap = await followedRoadmap(s.roadmaps);
  const names = ids.map((id) => findItem(roadmap, id)?.title ?? id);
  const text = names.length === 1 ? vscode.l10n.t('{0}: {1}', names[0]!, statusLabel(status)) : vscode.l10n.t('{0} skills: {1}', names.length, statusLabel(status));
  vscode.window.setStatusBarMessage(`$(check) ${text}`, 5000);
}

// Mark learned / learning / skipped, and reset one skill.
import vscode = require('vscode');
import type { Status } from '../core/progress';
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
      return s.progress.setStatus(ids, status);
    }));
  }
}

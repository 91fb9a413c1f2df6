// Mark learned / learning / skipped, and reset one skill.
import vscode = require('vscode');
import type { Status } from '../core/progress';
import type { Services } from '../services';
import { resolveTargets } from './targets';

const COMMANDS: [command: string, status: Status, verb: string][] = [
  ['pythonRoadmap.markLearned', 'learned', 'Mark as Learned'],
  ['pythonRoadmap.markLearning', 'learning', 'Mark as Learning'],
  ['pythonRoadmap.markSkipped', 'skipped', 'Mark as Skipped'],
  ['pythonRoadmap.resetSkill', 'none', 'Reset Skill'],
];

export function registerStatusCommands(context: vscode.ExtensionContext, s: Services): void {
  for (const [command, status, verb] of COMMANDS) {
    context.subscriptions.push(s.command(command, async (arg?: unknown, multi?: unknown) => {
      const ids = await resolveTargets(s, arg, multi, verb);
      return s.progress.setStatus(ids, status);
    }));
  }
}

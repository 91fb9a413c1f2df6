// The exercise commands: Start Exercise… and Check Exercise. What they do is in
// exercises/exercises.ts, a bundle file of its own (it runs Python), loaded on first use.
import vscode = require('vscode');
import type { Services } from '../services';
import type { Exercises } from './exercises';
import { exercising } from '../chunks';

/** The text Start Exercise wrote at `uri`, for a file in the exercises' folder that is one of an
 *  exercise's own files; undefined for any other file, without loading the exercises. */
export async function exerciseStarterText(uri: vscode.Uri, exercises: () => Exercises): Promise<string | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) return undefined;
  const dir = vscode.workspace.getConfiguration('pythonRoadmap.exercises').get<string>('folder', 'roadmap-exercises');
  const parts = dir.split(/[\\/]/).filter((p) => p && p !== '.' && p !== '..');
  const folder = vscode.Uri.joinPath(root, ...(parts.length ? parts : ['roadmap-exercises']));
  if (!uri.toString().startsWith(`${folder.toString()}/`)) return undefined;
  await exercising.ready();
  return exercises().shippedText(uri);
}

export function registerExerciseCommands(context: vscode.ExtensionContext, s: Services, exercises: () => Exercises): void {
  context.subscriptions.push(
    s.command('pythonRoadmap.startExercise', async (arg?: unknown, opts?: unknown) => {
      const id = await exercising().pickExercise(s, exercises(), arg, 'start');
      if (!id) return undefined;
      return exercises().start(id, { open: (opts as { open?: boolean } | undefined)?.open !== false });
    }),
    s.command('pythonRoadmap.checkExercise', async (arg?: unknown) => {
      const id = await exercising().pickExercise(s, exercises(), arg, 'check');
      if (!id) return undefined;
      const r = await exercises().check(id);
      exercising().tellCheck(r);
      return r;
    }),
  );
}

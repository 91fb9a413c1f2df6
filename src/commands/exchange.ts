// Export Progress… and Import Progress…: a `*.roadmap-progress.json` file with every record. An
// import shows what it would change and asks first; Undo puts back exactly what was there.
import vscode = require('vscode');
import type { Services } from '../services';
import type { SkillRecord } from '../core/progress';
import type { ImportPlan } from '../core/progressFile';
import { findItem } from '../core/roadmap';
import { progressFile } from '../chunks';

/** What the commands return (for tests and scripts): what happened, never a throw for bad input. */
export type ExchangeResult = { written: string; records: number } | { imported: number; plan: ImportPlan } | { error: string } | { cancelled: true };

/** `testHooks`: a test run may pass `{ uri }` (and `{ confirmed: true }` for Import); anywhere else
 *  the file comes from a dialog and the import asks, so a command link cannot write or change anything. */
export function registerExchangeCommands(context: vscode.ExtensionContext, s: Services, testHooks: boolean): void {
  const defaultUri = () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, 'python-roadmap.roadmap-progress.json') : undefined;
  };
  const fromArgs = (arg: unknown): { uri?: vscode.Uri; confirmed?: boolean } => {
    if (!testHooks || !arg || typeof arg !== 'object') return {};
    const a = arg as { uri?: unknown; confirmed?: unknown };
    return { ...(a.uri instanceof vscode.Uri ? { uri: a.uri } : typeof a.uri === 'string' ? { uri: vscode.Uri.parse(a.uri) } : {}), confirmed: a.confirmed === true };
  };

  context.subscriptions.push(
    s.command('pythonRoadmap.exportProgress', async (arg?: unknown): Promise<ExchangeResult> => {
      await s.store.initialize();
      const target = fromArgs(arg).uri ?? (await vscode.window.showSaveDialog({
        title: 'Export Python Roadmap Progress',
        saveLabel: 'Export',
        filters: { 'Python Roadmap progress': ['roadmap-progress.json'], JSON: ['json'] },
        ...(defaultUri() ? { defaultUri: defaultUri()! } : {}),
      }));
      if (!target) return { cancelled: true };
      const records = new Map<string, SkillRecord>();
      for (const id of s.store.storedIds()) {
        const r = s.store.record(id);
        if (r) records.set(id, r);
      }
      const text = progressFile().formatProgressFile(records);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      s.log.info(`exported ${records.size} records to ${target.toString(true)}`);
      if (!fromArgs(arg).uri) void vscode.window.showInformationMessage(`Python Roadmap: exported ${records.size} record${records.size === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}.`);
      return { written: target.toString(), records: records.size };
    }),

    s.command('pythonRoadmap.importProgress', async (arg?: unknown): Promise<ExchangeResult> => {
      await s.store.initialize();
      const args = fromArgs(arg);
      const source = args.uri ?? (await vscode.window.showOpenDialog({
        title: 'Import Python Roadmap Progress',
        openLabel: 'Preview Import',
        canSelectMany: false,
        filters: { 'Python Roadmap progress': ['json'] },
      }))?.[0];
      if (!source) return { cancelled: true };
      const name = vscode.workspace.asRelativePath(source);
      const fail = (error: string): ExchangeResult => {
        s.log.warn(error);
        if (!args.uri) void vscode.window.showErrorMessage(`Python Roadmap could not import ${error}`, 'Show Log').then((c) => c && s.log.show());
        return { error };
      };
      const pf = progressFile();
      let text: string;
      try {
        const { size } = await vscode.workspace.fs.stat(source);
        if (size > pf.PROGRESS_FILE_LIMIT) return fail(`${name}: the file is ${(size / 1e6).toFixed(1)} MB; a progress export is at most ${pf.PROGRESS_FILE_LIMIT / 1024 / 1024} MB. Nothing was imported.`);
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      } catch (e) {
        return fail(`${name}: the file could not be read (${e instanceof Error ? e.message : String(e)}). Nothing was imported.`);
      }
      const parsed = pf.parseProgressFile(text, name);
      if ('error' in parsed) return fail(parsed.error);
      const known = (id: string) => { try { return !!findItem(s.roadmap(), id); } catch { return false; } };
      const plan = pf.planImport(parsed.file, (id) => s.store.record(id), known);
      const summary = pf.describePlan(plan);
      if (!plan.writes.length) {
        if (!args.uri) void vscode.window.showInformationMessage(`Python Roadmap: ${name} holds nothing new (${summary}).`);
        return { imported: 0, plan };
      }
      if (!args.confirmed) {
        const examples = (label: string, items: readonly { id: string }[]) => (items.length ? `${label}: ${items.slice(0, 6).map((x) => x.id).join(', ')}${items.length > 6 ? ', …' : ''}` : '');
        const detail = [
          `${summary}.`,
          examples('Added', plan.added), examples('Newer in the file', plan.newer), examples('Both notes kept', plan.conflicts),
          parsed.file.migrated.length ? `Renamed skills followed: ${parsed.file.migrated.map((m) => `${m.from} → ${m.to}`).join(', ')}` : '',
          'Each skill keeps its latest change. You can undo the import right after.',
        ].filter(Boolean).join('\n');
        const answer = await vscode.window.showInformationMessage(`Import ${plan.writes.length} record${plan.writes.length === 1 ? '' : 's'} from ${name}?`, { modal: true, detail }, 'Import');
        if (answer !== 'Import') return { cancelled: true };
      }
      const before = s.store.snapshot(plan.writes.map((w) => w.id));
      await s.store.restore(new Map(plan.writes.map((w) => [w.id, w.result])), true);
      s.log.info(`imported ${plan.writes.length} records from ${source.toString(true)} (${summary})`);
      if (!args.uri) {
        void vscode.window.showInformationMessage(`Python Roadmap: imported ${plan.writes.length} record${plan.writes.length === 1 ? '' : 's'} from ${name}.`, 'Undo')
          .then(async (choice) => { if (choice === 'Undo') await s.store.restore(before, true); });
      }
      lastImportUndo = () => s.store.restore(before, true);
      return { imported: plan.writes.length, plan };
    }),

    s.command('pythonRoadmap.undoImport', async () => {
      const undo = lastImportUndo;
      lastImportUndo = undefined;
      if (!undo) return false;
      await undo();
      return true;
    }),
  );
}

let lastImportUndo: (() => Promise<void>) | undefined;

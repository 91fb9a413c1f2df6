// Export Progress… and Import Progress…: a `*.roadmap-progress.json` file with every record and
// its history. An import shows what it would change on a page and waits for Import; Undo puts
// back exactly what was there. In the pages chunk (loaded on first use); commands/exchangeCommands.ts
// registers the commands at activation.
import vscode = require('vscode');
import type { Services } from '../services';
import type { SkillRecord } from '../core/progress';
import type { ImportPlan } from '../core/progressFile';
import type { HistoryEvent } from '../core/journal';
import type { Snapshot } from '../core/journalStore';
import type { PageExtras } from '../core/pages';
import { findItem } from '../core/roadmap';
import { progressFile } from '../chunks';
import { writeInWorkspace } from '../platform/workspaceFiles';

export type ExchangeCommand = 'pythonRoadmap.exportProgress' | 'pythonRoadmap.importProgress' | 'pythonRoadmap.undoImport';

/** What the commands return (for tests and scripts): what happened, never a throw for bad input. */
export type ExchangeResult = { written: string; records: number } | { imported: number; plan: ImportPlan } | { previewing: true; plan: ImportPlan } | { error: string } | { cancelled: true };

/** `testHooks`: a test run may pass `{ uri }` (and `{ confirmed: true }` for Import); anywhere else
 *  the file comes from a dialog and the import asks, so a command link cannot write or change anything. */
export function exchangeCommands(s: Services, session: ImportSession, testHooks: boolean): Record<ExchangeCommand, (arg?: unknown) => Promise<unknown>> {
  const defaultUri = () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, 'python-roadmap.roadmap-progress.json') : undefined;
  };
  const fromArgs = (arg: unknown): { uri?: vscode.Uri; confirmed?: boolean } => {
    if (!testHooks || !arg || typeof arg !== 'object') return {};
    const a = arg as { uri?: unknown; confirmed?: unknown };
    return { ...(a.uri instanceof vscode.Uri ? { uri: a.uri } : typeof a.uri === 'string' ? { uri: vscode.Uri.parse(a.uri) } : {}), confirmed: a.confirmed === true };
  };

  return {
    'pythonRoadmap.exportProgress': async (arg?: unknown): Promise<ExchangeResult> => {
      await s.store.initialize();
      const target = fromArgs(arg).uri ?? (await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Python Roadmap Progress'),
        saveLabel: vscode.l10n.t('Export'),
        filters: { [vscode.l10n.t('Python Roadmap progress')]: ['roadmap-progress.json'], JSON: ['json'] },
        ...(defaultUri() ? { defaultUri: defaultUri()! } : {}),
      }));
      if (!target) return { cancelled: true };
      const records = new Map<string, SkillRecord>();
      for (const id of s.store.storedIds()) {
        const r = s.store.record(id);
        if (r) records.set(id, r);
      }
      const text = progressFile().formatProgressFile(records, new Date(), s.store.history());
      await writeInWorkspace(target, text);
      s.log.info(`exported ${records.size} records to ${target.toString(true)}`);
      if (!fromArgs(arg).uri) void vscode.window.showInformationMessage(records.size === 1
        ? vscode.l10n.t('Python Roadmap: exported 1 record to {0}.', vscode.workspace.asRelativePath(target))
        : vscode.l10n.t('Python Roadmap: exported {0} records to {1}.', records.size, vscode.workspace.asRelativePath(target)));
      return { written: target.toString(), records: records.size };
    },

    'pythonRoadmap.importProgress': async (arg?: unknown): Promise<ExchangeResult> => {
      await s.store.initialize();
      const args = fromArgs(arg);
      const source = args.uri ?? (await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import Python Roadmap Progress'),
        openLabel: vscode.l10n.t('Preview Import'),
        canSelectMany: false,
        filters: { [vscode.l10n.t('Python Roadmap progress')]: ['json'] },
      }))?.[0];
      if (!source) return { cancelled: true };
      const name = vscode.workspace.asRelativePath(source);
      const fail = (error: string): ExchangeResult => {
        s.log.warn(error);
        const showLog = vscode.l10n.t('Show Log');
        if (!args.uri) void vscode.window.showErrorMessage(vscode.l10n.t('Python Roadmap could not import {0}', error), showLog).then((c) => c === showLog && s.log.show());
        return { error };
      };
      const pf = progressFile();
      let text: string;
      try {
        const { size } = await vscode.workspace.fs.stat(source);
        if (size > pf.PROGRESS_FILE_LIMIT) return fail(vscode.l10n.t('{0}: the file is {1} MB; a progress export is at most {2} MB. Nothing was imported.', name, (size / 1e6).toFixed(1), pf.PROGRESS_FILE_LIMIT / 1024 / 1024));
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      } catch (e) {
        return fail(vscode.l10n.t('{0}: the file could not be read ({1}). Nothing was imported.', name, e instanceof Error ? e.message : String(e)));
      }
      const parsed = pf.parseProgressFile(text, name);
      if ('error' in parsed) return fail(parsed.error);
      // Known: an item of any roadmap loaded, under that roadmap's namespace.
      await s.roadmaps.ready();
      const known = (id: string) => s.roadmaps.all.some((r) => id.startsWith(r.namespace) && (r.namespace || !id.includes(':')) && !!findItem(r.roadmap, id.slice(r.namespace.length)));
      const here = new Set(s.store.history().map(eventKey));
      const plan = pf.planImport(parsed.file, (id) => s.store.record(id), known, (e) => here.has(eventKey(e)));
      const summary = pf.describePlan(plan);
      if (!plan.writes.length && !plan.history.length) {
        if (!args.uri) void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: {0} holds nothing new ({1}).', name, summary));
        return { imported: 0, plan };
      }
      const replan = () => {
        const now = new Set(s.store.history().map(eventKey));
        return pf.planImport(parsed.file, (id) => s.store.record(id), known, (e) => now.has(eventKey(e)));
      };
      session.open({ file: name, source, plan, replan, migrated: parsed.file.migrated, state: 'pending' });
      if (args.confirmed) return session.confirm();
      s.panel.show({ kind: 'import' });
      return { previewing: true, plan };
    },

    'pythonRoadmap.undoImport': async () => (await session.undo()) !== undefined,
  };
}

const eventKey = (e: HistoryEvent) => `${e.id}\u0000${e.status}\u0000${e.at}`;

interface Pending {
  readonly file: string;
  readonly source: vscode.Uri;
  plan: ImportPlan;
  /** The plan again, against the records as they are when Import is pressed. */
  readonly replan: () => ImportPlan;
  readonly migrated: readonly { from: string; to: string }[];
  state: 'pending' | 'imported' | 'undone' | 'cancelled';
  before?: Snapshot;
  imp?: string;
}

/** The import shown on the preview page: waiting for Import or Cancel, then done (and undoable). */
export class ImportSession {
  private current: Pending | undefined;
  constructor(private readonly s: Pick<Services, 'store' | 'log'>, private readonly changed: () => void) {}

  /** What the preview page shows. */
  model(): PageExtras['pendingImport'] {
    const c = this.current;
    return c && { file: c.file, summary: progressFile().describePlan(c.plan), plan: c.plan, migrated: c.migrated, state: c.state };
  }

  open(p: Pending): void {
    this.current = p;
    this.changed();
  }

  /** Imports what the preview shows: each skill by its last change, its history too. */
  async confirm(): Promise<ExchangeResult> {
    const c = this.current;
    if (!c || c.state !== 'pending') return { cancelled: true };
    const plan = (c.plan = c.replan());
    c.imp = `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    c.before = this.s.store.snapshot(plan.writes.map((w) => w.id));
    await this.s.store.restore(new Map(plan.writes.map((w) => [w.id, w.result])), true);
    const added = await this.s.store.addHistory(plan.history, c.imp);
    c.state = 'imported';
    this.changed();
    this.s.log.info(`imported ${plan.writes.length} records and ${added} history entries from ${c.source.toString(true)} (${progressFile().describePlan(plan)})`);
    const undo = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(plan.writes.length === 1
      ? vscode.l10n.t('Python Roadmap: imported 1 record from {0}.', c.file)
      : vscode.l10n.t('Python Roadmap: imported {0} records from {1}.', plan.writes.length, c.file), undo)
      .then((choice) => { if (choice === undo) void this.undo(); });
    return { imported: plan.writes.length, plan };
  }

  cancel(): void {
    if (this.current?.state === 'pending') {
      this.current.state = 'cancelled';
      this.changed();
    }
  }

  /** Puts back exactly what was there before the import, and takes its history out again. */
  async undo(): Promise<string | undefined> {
    const c = this.current;
    if (!c || c.state !== 'imported' || !c.before || !c.imp) return undefined;
    c.state = 'undone';
    await this.s.store.dropImport(c.imp);
    await this.s.store.restore(c.before, true);
    this.changed();
    this.s.log.info(`import of ${c.file} undone`);
    return c.file;
  }
}



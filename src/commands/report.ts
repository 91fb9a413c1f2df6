// The commands of the portfolio report (Markdown + SVG badge, written into the workspace, shown on
// a page with Copy and Save) and of the whole roadmap as one Markdown document. In the pages chunk,
// loaded on first use, with commands/portfolio.ts; commands/reportCommands.ts registers them.
import vscode = require('vscode');
import type { Services } from '../services';
import { reporting } from '../chunks';
import { followedRoadmap } from '../roadmaps/roadmaps';
import { writeInWorkspace } from '../platform/workspaceFiles';
import type { PortfolioReport, ReportResult } from './portfolio';

export type ReportCommand = 'pythonRoadmap.createReport' | 'pythonRoadmap.openReport' | 'pythonRoadmap.exportRoadmap';

export function reportCommands(s: Services, reportOf: () => PortfolioReport, testHooks: boolean): Record<ReportCommand, (arg?: unknown) => Promise<unknown>> {
  const report = { open: () => reportOf().open(), save: (f?: vscode.Uri) => reportOf().save(f), setIncludeNotes: (on: boolean) => reportOf().setIncludeNotes(on) };
  const uriArg = (arg: unknown): vscode.Uri | undefined => {
    if (!testHooks || !arg || typeof arg !== 'object') return undefined;
    const u = (arg as { uri?: unknown }).uri;
    return u instanceof vscode.Uri ? u : typeof u === 'string' ? vscode.Uri.parse(u) : undefined;
  };
  return {
    'pythonRoadmap.createReport': async (arg?: unknown): Promise<ReportResult> => {
      const given = uriArg(arg);
      if (testHooks && arg && typeof arg === 'object' && typeof (arg as { includeNotes?: unknown }).includeNotes === 'boolean') report.setIncludeNotes((arg as { includeNotes: boolean }).includeNotes);
      let folder = given;
      if (!folder) {
        const roots = vscode.workspace.workspaceFolders ?? [];
        const dir = vscode.workspace.getConfiguration('pythonRoadmap').get<string>('report.folder', 'docs');
        type Pick = vscode.QuickPickItem & { uri?: vscode.Uri; choose?: true };
        const picks: Pick[] = [
          ...roots.flatMap((r) => [
            { label: `$(file-directory) ${roots.length > 1 ? `${r.name}/` : ''}${dir}/`, description: vscode.l10n.t('for a project README or docs site'), uri: vscode.Uri.joinPath(r.uri, ...dir.split('/').filter((p) => p && p !== '..')) },
            { label: `$(root-folder) ${roots.length > 1 ? r.name : vscode.l10n.t('the workspace root')}`, description: vscode.l10n.t('for a GitHub profile repository (README next to it)'), uri: r.uri },
          ]),
          { label: `$(folder-opened) ${vscode.l10n.t('Choose a folder…')}`, choose: true },
        ];
        const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Create Portfolio Report: where should python-roadmap.md and its badge go?'), placeHolder: vscode.l10n.t('The report and badge are written there and shown on a page') });
        if (!pick) return { cancelled: true };
        folder = pick.uri ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Save Report Here'), ...(roots[0] ? { defaultUri: roots[0].uri } : {}) }))?.[0];
        if (!folder) return { cancelled: true };
      }
      const result = await report.save(folder);
      if (!given) await report.open();
      return result;
    },
    'pythonRoadmap.openReport': async () => report.open(),
    'pythonRoadmap.exportRoadmap': async (arg?: unknown): Promise<ReportResult> => {
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = uriArg(arg) ?? (await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Save the Whole Roadmap as Markdown'), saveLabel: vscode.l10n.t('Save'), filters: { Markdown: ['md'] },
        ...(root ? { defaultUri: vscode.Uri.joinPath(root, 'python-roadmap-full.md') } : {}),
      }));
      if (!target) return { cancelled: true };
      await s.store.initialize();
      const text = reporting().roadmapDocument(await followedRoadmap(s.roadmaps), (id) => s.progress.status(id));
      await writeInWorkspace(target, text);
      s.log.info(`whole roadmap written to ${target.toString(true)} (${text.length} characters)`);
      if (!uriArg(arg)) await vscode.commands.executeCommand('markdown.showPreview', target).then(undefined, () => vscode.window.showTextDocument(target));
      return { written: target.toString() };
    },
  };
}

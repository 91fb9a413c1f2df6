// The portfolio report page's state and its files, and the whole roadmap as Markdown: a bundle
// file of its own (esbuild CHUNKS, report.js) loaded the first time either is asked for.
import vscode = require('vscode');
import type { Services } from '../services';
import type { ReportPage } from '../core/pages';
import type { Evidence } from '../core/progress';
import { portfolioReport, badgeSvg, badgePhases, badgeSnippet, roadmapDocument } from '../core/report';
import { localDate } from '../core/evidence';
import { inPortfolio, needsOwnerCheck } from '../core/ownership';
import type { Owner } from '../core/ownership';
import { followedRoadmap } from '../roadmaps/roadmaps';
import { createFolderInWorkspace, writeInWorkspace } from '../platform/workspaceFiles';

export { roadmapDocument };
export const REPORT_NAME = 'python-roadmap.md';
export const BADGE_NAME = 'python-roadmap-badge.svg';

/** What a command returns (for tests and scripts). */
export type ReportResult = { report: string; badge: string; linked: number } | { written: string } | { cancelled: true } | { error: string };

const posixRelative = (from: string, to: string): string => {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
};

const placeKey = (e: Evidence) => `${e.path}\u0000${e.line}\u0000${e.cell ?? ''}`;

/** Holds the report the page shows and where Save writes it. */
export class PortfolioReport {
  private folder: vscode.Uri | undefined;
  private saved: ReportPage['saved'];
  private includeNotes = vscode.workspace.getConfiguration('pythonRoadmap').get<boolean>('report.includeNotes', false);
  /** Evidence paths found in the workspace, by folder: only those become links. */
  private present = new Map<string, string>();
  /** Whose code places recorded before that was kept are now (asked when the report is made). */
  private owners = new Map<string, Owner>();
  private opened = false;

  constructor(private readonly s: Services) {}

  /** The page's model; undefined until the command ran in this window. */
  model(): Omit<ReportPage, 'kind'> | undefined {
    if (!this.opened) return undefined;
    const roadmap = this.s.roadmaps.active?.roadmap;
    if (!roadmap) return undefined;
    const folder = this.folder ?? this.defaultFolder();
    const dir = folder ? vscode.workspace.asRelativePath(folder, false) : '';
    const root = folder && vscode.workspace.getWorkspaceFolder(folder);
    const reportDir = root && folder ? posixRelative(root.uri.path, folder.path) : '';
    const linkOf = (e: Evidence): string | undefined => {
      if (!root || this.present.get(`${root.uri.toString()}|${e.path}`) !== 'yes') return undefined;
      const rel = posixRelative(reportDir === '.' ? '' : reportDir, e.path);
      return `${rel.split('/').map(encodeURIComponent).join('/')}${e.cell === undefined ? `#L${e.line}` : ''}`;
    };
    // A document for employers: only places that are the learner's own code (issue 24).
    const isOwn = (e: Evidence) => inPortfolio(e, this.owners.get(placeKey(e)));
    const report = portfolioReport(roadmap, (id) => this.s.progress.record(id), { includeNotes: this.includeNotes, linkOf, isOwn, badge: BADGE_NAME, date: localDate() });
    const badge = badgeSvg(badgePhases(roadmap, (id) => this.s.progress.status(id)), report.level ? { level: report.level } : {});
    return {
      markdown: report.markdown, badge, snippet: badgeSnippet(`${dir && dir !== '.' ? `${dir}/` : ''}${BADGE_NAME}`, `${dir && dir !== '.' ? `${dir}/` : ''}${REPORT_NAME}`),
      includeNotes: this.includeNotes, learned: report.learned, total: report.total, ...(report.level ? { level: report.level } : {}), linked: report.linked,
      ...(this.saved ? { saved: this.saved } : {}),
      target: folder ? vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder, REPORT_NAME)) : vscode.l10n.t('no folder is open: Save asks where'),
      canSave: true,
    };
  }

  private defaultFolder(): vscode.Uri | undefined {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const dir = vscode.workspace.getConfiguration('pythonRoadmap').get<string>('report.folder', 'docs').trim();
    if (!root) return undefined;
    const safe = dir.split(/[\\/]/).filter((p) => p && p !== '.' && p !== '..');
    return safe.length ? vscode.Uri.joinPath(root, ...safe) : root;
  }

  /** Opens the page (checking which evidence lives in this workspace first). */
  async open(): Promise<void> {
    this.opened = true;
    await followedRoadmap(this.s.roadmaps);
    await this.s.store.initialize();
    await this.checkEvidence();
    this.s.panel.show({ kind: 'report' });
    this.s.panel.refresh();
  }

  /** A report page restored by a window reload: the report again, made now (a reload forgot it), with
   *  its evidence links once the workspace has been checked. */
  async restore(): Promise<void> {
    this.opened = true;
    try {
      await followedRoadmap(this.s.roadmaps);
      await this.s.store.initialize();
      this.s.panel.refresh();
      await this.checkEvidence();
    } catch (e) {
      this.s.log.error(`the restored report page could not be made again: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.s.panel.refresh();
  }

  setIncludeNotes(on: boolean): void {
    this.includeNotes = on;
    this.s.panel.refresh();
  }

  /** Writes the report and the badge into `folder` (the default, or the one picked before). */
  async save(folder = this.folder ?? this.defaultFolder()): Promise<ReportResult> {
    if (!folder) {
      const picked = await vscode.window.showSaveDialog({ title: vscode.l10n.t('Save Portfolio Report'), saveLabel: vscode.l10n.t('Save Report'), filters: { Markdown: ['md'] } });
      if (!picked) return { cancelled: true };
      folder = vscode.Uri.joinPath(picked, '..');
    }
    const before = this.folder;
    this.folder = folder;
    this.opened = true;
    await followedRoadmap(this.s.roadmaps);
    await this.s.store.initialize();
    await this.checkEvidence();
    const model = this.model()!;
    const report = vscode.Uri.joinPath(folder, REPORT_NAME);
    const badge = vscode.Uri.joinPath(folder, BADGE_NAME);
    try {
      await createFolderInWorkspace(folder);
      await writeInWorkspace(report, model.markdown);
      await writeInWorkspace(badge, model.badge);
    } catch (e) {
      this.folder = before; // a folder that could not be written is not where Save goes next
      throw e;
    }
    this.saved = { report: vscode.workspace.asRelativePath(report), badge: vscode.workspace.asRelativePath(badge) };
    this.s.log.info(`portfolio report written to ${report.toString(true)} (${model.learned} learned, ${model.linked} evidence links)`);
    this.s.panel.refresh();
    return { report: report.toString(), badge: badge.toString(), linked: model.linked };
  }

  async copy(what: 'markdown' | 'snippet'): Promise<void> {
    const m = this.model();
    if (!m) return;
    await vscode.env.clipboard.writeText(what === 'markdown' ? m.markdown : m.snippet);
    void vscode.window.setStatusBarMessage(what === 'markdown' ? 'Python Roadmap: report copied' : 'Python Roadmap: badge snippet copied', 3000);
  }

  private async checkEvidence(): Promise<void> {
    const present = new Map<string, string>();
    const where = new Map<string, vscode.Uri>();
    const paths = new Set(this.s.store.storedIds().flatMap((id) => (this.s.progress.record(id)?.evidence ?? []).map((e) => e.path)));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const p of paths) {
        if (p.startsWith('/') || /^[a-z][\w+.-]*:/i.test(p) || p.split('/').includes('..')) continue;
        const uri = vscode.Uri.joinPath(folder.uri, ...p.split('/'));
        const ok = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
        if (ok) {
          present.set(`${folder.uri.toString()}|${p}`, 'yes');
          if (!where.has(p)) where.set(p, uri);
        }
      }
    }
    this.present = present;
    // Places of learned skills recorded before whose code they were was kept: asked again now
    // (Git's blame, cached per file); a place not found here stays not known, so not listed.
    const owners = new Map<string, Owner>();
    for (const id of this.s.store.storedIds()) {
      const r = this.s.progress.record(id);
      if (r?.status !== 'learned') continue;
      for (const e of r.evidence ?? []) {
        const uri = needsOwnerCheck(e) ? where.get(e.path) : undefined;
        if (uri && !owners.has(placeKey(e))) owners.set(placeKey(e), await this.s.ownership.ofPlace(uri, e.line, e.cell));
      }
    }
    this.owners = owners;
  }
}


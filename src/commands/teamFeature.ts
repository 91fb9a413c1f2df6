// What the team commands do (commands/team.ts registers them), in the pages' bundle file: reading
// the member files for the team page, and writing the member's own file.
import vscode = require('vscode');
import type { Services } from '../services';
import type { MemberFile, TeamModel } from '../core/team';
import { formatTeamFile, memberFileName, parseTeamFile, teamModel, TEAM_DIR, TEAM_FILE_LIMIT } from '../core/team';
import { allSkills } from '../core/roadmap';
import { followedRoadmap } from '../roadmaps/roadmaps';
import { writeInWorkspace } from '../platform/workspaceFiles';

const SECTION = 'pythonRoadmap.team';
const MAX_FILES = 200;

export type ShareResult = { written: string; skills: number } | { cancelled: true };

/** The member files of the workspace, read when the team page asks and when one changes. */
export class Team implements vscode.Disposable {
  private files: ({ file: string; member: MemberFile } | { file: string; error: string })[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private reading: Promise<void> | undefined;
  private watching = false;

  /** `showing`: whether the team page is on screen (then the files are also listed every 10 s, a
   *  backstop for watchers that miss a change, as after some `git pull`s). */
  constructor(private readonly s: Pick<Services, 'roadmaps' | 'log'>, private readonly changed: () => void, private readonly showing: () => boolean = () => false) {}

  /** The page's model for the roadmap followed; undefined before the first read. */
  model(): (TeamModel & { dir: string }) | undefined {
    const roadmap = this.s.roadmaps.active?.roadmap;
    if (!roadmap || !this.reading) return undefined;
    return { ...teamModel(roadmap, this.files), dir: TEAM_DIR };
  }

  /** Reads every member file (once per change); the page shows what it found. */
  read(): Promise<void> {
    this.watch();
    this.reading = this.readAll();
    return this.reading;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const w = vscode.workspace.createFileSystemWatcher(`**/${TEAM_DIR}/*.json`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const again = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.read().then(this.changed), 300);
    };
    const poll = setInterval(() => {
      if (!this.showing()) return;
      const before = JSON.stringify(this.files.map((f) => ('member' in f ? [f.file, f.member.updated, [...f.member.skills]] : [f.file, f.error])));
      void this.read().then(() => {
        if (JSON.stringify(this.files.map((f) => ('member' in f ? [f.file, f.member.updated, [...f.member.skills]] : [f.file, f.error]))) !== before) this.changed();
      });
    }, 10_000);
    this.disposables.push(w, w.onDidCreate(again), w.onDidChange(again), w.onDidDelete(again), { dispose: () => { clearTimeout(timer); clearInterval(poll); } });
  }

  private async readAll(): Promise<void> {
    const found = (await vscode.workspace.findFiles(`${TEAM_DIR}/*.json`, undefined, MAX_FILES)).sort((a, b) => a.toString().localeCompare(b.toString()));
    const files: typeof this.files = [];
    for (const uri of found) {
      const file = vscode.workspace.asRelativePath(uri);
      try {
        const { size } = await vscode.workspace.fs.stat(uri);
        if (size > TEAM_FILE_LIMIT) {
          files.push({ file, error: vscode.l10n.t('{0}: {1} MB, over the 1 MB a member file may have', file, (size / 1e6).toFixed(1)) });
          continue;
        }
        const r = parseTeamFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), file);
        files.push('file' in r ? { file, member: r.file } : { file, error: r.error });
      } catch (e) {
        files.push({ file, error: vscode.l10n.t('{0}: could not be read ({1})', file, e instanceof Error ? e.message : String(e)) });
      }
    }
    for (const f of files) if ('error' in f) this.s.log.warn(`team: ${f.error}; skipped`);
    this.files = files;
  }
}

/** The member's name: the setting, else Git's user.name (through VS Code's Git extension), else asked. */
async function memberName(ask: boolean): Promise<string | undefined> {
  const set = vscode.workspace.getConfiguration(SECTION).get<string>('name', '').trim();
  if (set) return set;
  let fromGit: string | undefined;
  try {
    // The Git extension's public API (an outside boundary: it may be disabled or absent).
    const git = vscode.extensions.getExtension<{ getAPI(v: 1): { repositories: { getConfig(k: string): Promise<string> }[] } }>('vscode.git');
    const api = git?.isActive ? git.exports.getAPI(1) : undefined;
    fromGit = (await api?.repositories[0]?.getConfig('user.name'))?.trim() || undefined;
  } catch {
    fromGit = undefined;
  }
  if (!ask) return fromGit;
  return (await vscode.window.showInputBox({
    title: vscode.l10n.t('Share My Progress with the Team'), prompt: vscode.l10n.t('Your name as the team sees it (set pythonRoadmap.team.name to skip this)'), value: fromGit ?? '',
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed for the file name')),
  }))?.trim() || undefined;
}

/** Share My Progress with the Team: writes the member's own file, and nothing else. `hook`: a test
 *  run's name and confirmation (never from anywhere else: see registerTeamCommands). */
export async function shareProgress(s: Services, team: Team, hook: { name?: unknown; confirmed?: unknown }): Promise<ShareResult> {
  const roadmap = await followedRoadmap(s.roadmaps);
  await s.progress.initialize();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(vscode.l10n.t('open the team\'s repository first: the file goes into its .roadmap/team folder.'));
  const name = typeof hook.name === 'string' ? hook.name : await memberName(true);
  if (!name) return { cancelled: true };
  const withNotes = vscode.workspace.getConfiguration(SECTION).get<boolean>('shareNotes', false);
  const items = allSkills(roadmap);
  const statuses = items.map((i) => [i.id, s.progress.status(i.id)] as const);
  const notes = withNotes ? new Map(items.flatMap((i) => { const n = s.progress.note(i.id); return n ? [[i.id, n] as const] : []; })) : undefined;
  const shared = statuses.filter(([, st]) => st !== 'none').length;
  const uri = vscode.Uri.joinPath(folder.uri, ...TEAM_DIR.split('/'), memberFileName(name));
  const rel = vscode.workspace.asRelativePath(uri);
  if (hook.confirmed !== true) {
    const write = vscode.l10n.t('Write File');
    const ok = await vscode.window.showInformationMessage(vscode.l10n.t('Write {0}?', rel), {
      modal: true,
      detail: `${withNotes ? vscode.l10n.t('The statuses of your {0} marked items in "{1}", and your notes.', shared, roadmap.title) : vscode.l10n.t('The statuses of your {0} marked items in "{1}" (no notes, no places in your code).', shared, roadmap.title)} ${vscode.l10n.t('Nothing else is written and nothing is sent: commit the file yourself to share it.')}`,
    }, write);
    if (ok !== write) return { cancelled: true };
  }
  await writeInWorkspace(uri, formatTeamFile(name, roadmap.id, statuses, new Date(), notes));
  s.log.info(`team: wrote ${uri.toString(true)} (${shared} statuses${withNotes ? ' and notes' : ''})`);
  await team.read();
  s.panel.show({ kind: 'team' });
  if (hook.confirmed !== true) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: wrote {0}. Commit it to share your progress with the team.', rel), vscode.l10n.t('Open File')).then((c) => { if (c) void vscode.window.showTextDocument(uri); });
  }
  return { written: uri.toString(), skills: shared };
}

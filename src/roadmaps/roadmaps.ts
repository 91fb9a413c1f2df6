// Every roadmap the extension knows, loaded once and held as values: the shipped one, the files a
// user setting lists, and roadmap files in the workspace (trusted workspaces only). One of them is
// the active one; the tree, pages, palette and overview follow it. A file that fails to load is
// reported once (log, and the Problems panel at the exact line for files the user can edit) and is
// then simply absent. Files go through vscode.workspace.fs; a saved file is read again.
import vscode = require('vscode');
import { allSkills } from '../core/roadmap';
import type { Roadmap, RoadmapIssue } from '../core/roadmap';
import type { RoadmapError } from '../core/roadmap';
import { roadmapParser } from '../chunks';
import { readExtensionText, readTranslation } from '../extensionFiles';
import type { Log } from '../log';

export type Origin = 'builtin' | 'user' | 'workspace';

export interface LoadedRoadmap {
  /** 'builtin', or the file's URI. */
  readonly key: string;
  readonly origin: Origin;
  readonly uri: vscode.Uri;
  readonly roadmap: Roadmap;
  /** What this roadmap's progress ids start with: '' for the shipped roadmap, '<id>:' for others. */
  readonly namespace: string;
  /** A detection (a shipped skill id) → this roadmap's items it counts for. */
  readonly detects: ReadonlyMap<string, readonly string[]>;
}

export interface FailedRoadmap {
  readonly key: string;
  readonly origin: Origin;
  readonly uri: vscode.Uri;
  readonly message: string;
}

export const BUILTIN = 'builtin';
const ACTIVE_KEY = 'pythonRoadmap.activeRoadmap';
/** Workspace roadmap files: `*.roadmap.json` anywhere, or `.vscode/roadmap.json`. */
export const WORKSPACE_GLOB = '{**/*.roadmap.json,.vscode/roadmap.json}';
const MAX_WORKSPACE_FILES = 50;
/** A custom roadmap file larger than this is refused before it is read: parsing and checking one
 *  of many megabytes blocks the extension host for seconds. The shipped roadmap is under 200 KB.
 *  (Documented with the settings, in package.nls.json.) */
export const MAX_ROADMAP_BYTES = 4 * 1024 * 1024;

/** The ids a custom skill's `detects` may name: the shipped roadmap's. */
function detectionIndex(roadmap: Roadmap, builtin: boolean): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const item of allSkills(roadmap)) {
    const ids = builtin ? [item.id] : item.kind === 'skill' ? [...((item.source as { detects?: readonly string[] }).detects ?? [])] : [];
    for (const d of ids) {
      const list = index.get(d) ?? [];
      list.push(item.id);
      index.set(d, list);
    }
  }
  return index;
}

export class Roadmaps implements vscode.Disposable {
  private loadedList: LoadedRoadmap[] = [];
  private failedList: FailedRoadmap[] = [];
  private activeKey: string;
  private loading: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('pythonRoadmap');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** Workspace roadmap files left unread because the folder is not trusted. */
  private ignored = 0;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: Log) {
    this.activeKey = context.workspaceState.get<string>(ACTIVE_KEY) ?? BUILTIN;
  }

  /** Every roadmap that loaded, the shipped one first. */
  get all(): readonly LoadedRoadmap[] {
    return this.loadedList;
  }

  get failed(): readonly FailedRoadmap[] {
    return this.failedList;
  }

  /** The roadmap being followed; undefined until loaded, or when none loads (reported already). */
  get active(): LoadedRoadmap | undefined {
    return this.loadedList.find((r) => r.key === this.activeKey) ?? this.loadedList.find((r) => r.key === BUILTIN) ?? this.loadedList[0];
  }

  /** Workspace roadmap files not read because the workspace is not trusted. */
  get ignoredForTrust(): number {
    return this.ignored;
  }

  /** Loads every roadmap once (later calls wait for the same load) and watches for changes. */
  ready(): Promise<void> {
    if (!this.loading) {
      this.loading = this.loadAll();
      this.watch();
    }
    return this.loading;
  }

  /** Follows another roadmap; false when there is no such roadmap loaded. */
  async select(key: string): Promise<boolean> {
    await this.ready();
    if (!this.loadedList.some((r) => r.key === key)) return false;
    if (this.active?.key === key) return true;
    this.activeKey = key;
    await this.context.workspaceState.update(ACTIVE_KEY, key);
    this.log.info(`following the roadmap ${this.active?.roadmap.title} (${key})`);
    this.publish();
    return true;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  // -------------------------------------------------------------------------------------------

  private async loadAll(): Promise<void> {
    const loaded: LoadedRoadmap[] = [];
    const failed: FailedRoadmap[] = [];
    const builtin = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'roadmap.json');
    const shipped = await this.read(BUILTIN, 'builtin', builtin, undefined);
    if ('roadmap' in shipped) loaded.push(shipped.roadmap);
    else failed.push(shipped.failed);
    const detections = 'roadmap' in shipped ? new Set(allSkills(shipped.roadmap.roadmap).map((i) => i.id)) : undefined;
    for (const [origin, uri] of await this.customFiles()) {
      const r = await this.read(uri.toString(), origin, uri, detections);
      if ('failed' in r) {
        failed.push(r.failed);
        continue;
      }
      const clash = loaded.find((x) => x.namespace === r.roadmap.namespace || x.key === r.roadmap.key);
      if (clash) {
        const message = clash.origin === 'builtin'
          ? vscode.l10n.t('{0}: its id "{1}" is already used by the shipped roadmap; give it an id of its own (progress is kept by id)', vscode.workspace.asRelativePath(uri), r.roadmap.roadmap.id)
          : vscode.l10n.t('{0}: its id "{1}" is already used by {2}; give it an id of its own (progress is kept by id)', vscode.workspace.asRelativePath(uri), r.roadmap.roadmap.id, vscode.workspace.asRelativePath(clash.uri));
        this.log.warn(message);
        failed.push({ key: r.roadmap.key, origin, uri, message });
        continue;
      }
      loaded.push(r.roadmap);
    }
    this.loadedList = loaded;
    this.failedList = failed;
    // A file gone (deleted, or out of the setting) takes its Problems entries with it.
    const listed = new Set(failed.map((f) => f.uri.toString()));
    const gone: vscode.Uri[] = [];
    this.diagnostics.forEach((uri) => { if (!listed.has(uri.toString())) gone.push(uri); });
    for (const uri of gone) this.diagnostics.delete(uri);
    this.publish();
  }

  /** The custom roadmap files: the user setting's, then the workspace's (when trusted). */
  private async customFiles(): Promise<[Origin, vscode.Uri][]> {
    const out: [Origin, vscode.Uri][] = [];
    const seen = new Set<string>();
    const add = (origin: Origin, uri: vscode.Uri) => {
      if (seen.has(uri.toString())) return;
      seen.add(uri.toString());
      out.push([origin, uri]);
    };
    // Only the user's own setting: a workspace cannot make the extension read files elsewhere.
    const listed = vscode.workspace.getConfiguration('pythonRoadmap').inspect<string[]>('roadmaps.files')?.globalValue ?? [];
    for (const p of Array.isArray(listed) ? listed : []) {
      if (typeof p !== 'string' || !p.trim()) continue;
      const uri = resolvePath(p.trim());
      if (uri) add('user', uri);
    }
    this.ignored = 0;
    if (vscode.workspace.getConfiguration('pythonRoadmap').get<boolean>('roadmaps.workspace', true) && vscode.workspace.workspaceFolders?.length) {
      const found = await vscode.workspace.findFiles(WORKSPACE_GLOB, '**/node_modules/**', MAX_WORKSPACE_FILES);
      found.sort((a, b) => a.toString().localeCompare(b.toString()));
      if (!vscode.workspace.isTrusted) this.ignored = found.length;
      else for (const uri of found) add('workspace', uri);
    }
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:workspaceRoadmapsIgnored', this.ignored > 0);
    return out;
  }

  private async read(key: string, origin: Origin, uri: vscode.Uri, detections: ReadonlySet<string> | undefined): Promise<{ roadmap: LoadedRoadmap } | { failed: FailedRoadmap }> {
    const name = origin === 'builtin' ? uri.fsPath || uri.toString() : vscode.workspace.asRelativePath(uri);
    let text: string;
    try {
      if (origin === 'builtin') text = await readExtensionText(uri); // shipped: https on vscode.dev
      else {
        const { size } = await vscode.workspace.fs.stat(uri);
        if (size > MAX_ROADMAP_BYTES) {
          const message = vscode.l10n.t('{0}: the file is {1} MB, over the {2} MB a roadmap file may have; it was not read', name, (size / 1024 / 1024).toFixed(1), MAX_ROADMAP_BYTES / 1024 / 1024);
          this.report(key, origin, message);
          this.showFileProblem(uri, message);
          return { failed: { key, origin, uri, message } };
        }
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      }
      await roadmapParser.ready();
    } catch (e) {
      const message = vscode.l10n.t('{0}: the roadmap could not be read ({1})', name, e instanceof Error ? e.message : String(e));
      this.report(key, origin, message);
      return { failed: { key, origin, uri, message } };
    }
    if (origin === 'builtin') {
      const translated = await this.translated(text);
      if (translated) {
        try {
          const roadmap = roadmapParser().parseRoadmap(translated, name, {});
          return { roadmap: { key, origin, uri, roadmap, namespace: '', detects: detectionIndex(roadmap, true) } };
        } catch (e) {
          this.log.warn(vscode.l10n.t('the translation of the roadmap was left out, the roadmap is shown in English: {0}', e instanceof Error ? e.message : String(e)));
        }
      }
    }
    try {
      const roadmap = roadmapParser().parseRoadmapJson(text, name, detections ? { detections } : {});
      this.diagnostics.delete(uri);
      const builtin = origin === 'builtin';
      return { roadmap: { key, origin, uri, roadmap, namespace: builtin ? '' : `${roadmap.id}:`, detects: detectionIndex(roadmap, builtin) } };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.report(key, origin, message);
      // The parser is a bundle file of its own, with its own copy of RoadmapError: known by its issues.
      const issues = (e as Partial<RoadmapError> | undefined)?.issues;
      if (Array.isArray(issues) && origin !== 'builtin') this.showProblems(uri, text, issues);
      return { failed: { key, origin, uri, message } };
    }
  }

  /** The shipped roadmap in VS Code's display language: its overlay (dist/l10n/roadmap.<locale>.json)
   *  applied, or undefined when there is none (English) or it cannot be read. What the overlay gets
   *  wrong is logged, and there the English stays. */
  private async translated(text: string): Promise<unknown> {
    const parser = roadmapParser();
    const t = await readTranslation(this.context.extensionUri, 'roadmap', parser.overlayLocales(vscode.env.language));
    if (!t) return undefined;
    if ('error' in t) {
      this.log.warn(vscode.l10n.t('{0}: the translation could not be read ({1}); the roadmap is shown in English', t.file, t.error));
      return undefined;
    }
    const { value, issues, coverage } = parser.applyOverlay(JSON.parse(text), t.value);
    for (const i of issues.slice(0, 20)) this.log.warn(`${t.file}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
    if (issues.length > 20) this.log.warn(vscode.l10n.t('{0}: {1} more problems', t.file, issues.length - 20));
    this.log.info(`${t.file}: ${coverage.translated} of ${coverage.fields} texts translated`);
    return value;
  }

  /** The checks a schema cannot make (and, for files outside the jsonValidation patterns, the
   *  schema's too) at their exact place, in the Problems panel. */
  private showProblems(uri: vscode.Uri, text: string, issues: readonly RoadmapIssue[]): void {
    const validatedByEditor = /\.roadmap\.json$|\/\.vscode\/roadmap\.json$/.test(uri.path);
    const shown = issues.filter((i) => i.kind !== 'schema' || !validatedByEditor);
    const lines = lineStarts(text);
    const at = (offset: number) => {
      let lo = 0;
      let hi = lines.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lines[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return new vscode.Position(lo, offset - lines[lo]!);
    };
    const diagnostics = roadmapParser().locateIssues(text, shown).map(({ issue, offset, length }) => {
      const d = new vscode.Diagnostic(new vscode.Range(at(offset), at(offset + length)), `${issue.path ? `${issue.path}: ` : ''}${issue.message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Python Roadmap';
      return d;
    });
    this.diagnostics.set(uri, diagnostics);
  }

  /** A problem with the file as a whole (it was not read), at its first character. */
  private showFileProblem(uri: vscode.Uri, message: string): void {
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
    d.source = 'Python Roadmap';
    this.diagnostics.set(uri, [d]);
  }

  private readonly reported = new Map<string, string>();
  /** Once per file and message in the log. The shipped roadmap failing (a broken install) is a
   *  notification; a roadmap file the learner edits is shown where it can be fixed and withdrawn
   *  when it is: its Problems at their lines, and a status bar item while any file is broken. */
  private report(key: string, origin: Origin, message: string): void {
    if (this.reported.get(key) === message) return;
    this.reported.set(key, message);
    this.log.error(message);
    if (origin !== 'builtin') return;
    const details = vscode.l10n.t('Show Details');
    void vscode.window.showErrorMessage(vscode.l10n.t('Python Roadmap could not load its roadmap. {0}', message.split('\n')[0]!), details).then((c) => {
      if (c === details) this.log.show();
    });
  }

  private problemsItem: vscode.StatusBarItem | undefined;
  /** The status bar item naming the roadmap files that did not load; gone once none is broken. */
  private showBrokenFiles(): void {
    const broken = this.failedList.filter((f) => f.origin !== 'builtin');
    if (!broken.length) {
      this.problemsItem?.hide();
      for (const key of [...this.reported.keys()]) if (key !== BUILTIN) this.reported.delete(key);
      return;
    }
    if (!this.problemsItem) {
      this.problemsItem = vscode.window.createStatusBarItem('pythonRoadmap.roadmapProblems', vscode.StatusBarAlignment.Left, 10);
      this.problemsItem.name = vscode.l10n.t('Python Roadmap: roadmap files with problems');
      this.problemsItem.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.problemsItem.command = 'workbench.actions.view.problems';
      this.disposables.push(this.problemsItem);
    }
    const names = broken.map((f) => vscode.workspace.asRelativePath(f.uri));
    this.problemsItem.text = `$(error) ${broken.length === 1 ? vscode.l10n.t('{0} did not load', names[0]!) : vscode.l10n.t('{0} roadmap files did not load', broken.length)}`;
    this.problemsItem.tooltip = new vscode.MarkdownString(broken.map((f, i) => `**${names[i]}**: ${f.message.split('\n')[0]}`).join('\n\n') + `\n\n${vscode.l10n.t('Fix it and save: Python Roadmap reads it again. Click to open the Problems panel.')}`);
    this.problemsItem.tooltip.supportHtml = false;
    this.problemsItem.accessibilityInformation = { label: this.problemsItem.text.replace('$(error) ', '') };
    this.problemsItem.show();
  }

  private publish(): void {
    this.showBrokenFiles();
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:loadError', !this.active);
    void vscode.commands.executeCommand('setContext', 'pythonRoadmap:roadmapCount', this.loadedList.length);
    this.changed.fire();
  }

  private watch(): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { this.loading = this.loadAll(); }, 300);
    };
    const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_GLOB);
    this.disposables.push(
      watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload),
      // A listed file outside the workspace: read again when saved in the editor.
      vscode.workspace.onDidSaveTextDocument((d) => { if ([...this.failedList, ...this.loadedList].some((r) => r.uri.toString() === d.uri.toString())) reload(); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('pythonRoadmap.roadmaps')) reload(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      { dispose: () => clearTimeout(timer) },
    );
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A path from the setting: absolute, `~/…`, or relative to the first workspace folder. */
function resolvePath(p: string): vscode.Uri | undefined {
  if (/^[a-z][\w+.-]*:\/\//i.test(p)) return vscode.Uri.parse(p);
  const home = typeof process !== 'undefined' ? process.env?.HOME ?? process.env?.USERPROFILE : undefined;
  if (p.startsWith('~/') && home) return vscode.Uri.file(`${home}/${p.slice(2)}`);
  if (p.startsWith('/') || /^[a-z]:[\\/]/i.test(p)) return vscode.Uri.file(p);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, ...p.split(/[\\/]/)) : undefined;
}

/** For a command: the roadmap followed, once loaded; when none loads, an error the command
 *  wrapper reports (the load problem itself was reported once, where it was loaded). */
export async function followedRoadmap(roadmaps: Roadmaps): Promise<Roadmap> {
  await roadmaps.ready();
  const r = roadmaps.active?.roadmap;
  if (!r) throw new Error(vscode.l10n.t('no roadmap is loaded. The log names the file and the place of the problem.'));
  return r;
}

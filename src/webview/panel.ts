// One reused editor panel that shows a skill, a phase, the overview or the FAQs. It restores
// after a window reload (WebviewPanelSerializer) and re-renders when progress changes.
import vscode = require('vscode');
import { chunksLoaded, chunksReady, detection, pages } from '../chunks';
import { findItem } from '../core/roadmap';
import type { PageRef, PageExtras } from '../core/pages';
import type { ScanResult } from '../core/scan';
import type { ScopedProgress } from '../state/scopedProgress';
import type { Roadmaps } from '../roadmaps/roadmaps';
import { renderHtml, webviewOptions } from './html';
import { isPageRef, pageLinks, parseFromWebview } from './protocol';
import type { FromWebview, PageLinks, ToWebview, WebviewState } from './protocol';

export const PANEL_VIEW_TYPE = 'pythonRoadmap.panel';

export interface PanelDeps {
  extensionUri: vscode.Uri;
  roadmaps: Roadmaps;
  /** The progress of the roadmap followed. */
  progress: ScopedProgress;
  /** Opens a place where a skill was seen (workspace-relative path, 1-based line). */
  openEvidence(path: string, line: number, cell?: number): Promise<void>;
  /** The workspace scan's report actions (the scan command owns the result). */
  scan: {
    result(): ScanResult | undefined;
    markFound(status: 'learning' | 'learned'): Promise<unknown>;
    rescan(): Promise<unknown>;
  };
  /** The import preview: what it shows, and its buttons. */
  imports: {
    model(): PageExtras['pendingImport'];
    confirm(): Promise<unknown>;
    cancel(): void;
    undo(): Promise<unknown>;
  };
  /** Exercises: the list (skill pages), one exercise (its page), and the page's buttons. */
  exercises: {
    list(): PageExtras['exercises'];
    state(id: string): 'not started' | 'started' | 'passing';
    page(id: string): PageExtras['exercise'];
    act(action: 'start' | 'check' | 'open', id: string): Promise<unknown>;
  };
  /** The team page's model (member files read). */
  team: { model(): PageExtras['team'] };
  /** The portfolio report page: what it shows, and its buttons. */
  report: {
    model(): PageExtras['report'];
    copy(what: 'markdown' | 'snippet'): Promise<void>;
    save(): Promise<unknown>;
    setIncludeNotes(on: boolean): void;
    /** Makes the report again for a page restored by a reload (it is made on demand); never throws. */
    restore(): Promise<void>;
  };
}

export class RoadmapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ref: PageRef = { kind: 'overview' };
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the client last reported it rendered; read by tests. */
  lastRendered: Extract<FromWebview, { type: 'rendered' }> | undefined;
  /** Tests set this to get each page's whole text (words, titles, labels) in lastRendered.text. */
  probeText = false;

  /** The scan report, when it opened beside a page being read (not over it). */
  private report: RoadmapPanel | undefined;

  constructor(private readonly deps: PanelDeps, private readonly column: vscode.ViewColumn = vscode.ViewColumn.Active) {
    this.disposables.push(deps.progress.onDidChange(() => this.render()), deps.roadmaps.onDidChange(() => this.render()));
  }

  /** The panel beside, for the scan report; tests read it. */
  get reportPanel(): RoadmapPanel | undefined {
    return this.report;
  }

  /** Renders the current page again (new data besides progress, e.g. a finished scan). */
  refresh(): void {
    this.render();
    this.report?.refresh();
  }

  /** Shows a page, creating the panel or bringing it forward. */
  show(ref: PageRef, opts: { preserveFocus?: boolean } = {}): void {
    const preserveFocus = opts.preserveFocus ?? false;
    if (ref.kind === 'scan' && this.panel && this.ref.kind !== 'scan' && this.column === vscode.ViewColumn.Active) {
      (this.report ??= new RoadmapPanel(this.deps, vscode.ViewColumn.Beside)).show(ref, opts);
      return;
    }
    if (this.panel) {
      this.ref = ref;
      this.panel.reveal(undefined, preserveFocus);
      this.render();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, '', { viewColumn: this.column, preserveFocus }, webviewOptions(this.deps.extensionUri));
    this.attach(panel, ref);
  }

  /** Called by the serializer after a reload, with the state the client saved. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    const saved = (state as Partial<WebviewState> | undefined)?.ref;
    if (this.panel && isPageRef(saved) && saved.kind === 'scan') {
      (this.report ??= new RoadmapPanel(this.deps, vscode.ViewColumn.Beside)).revive(panel, state);
      return;
    }
    panel.webview.options = webviewOptions(this.deps.extensionUri);
    this.attach(panel, isPageRef(saved) ? saved : { kind: 'overview' });
    // A reload forgot the portfolio report, which is made on demand: a restored report page makes it again.
    if (isPageRef(saved) && saved.kind === 'report') void this.deps.report.restore();
  }

  get current(): PageRef | undefined {
    return this.panel ? this.ref : undefined;
  }

  /** Handles one message from the client; false when it was refused (malformed, or not allowed).
   *  Public so tests can drive it like the client does. The page is not trusted with more than it
   *  shows (onPage): a message from a page that is not shown, or about what it does not show, is
   *  dropped; text over the protocol's limits is dropped before any work (parseFromWebview). */
  async receive(raw: unknown): Promise<boolean> {
    const message = parseFromWebview(raw);
    if (!message) return false; // malformed: ignored
    if (!this.onPage(message)) return false; // not the page shown, or not on it: ignored
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.stringsSent = false; // a page (re)loaded: it has no strings yet
        this.render();
        break;
      case 'navigate':
        this.ref = message.to;
        this.render();
        break;
      case 'setStatus':
        await this.deps.progress.setStatus([message.id], message.status);
        break;
      case 'setNote':
        this.draft = undefined;
        clearTimeout(this.draftTimer);
        await this.deps.progress.setNote(message.id, message.note);
        break;
      case 'noteDraft':
        this.draft = { id: message.id, note: message.note };
        clearTimeout(this.draftTimer);
        this.draftTimer = setTimeout(() => void this.flushDraft(), 400);
        break;
      case 'openExternal': {
        const uri = vscode.Uri.parse(message.url, true);
        if (uri.scheme === 'http' || uri.scheme === 'https') await vscode.env.openExternal(uri);
        break;
      }
      case 'openEvidence':
        await this.deps.openEvidence(message.path, message.line, message.cell);
        break;
      case 'markScanned':
        await this.deps.scan.markFound(message.status);
        break;
      case 'rescan':
        await this.deps.scan.rescan();
        break;
      case 'exercise':
        await this.deps.exercises.act(message.action, message.id);
        break;
      case 'example':
        await this.example(message.action, message.id);
        break;
      case 'import':
        if (message.action === 'confirm') await this.deps.imports.confirm();
        else if (message.action === 'cancel') this.deps.imports.cancel();
        else await this.deps.imports.undo();
        break;
      case 'report':
        if (message.action === 'notes') this.deps.report.setIncludeNotes(message.includeNotes);
        else if (message.action === 'save') {
          this.deps.report.setIncludeNotes(message.includeNotes);
          await this.deps.report.save();
        } else await this.deps.report.copy(message.action === 'copy' ? 'markdown' : 'snippet');
        break;
      case 'rendered':
        this.lastRendered = message;
        break;
      default: {
        const never: never = message;
        void never;
      }
    }
    return true;
  }

  /**
   * Whether a message belongs to the page shown (none when the panel is closed). Each page's buttons
   * act there only: a report's on the report page, the scan's on the scan page, the import's on the
   * import page, an exercise's on that exercise's page, a status or a note for the skill shown.
   * A link opens only when the page shows it: one of its URLs, or one of its places in the
   * workspace. Any page may navigate; `ready` and `rendered` only tell what the page did.
   */
  private onPage(m: FromWebview): boolean {
    if (m.type === 'ready' || m.type === 'navigate' || m.type === 'rendered') return true;
    const ref = this.panel ? this.ref : undefined;
    switch (m.type) {
      case 'setStatus':
        return ref?.kind === 'skill' && ref.id === m.id && this.knownItem(m.id);
      case 'setNote':
      case 'noteDraft':
        // Or the note still being saved: a page left mid-sentence sends its last words after the
        // next page was asked for (their draft, with the same words, is already here).
        return ((ref?.kind === 'skill' && ref.id === m.id) || this.draft?.id === m.id) && this.knownItem(m.id);
      case 'openExternal':
        return this.linksOf(ref)?.urls.has(m.url) === true;
      case 'openEvidence':
        return workspaceRelative(m.path) && this.linksOf(ref)?.hasPlace(m.path, m.line, m.cell) === true;
      case 'markScanned':
      case 'rescan':
        return ref?.kind === 'scan';
      case 'import':
        return ref?.kind === 'import';
      case 'exercise':
        return ref?.kind === 'exercise' && ref.id === m.id;
      case 'example':
        return ref?.kind === 'skill' && ref.id === m.id && this.knownItem(m.id);
      case 'report':
        return ref?.kind === 'report';
    }
  }

  /** A skill page's example, from the roadmap (never code sent by the page): copied, or opened in a new editor. */
  private async example(action: 'copy' | 'open', id: string): Promise<void> {
    const roadmap = this.deps.roadmaps.active?.roadmap;
    const example = roadmap && findItem(roadmap, id)?.source.lesson?.example;
    if (!example) return;
    if (action === 'copy') {
      await vscode.env.clipboard.writeText(example.code);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Example copied'), 3000);
      return;
    }
    const language = EDITOR_LANGUAGE[example.language] ?? 'plaintext';
    const document = await vscode.workspace.openTextDocument({ language, content: example.code });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });
  }

  private knownItem(id: string): boolean {
    const roadmap = this.deps.roadmaps.active?.roadmap;
    return !!roadmap && !!findItem(roadmap, id);
  }

  /** What the page shown was last rendered with, when that was this page. */
  private linksOf(ref: PageRef | undefined): PageLinks | undefined {
    return ref && this.shown && JSON.stringify(this.shown.ref) === JSON.stringify(ref) ? this.shown.links : undefined;
  }

  /** The links and places of the page last posted, with its ref (onPage). */
  private shown: { ref: PageRef; links: PageLinks } | undefined;

  /** Saves a note typed but not saved yet (the tab closed, or the window). */
  async flushDraft(): Promise<void> {
    clearTimeout(this.draftTimer);
    const draft = this.draft;
    this.draft = undefined;
    if (draft) await this.deps.progress.setNote(draft.id, draft.note);
  }

  private draft: { id: string; note: string } | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;

  dispose(): void {
    void this.flushDraft();
    this.report?.dispose();
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** Whether the page has the display language's strings (sent once per page load). */
  private stringsSent = false;

  private attach(panel: vscode.WebviewPanel, ref: PageRef): void {
    this.panel = panel;
    this.stringsSent = false;
    this.ref = ref;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'roadmap.svg');
    panel.title = this.title();
    panel.webview.html = renderHtml(panel.webview, this.deps.extensionUri, panel.title);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((m) => this.receive(m)),
      panel.onDidChangeViewState(() => panel.visible && this.render()),
    ];
    panel.onDidDispose(() => {
      void this.flushDraft(); // a note typed just before the tab closed
      subscriptions.forEach((d) => d.dispose());
      if (this.panel === panel) {
        this.panel = undefined;
        this.ready = false;
        this.lastRendered = undefined;
        this.shown = undefined;
      }
    });
  }

  private title(): string {
    const roadmap = this.deps.roadmaps.active?.roadmap;
    if (this.ref.kind === 'exercise') return this.deps.exercises.page(this.ref.id)?.title ?? 'Exercise';
    return roadmap && pages.loaded() ? pages().titleOf(roadmap, this.ref) : 'Python Roadmap';
  }

  private render(): void {
    const panel = this.panel;
    if (!panel || !this.ready || !panel.visible) return;
    if (!chunksLoaded()) {
      void chunksReady().then(() => this.render()); // the web worker: the pages' bundle files first
      return;
    }
    const roadmap = this.deps.roadmaps.active?.roadmap;
    if (!roadmap) {
      void this.deps.roadmaps.ready().then(() => this.deps.roadmaps.active && this.render());
      return;
    }
    panel.title = this.title();
    const store = this.deps.progress;
    const extras: PageExtras = this.ref.kind === 'overview'
      ? { history: store.history(), storedIds: store.storedIds(), exercises: this.deps.exercises.list(), exerciseState: (id: string) => this.deps.exercises.state(id) }
      : this.ref.kind === 'import' ? { pendingImport: this.deps.imports.model() } : this.ref.kind === 'report' ? { report: this.deps.report.model() }
        : this.ref.kind === 'team' ? { team: this.deps.team.model() }
          : this.ref.kind === 'skill' ? { exercises: this.deps.exercises.list(), exerciseState: (id: string) => this.deps.exercises.state(id), highlight: detection().highlightExample }
            : this.ref.kind === 'exercise' ? { exercise: this.deps.exercises.page(this.ref.id), exerciseState: (id: string) => this.deps.exercises.state(id) } : {};
    const page = pages().buildPage(roadmap, this.ref, (id) => store.record(id), this.deps.scan.result(), extras);
    this.shown = { ref: this.ref, links: pageLinks(page) };
    const career = roadmap.responsibilities.length + roadmap.hiring.length + roadmap.trends.length + roadmap.tips.length + roadmap.nextSteps.length > 0;
    const strings = !this.stringsSent && vscode.l10n.bundle ? { strings: vscode.l10n.bundle as Record<string, string> } : {};
    this.stringsSent = true;
    const message: ToWebview = { type: 'render', ref: this.ref, page, nav: { career, faq: roadmap.faqs.length > 0 }, ...strings, ...(this.probeText ? { probe: true } : {}) };
    void panel.webview.postMessage(message);
  }
}

/** VS Code's language ids for an example's language. */
const EDITOR_LANGUAGE: Record<string, string> = { python: 'python', toml: 'toml', yaml: 'yaml', dockerfile: 'dockerfile', ini: 'ini', bash: 'shellscript', text: 'plaintext' };

/** A place inside the workspace: not absolute, no scheme, no way out with "..". */
function workspaceRelative(path: string): boolean {
  return !(path.startsWith('/') || /^[a-z]:|^[a-z][\w+.-]*:\/\//i.test(path) || path.split(/[\\/]/).includes('..'));
}

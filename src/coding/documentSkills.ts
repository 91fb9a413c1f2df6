// Keeps, for each open Python document, notebook cell and project file, the roadmap skills it shows.
// Detection runs on open, on save and after a pause in typing (debounced; a newer edit cancels the
// pending run); Python re-parses incrementally from the previous tree.
import vscode = require('vscode');
import { fileKind, toChangedRanges } from '../core/detect/fileKind';
import type { Detection, IncrementalPythonDetector } from '../core/detect';
import { detection } from '../chunks';

/** Documents larger than this are not read (generated or minified code). */
const MAX_CHARS = 2_000_000;
/** How long one slice of a Python parse may hold the extension host (then it yields). */
const SLICE_MS = 15;
/** The most extension-host time one detection of a document may take, summed over its slices;
 *  past it the document is left unread, with a word in the status bar, until it changes size. */
const BUDGET_MS = 1500;
/** The most a synchronous read (the hover, the pick, a notebook cell) may hold the host. */
const SYNC_BUDGET_MS = 50;
/** Documents up to this size may be read at once when asked (the hover, the pick). */
const SYNC_MAX_CHARS = 100_000;
const SCHEMES = new Set(['file', 'untitled', 'vscode-notebook-cell', 'vscode-remote', 'vscode-vfs']);

export type DocumentKind = 'python' | 'cell' | 'project';

export interface DocumentResult {
  readonly document: vscode.TextDocument;
  readonly kind: DocumentKind;
  readonly version: number;
  readonly detections: readonly Detection[];
  /** For a notebook cell: its notebook and index. */
  readonly notebook?: vscode.NotebookDocument;
  readonly cell?: number;
  /** Why the document was not read (too large, or too costly to parse); detections are then empty. */
  readonly skipped?: string;
}

interface State {
  kind: DocumentKind;
  detector?: IncrementalPythonDetector;
  timer?: ReturnType<typeof setTimeout>;
  result?: DocumentResult;
  /** Set when a detection ran over its budget: the length then, so only a real change retries. */
  tooCostly?: number;
}

export function documentKind(document: vscode.TextDocument): DocumentKind | undefined {
  if (!SCHEMES.has(document.uri.scheme)) return undefined;
  if (document.uri.scheme === 'vscode-notebook-cell') return document.languageId === 'python' ? 'cell' : undefined;
  if (document.languageId === 'python') return 'python';
  // Other languages: project files by name only (a LICENSE or Makefile is not Python).
  return fileKind(document.uri.path) === 'project' ? 'project' : undefined;
}

export class DocumentSkills implements vscode.Disposable {
  private readonly states = new Map<string, State>();
  private readonly changed = new vscode.EventEmitter<DocumentResult>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires after a document's detections were computed (also when nothing changed in them). */
  readonly onDidDetect = this.changed.event;
  /** Work done, counted (the tests check a notebook edit re-reads only what changed). */
  readonly work = { cellsRead: 0 };

  constructor(private readonly enabled: () => boolean, private readonly delayMs: () => number) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0, true)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // Cells added, removed or moved: the others' indices may have changed.
      vscode.workspace.onDidChangeNotebookDocument((e) => {
        if (!e.contentChanges.length) return;
        for (const cell of e.notebook.getCells()) if (this.states.has(cell.document.uri.toString())) this.schedule(cell.document, 0, true);
      }),
    );
    this.refreshAll();
  }

  /** Whether documents wait to be read. */
  get busy(): boolean {
    return [...this.states.values()].some((s) => s.timer);
  }

  /** The latest detections of a document, if it is one we read. */
  get(document: vscode.TextDocument): DocumentResult | undefined {
    return this.states.get(document.uri.toString())?.result;
  }

  /** Every detection result of a notebook's cells. */
  forNotebook(notebook: vscode.NotebookDocument): DocumentResult[] {
    return notebook.getCells().flatMap((c) => {
      const r = this.get(c.document);
      return r ? [r] : [];
    });
  }

  /** Detects now (tests, and the pick), without waiting for the debounce. */
  detectNow(document: vscode.TextDocument): DocumentResult | undefined {
    // A large document is not parsed here, synchronously: the last result stands until the
    // sliced run (scheduled on every change) replaces it.
    const known = this.states.get(document.uri.toString());
    if (document.getText().length > SYNC_MAX_CHARS || known?.tooCostly !== undefined) return known?.result;
    return this.run(document, false);
  }

  /** Re-reads every open document (after the feature is switched on again). */
  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Forgets everything (the feature was switched off). */
  clear(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    this.states.clear();
  }

  dispose(): void {
    this.clear();
    for (const d of this.disposables) d.dispose();
  }

  private state(document: vscode.TextDocument): State | undefined {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (state) return state;
    const kind = documentKind(document);
    if (!kind) return undefined;
    state = { kind };
    this.states.set(key, state);
    return state;
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length || !this.enabled()) return;
    const state = this.states.get(e.document.uri.toString());
    if (!state) return this.schedule(e.document, this.delayMs());
    // Keep the syntax tree in step with every edit; the parse itself waits for a pause.
    state.detector?.edit(toChangedRanges(e.contentChanges));
    this.schedule(e.document, this.delayMs());
  }

  private schedule(document: vscode.TextDocument, delay: number, full = false): void {
    if (!this.enabled()) return;
    const state = this.state(document);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    const version = document.version;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      // A newer edit has its own run coming: this one is stale.
      if (document.isClosed || document.version !== version) return;
      if (state.kind === 'python') void this.runSliced(document, state, full, version);
      else this.run(document, full);
    }, delay);
  }

  /** Python, parsed in slices so no file (a large one, a crafted one) blocks the extension host;
   *  a newer edit drops the work in progress. */
  private async runSliced(document: vscode.TextDocument, state: State, full: boolean, version: number): Promise<void> {
    if (!this.enabled()) return;
    if (state.result && state.result.version === version && !full) return;
    const text = document.getText();
    if (text.length > MAX_CHARS) {
      this.run(document, full);
      return;
    }
    if (state.tooCostly !== undefined && Math.abs(text.length - state.tooCostly) < state.tooCostly / 4) {
      if (state.result) this.publish(state, { ...state.result, version });
      return;
    }
    await detection.ready();
    state.detector ??= new (detection().IncrementalPythonDetector)(document.uri.path);
    if (full) state.detector.reset();
    const detections = await state.detector.detectSliced(text, {
      sliceMs: SLICE_MS,
      budgetMs: BUDGET_MS,
      pause: () => new Promise((r) => setTimeout(r, 0)),
      stale: () => document.isClosed || document.version !== version || !this.enabled() || this.states.get(document.uri.toString()) !== state,
    });
    if (!detections) return;
    if (!Array.isArray(detections)) {
      state.tooCostly = text.length;
      this.publish(state, { document, kind: state.kind, version, detections: [], skipped: `${detections.tooCostly} (${Math.round(text.length / 1000)} KB)` });
      return;
    }
    state.tooCostly = undefined;
    this.publish(state, { document, kind: state.kind, version, detections });
  }

  private publish(state: State, result: DocumentResult): DocumentResult {
    state.result = result;
    this.changed.fire(result);
    return result;
  }

  private run(document: vscode.TextDocument, full: boolean): DocumentResult | undefined {
    if (!this.enabled()) return undefined;
    const state = this.state(document);
    if (!state) return undefined;
    if (state.result && state.result.version === document.version && !full) return state.result;
    if (!detection.loaded()) {
      // The web worker: the detection bundle is read first, then this document is read again.
      void detection.ready().then(() => this.schedule(document, 0), () => undefined);
      return state.result;
    }
    const text = document.getText();
    let detections: Detection[] = [];
    let notebook: vscode.NotebookDocument | undefined;
    let cell: number | undefined;
    let skipped: string | undefined;
    // A cell is read at once (cells are small): a crafted one over the sync size is left unread.
    const limit = state.kind === 'cell' ? SYNC_MAX_CHARS : MAX_CHARS;
    if (text.length > limit) skipped = vscode.l10n.t('it is larger than {0} characters', limit.toLocaleString(vscode.env.language));
    else {
      switch (state.kind) {
        case 'python':
        {
          state.detector ??= new (detection().IncrementalPythonDetector)(document.uri.path);
          if (full) state.detector.reset(); // on save: a fresh parse, so nothing drifts
          const r = state.detector.detectWithin(text, SYNC_BUDGET_MS);
          // Too costly to read at once: the last result stands; the sliced run decides.
          if (!Array.isArray(r)) {
            this.schedule(document, 0);
            return state.result;
          }
          detections = r;
          break;
        }
        case 'cell': {
          notebook = vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === document));
          cell = notebook?.getCells().find((c) => c.document === document)?.index;
          this.work.cellsRead++;
          const r = detection().detectCell(text, cell ?? 0, SYNC_BUDGET_MS);
          if (Array.isArray(r)) detections = r;
          else skipped = r.tooCostly;
          break;
        }
        case 'project':
          detections = detection().detectSkills(text, document.uri.path);
          break;
      }
    }
    const result: DocumentResult = {
      document, kind: state.kind, version: document.version, detections,
      ...(notebook ? { notebook } : {}), ...(cell !== undefined ? { cell } : {}), ...(skipped ? { skipped } : {}),
    };
    return this.publish(state, result);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
  }
}

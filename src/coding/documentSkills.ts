// Keeps, for each open Python document, notebook cell and project file, the roadmap skills it shows.
// Detection runs on open, on save and after a pause in typing (debounced; a newer edit cancels the
// pending run); Python re-parses incrementally from the previous tree. Notebook cells and project
// files are read through one queue, in slices that yield to the host (a notebook of 10,000 cells
// opened at once is read in pieces), and listeners hear once per slice, not once per cell. Cells
// added, removed or moved leave the others unread: their detections are renumbered in one pass.
import vscode = require('vscode');
import { fileKind, toChangedRanges } from '../core/detect/fileKind';
import type { Detection, IncrementalPythonDetector } from '../core/detect';
import { SlicedQueue } from '../core/slicedQueue';
import { detection } from '../chunks';

/** Documents larger than this are not read (generated or minified code). */
const MAX_CHARS = 2_000_000;
/** How long one slice of a Python parse, or of the queue of cells, may hold the extension host (then it yields). */
const SLICE_MS = 15;
/** The most extension-host time one detection of a document may take, summed over its slices;
 *  past it the document is left unread, with a word in the status bar, until it changes size.
 *  The slices keep the host responsive whatever this is; it only stops a runaway parse. Chosen
 *  from what a learner's machine needs (`npm run bench`, "detection budget"): the largest file read
 *  (500 KB of real Python) takes about 0.4 s here and a crafted 90 KB statement about 1.5 s, so a
 *  laptop three times slower still reads both within 5 s. It was 1.5 s, which a busy machine
 *  missed on that crafted file (issue 23). */
export const BUDGET_MS = 5000;
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
  /** Waiting in the queue: the document, and whether to read it afresh even if unchanged. */
  queued?: { document: vscode.TextDocument; full: boolean };
}

/** Where a notebook cell is. */
interface CellPlace {
  readonly notebook: vscode.NotebookDocument;
  readonly index: number;
}

/** Whether a cell is still where it was (cellAt is O(1); a cell's `index` searches its notebook). */
function stillAt(place: CellPlace, document: vscode.TextDocument): boolean {
  return !place.notebook.isClosed && place.index < place.notebook.cellCount && place.notebook.cellAt(place.index).document === document;
}

/** A cell's result where the cell is now: its detections as they were, with the new index. */
function moved(result: DocumentResult, place: CellPlace): DocumentResult {
  const detections = result.detections.length ? result.detections.map((d) => ({ ...d, cell: place.index })) : result.detections;
  return { ...result, notebook: place.notebook, cell: place.index, detections };
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
  /** Notebook cells by document URI, and where each is: a notebook's cells are indexed in one pass. */
  private readonly cells = new Map<string, CellPlace>();
  /** The notebook version each notebook's cells were indexed at. */
  private indexedAt = new WeakMap<vscode.NotebookDocument, number>();
  /** Cells and project files to read (by URI), in slices of SLICE_MS that yield to the host. */
  private readonly queue: SlicedQueue<string>;
  /** Results published since listeners last heard: told in one event when the slice ends. */
  private outbox: DocumentResult[] = [];
  /** Listeners heard while the queue was still busy: they are told again once it is empty. */
  private owed = false;
  private readonly changed = new vscode.EventEmitter<readonly DocumentResult[]>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires once per batch with the results computed in it (also when nothing changed in them):
   *  after each slice of the queue, and once more, maybe with none, when a busy queue empties. */
  readonly onDidDetect = this.changed.event;
  /** The sliced read's slice, budget and clock: tests set a budget or a clock of their own to see
   *  both sides of the budget on any machine. */
  readonly timing = { sliceMs: SLICE_MS, budgetMs: BUDGET_MS, now: (): number => performance.now() };
  /** The project's own modules a document can import, as far as known now (set by the coding assistant). */
  moduleNames: (uri: vscode.Uri) => ReadonlySet<string> | undefined = () => undefined;
  /** Work done, counted (the tests check a notebook edit re-reads only what changed). */
  readonly work = { cellsRead: 0 };

  constructor(
    private readonly enabled: () => boolean,
    private readonly delayMs: () => number,
    clock: { now(): number; pause(next: () => void): void } = { now: () => performance.now(), pause: (next) => setTimeout(next, 0) },
  ) {
    this.queue = new SlicedQueue<string>({
      sliceMs: SLICE_MS,
      now: clock.now,
      pause: clock.pause,
      work: (key) => this.readQueued(key),
      after: (idle) => this.tell(idle),
      failed: (key, e) => console.error(`Python Roadmap: reading ${key} failed`, e),
    });
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0, true)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeNotebookDocument((e) => this.onNotebookChange(e)),
      { dispose: () => this.queue.stop() },
    );
    this.refreshAll();
  }

  /** Whether cells or project files wait in the queue (listeners may wait for it to empty). */
  get busy(): boolean {
    return this.queue.size > 0;
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

  /** Reads the Python documents and cells again in full (the project's modules changed). */
  rereadPython(): void {
    for (const d of vscode.workspace.textDocuments) {
      const kind = this.states.get(d.uri.toString())?.kind;
      if (kind === 'python' || kind === 'cell') this.schedule(d, 0, true);
    }
  }

  /** Forgets everything (the feature was switched off). */
  clear(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    this.states.clear();
    this.cells.clear();
    this.indexedAt = new WeakMap();
    this.queue.clear();
    this.outbox = [];
    this.owed = false;
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
    state.timer = undefined;
    // Cells and project files: into the queue, at once or after the pause in typing.
    if (state.kind !== 'python' && delay === 0) return this.enqueue(document, state, full);
    const version = document.version;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      // A newer edit has its own run coming: this one is stale.
      if (document.isClosed || document.version !== version) return;
      if (state.kind === 'python') void this.runSliced(document, state, full, version);
      else this.enqueue(document, state, full);
    }, delay);
  }

  private enqueue(document: vscode.TextDocument, state: State, full: boolean): void {
    state.queued = { document, full: full || (state.queued?.full ?? false) };
    this.queue.add(document.uri.toString());
  }

  private readQueued(key: string): void {
    const state = this.states.get(key);
    const job = state?.queued;
    if (!state || !job) return; // forgotten (closed) since
    state.queued = undefined;
    if (!job.document.isClosed) this.run(job.document, job.full);
  }

  /** Cells added, removed or moved: the new ones are read; the others keep their detections,
   *  renumbered where they moved, in one pass over the notebook (nothing is parsed again). */
  private onNotebookChange(e: vscode.NotebookDocumentChangeEvent): void {
    if (!e.contentChanges.length || !this.enabled()) return;
    // Queued first, so listeners hear of the renumbering and the new cells in one batch.
    for (const change of e.contentChanges) for (const cell of change.addedCells) this.schedule(cell.document, 0);
    const cells = e.notebook.getCells();
    for (let index = 0; index < cells.length; index++) {
      const key = cells[index]!.document.uri.toString();
      const place = { notebook: e.notebook, index };
      this.cells.set(key, place);
      const state = this.states.get(key);
      if (state?.result && (state.result.cell !== index || state.result.notebook !== e.notebook)) this.publish(state, moved(state.result, place));
    }
    this.indexedAt.set(e.notebook, e.notebook.version);
  }

  /** Where a cell is, from the index; a cell not in it (or moved) has its notebook indexed again,
   *  in one pass, once per change of that notebook. */
  private cellOf(document: vscode.TextDocument): CellPlace | undefined {
    const key = document.uri.toString();
    const known = this.cells.get(key);
    if (known && stillAt(known, document)) return known;
    if (known) this.indexedAt.delete(known.notebook);
    // A cell's URI has its notebook's path: that notebook first, then any other not indexed as it is.
    for (const same of [true, false]) {
      for (const notebook of vscode.workspace.notebookDocuments) {
        if ((notebook.uri.path === document.uri.path) !== same || notebook.isClosed || this.indexedAt.get(notebook) === notebook.version) continue;
        const cells = notebook.getCells();
        for (let index = 0; index < cells.length; index++) this.cells.set(cells[index]!.document.uri.toString(), { notebook, index });
        this.indexedAt.set(notebook, notebook.version);
        const found = this.cells.get(key);
        if (found?.notebook === notebook && stillAt(found, document)) return found;
      }
    }
    return undefined;
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
    state.detector.setOwnModules(this.moduleNames(document.uri));
    const detections = await state.detector.detectSliced(text, {
      sliceMs: this.timing.sliceMs,
      budgetMs: this.timing.budgetMs,
      now: this.timing.now,
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

  /** Keeps a result; listeners hear of it when the current (or next) slice of the queue ends. */
  private publish(state: State, result: DocumentResult): DocumentResult {
    state.result = result;
    this.outbox.push(result);
    this.queue.kick();
    return result;
  }

  /** After a slice: one event with what it published (and one, maybe empty, when a busy queue empties). */
  private tell(idle: boolean): void {
    if (!this.outbox.length && !(idle && this.owed)) return;
    const batch = this.outbox;
    this.outbox = [];
    this.owed = !idle;
    this.changed.fire(batch);
  }

  private run(document: vscode.TextDocument, full: boolean): DocumentResult | undefined {
    if (!this.enabled()) return undefined;
    const state = this.state(document);
    if (!state) return undefined;
    const place = state.kind === 'cell' ? this.cellOf(document) : undefined;
    if (state.result && state.result.version === document.version && !full) {
      // A cell moved (cells added or removed above it): renumbered, not read again.
      if (place && (state.result.cell !== place.index || state.result.notebook !== place.notebook)) return this.publish(state, moved(state.result, place));
      return state.result;
    }
    if (!detection.loaded()) {
      // The web worker: the detection bundle is read first, then this document is read again.
      void detection.ready().then(() => this.schedule(document, 0), () => undefined);
      return state.result;
    }
    const text = document.getText();
    let detections: Detection[] = [];
    const notebook = place?.notebook;
    const cell = place?.index;
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
          state.detector.setOwnModules(this.moduleNames(document.uri));
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
          this.work.cellsRead++;
          const r = detection().detectCell(text, cell ?? 0, SYNC_BUDGET_MS, notebook && this.moduleNames(notebook.uri));
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
    const place = this.cells.get(key);
    if (place) {
      // Its notebook is indexed again when one of its cells is next looked up and not found.
      this.indexedAt.delete(place.notebook);
      this.cells.delete(key);
    }
    this.queue.delete(key);
  }
}

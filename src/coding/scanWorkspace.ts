// "Scan Workspace for Roadmap Skills": reads the workspace's Python and project files (never those
// excluded by files.exclude or .gitignore, at most pythonRoadmap.scan.maxFiles), with a cancellable
// progress notification, then shows the report page; from there (or the notification) the skills
// found and not learned yet can be marked learning or learned, each with its first place as evidence.
import vscode = require('vscode');
import { statusLabel } from '../core/progress';
import { fileKind } from '../core/detect/fileKind';
import type { Detection, TooCostly } from '../core/detect';
import { detection, scanning } from '../chunks';
import { evidenceOf, localDate } from '../core/evidence';
import type { ScanResult } from '../core/scan';
import { summarizeSeen, mapDetections, filesShowingSkills, scanSummary } from '../core/skillsSeen';
import type { PageRef } from '../core/pages';
import type { ScopedProgress } from '../state/scopedProgress';
import type { Roadmaps } from '../roadmaps/roadmaps';
import type { RegisterCommand } from '../commands/command';
import { evidencePath, resolveEvidencePath } from '../workspaceLocation';
import { ownerPhrase, unknown } from '../core/ownership';
import type { Owner } from '../core/ownership';
import type { Ownership } from '../ownership/ownership';
import type { Place, SeenSkill } from '../core/skillsSeen';
import { isYours, ownFlag } from './placeOwners';
import { linkChecker } from '../platform/workspaceFiles';
import { BUDGET_MS as LIVE_BUDGET_MS } from './documentSkills';

const MAX_BYTES = 1_000_000;
/** As live detection: slices of the host's time, and the most one file may take in all. */
const SLICE_MS = 15;
/** A file's host-time budget in the scan: the live one (documentSkills.ts says how it was chosen). */
const BUDGET_MS = LIVE_BUDGET_MS;
const CELL_BUDGET_MS = 50;

export interface ScanDeps {
  readonly roadmaps: Roadmaps;
  /** The progress of the roadmap followed. */
  readonly progress: ScopedProgress;
  /** The project's own modules a file can import (a test importing the package at the root). */
  readonly modules?: { load(uri: vscode.Uri): Promise<ReadonlySet<string>> };
  /** Whose code the places found are: only the learner's are kept as proof. */
  readonly ownership: Ownership;
  show(ref: PageRef): void;
  refresh(): void;
}

export class WorkspaceScan {
  private last: ScanResult | undefined;
  private running: Promise<ScanResult | undefined> | undefined;

  constructor(private readonly deps: ScanDeps) {}

  /** The last scan, its detections as the items of the roadmap followed (custom skills through `detects`). */
  result(): ScanResult | undefined {
    const last = this.last;
    const active = this.deps.roadmaps.active;
    if (!last || !active) return undefined;
    if (active.origin === 'builtin') return last;
    return { ...last, found: last.found.map((f) => ({ ...f, detections: mapDetections(f.detections, active.detects) })) };
  }

  register(context: vscode.ExtensionContext, command: RegisterCommand): void {
    context.subscriptions.push(command('pythonRoadmap.scanWorkspace', (opts?: { quiet?: boolean }) => this.run(opts?.quiet === true)));
  }

  /** Scans (one at a time), shows the report and offers to mark; returns the result for tests. */
  async run(quiet = false): Promise<ScanResult | undefined> {
    if (this.running) return this.running;
    this.running = this.scan().finally(() => (this.running = undefined));
    const result = await this.running;
    if (!result) return undefined;
    this.last = result;
    this.deps.show({ kind: 'scan' });
    this.deps.refresh();
    if (!quiet) void this.offer(result);
    return result;
  }

  rescan(): Promise<ScanResult | undefined> {
    return this.run();
  }

  /** Marks every skill the last scan found that is not learned (or skipped): with its first place as evidence. Undoable. */
  async markFound(status: 'learning' | 'learned'): Promise<string[]> {
    const scan = this.result();
    const roadmap = this.deps.roadmaps.active?.roadmap;
    if (!scan || !roadmap) return [];
    const store = this.deps.progress;
    const seen = summarizeSeen(roadmap, scan.found, (id) => store.status(id)).filter((x) => x.status === 'none' || (x.status === 'learning' && status === 'learned'));
    if (!seen.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: every skill the scan found is already marked.'));
      return [];
    }
    // Each skill's first place of the learner's own code, else its first place with whose it is.
    const where = await this.placesToKeep(seen);
    // A mark is a claim about the learner: the list comes first, always. "Learning" is ticked where
    // the learner's own code shows the skill (evidence to the standard, in code they wrote), never
    // where only someone else's code does (a cloned tutorial); "learned" is ticked nowhere — each is
    // the learner's own choice.
    type Row = vscode.QuickPickItem & { skillId: string };
    const rows: Row[] = seen.map((x) => {
      const { place, owner } = where.get(x.skillId)!;
      const at = `${place.path}:${place.line}`;
      const detail = x.places.length > 1 ? vscode.l10n.t('{0} and {1} more places', at, x.places.length - 1) : at;
      return { skillId: x.skillId, label: x.title, description: x.phaseTitle, detail: isYours(owner) ? detail : `${detail} · ${ownerPhrase(owner)}`, picked: status === 'learning' && isYours(owner) };
    });
    const learned = status === 'learned';
    const picked = await vscode.window.showQuickPick(rows, {
      canPickMany: true,
      title: learned
        ? (seen.length === 1 ? vscode.l10n.t('Mark 1 skill found in this workspace as learned?') : vscode.l10n.t('Mark {0} skills found in this workspace as learned?', seen.length))
        : (seen.length === 1 ? vscode.l10n.t('Mark 1 skill found in this workspace as learning?') : vscode.l10n.t('Mark {0} skills found in this workspace as learning?', seen.length)),
      placeHolder: learned
        ? vscode.l10n.t('Tick the skills you know well enough to call learned, then press Enter (Escape marks nothing)')
        : vscode.l10n.t('Ticked: skills your own code shows. Untick any you did not practise yourself, then press Enter (Escape marks nothing)'),
    });
    if (!picked?.length) return [];
    const ids = new Set(picked.map((r) => r.skillId));
    const chosen = seen.filter((x) => ids.has(x.skillId));
    const before = store.snapshot(chosen.map((x) => x.skillId));
    for (const x of chosen) {
      const { place: p, owner } = where.get(x.skillId)!;
      await store.addEvidence(x.skillId, evidenceOf(p.path, p.line, p.cell, ownFlag(owner)), status);
    }
    this.undoLast = () => store.restore(before, true);
    const undo = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(chosen.length === 1
      ? vscode.l10n.t('Python Roadmap: marked 1 skill as {0}, with where it was seen.', statusLabel(status))
      : vscode.l10n.t('Python Roadmap: marked {0} skills as {1}, each with where it was seen.', chosen.length, statusLabel(status)), undo)
      .then(async (c) => { if (c === undo) await this.undo(); });
    return chosen.map((x) => x.skillId);
  }

  /** For each skill, the first of its places that is the learner's own code (looked for in at most
   *  10 of its files), else its first place; with whose code it is. All asked at once: Git runs
   *  once per file (two at a time), so the list comes up quickly. */
  private async placesToKeep(seen: readonly SeenSkill[]): Promise<Map<string, { place: Place; owner: Owner }>> {
    const uris = new Map<string, Promise<vscode.Uri | undefined>>();
    const ownerOf = async (p: Place): Promise<Owner> => {
      if (!uris.has(p.path)) uris.set(p.path, resolveEvidencePath(p.path));
      const uri = await uris.get(p.path);
      return uri ? this.deps.ownership.ofPlace(uri, p.line, p.cell).catch(() => unknown('failed')) : unknown('failed');
    };
    const candidates = seen.map((x) => {
      const files = new Set<string>();
      return x.places.filter((p) => (files.has(p.path) || files.size < 10) && !!files.add(p.path));
    });
    const owners = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Python Roadmap: asking Git whose code it is') },
      () => Promise.all(candidates.map((places) => Promise.all(places.map(ownerOf)))));
    const out = new Map<string, { place: Place; owner: Owner }>();
    seen.forEach((x, i) => {
      const mine = owners[i]!.findIndex(isYours);
      const at = mine >= 0 ? mine : 0;
      out.set(x.skillId, { place: candidates[i]![at]!, owner: owners[i]![at]! });
    });
    return out;
  }

  private undoLast: (() => Promise<void>) | undefined;

  /** Puts back what the last "mark what the scan found" changed. */
  async undo(): Promise<boolean> {
    const undo = this.undoLast;
    this.undoLast = undefined;
    if (undo) await undo();
    return !!undo;
  }

  private async offer(raw: ScanResult): Promise<void> {
    const result = this.result() ?? raw;
    const roadmap = this.deps.roadmaps.active?.roadmap;
    if (!roadmap) return;
    const seen = summarizeSeen(roadmap, result.found, (id) => this.deps.progress.status(id));
    const open = seen.filter((x) => x.status === 'none').length;
    const [mark, report] = [vscode.l10n.t('Review {0} to Mark as Learning…', open), vscode.l10n.t('Show Report')];
    const summary = scanSummary({ filesRead: result.filesRead, skills: seen.length, filesWithSkills: filesShowingSkills(result.found), notStarted: open, capped: result.capped, cancelled: result.cancelled });
    const choice = await vscode.window.showInformationMessage(summary.text, ...(summary.offerMark ? [mark] : []), ...(summary.offerReport ? [report] : []));
    if (choice === mark) await this.markFound('learning');
    else if (choice === report) this.deps.show({ kind: 'scan' });
  }

  private async scan(): Promise<ScanResult | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: open a folder to scan it for roadmap skills.'));
      return undefined;
    }
    const configured = vscode.workspace.getConfiguration('pythonRoadmap.scan').get<unknown>('maxFiles', 2000);
    const maxFiles = typeof configured === 'number' && Number.isFinite(configured) ? Math.max(1, Math.floor(configured)) : 2000;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Python Roadmap: scanning for roadmap skills'), cancellable: true },
      async (progress, token) => {
        await Promise.all([scanning.ready(), detection.ready()]);
        const { SCAN_INCLUDE, GITIGNORE_LIMITS, excludeGlob, gitignoreFilter } = scanning();
        const exclude = excludeGlob(vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude'));
        progress.report({ message: vscode.l10n.t('finding files…') });
        const skipped: { path: string; reason: string }[] = [];
        let skippedCount = 0;
        const skip = (path: string, reason: string) => {
          skippedCount++;
          if (skipped.length < 50) skipped.push({ path, reason });
        };
        const reason = (e: unknown) => (e instanceof vscode.FileSystemError ? e.code || e.message : e instanceof Error ? e.message : String(e)).slice(0, 120);
        // .gitignore files: each read on its own (one unreadable file no longer stops the scan), capped in size.
        const ignoreFiles: { dir: string; content: string }[] = [];
        // findFiles follows linked folders: a file whose folder is (or is inside) a link is not read.
        const linkOf = linkChecker();
        const behindLink = async (uri: vscode.Uri, path: string): Promise<boolean> => {
          const link = await linkOf(vscode.Uri.joinPath(uri, '..')).catch(() => undefined);
          if (link) skip(path, vscode.l10n.t('behind the symbolic link {0} (not followed)', evidencePath(link)));
          return !!link;
        };
        for (const uri of await vscode.workspace.findFiles('**/.gitignore', exclude, 1000, token)) {
          if (token.isCancellationRequested) break;
          const path = evidencePath(uri);
          if (await behindLink(uri, path)) continue;
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.type & vscode.FileType.SymbolicLink) {
              skip(path, vscode.l10n.t('a symbolic link (not followed)'));
              continue;
            }
            const bytes = await vscode.workspace.fs.readFile(uri);
            ignoreFiles.push({ dir: path.replace(/(^|\/)\.gitignore$/, ''), content: new TextDecoder().decode(bytes.subarray(0, GITIGNORE_LIMITS.bytes + 1)) });
          } catch (e) {
            skip(path, vscode.l10n.t('unreadable: {0}', reason(e)));
          }
        }
        const ignored = gitignoreFilter(ignoreFiles);
        for (const path of ignored.truncated) skip(path, vscode.l10n.t('only its first {0} patterns ({1} KB) are used', GITIGNORE_LIMITS.patterns, GITIGNORE_LIMITS.bytes / 1024));
        // Enough candidates to fill the cap after .gitignore filtering, without listing a huge monorepo.
        const listLimit = Math.max(10_000, maxFiles * 10);
        const listed = await vscode.workspace.findFiles(SCAN_INCLUDE, exclude, listLimit, token);
        // Tens of thousands of paths: made relative in pieces, with a pause after each 10 ms.
        const pauseEvery = pauser(10);
        const candidates: { uri: vscode.Uri; path: string }[] = [];
        for (const uri of listed) {
          await pauseEvery();
          const path = evidencePath(uri);
          if (fileKind(path) !== undefined) candidates.push({ uri, path });
        }
        await pauseEvery(true);
        candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const found: { path: string; detections: Detection[] }[] = [];
        let tooLarge = 0;
        let read = 0;
        let kept = 0;
        let capped = false;
        // .gitignore matching happens here, inside the loop that can be cancelled; files ignored
        // or over the cap cost no await, so the loop also pauses after each 10 ms of work.
        for (const f of candidates) {
          await pauseEvery();
          if (token.isCancellationRequested) break;
          if (ignored(f.path)) continue;
          kept++;
          if (read + tooLarge >= maxFiles) {
            capped = true;
            continue; // counted, not read
          }
          try {
            if (await behindLink(f.uri, f.path)) continue;
            const stat = await vscode.workspace.fs.stat(f.uri);
            if (stat.type & vscode.FileType.SymbolicLink) {
              skip(f.path, vscode.l10n.t('a symbolic link (not followed)'));
              continue;
            }
            if (stat.size > MAX_BYTES) {
              tooLarge++;
              continue;
            }
            const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(f.uri));
            const own = await this.deps.modules?.load(f.uri);
            const detections = await detectFile(text, f.path, () => token.isCancellationRequested, own);
            if (detections === undefined) break; // cancelled
            if (!Array.isArray(detections)) {
              skip(f.path, vscode.l10n.t('not read: {0}', detections.tooCostly));
              continue;
            }
            found.push({ path: f.path, detections });
          } catch (e) {
            skip(f.path, vscode.l10n.t('unreadable: {0}', reason(e)));
            continue;
          }
          read++;
          progress.report({ increment: 100 / Math.min(maxFiles, candidates.length), message: vscode.l10n.t('{0} of {1}: {2}', read, Math.min(maxFiles, candidates.length), f.path) });
        }
        const result: ScanResult = {
          date: localDate(), filesFound: kept, filesRead: read, capped,
          cancelled: token.isCancellationRequested, tooLarge, found,
          ...(listed.length >= listLimit ? { listingCapped: true } : {}),
          ...(skippedCount ? { skipped, skippedCount } : {}),
        };
        return result;
      },
    );
  }
}

/** One file's detections, never holding the host long: Python in 15 ms slices within the live
 *  budget, notebook cells one at a time with a pause between, project files (linear) at once. */
async function detectFile(text: string, path: string, cancelled: () => boolean, own?: ReadonlySet<string>): Promise<Detection[] | TooCostly | undefined> {
  const d = detection();
  const pause = () => new Promise<void>((r) => setTimeout(r, 0));
  switch (fileKind(path)) {
    case 'python':
    {
      const detector = new d.IncrementalPythonDetector(path);
      detector.setOwnModules(own);
      return detector.detectSliced(text, { sliceMs: SLICE_MS, budgetMs: BUDGET_MS, pause, stale: cancelled });
    }
    case 'notebook': {
      const found: Detection[] = [];
      const cells = d.notebookCells(text);
      const uses = d.notebookNameUses(cells.map(([, source]) => source));
      const bindings = new Map<string, string>();
      for (const [index, source] of cells) {
        await pause();
        if (cancelled()) return undefined;
        const r = d.detectCell(source, index, CELL_BUDGET_MS, own, uses, bindings);
        if (!Array.isArray(r)) return { tooCostly: vscode.l10n.t('cell {0}: {1}', index + 1, r.tooCostly) };
        found.push(...r);
      }
      found.push(...d.detectNotebookProse(text));
      return found;
    }
    default:
      return d.detectSkills(text, path);
  }
}

/** A function to await in a loop: it pauses (a macrotask) once `ms` have gone since the last
 *  pause, or at once when forced; otherwise it costs one clock read. */
function pauser(ms: number): (force?: boolean) => Promise<void> | undefined {
  let since = performance.now();
  return (force) => {
    if (!force && performance.now() - since < ms) return undefined;
    return new Promise<void>((r) => setTimeout(() => { since = performance.now(); r(); }, 0));
  };
}

// Whose code a place is, for the hover, CodeLens, the pick, marking from code, the scan and the
// portfolio (core/ownership.ts decides; this asks). In a trusted folder on this computer's disk,
// Git is asked without a shell (ownership/git.ts) for the repository, HEAD, the user's address
// and the file's blame; the blame is kept per file and revision (HEAD, the file's time and size),
// a document's owners per document version, so typing asks Git nothing. Everything is async: the
// host never waits on Git. In the browser, in Restricted Mode, outside the workspace or without
// Git, lines are "not known to be yours". (VS Code's git.enabled switches off its Source Control
// view, not Git: blame is still asked, with the Git program its git.path names.) The learner's extra addresses come
// from the user setting pythonRoadmap.evidence.myEmails only (a workspace cannot claim commits).
import vscode = require('vscode');
import { IN_WORKER, gitting } from '../chunks';
import type { GitOutput } from './git';
import { cellLineOwner, cellSourceLine, documentOwners, identitiesOf, parseBlamePorcelain, unknown, UNCOMMITTED } from '../core/ownership';
import type { FileSource, Owner, UnknownWhy } from '../core/ownership';

/** Larger files are not blamed (generated code; blame's output is read at once). */
const MAX_BYTES = 1_000_000;
/** How long a folder's repository and HEAD are trusted before Git is asked again. */
const REPO_TTL_MS = 3000;
const EMAIL_TTL_MS = 10_000;
/** Files whose blame is kept. */
const KEEP_FILES = 2000;
const NO_ONE: ReadonlySet<string> = new Set();

export const MY_EMAILS = 'myEmails';
const SECTION = 'pythonRoadmap.evidence';

interface Repo {
  readonly root: string;
  /** Undefined in a repository without commits yet. */
  readonly head: string | undefined;
}

/** What is known of a saved file, and its repository's top folder (for the user's address there). */
interface Known {
  readonly source: FileSource;
  readonly root?: string;
}

export interface OwnershipDeps {
  /** The text the extension itself wrote at this place (an exercise's starter, tests or support
   *  file), or undefined for any other file. */
  starterText(uri: vscode.Uri): Promise<string | undefined>;
  /** Where a Git that cannot be run is reported (once): the log. */
  warn(message: string): void;
}

/** The user's own extra addresses: from the user settings only, never a workspace's. */
export function listedEmails(): unknown {
  return vscode.workspace.getConfiguration(SECTION).inspect<unknown>(MY_EMAILS)?.globalValue;
}

const lines = (text: string) => text.split(/\r?\n/);

/** Git, from its bundle file (Node only: cannotAsk() keeps the web worker from getting here). */
async function git(args: readonly string[], cwd: string): Promise<GitOutput> {
  return (await gitting.ready()).git(args, cwd);
}

export class Ownership implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when what is known changed (the setting, trust granted): owners asked for again differ. */
  readonly onDidChange = this.changed.event;
  private readonly repos = new Map<string, { at: number; value: Promise<Repo | undefined> }>();
  private readonly emails = new Map<string, { at: number; value: Promise<string | undefined> }>();
  private readonly files = new Map<string, { key: string; value: Promise<Known> }>();
  private docs = new WeakMap<vscode.TextDocument, { version: number; known: Known; value: Promise<readonly Owner[]> }>();
  private readonly disposables: vscode.Disposable[];
  /** Git's work, counted: the tests check that typing asks for no blame. */
  readonly work = { blames: 0 };
  private warned = false;

  constructor(private readonly deps: OwnershipDeps) {
    this.disposables = [
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${MY_EMAILS}`) || e.affectsConfiguration('git.path')) this.forget();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.forget()),
    ];
  }

  /** Forgets what Git said (and tells listeners). */
  forget(): void {
    this.repos.clear();
    this.emails.clear();
    this.files.clear();
    this.docs = new WeakMap();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The owner of each line of a text document as it is now (not a notebook cell: see cellLinesOf). */
  async linesOf(document: vscode.TextDocument): Promise<readonly Owner[]> {
    const known = await this.fileOf(document.uri);
    const cached = this.docs.get(document);
    if (cached && cached.version === document.version && cached.known === known) return cached.value;
    const version = document.version;
    const text = document.getText();
    const value = (async () => {
      const [ids, starter] = await Promise.all([this.identities(known), this.starter(document.uri)]);
      return documentOwners(lines(text), known.source, ids, starter);
    })();
    this.docs.set(document, { version, known, value });
    return value;
  }

  /** The owner of each line (1-based) of a notebook cell as it is now. */
  async cellLinesOf(notebook: vscode.NotebookDocument, cell: vscode.TextDocument): Promise<(line: number) => Owner> {
    const known = await this.fileOf(notebook.uri);
    const ids = await this.identities(known);
    const dirty = notebook.isDirty;
    return (line) => (line >= 1 && line <= cell.lineCount ? cellLineOwner(cell.lineAt(line - 1).text, known.source, ids, dirty) : unknown('failed'));
  }

  /** The owner of a place: in the open document (or notebook) as it is now, else in the saved file. */
  async ofPlace(uri: vscode.Uri, line: number, cell?: number): Promise<Owner> {
    const key = uri.toString();
    if (cell !== undefined) {
      const nb = vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === key);
      if (nb && cell < nb.cellCount) return (await this.cellLinesOf(nb, nb.cellAt(cell).document))(line);
      const known = await this.fileOf(uri);
      if (known.source.kind !== 'blame') return known.source.kind === 'uncommitted' ? UNCOMMITTED : known.source;
      const text = cellSourceLine(known.source.lines.map((l) => l.text).join('\n'), cell, line);
      return text === undefined ? unknown('failed') : cellLineOwner(text, known.source, await this.identities(known), false);
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc) return (await this.linesOf(doc))[line - 1] ?? unknown('failed');
    const known = await this.fileOf(uri);
    const [ids, starter] = await Promise.all([this.identities(known), this.starter(uri)]);
    let text: string[] = [''];
    if (known.source.kind === 'blame') text = known.source.lines.map((l) => l.text);
    else if (starter) text = lines(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri).then((b) => b, () => new Uint8Array())));
    else return documentOwners([''], known.source, ids)[0]!;
    return documentOwners(text, known.source, ids, starter)[line - 1] ?? unknown('failed');
  }

  /** Why Git cannot be asked about a file at all, if it cannot. */
  private cannotAsk(uri: vscode.Uri): UnknownWhy | undefined {
    if (uri.scheme === 'untitled') return 'untitled';
    if (IN_WORKER) return 'web';
    if (!vscode.workspace.isTrusted) return 'restricted';
    if (uri.scheme !== 'file') return 'virtual';
    if (!vscode.workspace.getWorkspaceFolder(uri)) return 'outside';
    return undefined;
  }

  private async fileOf(uri: vscode.Uri): Promise<Known> {
    const why = this.cannotAsk(uri);
    if (why) return { source: unknown(why) };
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat) return { source: unknown('failed') };
    if (stat.size > MAX_BYTES) return { source: unknown('too-large') };
    const dir = vscode.Uri.joinPath(uri, '..').fsPath;
    const repo = await this.repoOf(dir);
    if (!repo) return { source: unknown('no-git') };
    const key = `${repo.root}\u0000${repo.head ?? ''}\u0000${stat.mtime}\u0000${stat.size}`;
    const id = uri.toString();
    const hit = this.files.get(id);
    if (hit?.key === key) return hit.value;
    const value = this.read(uri.path.slice(uri.path.lastIndexOf('/') + 1), dir, repo);
    this.files.delete(id);
    this.files.set(id, { key, value });
    if (this.files.size > KEEP_FILES) this.files.delete(this.files.keys().next().value!);
    return value;
  }

  /** The blame of a saved file; a file with no committed history is the learner's unless Git ignores it. */
  private async read(name: string, dir: string, repo: Repo): Promise<Known> {
    if (repo.head) {
      this.work.blames++;
      const r = await git(['blame', '--porcelain', '--', name], dir);
      if (r.code === 0) {
        const blamed = parseBlamePorcelain(r.stdout);
        return blamed ? { source: { kind: 'blame', lines: blamed }, root: repo.root } : { source: unknown('failed') };
      }
      if (r.code === undefined) {
        this.cannotRun(r.error);
        return { source: unknown(r.error === 'ENOENT' ? 'no-git' : 'failed') };
      }
    }
    // Not in HEAD (new, or no commit yet): the learner's change, unless Git ignores the file.
    const ignored = await git(['check-ignore', '-q', '--', name], dir);
    if (ignored.code === 0) return { source: unknown('ignored') };
    if (ignored.code === 1) return { source: { kind: 'uncommitted' }, root: repo.root };
    return { source: unknown('failed') };
  }

  private repoOf(dir: string): Promise<Repo | undefined> {
    const hit = this.repos.get(dir);
    if (hit && Date.now() - hit.at < REPO_TTL_MS) return hit.value;
    const value = git(['rev-parse', '--show-toplevel', 'HEAD'], dir).then((r): Repo | undefined => {
      if (r.code === undefined) this.cannotRun(r.error);
      const [root, head] = r.stdout.split('\n');
      if (!root) return undefined;
      if (r.code === 0 && head && /^[0-9a-f]{40,64}$/.test(head)) return { root, head };
      if (r.code === 128 && head === 'HEAD') return { root, head: undefined }; // a repository without commits yet
      return undefined;
    });
    this.repos.set(dir, { at: Date.now(), value });
    return value;
  }

  /** The learner's addresses for a file: Git's user.email of its repository and the listed ones. */
  private async identities(known: Known): Promise<ReadonlySet<string>> {
    if (known.source.kind !== 'blame' || !known.root) return NO_ONE;
    let hit = this.emails.get(known.root);
    if (!hit || Date.now() - hit.at >= EMAIL_TTL_MS) {
      hit = { at: Date.now(), value: git(['config', 'user.email'], known.root).then((r) => (r.code === 0 ? r.stdout.trim() || undefined : undefined)) };
      this.emails.set(known.root, hit);
    }
    return identitiesOf(await hit.value, listedEmails());
  }

  /** Git not installed, or not answering in time: said once in the log, with what follows from it. */
  private cannotRun(error: string | undefined): void {
    if (this.warned) return;
    this.warned = true;
    this.deps.warn(`Git could not be run (${error ?? 'no answer'}): whose code a line is is not known, so no line is offered as your own. Install Git, or point VS Code's git.path setting at it.`);
  }

  private async starter(uri: vscode.Uri): Promise<string[] | undefined> {
    const text = await this.deps.starterText(uri).catch(() => undefined);
    return text === undefined ? undefined : lines(text);
  }
}

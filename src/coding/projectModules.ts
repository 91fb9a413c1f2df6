// The project's own modules, per file: its folder and each folder above it (and `src`) listed
// through workspace.fs (the web host too), cached per folder and forgotten when a Python file is
// created or deleted. The hover and the live detection ask synchronously and get what is cached
// (nothing at first); the listing is then read and listeners hear once it is there.
import vscode = require('vscode');
import { importFolders, moduleNames } from '../core/projectModules';
import type { FolderEntry } from '../core/projectModules';

/** At most this many sub-folders of one folder are checked for an `__init__.py`. */
const MAX_FOLDERS_CHECKED = 64;

export class ProjectModules implements vscode.Disposable {
  private readonly folders = new Map<string, Promise<readonly string[]>>();
  private readonly known = new Map<string, readonly string[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when a listing was read or forgotten: detections may now name other modules as the project's. */
  readonly onDidChange = this.changed.event;

  private watching = false;

  /** The watcher starts with the first question (nothing at activation). */
  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.py', false, true, false);
    const forget = (uri: vscode.Uri) => {
      const folder = vscode.Uri.joinPath(uri, '..');
      // A new module, or a new __init__.py making its folder a package (seen from the folder above).
      for (const key of [folder.toString(), vscode.Uri.joinPath(folder, '..').toString()]) {
        this.folders.delete(key);
        this.known.delete(key);
      }
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidCreate(forget), watcher.onDidDelete(forget));
  }

  /** What is known now for a document (undefined: not read yet; reading starts). */
  namesFor(uri: vscode.Uri): ReadonlySet<string> | undefined {
    this.watch();
    const folders = this.foldersOf(uri);
    if (!folders) return undefined;
    const names = new Set<string>();
    let missing = false;
    for (const f of folders) {
      const listed = this.known.get(f.toString());
      if (listed) for (const n of listed) names.add(n);
      else missing = true;
    }
    if (missing) void this.load(uri).then(() => this.changed.fire(), () => undefined);
    return missing ? undefined : names;
  }

  /** The names for a document, read when they are not known yet. */
  async load(uri: vscode.Uri): Promise<ReadonlySet<string>> {
    this.watch();
    const folders = this.foldersOf(uri) ?? [];
    const lists = await Promise.all(folders.map((f) => this.list(f)));
    return new Set(lists.flat());
  }

  private foldersOf(uri: vscode.Uri): vscode.Uri[] | undefined {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    if (!root) return undefined;
    const relative = vscode.workspace.asRelativePath(uri, false);
    return importFolders(relative).map((f) => (f ? vscode.Uri.joinPath(root.uri, ...f.split('/')) : root.uri));
  }

  private list(folder: vscode.Uri): Promise<readonly string[]> {
    const key = folder.toString();
    let pending = this.folders.get(key);
    if (!pending) {
      pending = read(folder).then((names) => {
        if (this.folders.get(key) === pending) this.known.set(key, names);
        return names;
      });
      this.folders.set(key, pending);
    }
    return pending;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** One folder's module names; a folder that cannot be read offers none. */
async function read(folder: vscode.Uri): Promise<readonly string[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const list: FolderEntry[] = [];
  let checked = 0;
  for (const [name, type] of entries) {
    if (type & vscode.FileType.SymbolicLink) continue;
    if (type & vscode.FileType.Directory) {
      if (!/^[A-Za-z_]\w*$/.test(name) || checked++ >= MAX_FOLDERS_CHECKED) continue;
      list.push({ name, folder: true, package: await exists(vscode.Uri.joinPath(folder, name, '__init__.py')) });
    } else if (name.endsWith('.py')) list.push({ name, folder: false });
  }
  return moduleNames(list);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

// Wires the store (src/core/journalStore.ts) to VS Code: the journal folder under
// globalStorageUri through vscode.workspace.fs (so the web extension host works too), a watcher
// that tells this window what others wrote, and the global state as the Settings Sync mirror.
import vscode = require('vscode');
import { ProgressStore, FILE_LIMIT } from '../core/journalStore';
import type { JournalFiles, StoreOptions } from '../core/journalStore';

export { ProgressStore, KEY_PREFIX, keyOf } from '../core/journalStore';
export type { Snapshot } from '../core/journalStore';

/** The journal folder through vscode.workspace.fs; each file is written under a dot name and renamed. */
export function journalFiles(dir: vscode.Uri): JournalFiles & { ensure(): Thenable<void> } {
  const fs = vscode.workspace.fs;
  const uri = (name: string) => vscode.Uri.joinPath(dir, name);
  let made: Thenable<void> | undefined;
  const notFound = (e: unknown) => e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
  const ensure = () => (made ??= fs.createDirectory(dir));
  return {
    ensure,
    async list() {
      return (await fs.readDirectory(dir)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
    },
    async read(name) {
      try {
        const { size } = await fs.stat(uri(name));
        if (size > FILE_LIMIT) return { tooBig: size };
        return new TextDecoder().decode(await fs.readFile(uri(name)));
      } catch (e) {
        if (notFound(e)) return undefined;
        throw e;
      }
    },
    async write(name, text) {
      await ensure();
      const tmp = uri(`.${name}.tmp`);
      await fs.writeFile(tmp, new TextEncoder().encode(text));
      await fs.rename(tmp, uri(name), { overwrite: true });
    },
    async remove(name) {
      try {
        await fs.delete(uri(name));
      } catch (e) {
        if (!notFound(e)) throw e;
      }
    },
    where: (name) => uri(name).toString(true),
  };
}

/** How often the folder is listed besides the watcher (ms). */
const POLL_MS = 15_000;

/** The store for this window, with the watcher and the focus refresh registered. */
export function createProgressStore(
  context: vscode.ExtensionContext,
  options: Omit<StoreOptions, 'state' | 'files'>,
): ProgressStore {
  const dir = vscode.Uri.joinPath(context.globalStorageUri, 'progress');
  const files = journalFiles(dir);
  const name = (u: vscode.Uri) => u.path.slice(u.path.lastIndexOf('/') + 1);
  let disposed = false;
  // The watcher starts once the journal is read, on a folder that exists (a watcher made before
  // its folder is missed the first seconds of files); a listing then catches what came between.
  const watch = async () => {
    await files.ensure();
    if (disposed) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, '*.jsonl'), false, true, true);
    context.subscriptions.push(watcher, watcher.onDidCreate((u) => void store.fileCreated(name(u))));
    await store.refresh();
  };
  const store = new ProgressStore({ ...options, state: context.globalState, files, onLoaded: () => void watch().catch(() => undefined) });
  // A backstop for watchers that miss events (network folders, some remote hosts): list now and then.
  const poll = setInterval(() => void store.refresh(), POLL_MS);
  context.subscriptions.push(
    { dispose: () => { disposed = true; clearInterval(poll); } },
    // Another window may have written while this one was in the background; sync may have run.
    vscode.window.onDidChangeWindowState((e) => e.focused && void store.refresh()),
  );
  return store;
}

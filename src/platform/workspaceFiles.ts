// Writing into the workspace without leaving it. A repository can ship a symbolic link where
// Python Roadmap writes (docs/python-roadmap.md, .roadmap/team, roadmap-exercises) pointing at a
// file outside; writing through it would overwrite that file. So before any write into a workspace
// folder, every part of the path below the folder is checked, and a link — to a file or a folder,
// dangling or not — stops the write with a message naming it. The scan uses the same check to
// read no file behind a linked folder. workspace.fs only, so the web host has it too (its stat
// reports links as FileType.SymbolicLink as the desktop's does).
import vscode = require('vscode');

type Stat = (uri: vscode.Uri) => Thenable<vscode.FileStat>;

/** Returns a function that finds the first symbolic link on the way from a URI's workspace folder
 *  to it (itself included): undefined when there is none, or when the URI is in no workspace folder
 *  (a place the learner chose in a dialog). Each place is checked once per checker: make one per
 *  write, or one per scan. */
export function linkChecker(stat: Stat = (u) => vscode.workspace.fs.stat(u)): (target: vscode.Uri) => Promise<vscode.Uri | undefined> {
  const known = new Map<string, boolean>();
  const isLink = async (uri: vscode.Uri): Promise<boolean | undefined> => {
    const key = uri.toString();
    const had = known.get(key);
    if (had !== undefined) return had;
    let type: vscode.FileType;
    try {
      type = (await stat(uri)).type;
    } catch {
      return undefined; // nothing there: it and what is below it will be created, as plain folders and files
    }
    const link = (type & vscode.FileType.SymbolicLink) !== 0;
    known.set(key, link);
    return link;
  };
  return async (target) => {
    const root = vscode.workspace.getWorkspaceFolder(target);
    if (!root) return undefined;
    const base = root.uri.path.replace(/\/+$/, '');
    if (!target.path.startsWith(`${base}/`)) return undefined;
    const parts = target.path.slice(base.length + 1).split('/').filter(Boolean);
    let at = root.uri;
    for (const part of parts) {
      at = vscode.Uri.joinPath(at, part);
      const link = await isLink(at);
      if (link === undefined) return undefined;
      if (link) return at;
    }
    return undefined;
  };
}

/** Refuses, with a message naming the link, a write that would go through a symbolic link. */
export async function checkNoLink(target: vscode.Uri): Promise<void> {
  const link = await linkChecker()(target);
  if (link) {
    throw new Error(vscode.l10n.t('{0} is a symbolic link. Python Roadmap does not write through links, so that nothing lands outside the workspace; nothing was written.', vscode.workspace.asRelativePath(link)));
  }
}

/** Writes a file (and the folders on its way) unless a symbolic link is on the way. */
export async function writeInWorkspace(target: vscode.Uri, text: string): Promise<void> {
  await checkNoLink(target);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}

/** Creates a folder unless a symbolic link is on the way. */
export async function createFolderInWorkspace(folder: vscode.Uri): Promise<void> {
  await checkNoLink(folder);
  await vscode.workspace.fs.createDirectory(folder);
}

// Reading a file the extension ships (its roadmap, exercises, bundle files): through
// vscode.workspace.fs, which serves the extension's folder in the desktop host and in code-server's
// web worker host; on vscode.dev an extension's files are served over https, which only fetch reads.
import vscode = require('vscode');

export async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if ((uri.scheme !== 'https' && uri.scheme !== 'http') || typeof fetch !== 'function') throw e;
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`${uri.toString(true)}: ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

export async function readExtensionText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await readExtensionFile(uri));
}

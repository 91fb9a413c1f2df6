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

/**
 * A content translation the extension ships, dist/l10n/<name>.<locale>.json, for the first of
 * `locales` (most specific first) that exists: its JSON, or why it could not be read. Undefined
 * when there is none (the English stays).
 */
export async function readTranslation(extensionUri: vscode.Uri, name: string, locales: readonly string[]): Promise<{ file: string; value: unknown } | { file: string; error: string } | undefined> {
  for (const locale of locales) {
    const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'l10n', `${name}.${locale}.json`);
    const file = `l10n/${name}.${locale}.json`;
    let text: string;
    try {
      text = await readExtensionText(uri);
    } catch {
      continue; // no translation for this locale
    }
    try {
      return { file, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { file, error: e instanceof Error ? e.message : String(e) };
    }
  }
  return undefined;
}

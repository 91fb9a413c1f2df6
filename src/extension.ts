// Composition root. The UI arrives with the next issue; for now activation only wires nothing.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Intentionally empty until the sidebar, webview and commands land.
}

export function deactivate(): void {}

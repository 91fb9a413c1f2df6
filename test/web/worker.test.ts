// The web run proves where it is: the tests and the extension in VS Code's web worker extension
// host, with no Node (no process, no require for files), as on vscode.dev.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

suite('web: where this runs', () => {
  test('the tests run in a web worker without Node globals', () => {
    const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
    assert.strictEqual(typeof scope, 'function');
    assert.ok(globalThis instanceof scope!, 'self instanceof WorkerGlobalScope');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.strictEqual(typeof (globalThis as { Buffer?: unknown }).Buffer, 'undefined');
    assert.strictEqual(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  test('Python Roadmap itself runs in that worker: its own code sees no process', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI, 'a web extension runs on the UI side');
    const runtime = (await api()).testing.runtime();
    assert.deepStrictEqual(runtime, { process: 'undefined', inWorker: true });
    assert.strictEqual(ext.packageJSON.browser, './dist/extension.js');
  });
});

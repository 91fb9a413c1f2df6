// Shared by the integration suites (Node host) and the web suite (worker): the API and polling,
// through the VS Code API only (no Node modules, so the web bundle can include it).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PythonRoadmapApi } from '../../src/api';

export const EXTENSION_ID = 'python-roadmap.python-roadmap';

/** The API with its test internals, which only a test run gets. */
export type TestedApi = PythonRoadmapApi & { readonly testing: NonNullable<PythonRoadmapApi['testing']> };

export async function api(): Promise<TestedApi> {
  const ext = vscode.extensions.getExtension<PythonRoadmapApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const a = await ext.activate();
  assert.ok(a.testing, 'the test internals are handed out in a test run');
  return a as TestedApi;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | false;
  while (Date.now() < deadline) {
    last = probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

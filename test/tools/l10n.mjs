// `npm run l10n`: writes l10n/bundle.l10n.json, every string the code passes to vscode.l10n.t
// (the extension host) or @vscode/l10n's l10n.t (the core and the webview), with @vscode/l10n-dev's
// extractor. It recognises `import * as vscode from 'vscode'` only, and the code writes
// `import vscode = require('vscode')` (see eslint.config.mjs), so each file is read with that one
// line rewritten. The unit test l10n.test.ts checks the file is current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getL10nJson } from '@vscode/l10n-dev';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function* sources(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

/** The bundle the sources call for, keys sorted. */
export async function extract() {
  const files = [...sources(join(root, 'src'))].sort().map((f) => ({
    extension: '.ts',
    contents: readFileSync(f, 'utf8').replace(/^import vscode = require\('vscode'\);$/m, "import * as vscode from 'vscode';"),
  }));
  const bundle = await getL10nJson(files);
  return Object.fromEntries(Object.entries(bundle).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const BUNDLE = join(root, 'l10n', 'bundle.l10n.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = await extract();
  writeFileSync(BUNDLE, `${JSON.stringify(bundle, null, 2)}\n`);
  console.log(`${BUNDLE}: ${Object.keys(bundle).length} strings`);
}

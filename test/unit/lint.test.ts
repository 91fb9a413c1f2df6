// The rule that keeps src/core free of the editor is real: ESLint rejects a vscode import there.
import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from './fixtures';

suite('lint: src/core stays pure', () => {
  test('importing vscode under src/core is an error, elsewhere it is fine', async function () {
    this.timeout(60000);
    const eslint = new ESLint({ cwd: ROOT });
    const code = "import * as vscode from 'vscode';\nexport const x = vscode;\n";
    const [core] = await eslint.lintText(code, { filePath: `${ROOT}/src/core/example.ts` });
    assert.ok(core!.messages.some((m) => m.ruleId === 'no-restricted-imports'), JSON.stringify(core!.messages));
    const [ui] = await eslint.lintText(code, { filePath: `${ROOT}/src/tree/example.ts` });
    assert.deepEqual(ui!.messages.filter((m) => m.ruleId === 'no-restricted-imports'), []);
  });
});

suite('lint: chunks load on first use', () => {
  test('a value import of a chunk module outside src/chunks.ts is an error; a type import is fine', async function () {
    this.timeout(60000);
    const eslint = new ESLint({ cwd: ROOT });
    const rule = '@typescript-eslint/no-restricted-imports';
    const [value] = await eslint.lintText("import { search } from '../core/search';\nexport const x = search;\n", { filePath: `${ROOT}/src/commands/example.ts` });
    assert.ok(value!.messages.some((m) => m.ruleId === rule), JSON.stringify(value!.messages));
    const [types] = await eslint.lintText("import type { SearchHit } from '../core/search';\nexport type X = SearchHit;\n", { filePath: `${ROOT}/src/commands/example.ts` });
    assert.deepEqual(types!.messages.filter((m) => m.ruleId === rule), []);
  });
});

suite('lint: detection modules without the parser stay without it', () => {
  test('importing @lezer/* or ./python in fileKind.ts or project.ts is an error; in python.ts it is fine', async function () {
    this.timeout(60000);
    const eslint = new ESLint({ cwd: ROOT });
    for (const code of ["import { parser } from '@lezer/python';\nexport const x = parser;\n", "import { IncrementalPythonDetector } from './python';\nexport const x = IncrementalPythonDetector;\n"]) {
      for (const file of ['fileKind.ts', 'project.ts']) {
        const [r] = await eslint.lintText(code, { filePath: `${ROOT}/src/core/detect/${file}` });
        assert.ok(r!.messages.some((m) => m.ruleId === 'no-restricted-imports'), `${file}: ${JSON.stringify(r!.messages)}`);
      }
    }
    const [ok] = await eslint.lintText("import { parser } from '@lezer/python';\nexport const x = parser;\n", { filePath: `${ROOT}/src/core/detect/python.ts` });
    assert.deepEqual(ok!.messages.filter((m) => m.ruleId === 'no-restricted-imports'), []);
  });
});

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

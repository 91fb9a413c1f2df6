import * as fs from 'fs';
import * as util from 'util';

// The extension host replaces console.log; in code-server its output reaches the browser page,
// which the harness prints. The harness may also give a file to mirror it to.
export function testLog(...a: unknown[]): void {
  console.log(...a);
  const file = process.env.VSCODE_TEST_LOG;
  if (file) fs.appendFileSync(file, util.format(...a) + '\n');
}

// The statement Start Exercise writes (README.md) ends, for every exercise, with how to check it:
// the command by the name the palette shows, and the Testing view; in the display language.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { howToCheck, statementFile } from '../../src/exercises/statement';
import { parseExerciseBundle } from '../../src/core/exercises';
import { ROOT } from './fixtures';

const read = (p: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
/** The command's name in the palette: its category and title, as the manifest gives them. */
const commandName = (nls: Record<string, string>) => `${nls.category}: ${nls['command.checkExercise.title']}`;

suite('exercises: the statement says how to check', () => {
  test('it ends with the command and the Testing view, after the exercise\'s own text', () => {
    const text = statementFile('# Flatten nested lists\n\nWrite `flatten`.\n\n');
    assert.ok(text.startsWith('# Flatten nested lists\n\nWrite `flatten`.\n\n---\n\n'), text);
    assert.ok(text.endsWith(`${howToCheck()}\n`), text);
    assert.ok(howToCheck().includes(commandName(read('package.nls.json'))), howToCheck());
    assert.match(howToCheck(), /Testing view/);
  });

  test('every shipped exercise gets it', () => {
    const parsed = parseExerciseBundle(readFileSync(join(ROOT, 'dist', 'exercises.json'), 'utf8'), 'dist/exercises.json');
    assert.ok('bundle' in parsed, 'error' in parsed ? parsed.error : '');
    assert.ok(parsed.bundle.exercises.length >= 31);
    for (const e of parsed.bundle.exercises) {
      const text = statementFile(e.statement);
      assert.ok(text.startsWith(e.statement.trimEnd()) && text.endsWith(`${howToCheck()}\n`), e.id);
    }
  });

  test('the line is in the display language, naming the command as the Spanish palette does', () => {
    const english = howToCheck();
    l10n.config({ contents: { [english]: 'la línea traducida' } });
    try {
      assert.ok(statementFile('# Aplana').endsWith('\n\nla línea traducida\n'));
    } finally {
      l10n.config({ contents: {} });
    }
    assert.equal(howToCheck(), english);
    // Once the Spanish bundle has it (l10n.test.ts asks for every string), it names the command
    // as package.nls.es.json does and the Testing view as VS Code in Spanish calls it.
    const es = read('l10n/bundle.l10n.es.json')[english];
    if (es !== undefined) {
      assert.ok(es.includes(commandName(read('package.nls.es.json'))), es);
      assert.match(es, /vista Pruebas/);
    }
  });
});

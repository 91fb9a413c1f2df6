// The statement as Start Exercise writes it (README.md, shown beside the starter): the exercise's
// own text and then, the same for every exercise, how to check it. Pure.
import * as l10n from '@vscode/l10n';

/** The line that ends every statement: the command and the Testing view. */
export const howToCheck = (): string => l10n.t('To check your solution, run **Python Roadmap: Check Exercise** from the Command Palette, or run its tests in the Testing view.');

export function statementFile(statement: string): string {
  return `${statement.trimEnd()}\n\n---\n\n${howToCheck()}\n`;
}

// Export Progress…, Import Progress… and Undo Import, registered at activation; what they do is in
// commands/exchange.ts, in the pages chunk, loaded the first time one of them runs.
import vscode = require('vscode');
import type { Services } from '../services';
import type { ExchangeCommand, ImportSession } from './exchange';
import { pages } from '../chunks';

const COMMANDS: readonly ExchangeCommand[] = ['pythonRoadmap.exportProgress', 'pythonRoadmap.importProgress', 'pythonRoadmap.undoImport'];

export function registerExchangeCommands(context: vscode.ExtensionContext, s: Services, session: () => ImportSession, testHooks: boolean): void {
  let handlers: Record<ExchangeCommand, (arg?: unknown) => Promise<unknown>> | undefined;
  for (const id of COMMANDS) {
    context.subscriptions.push(s.command(id, (arg?: unknown) => (handlers ??= pages().exchangeCommands(s, session(), testHooks))[id](arg)));
  }
}

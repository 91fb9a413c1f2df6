// Create Portfolio Report…, Open Report and Save the Whole Roadmap as Markdown…, registered at
// activation; what they do is in commands/report.ts, in the pages chunk, loaded on first use.
import vscode = require('vscode');
import type { Services } from '../services';
import type { PortfolioReport } from './portfolio';
import type { ReportCommand } from './report';
import { pages } from '../chunks';

const COMMANDS: readonly ReportCommand[] = ['pythonRoadmap.createReport', 'pythonRoadmap.openReport', 'pythonRoadmap.exportRoadmap'];

export function registerReportCommands(context: vscode.ExtensionContext, s: Services, reportOf: () => PortfolioReport, testHooks: boolean): void {
  let handlers: Record<ReportCommand, (arg?: unknown) => Promise<unknown>> | undefined;
  for (const id of COMMANDS) {
    context.subscriptions.push(s.command(id, (arg?: unknown) => (handlers ??= pages().reportCommands(s, reportOf, testHooks))[id](arg)));
  }
}

// What the commands and views share; built once in extension.ts.
import type * as vscode from 'vscode';
import type { Roadmap } from './core/roadmap';
import type { RegisterCommand } from './commands/command';
import type { Log } from './log';
import type { ProgressStore } from './state/progressStore';
import type { RoadmapPanel } from './webview/panel';
import type { RoadmapTree } from './tree/treeView';

export interface Services {
  /** The roadmap, parsed on first call; throws when it cannot be loaded (reported once). */
  roadmap(): Roadmap;
  /** Fires once, when the roadmap was first parsed. */
  readonly onDidLoadRoadmap: vscode.Event<void>;
  readonly store: ProgressStore;
  readonly log: Log;
  /** Registers a command that logs what it did and reports its failure (commands/command.ts). */
  readonly command: RegisterCommand;
  readonly panel: RoadmapPanel;
  readonly tree: RoadmapTree;
}

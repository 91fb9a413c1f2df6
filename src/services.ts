// What the commands and views share; built once in extension.ts.
import type { RegisterCommand } from './commands/command';
import type { Log } from './log';
import type { ProgressStore } from './state/progressStore';
import type { ScopedProgress } from './state/scopedProgress';
import type { Roadmaps } from './roadmaps/roadmaps';
import type { RoadmapPanel } from './webview/panel';
import type { RoadmapTree } from './tree/treeView';
import type { Ownership } from './ownership/ownership';

export interface Services {
  /** Every roadmap, loaded once (`await roadmaps.ready()`), and the one being followed (`roadmaps.active`, a value or undefined). */
  readonly roadmaps: Roadmaps;
  /** The progress of the roadmap being followed, by its own skill ids. */
  readonly progress: ScopedProgress;
  /** The one store of every roadmap's progress (export, import and reset work on all of it). */
  readonly store: ProgressStore;
  readonly log: Log;
  /** Registers a command that logs what it did and reports its failure (commands/command.ts). */
  readonly command: RegisterCommand;
  readonly panel: RoadmapPanel;
  readonly tree: RoadmapTree;
  /** Whose code a place is (Git blame against the learner's addresses), for what is offered and kept as proof. */
  readonly ownership: Ownership;
}

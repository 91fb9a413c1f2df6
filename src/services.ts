// What the commands and views share; built once in extension.ts.
import type { Roadmap } from './core/roadmap';
import type { ProgressStore } from './state/progressStore';
import type { RoadmapPanel } from './webview/panel';
import type { RoadmapTree } from './tree/treeView';

export interface Services {
  roadmap(): Roadmap;
  readonly store: ProgressStore;
  readonly panel: RoadmapPanel;
  readonly tree: RoadmapTree;
}

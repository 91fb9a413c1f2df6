// What activate() returns: for other extensions, and for the integration tests.
import type * as vscode from 'vscode';
import type { Evidence, Status } from './core/progress';
import type { ProgressStore } from './state/progressStore';
import type { ScopedProgress } from './state/scopedProgress';
import type { Roadmaps } from './roadmaps/roadmaps';
import type { Exercises } from './exercises/exercises';
import type { RoadmapPanel } from './webview/panel';
import type { RoadmapTree } from './tree/treeView';
import type { CodingAssistant } from './coding/codingAssistant';
import type { WorkspaceScan } from './coding/scanWorkspace';
import type { Welcome } from './welcome';
import type { Ownership } from './ownership/ownership';

export interface PythonRoadmapApi {
  /** Resolves once the roadmaps are loaded (they are read on first use, never during activation). */
  ready(): Promise<void>;
  /** The status of a shipped roadmap's skill or practice item; once loaded, undefined for an id it does not have. */
  status(skillId: string): Status | undefined;
  /** The user's note on a skill, if any. */
  note(skillId: string): string | undefined;
  /** Where the skill was seen in code, newest first. */
  evidence(skillId: string): readonly Evidence[];
  readonly onDidChangeProgress: vscode.Event<readonly string[]>;
  /** Internals for the integration tests, present only in the test extension mode; not a stable API. */
  readonly testing?: {
    readonly store: ProgressStore;
    /** The active roadmap's progress, by its own ids. */
    readonly progress: ScopedProgress;
    readonly roadmaps: Roadmaps;
    readonly exercises: () => Exercises;
    readonly globalState: vscode.Memento;
    readonly tree: RoadmapTree;
    readonly panel: RoadmapPanel;
    readonly statusBar: vscode.StatusBarItem;
    readonly coding: CodingAssistant;
    readonly scan: WorkspaceScan;
    readonly welcome: Welcome;
    readonly ownership: Ownership;
    /** The last lines of the output channel. */
    log(): readonly string[];
    /** How many warning notifications were shown (unreadable records come in one). */
    readonly warnings: { readonly notified: number };
    readonly activationMs: number;
    /** Where the extension's code runs, as it sees it: the web worker host has no `process`. */
    runtime(): { readonly process: string; readonly inWorker: boolean };
  };
}

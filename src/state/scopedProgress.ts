// The progress of the roadmap being followed: the one store (ProgressStore, the only writer) seen
// through the active roadmap's namespace. The shipped roadmap's skills are stored under their own
// ids (as before custom roadmaps existed); another roadmap's under '<roadmap id>:<skill id>', so
// each roadmap's progress is kept apart and a switch never mixes them.
import type { ProgressStore, Snapshot } from '../core/journalStore';
import type { HistoryEvent } from '../core/journal';
import type { Evidence, SkillRecord, Status } from '../core/progress';

export interface Disposable {
  dispose(): void;
}
type Listener = (ids: readonly string[]) => unknown;

export class ScopedProgress {
  private readonly listeners = new Set<Listener>();
  private readonly subscription: Disposable;

  /** `namespace()`: the active roadmap's prefix ('' for the shipped roadmap). */
  constructor(readonly store: ProgressStore, private readonly namespace: () => string) {
    this.subscription = store.onDidChange((ids) => {
      const ns = this.namespace();
      const mine = ids.filter((id) => this.owns(id, ns)).map((id) => id.slice(ns.length));
      if (mine.length) this.fire(mine);
    });
  }

  private owns(id: string, ns = this.namespace()): boolean {
    return ns ? id.startsWith(ns) : !id.includes(':');
  }

  private key(id: string): string {
    return this.namespace() + id;
  }

  /** Tells every listener that everything may have changed (the active roadmap switched). */
  fireAll(ids: readonly string[]): void {
    this.fire(ids);
  }

  private fire(ids: readonly string[]): void {
    for (const l of [...this.listeners]) {
      try {
        l(ids);
      } catch {
        /* a listener's failure is its own */
      }
    }
  }

  /** The shape of a vscode.Event. */
  onDidChange = (listener: Listener, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener = thisArgs === undefined ? listener : (e) => listener.call(thisArgs, e);
    this.listeners.add(bound);
    const d = { dispose: () => void this.listeners.delete(bound) };
    disposables?.push(d);
    return d;
  };

  initialize(): Promise<void> {
    return this.store.initialize();
  }

  refresh(): Promise<void> {
    return this.store.refresh();
  }

  record(id: string): SkillRecord | undefined {
    return this.store.record(this.key(id));
  }

  status(id: string): Status {
    return this.store.status(this.key(id));
  }

  note(id: string): string | undefined {
    return this.store.note(this.key(id));
  }

  /** This roadmap's ids with a record (known to it or not). */
  storedIds(): string[] {
    const ns = this.namespace();
    return this.store.storedIds().filter((id) => this.owns(id, ns)).map((id) => id.slice(ns.length));
  }

  async setStatus(ids: readonly string[], status: Status): Promise<string[]> {
    const ns = this.namespace();
    return (await this.store.setStatus(ids.map((id) => ns + id), status)).filter((id) => this.owns(id, ns)).map((id) => id.slice(ns.length));
  }

  setNote(id: string, note: string): Promise<void> {
    return this.store.setNote(this.key(id), note);
  }

  addEvidence(id: string, evidence: Evidence, status?: Status): Promise<void> {
    return this.store.addEvidence(this.key(id), evidence, status);
  }

  /** The records as they are, by this roadmap's ids, for an undo. */
  snapshot(ids: readonly string[] = this.storedIds()): Snapshot {
    return new Map(ids.map((id) => [id, this.record(id)]));
  }

  restore(snapshot: Snapshot, keepDates = false): Promise<void> {
    const ns = this.namespace();
    return this.store.restore(new Map([...snapshot].map(([id, r]) => [ns + id, r])), keepDates);
  }

  history(): HistoryEvent[] {
    const ns = this.namespace();
    return this.store.history().filter((e) => this.owns(e.id, ns)).map((e) => (ns ? { ...e, id: e.id.slice(ns.length) } : e));
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }
}

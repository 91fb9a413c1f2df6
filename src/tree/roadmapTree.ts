// The sidebar's data: plain nodes, and TreeItems built fresh from the roadmap and the store.
import vscode = require('vscode');
import { allSkills, findItem, findPhase } from '../core/roadmap';
import type { Roadmap, CheckableItem } from '../core/roadmap';
import { countItems, statusLabel } from '../core/progress';
import type { Status } from '../core/progress';
import type { ScopedProgress } from '../state/scopedProgress';
import type { Roadmaps } from '../roadmaps/roadmaps';
import { statusUri } from './decorations';
import { mdProse, mdText } from '../core/text';

export type Node =
  | { kind: 'phase'; id: string }
  | { kind: 'group'; phaseId: string; id: string }
  | { kind: 'item'; id: string };

export type Filter = 'all' | 'hideLearned' | 'inProgress';


const STATUS_ICON: Record<Status, vscode.ThemeIcon | undefined> = {
  none: undefined,
  learning: new vscode.ThemeIcon('play-circle', new vscode.ThemeColor('charts.yellow')),
  learned: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green')),
  skipped: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
};

export class RoadmapTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: Filter = 'all';
  /** One node object per id, so reveal() and selection keep working across refreshes. */
  private readonly nodes = new Map<string, Node>();
  private readonly subscription: vscode.Disposable;

  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly roadmaps: Roadmaps, private readonly store: ScopedProgress) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
    // Another roadmap followed: new rows (node objects are per roadmap and id).
    this.subscriptions = [roadmaps.onDidChange(() => {
      this.nodes.clear();
      this.changed.fire(undefined);
    })];
  }

  /** The roadmap shown: the one followed, undefined until loaded or when none loads. */
  private get roadmap(): Roadmap | undefined {
    return this.roadmaps.active?.roadmap;
  }

  setFilter(filter: Filter): void {
    this.filter = filter;
    this.changed.fire(undefined);
  }

  getFilter(): Filter {
    return this.filter;
  }

  itemNode(id: string): Node {
    return this.node(`item:${id}`, () => ({ kind: 'item', id }));
  }

  async getChildren(element?: Node): Promise<Node[]> {
    await this.roadmaps.ready();
    const roadmap = this.roadmap;
    if (!roadmap) return []; // reported where it is loaded; the view shows its welcome text instead
    if (!element) return roadmap.phases.map((p) => this.node(`phase:${p.id}`, () => ({ kind: 'phase', id: p.id })));
    if (element.kind === 'item') return [];
    const phaseId = element.kind === 'phase' ? element.id : element.phaseId;
    const phase = findPhase(roadmap, phaseId);
    if (!phase) return [];
    const items = allSkills(roadmap).filter((i) => i.phaseId === phaseId && this.visible(i));
    if (element.kind === 'group') return items.filter((i) => i.groupId === element.id).map((i) => this.itemNode(i.id));
    const children: Node[] = [];
    const groups = new Set<string>();
    for (const i of items) {
      if (!i.groupId) children.push(this.itemNode(i.id));
      else if (!groups.has(i.groupId)) {
        groups.add(i.groupId);
        children.push(this.groupNode(phaseId, i.groupId));
      }
    }
    return children;
  }

  getParent(element: Node): Node | undefined {
    if (element.kind === 'phase') return undefined;
    if (element.kind === 'group') return this.node(`phase:${element.phaseId}`, () => ({ kind: 'phase', id: element.phaseId }));
    const item = this.roadmap && findItem(this.roadmap, element.id);
    if (!item) return undefined;
    if (item.groupId) return this.groupNode(item.phaseId, item.groupId);
    return this.node(`phase:${item.phaseId}`, () => ({ kind: 'phase', id: item.phaseId }));
  }

  getTreeItem(element: Node): vscode.TreeItem {
    const roadmap = this.roadmap;
    if (!roadmap) return new vscode.TreeItem(element.id);
    const statusOf = (id: string) => this.store.status(id);
    if (element.kind === 'phase') {
      const phase = findPhase(roadmap, element.id);
      if (!phase) return new vscode.TreeItem(element.id);
      const counts = countItems(allSkills(roadmap).filter((i) => i.phaseId === phase.id), statusOf);
      const t = new vscode.TreeItem(`${phase.number} · ${phase.title}`, vscode.TreeItemCollapsibleState.Collapsed);
      t.id = `phase:${phase.id}`;
      t.description = `${counts.learned}/${counts.total - counts.skipped}${phase.duration.label ? ` · ${phase.duration.label}` : ''}`;
      const about = [phase.level, phase.duration.label].filter(Boolean).map(mdText).join(', ');
      t.tooltip = plainTooltip(`**${phase.number} · ${mdText(phase.title)}**${about ? ` — ${about}` : ''}\n\n${mdText(phase.summary)}\n\n${mdText(progressLine(counts))}`);
      t.iconPath = new vscode.ThemeIcon(counts.learned + counts.skipped === counts.total ? 'pass-filled' : 'milestone', counts.learned + counts.skipped === counts.total ? new vscode.ThemeColor('charts.green') : undefined);
      t.contextValue = 'phase';
      t.accessibilityInformation = { label: vscode.l10n.t('Phase {0}, {1}: {2} of {3} learned', phase.number, phase.title, counts.learned, counts.total) };
      return t;
    }
    if (element.kind === 'group') {
      const phase = findPhase(roadmap, element.phaseId);
      if (!phase) return new vscode.TreeItem(element.id);
      const group = phase.groups?.find((g) => g.id === element.id);
      const counts = countItems(allSkills(roadmap).filter((i) => i.phaseId === phase.id && i.groupId === element.id), statusOf);
      const t = new vscode.TreeItem(group?.title ?? element.id, vscode.TreeItemCollapsibleState.Collapsed);
      t.id = `group:${phase.id}/${element.id}`;
      t.description = `${counts.learned}/${counts.total - counts.skipped}`;
      t.tooltip = group?.summary;
      t.iconPath = new vscode.ThemeIcon(element.id === 'soft-skills' ? 'organization' : 'folder-library');
      t.contextValue = 'group';
      return t;
    }
    const item = findItem(roadmap, element.id);
    if (!item) return new vscode.TreeItem(element.id);
    const record = this.store.record(item.id);
    return this.itemTreeItem(item, record?.status ?? 'none', record?.note?.trim() ? record.note : undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.changed.dispose();
  }

  private itemTreeItem(item: CheckableItem, status: Status, note?: string): vscode.TreeItem {
    const t = new vscode.TreeItem(item.title, vscode.TreeItemCollapsibleState.None);
    t.id = `item:${item.id}`;
    t.resourceUri = statusUri(item.id, status);
    t.checkboxState = {
      state: status === 'learned' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: status === 'learned' ? vscode.l10n.t('Learned — uncheck to mark as not started') : vscode.l10n.t('Mark as learned'),
      accessibilityInformation: { label: vscode.l10n.t('{0} learned', item.title) },
    };
    const essential = item.kind === 'skill' && 'essential' in item.source && item.source.essential;
    const parts = [status === 'learning' || status === 'skipped' ? statusLabel(status) : '', item.kind === 'practice' ? vscode.l10n.t('practice') : '', note ? vscode.l10n.t('✎ note') : ''];
    t.description = parts.filter(Boolean).join(' · ');
    t.iconPath = STATUS_ICON[status] ?? new vscode.ThemeIcon(item.kind === 'practice' ? 'tools' : 'circle-large-outline');
    const md = plainTooltip(`**${mdText(item.title)}**${essential ? ` · _${mdText(vscode.l10n.t('essential for 2026 hiring'))}_` : ''}\n\n${mdProse(item.summary)}\n\n_${mdText(statusLabel(status))}_`);
    if (note) md.appendMarkdown(`\n\n---\n\n**${vscode.l10n.t('Your note:')}** `).appendText(note.length > 300 ? `${note.slice(0, 300)}…` : note);
    t.tooltip = md;
    t.contextValue = `${item.kind}.${status}`;
    t.command = { command: 'pythonRoadmap.openSkill', title: vscode.l10n.t('Open Skill'), arguments: [item.id, { preserveFocus: true }] };
    const kind = item.kind === 'practice' ? vscode.l10n.t('practice') : vscode.l10n.t('skill');
    t.accessibilityInformation = { label: note ? vscode.l10n.t('{0}, {1}, {2}, has a note', item.title, kind, statusLabel(status)) : `${item.title}, ${kind}, ${statusLabel(status)}` };
    return t;
  }

  private visible(item: CheckableItem): boolean {
    const s = this.store.status(item.id);
    if (this.filter === 'hideLearned') return s !== 'learned' && s !== 'skipped';
    if (this.filter === 'inProgress') return s === 'learning';
    return true;
  }

  private groupNode(phaseId: string, id: string): Node {
    return this.node(`group:${phaseId}/${id}`, () => ({ kind: 'group', phaseId, id }));
  }

  private node(key: string, make: () => Node): Node {
    let n = this.nodes.get(key);
    if (!n) {
      n = make();
      this.nodes.set(key, n);
    }
    return n;
  }
}

/** A tooltip built from a roadmap's words, each escaped by mdText or mdProse: a custom or team
 *  roadmap is untrusted text, so its tooltip is never trusted (no command links) and has no HTML. */
function plainTooltip(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export function progressLine(c: { learned: number; learning: number; skipped: number; total: number }): string {
  const extra = [c.learning ? vscode.l10n.t('{0} learning', c.learning) : '', c.skipped ? vscode.l10n.t('{0} skipped', c.skipped) : ''].filter(Boolean).join(', ');
  const line = vscode.l10n.t('{0} of {1} learned', c.learned, c.total - c.skipped);
  return extra ? `${line} (${extra})` : line;
}

// The CodeLens variant (off by default): above the first line showing each skill not learned yet,
// "Roadmap: Decorators — Mark as Learned | Mark as Learning".
import vscode = require('vscode');
import { findItem } from '../core/roadmap';
import type { Services } from '../services';
import type { DocumentSkills } from './documentSkills';
import { mapDetections } from '../core/skillsSeen';
import { MARK_FROM_CODE } from './markFromCode';
import type { MarkFromCodeArgs } from './markFromCode';

export class SkillsCodeLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly s: Services, private readonly skills: DocumentSkills, private readonly enabled: () => boolean) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.enabled()) return [];
    const result = this.skills.get(document) ?? this.skills.detectNow(document);
    if (!result) return [];
    await this.s.roadmaps.ready();
    const active = this.s.roadmaps.active;
    if (!active) return [];
    const roadmap = active.roadmap;
    const lenses: vscode.CodeLens[] = [];
    const done = new Set<string>();
    for (const d of mapDetections(result.detections, active.detects)) {
      if (done.has(d.skillId)) continue;
      done.add(d.skillId);
      const item = findItem(roadmap, d.skillId);
      const status = this.s.progress.status(d.skillId);
      if (!item || status === 'learned' || status === 'skipped' || d.line > document.lineCount) continue;
      const range = document.lineAt(d.line - 1).range;
      const base = { skillId: d.skillId, uri: (result.notebook?.uri ?? document.uri).toString(), line: d.line, ...(result.cell !== undefined ? { cell: result.cell } : {}) };
      lenses.push(new vscode.CodeLens(range, { title: `$(mortar-board) ${vscode.l10n.t('Roadmap: {0} — Mark as Learned', item.title)}`, command: MARK_FROM_CODE, arguments: [{ ...base, status: 'learned' } satisfies MarkFromCodeArgs] }));
      if (status !== 'learning') lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Mark as Learning'), command: MARK_FROM_CODE, arguments: [{ ...base, status: 'learning' } satisfies MarkFromCodeArgs] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Open Page'), command: 'pythonRoadmap.openSkill', arguments: [d.skillId] }));
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

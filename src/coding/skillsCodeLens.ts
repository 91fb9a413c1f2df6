// The CodeLens variant (off by default): above the first line showing each skill not learned yet,
// "Roadmap: Decorators — Mark as Learned | Mark as Learning". Only a line of the learner's own code
// is offered (see ownership/): the lens goes to the first such line; when the file shows the skill
// on no line of theirs, one lens says whose code it is and opens the skill's page. Mentions (below
// the evidence standard) get no lens.
import vscode = require('vscode');
import { findItem } from '../core/roadmap';
import { isShown } from '../core/detect/types';
import { ownerPhrase } from '../core/ownership';
import type { Owner } from '../core/ownership';
import type { Services } from '../services';
import type { DocumentSkills } from './documentSkills';
import { mapDetections } from '../core/skillsSeen';
import { MARK_FROM_CODE } from './markFromCode';
import type { MarkFromCodeArgs } from './markFromCode';
import { isYours, ownersOf } from './placeOwners';

/** A lens title's few words for a line that is not the learner's. */
function whose(o: Owner): string {
  if (o.kind === 'theirs') return o.starter ? vscode.l10n.t('the exercise\'s own code') : vscode.l10n.t('written by someone else');
  return vscode.l10n.t('not known to be yours');
}

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
    const shown = mapDetections(result.detections, active.detects).filter(isShown);
    if (!shown.length) return [];
    const owners = await ownersOf(this.s.ownership, result);
    const lenses: vscode.CodeLens[] = [];
    const done = new Set<string>();
    // One skill's actions per line: two or more on one line ran past the editor's width and were cut
    // ("Mark as Lean…"); the others on that line are one "+N more here" that lists them all.
    const lineTaken = new Map<number, { range: vscode.Range; more: number }>();
    for (const d of shown) {
      if (done.has(d.skillId)) continue;
      done.add(d.skillId);
      const item = findItem(roadmap, d.skillId);
      const status = this.s.progress.status(d.skillId);
      if (!item || status === 'learned' || status === 'skipped') continue;
      // The first line of the learner's own that shows the skill, else the first line that does;
      // a line another skill's actions took already is passed over for the skill's next one.
      const lines = shown.filter((x) => x.skillId === d.skillId && x.line <= document.lineCount);
      const own = lines.filter((x) => isYours(owners(x.line)));
      const mine = own.find((x) => !lineTaken.has(x.line)) ?? own[0];
      const at = mine ?? lines.find((x) => !lineTaken.has(x.line)) ?? d;
      if (at.line > document.lineCount) continue;
      const range = document.lineAt(at.line - 1).range;
      const taken = lineTaken.get(at.line);
      if (taken) {
        taken.more++;
        continue;
      }
      lineTaken.set(at.line, { range, more: 0 });
      if (!mine) {
        const owner = owners(d.line);
        lenses.push(new vscode.CodeLens(range, { title: `$(mortar-board) ${vscode.l10n.t('Roadmap: {0} — {1}', item.title, whose(owner))}`, tooltip: vscode.l10n.t('This line is {0}, so it is not offered as proof. Open the skill\'s page.', ownerPhrase(owner)), command: 'pythonRoadmap.openSkill', arguments: [d.skillId] }));
        continue;
      }
      const base = { skillId: d.skillId, uri: (result.notebook?.uri ?? document.uri).toString(), line: at.line, ...(result.cell !== undefined ? { cell: result.cell } : {}) };
      lenses.push(new vscode.CodeLens(range, { title: `$(mortar-board) ${vscode.l10n.t('Roadmap: {0} — Mark as Learned', item.title)}`, command: MARK_FROM_CODE, arguments: [{ ...base, status: 'learned' } satisfies MarkFromCodeArgs] }));
      if (status !== 'learning') lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Mark as Learning'), command: MARK_FROM_CODE, arguments: [{ ...base, status: 'learning' } satisfies MarkFromCodeArgs] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Open Page'), command: 'pythonRoadmap.openSkill', arguments: [d.skillId] }));
    }
    for (const { range, more } of lineTaken.values()) {
      if (more) lenses.push(new vscode.CodeLens(range, { title: more === 1 ? vscode.l10n.t('+1 more skill here') : vscode.l10n.t('+{0} more skills here', more), tooltip: vscode.l10n.t('Show Roadmap Skills in This File'), command: 'pythonRoadmap.showSkillsHere' }));
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

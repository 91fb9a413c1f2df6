// Hovering a line where a roadmap skill is seen, and the skill is neither learned nor skipped: what
// the skill is, and links to mark it (keeping this line as evidence) or open its page. Only a line
// that is the learner's own code is offered as proof (see ownership/); on someone else's line, or
// one not known to be theirs, the hover says so and offers the learner's own line of the same
// skill in this file if there is one. A mention (below the evidence standard) is shown, never offered.
import vscode = require('vscode');
import { findItem, findPhase } from '../core/roadmap';
import { statusLabel } from '../core/progress';
import { isShown } from '../core/detect/types';
import { ownerPhrase } from '../core/ownership';
import type { Services } from '../services';
import type { DocumentSkills } from './documentSkills';
import { mapDetections } from '../core/skillsSeen';
import { markLink, MARK_FROM_CODE } from './markFromCode';
import type { MarkFromCodeArgs } from './markFromCode';
import { isYours, ownersOf } from './placeOwners';

export class SkillsHover implements vscode.HoverProvider {
  constructor(private readonly s: Services, private readonly skills: DocumentSkills, private readonly enabled: () => boolean) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.enabled()) return undefined;
    const result = this.skills.detectNow(document); // up to date even mid-typing
    if (!result) return undefined;
    const line = position.line + 1;
    if (!result.detections.some((d) => d.line === line)) return undefined;
    await this.s.roadmaps.ready();
    const active = this.s.roadmaps.active;
    if (!active) return undefined;
    const roadmap = active.roadmap;
    // As the items of the roadmap followed (a custom skill through its `detects`).
    const all = mapDetections(result.detections, active.detects);
    const here = all.filter((d) => d.line === line);
    const owners = await ownersOf(this.s.ownership, result);
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [MARK_FROM_CODE, 'pythonRoadmap.openSkill'] };
    // Link texts and titles are plain words: no brackets or quotes that would end the Markdown link.
    const plain = (s: string) => s.replace(/[[\]"()]/g, '');
    const uri = (result.notebook?.uri ?? document.uri).toString();
    const cell = result.cell !== undefined ? { cell: result.cell } : {};
    let shown = 0;
    for (const d of here) {
      const item = findItem(roadmap, d.skillId);
      const status = this.s.progress.status(d.skillId);
      if (!item || status === 'learned' || status === 'skipped') continue; // skipped: the user chose not to be asked
      if (shown++) md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown('$(mortar-board) **Python Roadmap:** ').appendText(item.title);
      md.appendMarkdown(' · ').appendText(`${findPhase(roadmap, item.phaseId)?.title ?? ''} · ${statusLabel(status)}`);
      md.appendMarkdown('\n\n').appendText(item.summary);
      const openPage = `[$(book) ${plain(vscode.l10n.t('Open skill page'))}](command:pythonRoadmap.openSkill?${encodeURIComponent(JSON.stringify([d.skillId]))} "${plain(vscode.l10n.t('Open the roadmap page of this skill'))}")`;
      if (!isShown(d)) {
        // A hint below the skill's evidence standard: said as such, never offered for marking.
        md.appendMarkdown(`\n\n*${vscode.l10n.t('Mentioned here:')}* `);
        if (d.reason) appendReason(md, d.reason);
        else md.appendText(d.evidence);
        md.appendMarkdown(' — ').appendText(vscode.l10n.t('below what counts as practice, so not offered as proof.'));
        md.appendMarkdown(`\n\n${openPage}`);
        continue;
      }
      if (d.reason) {
        md.appendMarkdown(`\n\n*${vscode.l10n.t('Seen here:')}* `);
        appendReason(md, d.reason);
      }
      const owner = owners(d.line);
      let at = d.line;
      if (!isYours(owner)) {
        md.appendMarkdown('\n\n$(person) ').appendText(vscode.l10n.t('This line is {0}, so it is not offered as proof.', ownerPhrase(owner)));
        // The same skill on a line of the learner's own in this file: that place is offered instead.
        const mine = all.find((x) => x.skillId === d.skillId && isShown(x) && isYours(owners(x.line)));
        if (!mine) {
          md.appendMarkdown(`\n\n${openPage}`);
          continue;
        }
        at = mine.line;
        md.appendMarkdown('\n\n').appendText(vscode.l10n.t('You use it yourself on line {0}:', mine.line));
      }
      const args = { skillId: d.skillId, uri, line: at, ...cell };
      const keeps = at === d.line ? vscode.l10n.t('Mark learned and keep this line as evidence') : vscode.l10n.t('Mark learned and keep line {0}, yours, as evidence', at);
      const keepsLearning = at === d.line ? vscode.l10n.t('Mark learning and keep this line as evidence') : vscode.l10n.t('Mark learning and keep line {0}, yours, as evidence', at);
      md.appendMarkdown('\n\n');
      md.appendMarkdown(`[$(check) ${plain(vscode.l10n.t('Mark as learned'))}](${markLink({ ...args, status: 'learned' } satisfies MarkFromCodeArgs)} "${plain(keeps)}")`);
      if (status !== 'learning') md.appendMarkdown(` · [$(play-circle) ${plain(vscode.l10n.t('Mark as learning'))}](${markLink({ ...args, status: 'learning' })} "${plain(keepsLearning)}")`);
      md.appendMarkdown(` · ${openPage}`);
    }
    if (!shown) return undefined;
    const text = document.lineAt(position.line);
    return new vscode.Hover(md, new vscode.Range(position.line, text.firstNonWhitespaceCharacterIndex, position.line, text.range.end.character));
  }
}

/** A rule's reason, its `code` parts as code spans and the rest as plain text (never Markdown). */
function appendReason(md: vscode.MarkdownString, reason: string): void {
  reason.split('`').forEach((part, i) => {
    if (i % 2) md.appendMarkdown(`\`${part.replace(/[`\r\n]/g, '')}\``);
    else md.appendText(part);
  });
}

// Hovering a line where a roadmap skill is seen, and the skill is neither learned nor skipped: what
// the skill is, and links to mark it (keeping this line as evidence) or open its page.
import vscode = require('vscode');
import { findItem, findPhase } from '../core/roadmap';
import { statusLabel } from '../core/progress';
import type { Services } from '../services';
import type { DocumentSkills } from './documentSkills';
import { mapDetections } from '../core/skillsSeen';
import { markLink, MARK_FROM_CODE } from './markFromCode';

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
    const here = mapDetections(result.detections.filter((d) => d.line === line), active.detects);
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [MARK_FROM_CODE, 'pythonRoadmap.openSkill'] };
    let shown = 0;
    for (const d of here) {
      const item = findItem(roadmap, d.skillId);
      const status = this.s.progress.status(d.skillId);
      if (!item || status === 'learned' || status === 'skipped') continue; // skipped: the user chose not to be asked
      if (shown++) md.appendMarkdown('\n\n---\n\n');
      const uri = (result.notebook?.uri ?? document.uri).toString();
      const args = { skillId: d.skillId, uri, line: d.line, ...(result.cell !== undefined ? { cell: result.cell } : {}) };
      md.appendMarkdown('$(mortar-board) **Python Roadmap:** ').appendText(item.title);
      md.appendMarkdown(' · ').appendText(`${findPhase(roadmap, item.phaseId)?.title ?? ''} · ${statusLabel(status)}`);
      md.appendMarkdown('\n\n').appendText(item.summary);
      if (d.reason) {
        md.appendMarkdown(`\n\n*${vscode.l10n.t('Seen here:')}* `);
        appendReason(md, d.reason);
      }
      md.appendMarkdown('\n\n');
      // Link texts and titles are plain words: no brackets or quotes that would end the Markdown link.
      const plain = (s: string) => s.replace(/[[\]"()]/g, '');
      md.appendMarkdown(`[$(check) ${plain(vscode.l10n.t('Mark as learned'))}](${markLink({ ...args, status: 'learned' })} "${plain(vscode.l10n.t('Mark learned and keep this line as evidence'))}")`);
      if (status !== 'learning') md.appendMarkdown(` · [$(play-circle) ${plain(vscode.l10n.t('Mark as learning'))}](${markLink({ ...args, status: 'learning' })} "${plain(vscode.l10n.t('Mark learning and keep this line as evidence'))}")`);
      md.appendMarkdown(` · [$(book) ${plain(vscode.l10n.t('Open skill page'))}](command:pythonRoadmap.openSkill?${encodeURIComponent(JSON.stringify([d.skillId]))} "${plain(vscode.l10n.t('Open the roadmap page of this skill'))}")`);
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

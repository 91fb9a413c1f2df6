// "$(lightbulb) 4 roadmap skills here" for the active editor (or notebook), and the pick it opens:
// the skills seen there with their status and lines; mark one learned or learning, open its page,
// or go to where it was seen.
import vscode = require('vscode');
import { summarizeSeen, linesLabel, mapDetections } from '../core/skillsSeen';
import { statusLabel } from '../core/progress';
import type { SeenSkill } from '../core/skillsSeen';
import type { Services } from '../services';
import type { DocumentResult, DocumentSkills } from './documentSkills';
import { MARK_FROM_CODE } from './markFromCode';
import type { MarkFromCodeArgs } from './markFromCode';
import { ownerPhrase } from '../core/ownership';
import type { Owner } from '../core/ownership';
import { isYours, ownersOf } from './placeOwners';
import type { OwnerOfLine } from './placeOwners';

export const SHOW_SKILLS_HERE = 'pythonRoadmap.showSkillsHere';
/** Files up to this size are read at once when they become active; larger ones wait for the
 *  debounced run, so a crafted file cannot stall switching editors (see issue 11). */
const STEADY_MAX_CHARS = 30_000;

const STATUS_ICON = { learned: '$(pass-filled)', learning: '$(play-circle)', skipped: '$(circle-slash)', none: '$(circle-large-outline)' } as const;

/** The results behind the active editor: one document, or every cell of the active notebook. */
export function activeResults(skills: DocumentSkills): { results: DocumentResult[]; uri?: vscode.Uri } {
  const nb = vscode.window.activeNotebookEditor?.notebook;
  const editor = vscode.window.activeTextEditor;
  if (nb && (!editor || editor.document.uri.scheme === 'vscode-notebook-cell')) return { results: skills.forNotebook(nb), uri: nb.uri };
  if (!editor) return { results: [] };
  const r = skills.get(editor.document);
  return { results: r ? [r] : [], uri: editor.document.uri };
}

function seenIn(s: Services, results: readonly DocumentResult[]): SeenSkill[] {
  if (!results.some((r) => r.detections.length)) return []; // nothing to name: no need to read the roadmap
  const active = s.roadmaps.active;
  if (!active) return []; // not loaded yet (the next update has it), or none loads: reported elsewhere
  return summarizeSeen(active.roadmap, results.map((r) => ({ path: '', detections: mapDetections(r.detections, active.detects) })), (id) => s.progress.status(id));
}

/** Whose code each place of the results is: per cell (undefined for a document). */
async function ownersIn(s: Services, results: readonly DocumentResult[]): Promise<(p: { line: number; cell?: number }) => Owner> {
  const byCell = new Map<number | undefined, OwnerOfLine>();
  await Promise.all(results.filter((r) => r.detections.length).map(async (r) => byCell.set(r.cell, await ownersOf(s.ownership, r))));
  return (p) => byCell.get(p.cell)?.(p.line) ?? { kind: 'unknown', why: 'failed' };
}

/** Where to record evidence for a place: the notebook for a cell, else the document. */
function targetOf(results: readonly DocumentResult[], place: { line: number; cell?: number }): { uri: vscode.Uri; cell?: number } | undefined {
  if (place.cell !== undefined) {
    const r = results.find((x) => x.cell === place.cell && x.notebook);
    return r?.notebook ? { uri: r.notebook.uri, cell: place.cell } : undefined;
  }
  return results[0] ? { uri: results[0].document.uri } : undefined;
}

export function registerSkillsHere(context: vscode.ExtensionContext, s: Services, skills: DocumentSkills, enabled: () => boolean): { item: vscode.StatusBarItem; shown: { readonly now: boolean; readonly hides: number; readonly summaries: number } } {
  const item = vscode.window.createStatusBarItem('pythonRoadmap.skillsHere', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Python Roadmap: Skills in This File');
  item.command = SHOW_SKILLS_HERE;

  let sawSkills = false;
  /** Whether the entry is showing, how often it was hidden (the tests check it stays steady), and
   *  how often the summary was made (once per batch of detections, not per cell). */
  const shown = { now: false, hides: 0, summaries: 0 };
  let noEditor: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    shown.summaries++;
    const results = enabled() ? activeResults(skills).results : [];
    const seen = seenIn(s, results);
    const skipped = results.find((r) => r.skipped)?.skipped;
    if (!seen.length && skipped) {
      // Degraded, not stalled: the file was left unread, and the status bar says why.
      item.text = `$(circle-slash) ${vscode.l10n.t('Roadmap skills: not read')}`;
      item.tooltip = vscode.l10n.t('Python Roadmap did not read this file for skills: {0}. Files are read again when they change size.', skipped);
      item.accessibilityInformation = { label: vscode.l10n.t('Python Roadmap did not read this file for skills: {0}', skipped) };
      shown.now = true;
      item.show();
      return;
    }
    if (!seen.length) {
      if (shown.now) shown.hides++;
      shown.now = false;
      item.hide();
      return;
    }
    const open = seen.filter((x) => x.status !== 'learned').length;
    if (!sawSkills) {
      sawSkills = true; // completes the walkthrough's "see the skills in a Python file" step
      void vscode.commands.executeCommand('setContext', 'pythonRoadmap:skillsSeen', true);
    }
    item.text = `$(lightbulb) ${seen.length === 1 ? vscode.l10n.t('1 roadmap skill here') : vscode.l10n.t('{0} roadmap skills here', seen.length)}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${vscode.l10n.t('Roadmap skills seen in this file')}** (${vscode.l10n.t('{0} not learned yet', open)})\n\n`);
    for (const x of seen) tooltip.appendMarkdown(`${STATUS_ICON[x.status]} `).appendText(`${x.title} — ${statusLabel(x.status)}, ${linesLabel(x.places)}`).appendMarkdown('  \n');
    tooltip.appendMarkdown(`\n${vscode.l10n.t('Click to mark them or open their pages.')}`);
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: vscode.l10n.t('{0} Python roadmap skills seen in this file, {1} not learned yet', seen.length, open) };
    shown.now = true;
    item.show();
  };

  const pick = async () => {
    if (!vscode.window.activeTextEditor && !vscode.window.activeNotebookEditor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: open a Python file, a notebook or a project file first; its roadmap skills are then listed here.'));
      return 'no-editor';
    }
    const { results } = activeResults(skills);
    for (const r of results) skills.detectNow(r.document);
    const current = activeResults(skills).results;
    const seen = seenIn(s, current);
    const skipped = current.find((r) => r.skipped)?.skipped;
    if (!seen.length && skipped) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap did not read this file for skills: {0}.', skipped));
      return 'not-read';
    }
    if (!seen.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Python Roadmap: no roadmap skills are recognised in this file yet.'));
      return 'none-here';
    }
    // Only the learner's own lines are offered as proof: the first place of theirs, if any.
    const ownerOf = await ownersIn(s, current);
    const mineOf = (x: SeenSkill) => x.places.find((p) => isYours(ownerOf(p)));
    type SkillItem = vscode.QuickPickItem & { seen: SeenSkill };
    const chosen = await vscode.window.showQuickPick<SkillItem>(
      seen.map((x) => {
        const detail = x.places[0]?.reason ? `${linesLabel(x.places)} · ${x.places[0].reason.replace(/`/g, '')} — ${x.places[0].evidence}` : `${linesLabel(x.places)}: ${x.places[0]?.evidence ?? ''}`;
        return {
          label: `${STATUS_ICON[x.status]} ${x.title}`,
          description: `${statusLabel(x.status)} · ${x.phaseTitle}`,
          detail: mineOf(x) ? detail : `${detail} · ${ownerPhrase(ownerOf(x.places[0]!))}`,
          seen: x,
        };
      }),
      { title: vscode.l10n.t('Roadmap Skills in This File'), placeHolder: vscode.l10n.t('Pick a skill to mark it or open its page'), matchOnDescription: true, matchOnDetail: true },
    );
    if (!chosen) return undefined;
    const x = chosen.seen;
    const first = mineOf(x);
    const target = first && targetOf(current, first);
    type Action = vscode.QuickPickItem & { run?: () => Thenable<unknown> };
    const mark = (status: 'learned' | 'learning'): Action => ({
      label: status === 'learned' ? `$(check) ${vscode.l10n.t('Mark as Learned')}` : `$(play-circle) ${vscode.l10n.t('Mark as Learning')}`,
      description: vscode.l10n.t('keeps {0} as evidence', linesLabel([first!])),
      run: () => vscode.commands.executeCommand(MARK_FROM_CODE, {
        skillId: x.skillId, uri: target!.uri.toString(), line: first!.line, status, ...(target!.cell !== undefined ? { cell: target!.cell } : {}),
      } satisfies MarkFromCodeArgs),
    });
    const actions: Action[] = [
      // No line of the learner's own here: said as a heading, and nothing offered as proof.
      ...(first ? [] : [{ label: vscode.l10n.t('{0} — not offered as proof', ownerPhrase(ownerOf(x.places[0]!))), kind: vscode.QuickPickItemKind.Separator }]),
      ...(target && x.status !== 'learned' ? [mark('learned')] : []),
      ...(target && x.status !== 'learning' && x.status !== 'learned' ? [mark('learning')] : []),
      { label: `$(book) ${vscode.l10n.t('Open Skill Page')}`, run: () => vscode.commands.executeCommand('pythonRoadmap.openSkill', x.skillId) },
      ...x.places.slice(0, 20).map((p) => ({
        label: `$(go-to-file) ${vscode.l10n.t('Go to {0}', linesLabel([p]))}`,
        description: p.evidence,
        run: () => goTo(current, p),
      })),
    ];
    const action = await vscode.window.showQuickPick(actions, { title: `${x.title} — ${statusLabel(x.status)}`, placeHolder: x.summary });
    await action?.run?.();
    return x.skillId;
  };

  context.subscriptions.push(
    item,
    s.command(SHOW_SKILLS_HERE, pick),
    // Once per batch, and once the queue of cells is empty: the summary reads every cell of the
    // active notebook, so not once per slice of a notebook being read.
    skills.onDidDetect(() => {
      if (!skills.busy) update();
    }),
    s.progress.onDidChange(update),
    s.roadmaps.onDidChange(update),
    // A steady entry between files: a file not read yet is read now (small ones), instead of
    // hiding the entry until the pause-debounced run.
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e && enabled() && !skills.get(e.document) && e.document.getText().length <= STEADY_MAX_CHARS) skills.detectNow(e.document);
      // Switching tabs passes through "no editor" for a moment: hide only if that lasts.
      if (!e) {
        clearTimeout(noEditor);
        noEditor = setTimeout(update, 150);
        return;
      }
      clearTimeout(noEditor);
      update();
    }),
    { dispose: () => clearTimeout(noEditor) },
    vscode.window.onDidChangeActiveNotebookEditor(update),
  );
  update();
  return { item, shown };
}

async function goTo(results: readonly DocumentResult[], p: { line: number; cell?: number }): Promise<void> {
  const r = p.cell !== undefined ? results.find((x) => x.cell === p.cell) : results[0];
  if (!r) return;
  const pos = new vscode.Position(p.line - 1, 0);
  await vscode.window.showTextDocument(r.document, { selection: new vscode.Range(pos, pos) });
}

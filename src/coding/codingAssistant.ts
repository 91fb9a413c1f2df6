// The coding assistant: recognises roadmap skills in the files being edited and offers to mark
// them, through a status-bar entry, a hover, an optional CodeLens, and (opt-in) marks skills seen
// for the first time as learning. It never marks a skill learned by itself.
import vscode = require('vscode');
import { findItem } from '../core/roadmap';
import { shortList } from '../core/text';
import { mapDetections } from '../core/skillsSeen';
import type { Services } from '../services';
import { DocumentSkills } from './documentSkills';
import type { DocumentResult } from './documentSkills';
import { evidenceAt, registerMarkFromCode } from './markFromCode';
import { registerSkillsHere } from './skillsHere';
import { SkillsHover } from './skillsHover';
import { SkillsCodeLens } from './skillsCodeLens';

const SECTION = 'pythonRoadmap.coding';
const setting = <T>(key: string, fallback: T): T => vscode.workspace.getConfiguration(SECTION).get<T>(key, fallback);

export interface CodingAssistant {
  readonly skills: DocumentSkills;
  readonly statusItem: vscode.StatusBarItem;
  /** Whether the status-bar entry shows, how often it was hidden, and how often its summary was made. */
  readonly statusShown: { readonly now: boolean; readonly hides: number; readonly summaries: number };
}

/** Every text document: the hover and lenses look the document up and answer only for ours. */
const SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }];

export function registerCodingAssistant(context: vscode.ExtensionContext, s: Services): CodingAssistant {
  const enabled = () => setting('enabled', true);
  const delay = () => {
    const ms = setting<unknown>('detectionDelay', 500);
    return typeof ms === 'number' && Number.isFinite(ms) ? Math.min(5000, Math.max(100, ms)) : 500;
  };
  const skills = new DocumentSkills(() => enabled() === true, delay);
  const hover = new SkillsHover(s, skills, () => enabled() && setting('hover', true));
  const lenses = new SkillsCodeLens(s, skills, () => enabled() && setting('codeLens', false));
  registerMarkFromCode(context, s);
  const { item: statusItem, shown: statusShown } = registerSkillsHere(context, s, skills, enabled);

  context.subscriptions.push(
    skills,
    lenses,
    vscode.languages.registerHoverProvider(SELECTOR, hover),
    vscode.languages.registerCodeLensProvider(SELECTOR, lenses),
    skills.onDidDetect((r) => {
      if (setting('autoMarkLearning', false)) void autoMarkLearning(s, r);
      if (enabled() && setting('codeLens', false)) lenses.refresh();
    }),
    // A file opened again (its detections already known), or the opt-in just turned on.
    vscode.window.onDidChangeActiveTextEditor((e) => {
      const r = e && setting('autoMarkLearning', false) ? skills.get(e.document) : undefined;
      if (r) void autoMarkLearning(s, r);
    }),
    s.progress.onDidChange(() => enabled() && setting('codeLens', false) && lenses.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      if (enabled()) skills.refreshAll();
      else skills.clear();
      lenses.refresh();
      if (e.affectsConfiguration(`${SECTION}.autoMarkLearning`) && setting('autoMarkLearning', false)) {
        for (const editor of vscode.window.visibleTextEditors) {
          const r = skills.get(editor.document);
          if (r) void autoMarkLearning(s, r);
        }
      }
    }),
  );
  return { skills, statusItem, statusShown };
}

/** Opt-in: a skill seen for the first time (never marked at all) becomes "learning", with evidence. */
async function autoMarkLearning(s: Services, r: DocumentResult): Promise<void> {
  await s.roadmaps.ready();
  const active = s.roadmaps.active;
  if (!active) return;
  const roadmap = active.roadmap;
  const marked: string[] = [];
  const uri = r.notebook?.uri ?? r.document.uri;
  if (r.document.isUntitled) return; // no place to point back to
  for (const d of mapDetections(r.detections, active.detects)) {
    if (marked.includes(d.skillId) || !findItem(roadmap, d.skillId) || s.progress.record(d.skillId)) continue;
    marked.push(d.skillId);
    await s.progress.addEvidence(d.skillId, evidenceAt(uri, d.line, r.cell), 'learning');
  }
  if (marked.length) {
    const names = marked.map((id) => findItem(roadmap, id)!.title);
    // Short enough for the status bar: whole names, then "and N more" (it was cut mid-word).
    vscode.window.setStatusBarMessage(`$(mortar-board) ${vscode.l10n.t('Now learning {0}', shortList(names))}`, 6000);
  }
}

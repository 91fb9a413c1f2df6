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
import type { ProjectModules } from './projectModules';
import { isShown } from '../core/detect/types';
import { isYours, ownersOf } from './placeOwners';

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

export function registerCodingAssistant(context: vscode.ExtensionContext, s: Services, modules?: ProjectModules): CodingAssistant {
  // Asked for every document opened (thousands for a notebook): read from the settings once, and
  // again when they change (getConfiguration is not free).
  let on = setting('enabled', true);
  const enabled = () => on;
  const delay = () => {
    const ms = setting<unknown>('detectionDelay', 500);
    return typeof ms === 'number' && Number.isFinite(ms) ? Math.min(5000, Math.max(100, ms)) : 500;
  };
  const skills = new DocumentSkills(() => enabled() === true, delay);
  if (modules) {
    skills.moduleNames = (uri) => modules.namesFor(uri);
    // A listing read (or a module created or deleted): imports of the project read again.
    // Folders are listed one by one: their news is taken together, once the listing settles.
    let timer: ReturnType<typeof setTimeout> | undefined;
    context.subscriptions.push(
      modules.onDidChange(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => enabled() && skills.rereadPython(), 100);
      }),
      { dispose: () => timer && clearTimeout(timer) },
    );
  }
  const hover = new SkillsHover(s, skills, () => enabled() && setting('hover', true));
  const lenses = new SkillsCodeLens(s, skills, () => enabled() && setting('codeLens', false));
  registerMarkFromCode(context, s);
  const { item: statusItem, shown: statusShown } = registerSkillsHere(context, s, skills, enabled);

  context.subscriptions.push(
    skills,
    lenses,
    vscode.languages.registerHoverProvider(SELECTOR, hover),
    vscode.languages.registerCodeLensProvider(SELECTOR, lenses),
    // Once per batch (a slice of cells, a file): the lenses once the queue is empty.
    skills.onDidDetect((results) => {
      if (setting('autoMarkLearning', false)) void autoMarkLearning(s, results);
      if (enabled() && setting('codeLens', false) && !skills.busy) lenses.refresh();
    }),
    // A file opened again (its detections already known), or the opt-in just turned on.
    vscode.window.onDidChangeActiveTextEditor((e) => {
      const r = e && setting('autoMarkLearning', false) ? skills.get(e.document) : undefined;
      if (r) void autoMarkLearning(s, [r]);
    }),
    s.progress.onDidChange(() => enabled() && setting('codeLens', false) && lenses.refresh()),
    // Whose code lines are changed (the myEmails setting, trust granted): the lenses offer anew.
    s.ownership.onDidChange(() => enabled() && setting('codeLens', false) && lenses.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      on = setting('enabled', true);
      if (enabled()) skills.refreshAll();
      else skills.clear();
      lenses.refresh();
      if (e.affectsConfiguration(`${SECTION}.autoMarkLearning`) && setting('autoMarkLearning', false)) {
        void autoMarkLearning(s, vscode.window.visibleTextEditors.flatMap((editor) => skills.get(editor.document) ?? []));
      }
    }),
  );
  return { skills, statusItem, statusShown };
}

/** Opt-in: a skill seen for the first time (never marked at all) on a line of the learner's own
 *  code becomes "learning", with that line as evidence; someone else's code, a line not known to
 *  be theirs or a mention marks nothing. One batch of results at a time (the cells of a notebook
 *  come in slices of many). */
async function autoMarkLearning(s: Services, results: readonly DocumentResult[]): Promise<void> {
  // Untitled: no place to point back to.
  const seen = results.filter((r) => r.detections.some(isShown) && !r.document.isUntitled);
  if (!seen.length) return;
  await s.roadmaps.ready();
  const active = s.roadmaps.active;
  if (!active) return;
  const roadmap = active.roadmap;
  const marked: string[] = [];
  const done = new Set<string>();
  for (const r of seen) {
    const uri = r.notebook?.uri ?? r.document.uri;
    const candidates = mapDetections(r.detections, active.detects).filter((d) => isShown(d) && !done.has(d.skillId) && findItem(roadmap, d.skillId) && !s.progress.record(d.skillId));
    if (!candidates.length) continue;
    const owners = await ownersOf(s.ownership, r);
    for (const d of candidates) {
      const owner = owners(d.line);
      if (done.has(d.skillId) || !isYours(owner) || s.progress.record(d.skillId)) continue;
      done.add(d.skillId);
      marked.push(d.skillId);
      await s.progress.addEvidence(d.skillId, evidenceAt(uri, d.line, r.cell, owner), 'learning');
    }
  }
  if (marked.length) {
    const names = marked.map((id) => findItem(roadmap, id)!.title);
    // Short enough for the status bar: whole names, then "and N more" (it was cut mid-word).
    vscode.window.setStatusBarMessage(`$(mortar-board) ${vscode.l10n.t('Now learning {0}', shortList(names))}`, 6000);
  }
}

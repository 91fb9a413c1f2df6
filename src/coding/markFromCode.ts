// Marking a skill from the place it was seen: the status changes and the place is kept as evidence.
import vscode = require('vscode');
import { findItem } from '../core/roadmap';
import { evidenceOf, evidencePlace } from '../core/evidence';
import type { Evidence } from '../core/evidence';
import { statusLabel } from '../core/progress';
import { ownerPhrase, unknown } from '../core/ownership';
import type { Owner } from '../core/ownership';
import type { Services } from '../services';
import { evidencePath } from '../workspaceLocation';
import { ownFlag } from './placeOwners';

export const MARK_FROM_CODE = 'pythonRoadmap.markFromCode';

/** What the hover, CodeLens and pick pass to the command (JSON-safe, for command links). */
export interface MarkFromCodeArgs {
  readonly skillId: string;
  /** The document (a notebook's own URI for a cell). */
  readonly uri: string;
  readonly line: number;
  readonly cell?: number;
  readonly status: 'learned' | 'learning';
}

export function isMarkFromCodeArgs(x: unknown): x is MarkFromCodeArgs {
  const a = x as Partial<MarkFromCodeArgs> | null;
  return !!a && typeof a === 'object' && typeof a.skillId === 'string' && typeof a.uri === 'string' && typeof a.line === 'number'
    && (a.cell === undefined || typeof a.cell === 'number') && (a.status === 'learned' || a.status === 'learning');
}

/** A `command:` link for Markdown (hover). */
export function markLink(args: MarkFromCodeArgs): string {
  return `command:${MARK_FROM_CODE}?${encodeURIComponent(JSON.stringify([args]))}`;
}

/** Evidence at a place, with whose code it is as known now (see Evidence.own). */
export function evidenceAt(uri: vscode.Uri, line: number, cell?: number, owner?: Owner): Evidence {
  return evidenceOf(evidencePath(uri), line, cell, owner && ownFlag(owner));
}

/** Whose code a place is, waited for at most 5 s (then not known). */
function ownerOf(s: Services, uri: vscode.Uri, line: number, cell?: number): Promise<Owner> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    s.ownership.ofPlace(uri, line, cell).catch(() => unknown('failed')),
    new Promise<Owner>((r) => { timer = setTimeout(() => r(unknown('pending')), 5000); }),
  ]).finally(() => clearTimeout(timer));
}

export function registerMarkFromCode(context: vscode.ExtensionContext, s: Services): void {
  context.subscriptions.push(
    s.command(MARK_FROM_CODE, async (arg: unknown) => {
      if (!isMarkFromCodeArgs(arg)) throw new Error(vscode.l10n.t('Python Roadmap: this command is run from the hover, CodeLens or "Skills in This File".'));
      await s.roadmaps.ready();
      const roadmap = s.roadmaps.active?.roadmap;
      const item = roadmap && findItem(roadmap, arg.skillId);
      if (!item) throw new Error(roadmap ? vscode.l10n.t('There is no skill "{0}" in the roadmap "{1}".', arg.skillId, roadmap.title) : vscode.l10n.t('There is no skill "{0}" in the roadmap (none is loaded).', arg.skillId));
      const before = s.progress.snapshot([arg.skillId]);
      const previous = s.progress.status(arg.skillId);
      const uri = vscode.Uri.parse(arg.uri, true);
      // The hover, CodeLens and pick offer only the learner's own lines; whatever the caller, the
      // place is kept with whose code it is, and only the learner's goes into the portfolio.
      const owner = await ownerOf(s, uri, arg.line, arg.cell);
      const evidence = evidenceAt(uri, arg.line, arg.cell, owner);
      await s.progress.addEvidence(arg.skillId, evidence, arg.status);
      // The hover that offered this is now out of date: close it (the next one shows the new status).
      void vscode.commands.executeCommand('editor.action.hideHover');
      const [openSkill, undo] = [vscode.l10n.t('Open Skill'), vscode.l10n.t('Undo')];
      void vscode.window
        .showInformationMessage(vscode.l10n.t('{0}: marked {1} (was {2}), seen in {3}.', item.title, statusLabel(arg.status), statusLabel(previous), evidencePlace(evidence))
          + (evidence.own === true ? '' : ` ${vscode.l10n.t('That line is {0}: it is kept as seen, not as proof, and your portfolio does not list it.', ownerPhrase(owner))}`), openSkill, undo)
        .then(async (choice) => {
          if (choice === undo) await s.progress.restore(before, true);
          if (choice === openSkill) s.panel.show({ kind: 'skill', id: arg.skillId });
        });
      return evidence;
    }),
  );
}

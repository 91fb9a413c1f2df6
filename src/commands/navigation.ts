// Find a skill, open pages, go to the next skill.
import vscode = require('vscode');
import { followedRoadmap } from '../roadmaps/roadmaps';
import { findPhase } from '../core/roadmap';
import { nextSkill } from '../core/progress';
import type { Services } from '../services';
import { pickSkill, SEARCH_EVERYTHING } from './skillPick';
import { resolveTargets } from './targets';

export function registerNavigationCommands(context: vscode.ExtensionContext, s: Services): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) => context.subscriptions.push(s.command(id, run));

  register('pythonRoadmap.findSkill', async (query?: unknown) => {
    const id = await pickSkill(s, {
      title: vscode.l10n.t('Find a Skill'),
      placeholder: vscode.l10n.t('Search skills by name, alias or code (e.g. djnago, @property, k8s)'),
      buttons: true,
      searchEverything: true,
      ...(typeof query === 'string' ? { initialQuery: query } : {}),
    });
    if (id?.startsWith(SEARCH_EVERYTHING)) return vscode.commands.executeCommand('pythonRoadmap.searchRoadmap', id.slice(SEARCH_EVERYTHING.length));
    if (id) s.panel.show({ kind: 'skill', id });
    return id;
  });

  register('pythonRoadmap.openSkill', async (arg?: unknown, opts?: unknown) => {
    const [id] = await resolveTargets(s, arg, undefined, vscode.l10n.t('Open Skill'));
    const preserveFocus = (opts as { preserveFocus?: unknown } | undefined)?.preserveFocus === true;
    if (id) s.panel.show({ kind: 'skill', id }, { preserveFocus });
    return id;
  });

  register('pythonRoadmap.openPhase', async (arg?: unknown, opts?: unknown) => {
    const id = typeof arg === 'string' ? arg : (arg as { kind?: string; id?: string } | undefined)?.kind === 'phase' ? (arg as { id: string }).id : undefined;
    if (!id || !findPhase(await followedRoadmap(s.roadmaps), id)) return undefined;
    s.panel.show({ kind: 'phase', id }, { preserveFocus: (opts as { preserveFocus?: unknown } | undefined)?.preserveFocus === true });
    return id;
  });

  register('pythonRoadmap.nextSkill', async () => {
    const next = nextSkill(await followedRoadmap(s.roadmaps), (id) => s.progress.status(id));
    if (!next) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every skill on the roadmap is learned or skipped. Well done!'));
      return undefined;
    }
    s.panel.show({ kind: 'skill', id: next.id });
    if (s.tree.view.visible) await s.tree.view.reveal(s.tree.provider.itemNode(next.id), { select: true, focus: false, expand: true });
    return next.id;
  });

  register('pythonRoadmap.showOverview', () => s.panel.show({ kind: 'overview' }));
  register('pythonRoadmap.showCareerGuide', () => s.panel.show({ kind: 'career' }));

  register('pythonRoadmap.openFaq', async (arg?: unknown) => {
    const roadmap = await followedRoadmap(s.roadmaps);
    if (typeof arg === 'string') {
      s.panel.show({ kind: 'faq', ...(roadmap.faqs.some((f) => f.id === arg) ? { id: arg } : { query: arg }) });
      return;
    }
    const pick = await vscode.window.showQuickPick(
      [{ label: `$(list-flat) ${vscode.l10n.t('All questions')}`, id: '' }, ...roadmap.faqs.map((f) => ({ label: f.question, id: f.id }))],
      { title: vscode.l10n.t('Questions and Answers'), placeHolder: vscode.l10n.t('Pick a question, or type to filter'), matchOnDescription: true },
    );
    if (pick) s.panel.show({ kind: 'faq', ...(pick.id ? { id: pick.id } : {}) });
  });
}

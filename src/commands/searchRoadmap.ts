// "Search Roadmap…": one QuickPick over everything the roadmap holds (skills, practice items,
// FAQs, career levels with salaries, resources, the career guide's sections). Enter opens the
// page that shows the hit, or a resource's site.
import vscode = require('vscode');
import { followedRoadmap } from '../roadmaps/roadmaps';
import { searching } from '../chunks';
import type { RoadmapHit, RoadmapHitKind } from '../core/search';
import type { PageRef } from '../core/pages';
import type { Services } from '../services';

interface HitItem extends vscode.QuickPickItem {
  hit: RoadmapHit;
}

const KIND: Record<RoadmapHitKind, { icon: string; label: string }> = {
  skill: { icon: '$(mortar-board)', label: vscode.l10n.t('skill') },
  practice: { icon: '$(tools)', label: vscode.l10n.t('practice') },
  faq: { icon: '$(question)', label: vscode.l10n.t('question') },
  level: { icon: '$(briefcase)', label: vscode.l10n.t('career level') },
  resource: { icon: '$(link-external)', label: vscode.l10n.t('resource') },
  job: { icon: '$(person)', label: vscode.l10n.t('what a developer does') },
  hiring: { icon: '$(organization)', label: vscode.l10n.t('what employers want') },
  trend: { icon: '$(graph-line)', label: vscode.l10n.t('trend') },
  tip: { icon: '$(lightbulb)', label: vscode.l10n.t('tip') },
  'next-step': { icon: '$(arrow-right)', label: vscode.l10n.t('next step') },
  command: { icon: '$(debug-continue)', label: vscode.l10n.t('command') },
};

/** Where a hit leads: a page, or a resource's URL. */
export function targetOf(hit: RoadmapHit): { page: PageRef } | { url: string } | { command: string } | undefined {
  switch (hit.kind) {
    case 'command': return { command: 'pythonRoadmap.nextSkill' };
    case 'skill':
    case 'practice': return { page: { kind: 'skill', id: hit.id } };
    case 'faq': return { page: { kind: 'faq', id: hit.id } };
    case 'level': return { page: { kind: 'overview' } };
    case 'resource': return hit.url ? { url: hit.url } : undefined;
    default: return { page: { kind: 'career' } };
  }
}

export function registerSearchRoadmap(context: vscode.ExtensionContext, s: Services): void {
  context.subscriptions.push(s.command('pythonRoadmap.searchRoadmap', async (query?: unknown) => {
    const roadmap = await followedRoadmap(s.roadmaps);
    const qp = vscode.window.createQuickPick<HitItem>();
    qp.title = vscode.l10n.t('Search Roadmap');
    qp.placeholder = vscode.l10n.t('Skills, questions, career levels and salaries, resources, trends (e.g. salary, Qiskit, interviews)');
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    const update = () => {
      qp.items = searching().searchRoadmap(roadmap, qp.value, { limit: 50 }).map((hit) => ({
        hit, alwaysShow: true,
        label: `${KIND[hit.kind].icon} ${hit.title}`,
        description: KIND[hit.kind].label,
        detail: hit.detail,
      }));
    };
    const chosen = await new Promise<RoadmapHit | undefined>((resolve) => {
      const subs = [
        qp.onDidChangeValue(update),
        qp.onDidAccept(() => {
          resolve((qp.selectedItems[0] ?? qp.activeItems[0])?.hit);
          qp.hide();
        }),
        qp.onDidHide(() => {
          resolve(undefined);
          subs.forEach((d) => d.dispose());
          qp.dispose();
        }),
      ];
      if (typeof query === 'string') qp.value = query;
      update();
      qp.show();
    });
    const target = chosen && targetOf(chosen);
    if (target && 'page' in target) s.panel.show(target.page);
    else if (target && 'command' in target) await vscode.commands.executeCommand(target.command);
    else if (target) await vscode.env.openExternal(vscode.Uri.parse(target.url));
    return chosen && { kind: chosen.kind, id: chosen.id };
  }));
}

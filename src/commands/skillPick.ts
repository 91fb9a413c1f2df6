// A QuickPick of roadmap items ranked by the core's search: status icon, phase as description,
// item buttons to mark learned / learning without leaving the list.
import vscode = require('vscode');
import { followedRoadmap } from '../roadmaps/roadmaps';
import { allSkills, findPhase } from '../core/roadmap';
import type { CheckableItem } from '../core/roadmap';
import { searching } from '../chunks';
import type { Status } from '../core/progress';
import type { Services } from '../services';
import { statusLabel } from '../core/progress';

interface SkillPickItem extends vscode.QuickPickItem {
  id: string;
}

const ICON: Record<Status, string> = { none: '$(circle-large-outline)', learning: '$(play-circle)', learned: '$(pass-filled)', skipped: '$(circle-slash)' };
const MARK_LEARNED: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('check'), tooltip: vscode.l10n.t('Mark as learned') };
const MARK_LEARNING: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('play-circle'), tooltip: vscode.l10n.t('Mark as learning') };

export interface PickOptions {
  title: string;
  placeholder: string;
  initialQuery?: string;
  /** Show the mark buttons on each row. */
  buttons?: boolean;
  /** Offer Search Roadmap with the query (its id starts with SEARCH_EVERYTHING): first when no skill matches or the question is about pay, the job or what to learn next. */
  searchEverything?: boolean;
}

export const SEARCH_EVERYTHING = 'searchRoadmap:';

/** Resolves to the chosen item's id, or undefined when dismissed. */
export async function pickSkill(s: Services, opts: PickOptions): Promise<string | undefined> {
  const roadmap = await followedRoadmap(s.roadmaps);
  const qp = vscode.window.createQuickPick<SkillPickItem>();
  qp.title = opts.title;
  qp.placeholder = opts.placeholder;
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;

  const toItem = (i: CheckableItem, alwaysShow: boolean): SkillPickItem => {
    const status = s.progress.status(i.id);
    const phase = findPhase(roadmap, i.phaseId);
    return {
      id: i.id,
      label: `${ICON[status]} ${i.title}`,
      description: `${phase ? `${phase.number} · ${phase.title}` : ''}${i.kind === 'practice' ? ` · ${vscode.l10n.t('practice')}` : ''}${status !== 'none' ? ` · ${statusLabel(status)}` : ''}`,
      detail: i.summary,
      alwaysShow,
      ...(opts.buttons ? { buttons: status === 'learned' ? [MARK_LEARNING] : status === 'learning' ? [MARK_LEARNED] : [MARK_LEARNED, MARK_LEARNING] } : {}),
    };
  };
  const update = () => {
    const active = qp.activeItems[0]?.id;
    const query = qp.value;
    if (!query.trim()) {
      qp.items = allSkills(roadmap).map((i) => toItem(i, false));
    } else {
      const byId = new Map(allSkills(roadmap).map((i) => [i.id, i]));
      const skills = searching().search(roadmap, query, { limit: 40 }).map((h) => toItem(byId.get(h.skillId)!, true));
      // The search over everything the roadmap holds: first where no skill matches or the question asks
      // for pay, the job, hiring or the next skill ("salary"), else after the skills.
      // (The query is not in its label: VS Code would sort a label holding the typed text, "djnago",
      // above the skill the typo means.)
      const everything = { id: `${SEARCH_EVERYTHING}${query}`, label: `$(search) ${vscode.l10n.t('Search the whole roadmap')}`, description: `“${query.trim()}”`, detail: vscode.l10n.t('Questions, career levels and salaries, resources, trends'), alwaysShow: true };
      qp.items = !opts.searchEverything ? skills : !skills.length || searching().asksBeyondSkills(query) ? [everything, ...skills] : [...skills, everything];
    }
    const keep = qp.items.find((i) => i.id === active) ?? qp.items[0];
    if (keep) qp.activeItems = [keep];
  };

  return new Promise((resolve) => {
    const disposables: vscode.Disposable[] = [
      qp.onDidChangeValue(update),
      qp.onDidTriggerItemButton(async (e) => {
        await s.progress.setStatus([e.item.id], e.button === MARK_LEARNED ? 'learned' : 'learning');
        update();
      }),
      qp.onDidAccept(() => {
        resolve(qp.selectedItems[0]?.id ?? qp.activeItems[0]?.id);
        qp.hide();
      }),
      qp.onDidHide(() => {
        resolve(undefined);
        disposables.forEach((d) => d.dispose());
        qp.dispose();
      }),
    ];
    if (opts.initialQuery) qp.value = opts.initialQuery;
    update();
    qp.show();
  });
}

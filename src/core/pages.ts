// View models of the webview's pages, built from the roadmap and the stored records. Pure: the
// panel posts them as they are, and the client only turns them into DOM.
import * as l10n from '@vscode/l10n';
import { allSkills, findItem, findPhase } from './roadmap';
import type { Roadmap, CheckableItem, Lesson, Skill, PracticeItem } from './roadmap';
import { countItems, estimateLevel, nextSkill, overallProgress, phaseProgress } from './progress';
import type { Counts, Evidence, SkillRecord, Status } from './progress';
import { normalize } from './text';
import { summarizeSeen, filesShowingSkills } from './skillsSeen';
import type { ScanResult } from './scan';
import type { HistoryEvent } from './journal';
import type { ImportPlan } from './progressFile';
import type { TeamModel } from './team';
import { activityOf, describeActivity } from './activity';
import type { Activity } from './activity';

export type PageRef =
  | { kind: 'skill'; id: string }
  | { kind: 'phase'; id: string }
  | { kind: 'overview' }
  | { kind: 'faq'; query?: string; id?: string }
  | { kind: 'career' }
  | { kind: 'scan' }
  | { kind: 'import' }
  | { kind: 'report' }
  | { kind: 'team' }
  | { kind: 'exercise'; id: string };

export interface ItemLink {
  id: string;
  title: string;
  kind: 'skill' | 'practice';
  status: Status;
}

/** A piece of highlighted code: its text and the kind of token it is ('' for plain text). */
export type CodeSpan = [text: string, token: string];

export interface LessonView {
  explanation: string;
  example?: {
    language: string;
    file?: string;
    code: string;
    /** The code cut into highlighted spans (Python; other languages are one plain span). */
    spans: CodeSpan[];
    output?: string;
    caption?: string;
  };
  mistakes: string[];
}

export interface ResourceLink {
  title: string;
  kind: string;
  summary: string;
  url?: string;
}

export interface SkillPage {
  kind: 'skill';
  id: string;
  title: string;
  itemKind: 'skill' | 'practice';
  phase: { id: string; number: number; title: string };
  group?: string;
  summary: string;
  description?: string;
  keyPoints: string[];
  /** A practice item's checks: how to know it is done. */
  doneWhen: string[];
  /** The evidence standard: what in code counts as practising it, and what does not (or that code cannot show it). */
  evidenceStandard?: string;
  /** The first step, taught: plain words, a worked example (its code highlighted), the usual mistakes. */
  lesson?: LessonView;
  essential: boolean;
  status: Status;
  changed?: string;
  note: string;
  evidence: Evidence[];
  prerequisites: ItemLink[];
  unlocks: ItemLink[];
  /** Practice items exercising this skill, or for a practice item, the skills it exercises. */
  related: ItemLink[];
  resources: ResourceLink[];
  faqs: { id: string; question: string }[];
  /** Exercises that practise it, with where the learner is. */
  exercises: ExerciseLink[];
  previous?: ItemLink;
  next?: ItemLink;
}

export interface PhasePage {
  kind: 'phase';
  id: string;
  number: number;
  title: string;
  level: string;
  duration: string;
  summary: string;
  counts: Counts;
  sections: { title: string; summary?: string; items: (ItemLink & { summary: string })[] }[];
}

export interface OverviewPage {
  kind: 'overview';
  title: string;
  summary: string;
  overall: Counts;
  phases: { id: string; number: number; title: string; duration: string; counts: Counts }[];
  levels: {
    id: string; title: string; role: string; years: string; focus: string[]; industries: string[]; salary: string; reached: boolean; current: boolean;
  }[];
  estimate: { level?: string; next?: string; toNext: { phase: string; percent: number }[]; threshold: number; summary: string };
  next?: ItemLink & { phase: string; summary: string };
  salaryNote: string;
  aiPremium: string;
  yearsToSenior: string;
  hoursPerWeek: string;
  stats: { figure: string; text: string; source?: ResourceLink; note?: string }[];
  trends: { title: string; summary: string; emerging: boolean }[];
  tips: { title: string; summary: string }[];
  nextSteps: { title: string; summary: string }[];
  /** The learning history's picture, with its text alternative. */
  activity: Activity & { text: string };
  /** Ids with a record that this roadmap does not have (retired, or from another roadmap): kept. */
  unknown: { id: string; status: Status; changed: string }[];
  /** Exercises done per phase (an exercise counts in the phase of its first skill). */
  exercises: { phase: string; done: number; total: number }[];
}

/** An import waiting for the user's yes (or done, or cancelled), skill by skill. */
export interface ImportPage {
  kind: 'import';
  state: 'none' | 'pending' | 'imported' | 'undone' | 'cancelled';
  file: string;
  summary: string;
  writes: number;
  history: number;
  migrated: { from: string; to: string }[];
  groups: {
    key: 'added' | 'newer' | 'conflicts' | 'older' | 'unknown';
    title: string;
    rows: { id: string; title: string; here?: ImportSide; file: ImportSide; result: Status; changes: boolean }[];
  }[];
  same: number;
}
export interface ImportSide {
  status: Status;
  changed: string;
  note?: string;
  evidence: number;
}

/** The portfolio report, before or after it is saved. */
export interface ReportPage {
  kind: 'report';
  markdown: string;
  /** The badge's SVG text (shown as an image from a data: URI). */
  badge: string;
  snippet: string;
  includeNotes: boolean;
  learned: number;
  total: number;
  level?: string;
  linked: number;
  /** Where it was saved, workspace-relative, once saved. */
  saved?: { report: string; badge: string };
  /** Where Save writes (workspace-relative folder), or why it cannot. */
  target: string;
  canSave: boolean;
}

/** The career guide's sections: the job, what employers hire for, trends, tips, next steps, advice. */
export interface CareerPage {
  kind: 'career';
  title: string;
  stats: { figure: string; text: string; source?: ResourceLink; note?: string }[];
  responsibilities: CareerSection[];
  hiring: CareerSection[];
  trends: (CareerSection & { emerging: boolean; figures: string[] })[];
  tips: CareerSection[];
  nextSteps: CareerSection[];
  finalAdvice: string[];
}

export interface CareerSection {
  id: string;
  title: string;
  summary: string;
  items: { label: string; skills: ItemLink[] }[];
  skills: ItemLink[];
}

export interface FaqPage {
  kind: 'faq';
  query: string;
  focus?: string;
  faqs: { id: string; question: string; answer: string; points: string[]; keywords: string[]; skills: ItemLink[]; source: string }[];
}

export interface ScanPage {
  kind: 'scan';
  /** Undefined when no scan has run in this window. */
  scan?: {
    date: string;
    filesFound: number;
    filesRead: number;
    capped: boolean;
    cancelled: boolean;
    tooLarge: number;
    /** The listing hit its limit, so filesFound is "at least". */
    listingCapped: boolean;
    skipped: { path: string; reason: string }[];
    skippedCount: number;
    filesWithSkills: number;
  };
  skills: (ItemLink & { phase: string; files: number; places: { path: string; line: number; cell?: number; evidence: string }[]; more: number })[];
  /** How many skills seen each report action would change: not started ones (→ learning), and those plus the ones being learned (→ learned). Skipped ones are left alone. */
  toMark: { learning: number; learned: number };
}

export interface MissingPage {
  kind: 'missing';
  message: string;
}

export type ExerciseState = 'not started' | 'started' | 'passing';
export interface ExerciseLink {
  id: string;
  title: string;
  summary: string;
  state: ExerciseState;
}

/** An exercise: its statement, hints one at a time, its last check, the model solution on request. */
export interface ExercisePage {
  kind: 'exercise';
  id: string;
  title: string;
  summary: string;
  statement: string;
  skills: ItemLink[];
  hints: string[];
  solution: { name: string; text: string }[];
  state: ExerciseState;
  /** Where its files are (workspace-relative), once started. */
  folder?: string;
  /** Why Check cannot run here (Restricted Mode, the web), if it cannot. */
  cannotCheck?: string;
  last?: { passed: boolean; ms: number; results: { name: string; outcome: string; message?: string }[] } | { error: string };
}

/** The team's progress from the member files in the repository. */
export interface TeamPage extends TeamModel {
  kind: 'team';
  dir: string;
  title: string;
}

export type PageModel = CareerPage | SkillPage | PhasePage | OverviewPage | FaqPage | ScanPage | ImportPage | ReportPage | TeamPage | ExercisePage | MissingPage;

/** What some pages show besides the roadmap and the records. */
export interface PageExtras {
  readonly history?: readonly HistoryEvent[];
  /** Ids with a record, known to the roadmap or not. */
  readonly storedIds?: readonly string[];
  readonly now?: Date;
  readonly pendingImport?: { readonly file: string; readonly summary: string; readonly plan: ImportPlan; readonly migrated: readonly { from: string; to: string }[]; readonly state: ImportPage['state'] };
  readonly report?: Omit<ReportPage, 'kind'>;
  readonly team?: TeamModel & { dir: string };
  /** The shipped exercises and where the learner is with each; `exercise` for its page. */
  readonly exercises?: readonly (Omit<ExerciseLink, 'state'> & { skills: readonly string[] })[];
  readonly exerciseState?: (id: string) => ExerciseState;
  readonly exercise?: Omit<ExercisePage, 'kind' | 'skills' | 'state'> & { skills: readonly string[] };
  /** Cuts an example's code into highlighted spans (the detection chunk's parser); without it, plain. */
  readonly highlight?: (code: string, language: string) => CodeSpan[];
}

/** A lesson as the page shows it: the example's code also as highlighted spans. */
function lessonView(lesson: Lesson, highlight?: (code: string, language: string) => CodeSpan[]): LessonView {
  const ex = lesson.example;
  return {
    explanation: lesson.explanation,
    ...(ex ? {
      example: {
        language: ex.language,
        ...(ex.file ? { file: ex.file } : {}),
        code: ex.code,
        spans: highlight ? highlight(ex.code, ex.language) : [[ex.code, '']],
        ...(ex.output !== undefined ? { output: ex.output } : {}),
        ...(ex.caption ? { caption: ex.caption } : {}),
      },
    } : {}),
    mistakes: [...(lesson.mistakes ?? [])],
  };
}

export type RecordOf = (id: string) => SkillRecord | undefined;

export function titleOf(roadmap: Roadmap, ref: PageRef): string {
  switch (ref.kind) {
    case 'skill': return findItem(roadmap, ref.id)?.title ?? l10n.t('Unknown skill');
    case 'phase': {
      const p = findPhase(roadmap, ref.id);
      return p ? `${p.number} · ${p.title}` : l10n.t('Unknown phase');
    }
    case 'overview': return l10n.t('Roadmap overview');
    case 'faq': return l10n.t('Questions and answers');
    case 'scan': return l10n.t('Skills in this workspace');
    case 'career': return l10n.t('The Python developer\'s job');
    case 'import': return l10n.t('Import progress');
    case 'report': return l10n.t('Portfolio report');
    case 'team': return l10n.t('Team progress');
    case 'exercise': return l10n.t('Exercise');
  }
}

export function buildPage(roadmap: Roadmap, ref: PageRef, recordOf: RecordOf, scan?: ScanResult, extras: PageExtras = {}): PageModel {
  const statusOf = (id: string): Status => recordOf(id)?.status ?? 'none';
  const link = (item: CheckableItem): ItemLink => ({ id: item.id, title: item.title, kind: item.kind, status: statusOf(item.id) });
  const linkId = (id: string): ItemLink | undefined => {
    const item = findItem(roadmap, id);
    return item && link(item);
  };
  const defined = <T>(x: T | undefined): x is T => x !== undefined;

  switch (ref.kind) {
    case 'skill': {
      const item = findItem(roadmap, ref.id);
      if (!item) return { kind: 'missing', message: l10n.t('There is no skill "{0}" in this roadmap.', ref.id) };
      const phase = findPhase(roadmap, item.phaseId)!;
      const items = allSkills(roadmap);
      const record = recordOf(item.id);
      const resourceIds = item.kind === 'skill' ? (item.source as Skill).resources ?? [] : (item.source as PracticeItem).resources ?? [];
      const related = item.kind === 'skill'
        ? items.filter((i) => i.kind === 'practice' && ((i.source as PracticeItem).skills ?? []).includes(item.id)).map(link)
        : ((item.source as PracticeItem).skills ?? []).map(linkId).filter(defined);
      const skill = item.kind === 'skill' ? (item.source as Skill) : undefined;
      const group = item.groupId ? phase.groups?.find((g) => g.id === item.groupId)?.title : undefined;
      return {
        kind: 'skill',
        id: item.id,
        title: item.title,
        itemKind: item.kind,
        phase: { id: phase.id, number: phase.number, title: phase.title },
        ...(group ? { group } : {}),
        summary: item.summary,
        ...(skill ? { description: skill.description } : item.source.description ? { description: (item.source as PracticeItem).description! } : {}),
        keyPoints: skill ? [...skill.keyPoints] : [],
        doneWhen: skill ? [] : [...((item.source as PracticeItem).doneWhen ?? [])],
        ...(item.source.evidence ? { evidenceStandard: item.source.evidence } : {}),
        ...(item.source.lesson ? { lesson: lessonView(item.source.lesson, extras.highlight) } : {}),
        essential: skill?.essential ?? false,
        status: record?.status ?? 'none',
        ...(record ? { changed: record.changed } : {}),
        note: record?.note ?? '',
        evidence: [...(record?.evidence ?? [])],
        prerequisites: item.prerequisites.map(linkId).filter(defined),
        unlocks: items.filter((i) => i.prerequisites.includes(item.id)).map(link),
        related,
        resources: resourceIds.map((id) => roadmap.resources.find((r) => r.id === id)).filter(defined).map((r) => ({
          title: r.title, kind: r.kind, summary: r.summary, ...(r.url ? { url: r.url } : {}),
        })),
        faqs: roadmap.faqs.filter((f) => f.skills.includes(item.id)).map((f) => ({ id: f.id, question: f.question })),
        exercises: (extras.exercises ?? []).filter((e) => e.skills.includes(item.id))
          .map((e) => ({ id: e.id, title: e.title, summary: e.summary, state: extras.exerciseState?.(e.id) ?? 'not started' })),
        ...(item.order > 0 ? { previous: link(items[item.order - 1]!) } : {}),
        ...(item.order < items.length - 1 ? { next: link(items[item.order + 1]!) } : {}),
      };
    }
    case 'phase': {
      const phase = findPhase(roadmap, ref.id);
      if (!phase) return { kind: 'missing', message: l10n.t('There is no phase "{0}" in this roadmap.', ref.id) };
      const items = allSkills(roadmap).filter((i) => i.phaseId === phase.id);
      const skills = items.filter((i) => i.kind === 'skill');
      const sections: PhasePage['sections'] = [];
      const withSummary = (item: CheckableItem) => ({ ...link(item), summary: item.summary });
      for (const g of phase.groups ?? []) {
        sections.push({ title: g.title, summary: g.summary, items: skills.filter((s) => s.groupId === g.id).map(withSummary) });
      }
      const ungrouped = skills.filter((s) => !s.groupId);
      if (ungrouped.length) sections.unshift({ title: l10n.t('Skills'), items: ungrouped.map(withSummary) });
      sections.push({ title: l10n.t('Practice'), items: items.filter((i) => i.kind === 'practice').map(withSummary) });
      return {
        kind: 'phase', id: phase.id, number: phase.number, title: phase.title, level: phase.level,
        duration: phase.duration.label, summary: phase.summary, counts: countItems(items, statusOf), sections,
      };
    }
    case 'overview': {
      const estimate = estimateLevel(roadmap, statusOf);
      const reachedIndex = estimate.level ? roadmap.careers.levels.indexOf(estimate.level) : -1;
      const next = nextSkill(roadmap, statusOf);
      const phaseTitle = (id: string) => findPhase(roadmap, id)?.title ?? id;
      return {
        kind: 'overview',
        title: roadmap.title,
        summary: roadmap.summary,
        overall: overallProgress(roadmap, statusOf),
        phases: phaseProgress(roadmap, statusOf).map((p) => {
          const phase = findPhase(roadmap, p.phaseId)!;
          return { id: phase.id, number: phase.number, title: phase.title, duration: phase.duration.label, counts: p };
        }),
        levels: roadmap.careers.levels.map((l, i) => ({
          id: l.id, title: l.title, role: l.role, years: l.years.label, focus: [...l.focus], industries: [...l.industries],
          salary: l.salary.label, reached: i <= reachedIndex, current: i === reachedIndex,
        })),
        estimate: {
          ...(estimate.level ? { level: estimate.level.title } : {}),
          ...(estimate.next ? { next: estimate.next.title } : {}),
          toNext: estimate.toNext.map((t) => ({ phase: phaseTitle(t.phaseId), percent: Math.round(t.ratio * 100) })),
          summary: levelSummary(estimate.level, estimate.next, roadmap.careers.threshold),
          threshold: Math.round(roadmap.careers.threshold * 100),
        },
        ...(next ? { next: { ...link(next), phase: phaseTitle(next.phaseId), summary: next.summary } } : {}),
        salaryNote: roadmap.careers.salaryNote,
        aiPremium: roadmap.careers.aiPremium.note,
        yearsToSenior: roadmap.overview.yearsToSenior.label,
        hoursPerWeek: roadmap.overview.hoursPerWeek.label,
        stats: roadmap.overview.stats.map((s) => ({ figure: s.figure, text: s.text, ...sourceOf(roadmap, s.source), ...(s.note ? { note: s.note } : {}) })),
        trends: roadmap.trends.map((t) => ({ title: t.title, summary: t.summary, emerging: t.emerging ?? false })),
        tips: roadmap.tips.map((t) => ({ title: t.title, summary: t.summary })),
        nextSteps: roadmap.nextSteps.map((t) => ({ title: t.title, summary: t.summary })),
        activity: (() => {
          const a = activityOf(extras.history ?? [], extras.now, (id) => !!findItem(roadmap, id));
          return { ...a, text: describeActivity(a) };
        })(),
        exercises: roadmap.phases.map((ph) => {
          const mine = (extras.exercises ?? []).filter((e) => findItem(roadmap, e.skills[0] ?? '')?.phaseId === ph.id);
          return { phase: `${ph.number} · ${ph.title}`, done: mine.filter((e) => extras.exerciseState?.(e.id) === 'passing').length, total: mine.length };
        }).filter((x) => x.total > 0),
        unknown: (extras.storedIds ?? []).filter((id) => !findItem(roadmap, id)).sort().flatMap((id) => {
          const r = recordOf(id);
          return r ? [{ id, status: r.status, changed: r.changed }] : [];
        }),
      };
    }
    case 'career': {
      const section = (sec: Roadmap['hiring'][number]): CareerSection => ({
        id: sec.id, title: sec.title, summary: sec.summary,
        items: (sec.items ?? []).map((it) => ({ label: it.label, skills: (it.skills ?? []).map(linkId).filter(defined) })),
        skills: (sec.skills ?? []).map(linkId).filter(defined),
      });
      return {
        kind: 'career',
        title: l10n.t('The Python developer\'s job'),
        stats: roadmap.overview.stats.map((s) => ({ figure: s.figure, text: s.text, ...sourceOf(roadmap, s.source), ...(s.note ? { note: s.note } : {}) })),
        responsibilities: roadmap.responsibilities.map(section),
        hiring: roadmap.hiring.map(section),
        trends: roadmap.trends.map((t) => ({ ...section(t), emerging: t.emerging ?? false, figures: [...(t.figures ?? [])] })),
        tips: roadmap.tips.map(section),
        nextSteps: roadmap.nextSteps.map(section),
        finalAdvice: [...roadmap.finalAdvice],
      };
    }
    case 'faq': {
      const query = ref.query ?? '';
      return {
        kind: 'faq',
        query,
        ...(ref.id ? { focus: ref.id } : {}),
        faqs: filterFaqs(roadmap, query).map((f) => ({
          id: f.id, question: f.question, answer: f.answer, points: [...(f.points ?? [])], keywords: [...(f.keywords ?? [])],
          skills: f.skills.map(linkId).filter(defined), source: f.source,
        })),
      };
    }
    case 'import': {
      const p = extras.pendingImport;
      if (!p) return { kind: 'import', state: 'none', file: '', summary: '', writes: 0, history: 0, migrated: [], groups: [], same: 0 };
      const side = (r: SkillRecord): ImportSide => ({ status: r.status, changed: r.changed, ...(r.note?.trim() ? { note: r.note } : {}), evidence: r.evidence?.length ?? 0 });
      const writes = new Set(p.plan.writes.map((w) => w.id));
      const rows = (list: ImportPlan['added']) => list.map((x) => ({
        id: x.id, title: findItem(roadmap, x.id)?.title ?? x.id, ...(x.current ? { here: side(x.current) } : {}), file: side(x.incoming), result: x.result.status, changes: writes.has(x.id),
      }));
      const unknown = new Set(p.plan.unknown);
      const known = (list: ImportPlan['added']) => list.filter((x) => !unknown.has(x.id));
      const all = [...p.plan.added, ...p.plan.newer, ...p.plan.conflicts, ...p.plan.older];
      const groups: ImportPage['groups'] = [
        { key: 'added' as const, title: l10n.t('Added (not recorded here yet)'), rows: rows(known(p.plan.added)) },
        { key: 'newer' as const, title: l10n.t('Newer in the file (the file\'s status wins)'), rows: rows(known(p.plan.newer)) },
        { key: 'conflicts' as const, title: l10n.t('A different note on each side (both notes kept, the newer first)'), rows: rows(known(p.plan.conflicts)) },
        { key: 'older' as const, title: l10n.t('Newer here (kept as it is)'), rows: rows(known(p.plan.older)) },
        { key: 'unknown' as const, title: l10n.t('Not in this roadmap (kept, listed on the overview)'), rows: rows(all.filter((x) => unknown.has(x.id))) },
      ].filter((g) => g.rows.length);
      return {
        kind: 'import', state: p.state, file: p.file, summary: p.summary, writes: p.plan.writes.length, history: p.plan.history.length,
        migrated: [...p.migrated], groups, same: p.plan.same.length,
      };
    }
    case 'exercise': {
      const e = extras.exercise;
      if (!e || e.id !== ref.id) return { kind: 'missing', message: l10n.t('There is no exercise "{0}".', ref.id) };
      return { kind: 'exercise', ...e, skills: e.skills.map(linkId).filter(defined), state: extras.exerciseState?.(e.id) ?? 'not started' };
    }
    case 'team': {
      const t = extras.team;
      if (!t) return { kind: 'missing', message: l10n.t('The team page is opened by "Python Roadmap: Show Team Progress".') };
      return { kind: 'team', title: roadmap.title, ...t };
    }
    case 'report': {
      const r = extras.report;
      if (!r) return { kind: 'missing', message: l10n.t('The report is made by the command "Python Roadmap: Create Portfolio Report".') };
      return { kind: 'report', ...r };
    }
    case 'scan': {
      if (!scan) return { kind: 'scan', skills: [], toMark: { learning: 0, learned: 0 } };
      const seen = summarizeSeen(roadmap, scan.found, statusOf);
      return {
        kind: 'scan',
        scan: {
          date: scan.date, filesFound: scan.filesFound, filesRead: scan.filesRead, capped: scan.capped, cancelled: scan.cancelled, tooLarge: scan.tooLarge,
          listingCapped: scan.listingCapped ?? false, skipped: (scan.skipped ?? []).map((x) => ({ ...x })), skippedCount: scan.skippedCount ?? 0,
          filesWithSkills: filesShowingSkills(scan.found),
        },
        skills: seen.map((x) => ({
          ...linkId(x.skillId)!, phase: x.phaseTitle, files: x.files,
          places: x.places.slice(0, 5).map((p) => ({ ...p })), more: Math.max(0, x.places.length - 5),
        })),
        toMark: {
          learning: seen.filter((x) => x.status === 'none').length,
          learned: seen.filter((x) => x.status === 'none' || x.status === 'learning').length,
        },
      };
    }
  }
}

/** FAQs whose question, answer, points, keywords or linked skill titles contain every word of the query. */
export function filterFaqs(roadmap: Roadmap, query: string): Roadmap['faqs'] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (!words.length) return roadmap.faqs;
  return roadmap.faqs.filter((f) => {
    const text = normalize([f.question, f.answer, ...(f.points ?? []), ...(f.keywords ?? []), ...f.skills.map((s) => findItem(roadmap, s)?.title ?? s)].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/** One sentence for the level the progress matches: "Your progress matches Entry-level (Junior Python Developer); next: Mid-level." */
export function levelSummary(level: { title: string; role: string } | undefined, next: { title: string } | undefined, threshold: number): string {
  if (level) return next ? l10n.t('Your progress matches {0} ({1}); next: {2}.', level.title, level.role, next.title) : l10n.t('Your progress matches {0} ({1}).', level.title, level.role);
  return next ? l10n.t('Not at a career level yet: {0} comes when each of its phases is {1}% learned.', next.title, Math.round(threshold * 100)) : l10n.t('Not at a career level yet.');
}

/** The resource a figure cites, as a link. */
function sourceOf(roadmap: Roadmap, id: string | undefined): { source?: ResourceLink } {
  const r = id ? roadmap.resources.find((x) => x.id === id) : undefined;
  return r ? { source: { title: r.title, kind: r.kind, summary: r.summary, ...(r.url ? { url: r.url } : {}) } } : {};
}

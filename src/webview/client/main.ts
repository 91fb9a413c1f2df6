// Runs inside the webview. Turns page models into DOM (createElement/textContent only: no HTML
// strings), sends typed messages back, and keeps the current page in setState for reloads.
import * as l10n from '@vscode/l10n';
import type { FromWebview, ToWebview, WebviewState, PageRef } from '../protocol';
import { LIMITS } from '../protocol';
import type { CareerPage, CareerSection, ExercisePage, ExerciseState, FaqPage, ImportPage, ImportSide, ItemLink, LessonView, OverviewPage, PageModel, PhasePage, ReportPage, ScanPage, SkillPage, TeamPage } from '../../core/pages';
import type { Status } from '../../core/progress';
import { NOTE_LIMIT } from '../../core/progress';
import { normalize, resourceKind, shortMonths } from '../../core/text';
import { evidencePlace } from '../../core/evidence';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): (WebviewState & { history?: PageRef[] }) | undefined;
  setState(state: WebviewState & { history?: PageRef[] }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let current: PageRef | undefined = vscode.getState()?.ref;
let history: PageRef[] = vscode.getState()?.history ?? [];

/** A status as the page names it, in the display language (the strings arrive with the first render). */
function statusText(status: Status): string {
  switch (status) {
    case 'none': return l10n.t('Not started');
    case 'learning': return l10n.t('Learning');
    case 'learned': return l10n.t('Learned');
    case 'skipped': return l10n.t('Skipped');
  }
}
const STATUS_SYMBOL: Record<Status, string> = { none: '○', learning: '◐', learned: '●', skipped: '⊘' };

type Child = Node | string | undefined | false | null;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === false || c === null) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Text with `code` spans: backticked parts become <code>, all as text nodes (no HTML parsing). */
function rich(text: string): (string | HTMLElement)[] {
  return text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : part));
}

/** Saves the note being typed now, if a save is pending (focus left the page, or it was hidden). */
let flushNote: (() => void) | undefined;
window.addEventListener('blur', () => flushNote?.());
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushNote?.());

function sameRef(a: PageRef | undefined, b: PageRef | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function navigate(to: PageRef): void {
  vscode.postMessage({ type: 'navigate', to });
}

function pageLink(text: string, to: PageRef, cls?: string): HTMLAnchorElement {
  const a = h('a', { href: '#', class: cls, 'data-ref': JSON.stringify(to) }, text);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    navigate(to);
  });
  return a;
}

function statusDot(status: Status): HTMLSpanElement {
  return h('span', { class: `dot status-${status}`, title: statusText(status), 'aria-label': statusText(status), role: 'img' }, STATUS_SYMBOL[status]);
}

function itemList(items: ItemLink[], empty = 'None.'): HTMLElement {
  if (!items.length) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'items' }, items.map((i) =>
    h('li', {}, statusDot(i.status), ' ', pageLink(i.title, { kind: 'skill', id: i.id }), i.kind === 'practice' ? h('span', { class: 'tag' }, l10n.t('practice')) : undefined)));
}

function progressBar(learned: number, total: number, label: string): HTMLElement {
  const percent = total ? Math.round((learned / total) * 100) : 0;
  return h('div', { class: 'progress' },
    h('progress', { max: String(total || 1), value: String(learned), 'aria-label': label }),
    h('span', { class: 'progress-text' }, `${learned}/${total} · ${percent}%`));
}

/** A resource's title: a link opened in the browser when it has a URL. */
function resourceTitle(r: { title: string; url?: string }): HTMLElement {
  const title = r.url ? h('a', { href: r.url, title: r.url }, r.title) : h('strong', {}, r.title);
  if (r.url) {
    title.addEventListener('click', (e) => {
      e.preventDefault();
      vscode.postMessage({ type: 'openExternal', url: r.url! });
    });
  }
  return title;
}

function skillLinks(skills: ItemLink[]): (string | HTMLElement)[] {
  return skills.flatMap((x, i) => [i ? ', ' : '', statusDot(x.status), ' ', pageLink(x.title, { kind: 'skill', id: x.id })]);
}

function careerSection(sec: CareerSection, extra?: (Child | Child[])[]): HTMLElement {
  return h('li', {}, h('strong', {}, sec.title), ` — ${sec.summary}`, ...(extra ?? []),
    sec.items.length ? h('ul', {}, sec.items.map((it) => h('li', {}, it.label, it.skills.length ? h('div', { class: 'related small' }, ...skillLinks(it.skills)) : undefined))) : undefined,
    sec.skills.length ? h('div', { class: 'related small' }, l10n.t('Skills:'), ' ', ...skillLinks(sec.skills)) : undefined);
}

function statsList(stats: { figure: string; text: string; source?: { title: string; url?: string }; note?: string }[]): HTMLElement {
  return h('ul', { class: 'stats' }, stats.map((s) => h('li', {}, h('strong', {}, s.figure), ` ${s.text}`,
    s.source ? h('span', { class: 'muted small' }, ' ', l10n.t('Source as given:'), ' ', resourceTitle(s.source)) : undefined,
    s.note ? h('div', { class: 'muted small', 'data-check': 'stat-note' }, ...rich(s.note)) : undefined)));
}

function careerPage(p: CareerPage): HTMLElement[] {
  return [
    h('header', {}, h('h1', {}, p.title), h('p', { class: 'lead' }, l10n.t('What the work is, what employers hire for in 2026, where the field is going, and how to keep growing.'))),
    section(l10n.t('What a Python developer does'), h('ul', { class: 'sections' }, p.responsibilities.map((x) => careerSection(x)))),
    section(l10n.t('What employers prioritise for 2026'), h('ul', { class: 'sections' }, p.hiring.map((x) => careerSection(x)))),
    section(l10n.t('Why Python, in numbers'), statsList(p.stats)),
    section(l10n.t('Trends'), h('ul', { class: 'sections' }, p.trends.map((t) => careerSection(t, [
      t.emerging ? h('span', { class: 'tag' }, l10n.t('emerging')) : undefined,
      t.figures.length ? h('div', { class: 'muted small' }, t.figures.join(' · ')) : undefined,
    ])))),
    section(l10n.t('Tips'), h('ul', { class: 'sections' }, p.tips.map((x) => careerSection(x)))),
    section(l10n.t('Next steps'), h('ul', { class: 'sections' }, p.nextSteps.map((x) => careerSection(x)))),
    section(l10n.t('Final advice'), ...p.finalAdvice.map((t) => h('p', {}, t))),
  ];
}

const LANGUAGE_NAME: Record<string, string> = { python: 'Python', toml: 'TOML', yaml: 'YAML', dockerfile: 'Dockerfile', ini: 'INI', bash: 'Shell', text: '' };

/** A lesson's worked example: its code (highlighted spans, text only), what it prints, and buttons
 *  that ask the host to copy it or open it in a new editor (the host uses its own copy of the code). */
function exampleBlock(id: string, ex: NonNullable<LessonView['example']>): HTMLElement {
  const act = (text: string, action: 'copy' | 'open') => {
    const b = h('button', { type: 'button', class: 'secondary small-button', 'data-focus': `example-${action}` }, text);
    b.addEventListener('click', () => vscode.postMessage({ type: 'example', action, id }));
    return b;
  };
  const label = ex.file ?? LANGUAGE_NAME[ex.language] ?? ex.language;
  const code = h('pre', { class: 'code', tabindex: '0', translate: 'no', 'aria-label': label ? l10n.t('Example: {0}', label) : l10n.t('Example') },
    h('code', {}, ex.spans.map(([text, token]) => (token ? h('span', { class: `tok-${token}` }, text) : text))));
  return h('figure', { class: 'example', 'data-check': 'example' },
    h('div', { class: 'code-bar' }, h('span', { class: 'muted small' }, label), h('span', { class: 'code-actions' }, act(l10n.t('Copy'), 'copy'), act(l10n.t('Open in a New File'), 'open'))),
    code,
    ex.output !== undefined && ex.output !== '' ? [h('div', { class: 'muted small output-label' }, ex.language === 'python' ? l10n.t('It prints:') : l10n.t('What you see:')), h('pre', { class: 'output', tabindex: '0', translate: 'no' }, ex.output)] : undefined,
    ex.caption ? h('figcaption', {}, ...rich(ex.caption)) : undefined);
}

function section(title: string, ...content: (Child | Child[])[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...content);
}

let links = { career: true, faq: true };
/** Whether the host asked for the page's whole text with each render (tests). */
let probe = false;

function nav(page: PageModel): HTMLElement {
  const back = h('button', { class: 'link-button', type: 'button', title: l10n.t('Back'), disabled: history.length ? undefined : 'true' }, `← ${l10n.t('Back')}`);
  back.addEventListener('click', () => {
    const prev = history.pop();
    if (prev) {
      going = 'back';
      navigate(prev);
    }
  });
  return h('nav', { class: 'top', 'aria-label': l10n.t('Roadmap pages') },
    back,
    pageLink(l10n.t('Overview'), { kind: 'overview' }, page.kind === 'overview' ? 'active' : undefined),
    links.career ? pageLink(l10n.t('The job'), { kind: 'career' }, page.kind === 'career' ? 'active' : undefined) : undefined,
    links.faq ? pageLink(l10n.t('FAQ'), { kind: 'faq' }, page.kind === 'faq' ? 'active' : undefined) : undefined,
    pageLink(l10n.t('In your code'), { kind: 'scan' }, page.kind === 'scan' ? 'active' : undefined),
    page.kind === 'skill' ? pageLink(l10n.t('Phase {0} · {1}', page.phase.number, page.phase.title), { kind: 'phase', id: page.phase.id }) : undefined);
}

// ---------------------------------------------------------------------------------------------

function skillPage(p: SkillPage): HTMLElement[] {
  const chips = h('p', { class: 'chips' },
    h('span', { class: 'chip' }, l10n.t('Phase {0} · {1}', p.phase.number, p.phase.title)),
    p.group ? h('span', { class: 'chip' }, p.group) : undefined,
    p.itemKind === 'practice' ? h('span', { class: 'chip' }, l10n.t('Practice')) : undefined,
    p.essential ? h('span', { class: 'chip essential', title: l10n.t('Employers list this among the essential skills for 2026 hiring') }, l10n.t('★ Essential for 2026 hiring')) : undefined);

  const buttons = h('div', { class: 'status-buttons', role: 'group', 'aria-label': l10n.t('Status') },
    (['none', 'learning', 'learned', 'skipped'] as Status[]).map((s) => {
      const pressed = p.status === s;
      // The current status shows by more than colour: a check mark, bold text and a thick border.
      const b = h('button', { type: 'button', class: `status-button status-${s}`, 'aria-pressed': String(pressed), 'data-status': s, 'data-focus': `status-${s}` },
        pressed ? h('span', { class: 'pressed-mark', 'aria-hidden': 'true' }, '✓ ') : undefined, `${STATUS_SYMBOL[s]} ${statusText(s)}`);
      b.addEventListener('click', () => vscode.postMessage({ type: 'setStatus', id: p.id, status: s }));
      return b;
    }));

  const note = h('textarea', { id: 'note', rows: '6', 'data-focus': `note-${p.id}`, placeholder: l10n.t('What you learned, links, questions to come back to… Saved as you type.'), 'aria-label': l10n.t('Notes on {0}', p.title) });
  note.value = p.note;
  note.maxLength = NOTE_LIMIT; // the host keeps this much; the counter below says so before it
  const saved = h('span', { class: 'muted', id: 'note-state', 'aria-live': 'polite' }, p.note ? l10n.t('Saved') : '');
  const left = h('span', { class: 'muted small', id: 'note-left' });
  const count = () => {
    const n = note.value.length;
    left.textContent = n >= NOTE_LIMIT * 0.9 ? `${l10n.t('{0} of {1} characters', n.toLocaleString(), NOTE_LIMIT.toLocaleString())} · ` : '';
  };
  count();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    vscode.postMessage({ type: 'setNote', id: p.id, note: note.value });
    saved.textContent = l10n.t('Saved');
  };
  note.addEventListener('input', () => {
    count();
    saved.textContent = l10n.t('Editing…');
    // Every keystroke reaches the host at once, so closing the tab loses nothing; the host saves
    // after a pause, and this timer only says so.
    vscode.postMessage({ type: 'noteDraft', id: p.id, note: note.value });
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, 400);
  });
  note.addEventListener('blur', () => timer && flush());
  flushNote?.(); // a pending note of the page this one replaces
  flushNote = () => timer && flush();

  const evidence = p.evidence.length
    ? section(l10n.t('Seen in your code'), h('ul', { class: 'evidence' }, p.evidence.map((e) => {
      // The place is a link inside the sentence: the sentence is split around it as the language orders it.
      const [before, after] = (e.label ? l10n.t('{0} in {1} on {2}', e.label, '\u0000', e.date) : l10n.t('seen in {0} on {1}', '\u0000', e.date)).split('\u0000');
      // Whose code it is, when it is not known to be the learner's: such a place is no proof, and the portfolio leaves it out.
      const whose = e.own === false ? l10n.t('written by someone else') : e.own === undefined && !e.label ? l10n.t('not known to be yours') : undefined;
      return h('li', {}, before ?? '', evidenceLink(e), after ?? '', whose ? h('span', { class: 'muted' }, ` — ${whose}`) : '');
    })))
    : undefined;

  const resources = p.resources.length
    ? section(l10n.t('Resources'), h('ul', { class: 'resources' }, p.resources.map((r) => h('li', {}, resourceTitle(r), h('span', { class: 'tag' }, resourceKind(r.kind)), h('div', { class: 'muted' }, r.summary)))))
    : undefined;

  const lesson = p.lesson;
  return [
    h('header', {}, h('h1', {}, p.title), chips, h('p', { class: 'lead' }, ...rich(p.summary)), buttons,
      p.changed ? h('p', { class: 'muted small' }, `${statusText(p.status)} · ${l10n.t('changed {0}', p.changed.slice(0, 10))}`) : undefined),
    lesson ? section(l10n.t('First steps'), h('p', { 'data-check': 'lesson' }, ...rich(lesson.explanation)), lesson.example ? exampleBlock(p.id, lesson.example) : undefined) : undefined,
    lesson?.mistakes.length ? section(l10n.t('Common mistakes'), h('ul', { class: 'mistakes' }, lesson.mistakes.map((m) => h('li', {}, ...rich(m))))) : undefined,
    p.description ? section(l10n.t('What it is and why it matters'), h('p', {}, ...rich(p.description))) : undefined,
    p.keyPoints.length ? section(l10n.t('Key points'), h('ul', {}, p.keyPoints.map((k) => h('li', {}, ...rich(k))))) : undefined,
    p.doneWhen.length ? section(l10n.t('Done when'), h('ul', { class: 'checks' }, p.doneWhen.map((k) => h('li', {}, ...rich(k))))) : undefined,
    p.evidenceStandard ? section(l10n.t('How Python Roadmap recognises this in your code'), h('p', { 'data-check': 'evidence-standard' }, ...rich(p.evidenceStandard))) : undefined,
    p.prerequisites.length ? section(l10n.t('Learn first'), itemList(p.prerequisites)) : undefined,
    p.related.length ? section(p.itemKind === 'skill' ? l10n.t('Practice ideas') : l10n.t('Skills it exercises'), itemList(p.related)) : undefined,
    p.unlocks.length ? section(l10n.t('Opens the way to'), itemList(p.unlocks)) : undefined,
    resources,
    p.faqs.length ? section(l10n.t('Related questions'), h('ul', {}, p.faqs.map((f) => h('li', {}, pageLink(f.question, { kind: 'faq', id: f.id }))))) : undefined,
    p.exercises.length ? section(l10n.t('Exercises'), h('ul', { class: 'exercises', 'data-check': 'skill-exercises' }, p.exercises.map((e) => h('li', {},
      h('span', { class: `exercise-state state-${e.state.replace(' ', '-')}` }, EXERCISE_MARK[e.state]), ' ', pageLink(e.title, { kind: 'exercise', id: e.id }),
      h('span', { class: 'muted small' }, ` · ${exerciseStateText(e.state)}`), h('div', { class: 'muted small' }, e.summary))))) : undefined,
    evidence,
    section(l10n.t('Notes'), note, h('div', { class: 'note-footer' }, left, saved)),
    h('nav', { class: 'prev-next', 'aria-label': l10n.t('Previous and next in the roadmap') },
      p.previous ? pageLink(`← ${p.previous.title}`, { kind: 'skill', id: p.previous.id }) : h('span'),
      p.next ? pageLink(`${p.next.title} →`, { kind: 'skill', id: p.next.id }) : h('span')),
  ].filter((x): x is HTMLElement => !!x);
}

function phasePage(p: PhasePage): HTMLElement[] {
  return [
    h('header', {}, h('h1', {}, l10n.t('Phase {0} · {1}', p.number, p.title)),
      h('p', { class: 'chips' }, h('span', { class: 'chip' }, p.level), h('span', { class: 'chip' }, p.duration)),
      h('p', { class: 'lead' }, p.summary),
      progressBar(p.counts.learned, p.counts.total - p.counts.skipped, l10n.t('Phase {0} progress', p.number))),
    ...p.sections.map((s) => section(s.title, s.summary ? h('p', { class: 'muted' }, s.summary) : undefined,
      h('ul', { class: 'items with-summary' }, s.items.map((i) => h('li', {},
        statusDot(i.status), ' ', pageLink(i.title, { kind: 'skill', id: i.id }),
        i.kind === 'practice' ? h('span', { class: 'tag' }, l10n.t('practice')) : undefined,
        i.status !== 'none' ? h('span', { class: `muted small status-${i.status}` }, ` · ${statusText(i.status).toLowerCase()}`) : undefined,
        h('div', { class: 'muted small' }, i.summary)))))),
  ];
}

function overviewPage(p: OverviewPage): HTMLElement[] {
  const o = p.overall;
  const next = p.next
    ? h('div', { class: 'card' },
      h('div', { class: 'muted small' }, l10n.t('Next up · {0}', p.next.phase)),
      h('div', { class: 'card-title' }, statusDot(p.next.status), ' ', pageLink(p.next.title, { kind: 'skill', id: p.next.id })),
      h('div', {}, p.next.summary))
    : h('div', { class: 'card' }, l10n.t('Everything on the roadmap is learned or skipped. Keep growing!'));
  const estimate = p.estimate.summary;
  const table = h('table', { class: 'levels' },
    h('thead', {}, h('tr', {}, [l10n.t('Level'), l10n.t('Role'), l10n.t('Experience'), l10n.t('Focus'), l10n.t('Industries'), l10n.t('Salary')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, p.levels.map((l) => h('tr', { class: l.current ? 'current' : l.reached ? 'reached' : undefined },
      h('th', { scope: 'row' }, l.title, l.current ? h('span', { class: 'tag' }, l10n.t('you')) : undefined),
      h('td', { 'data-label': l10n.t('Role') }, l.role), h('td', { 'data-label': l10n.t('Experience') }, l.years), h('td', { 'data-label': l10n.t('Focus') }, l.focus.join(', ')),
      h('td', { 'data-label': l10n.t('Industries') }, l.industries.join(', ')), h('td', { class: 'salary', 'data-label': l10n.t('Salary') }, l.salary)))));
  return [
    h('header', {}, h('h1', {}, p.title), h('p', { class: 'lead' }, p.summary),
      progressBar(o.learned, o.total - o.skipped, l10n.t('Overall progress')),
      h('p', { class: 'muted small' }, l10n.t('{0} learned · {1} learning · {2} skipped · {3} not started', o.learned, o.learning, o.skipped, o.none))),
    section(l10n.t('Next skill'), next),
    section(l10n.t('Phases'), h('ul', { class: 'phase-bars' }, p.phases.map((ph) => h('li', {},
      h('div', { class: 'phase-name' }, pageLink(`${ph.number} · ${ph.title}`, { kind: 'phase', id: ph.id }), h('span', { class: 'muted small' }, ` ${ph.duration}`)),
      progressBar(ph.counts.learned, ph.counts.total - ph.counts.skipped, l10n.t('Phase {0} progress', ph.number)))))),
    p.exercises.length ? section(l10n.t('Exercises'), h('ul', { class: 'phase-bars', 'data-check': 'overview-exercises' }, p.exercises.map((x) => h('li', {},
      h('div', { class: 'phase-name' }, x.phase), progressBar(x.done, x.total, l10n.t('Exercises done in {0}', x.phase))))),
    h('p', { class: 'muted small' }, l10n.t('Each skill page lists its exercises; "Python Roadmap: Start Exercise…" lists them all.'))) : undefined,
    activitySection(p.activity),
    p.unknown.length ? section(l10n.t('No longer in the roadmap'),
      h('p', { class: 'muted' }, l10n.t('Progress kept for ids this roadmap does not have (renamed or removed content, or another roadmap\'s). Nothing is deleted: it is exported with the rest and comes back if the id does.')),
      h('ul', { class: 'unknown', 'data-check': 'unknown' }, p.unknown.map((u) => h('li', {}, h('code', {}, u.id), ` — ${statusText(u.status).toLowerCase()}, ${l10n.t('changed {0}', u.changed.slice(0, 10))}`)))) : undefined,
    // A custom roadmap may have no career levels, figures or career guide: those sections stay out.
    p.levels.length ? section(l10n.t('Career levels'), h('p', {}, estimate),
      p.estimate.toNext.length ? h('ul', { class: 'muted small' }, p.estimate.toNext.map((t) => h('li', {}, l10n.t('{0}: {1}% of {2}%', t.phase, t.percent, p.estimate.threshold)))) : undefined,
      h('div', { class: 'table-wrap' }, table), p.salaryNote ? h('p', { class: 'muted small' }, `${p.salaryNote} ${p.aiPremium}`) : undefined,
      p.yearsToSenior ? h('p', { class: 'muted small' }, l10n.t('Reaching senior usually takes {0}; plan on {1}.', p.yearsToSenior, p.hoursPerWeek)) : undefined) : undefined,
    p.stats.length ? section(l10n.t('Why Python, in numbers'), statsList(p.stats), h('p', {}, pageLink(l10n.t('What the job is, what employers hire for, trends and advice →'), { kind: 'career' }))) : undefined,
    p.trends.length ? section(l10n.t('Trends'), h('ul', {}, p.trends.map((t) => h('li', {}, h('strong', {}, t.title), t.emerging ? h('span', { class: 'tag' }, l10n.t('emerging')) : undefined, ` — ${t.summary}`)))) : undefined,
    p.tips.length ? section(l10n.t('Tips'), h('ul', {}, p.tips.map((t) => h('li', {}, h('strong', {}, t.title), ` — ${t.summary}`)))) : undefined,
    p.nextSteps.length ? section(l10n.t('Next steps'), h('ul', {}, p.nextSteps.map((t) => h('li', {}, h('strong', {}, t.title), ` — ${t.summary}`))), h('p', {}, pageLink(l10n.t('Questions and answers →'), { kind: 'faq' }))) : undefined,
  ].filter((x): x is HTMLElement => !!x);
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Short month names in the display language (the strings arrive with the first render). */
const months = shortMonths;

/** The learning history: a 12-month heatmap and skills learned per month, drawn as SVG with theme
 *  colours; the paragraph above it and a table read by screen readers say the same in words. */
function activitySection(a: OverviewPage['activity']): HTMLElement {
  const cell = 11;
  const gap = 2;
  const left = 28;
  const top = 16;
  const weeks = Math.ceil(a.days.length / 7);
  const max = Math.max(1, ...a.days);
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  const [y0, m0, d0] = a.from.split('-').map(Number) as [number, number, number];
  const map = svg('svg', {
    class: 'heatmap', viewBox: `0 0 ${left + weeks * (cell + gap)} ${top + 7 * (cell + gap)}`, role: 'img', 'aria-labelledby': 'activity-text',
    'data-check': 'heatmap', 'data-check-value': `${a.days.length} days, ${a.days.filter((n) => n > 0).length} active, ${a.days.reduce((x, n) => x + n, 0)} changes`,
  });
  let lastMonth = -1;
  a.days.forEach((n, i) => {
    const date = new Date(y0, m0 - 1, d0 + i);
    const week = Math.floor(i / 7);
    const x = left + week * (cell + gap);
    if (date.getDate() <= 7 && date.getMonth() !== lastMonth && i % 7 === 0) {
      lastMonth = date.getMonth();
      map.append(svg('text', { x, y: 10, class: 'axis' }, months()[date.getMonth()]!));
    }
    const label = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}: ${n === 1 ? l10n.t('1 status change') : n ? l10n.t('{0} status changes', n) : l10n.t('no activity')}`;
    map.append(svg('rect', { x, y: top + (i % 7) * (cell + gap), width: cell, height: cell, rx: 2, class: `day level-${level(n)}`, 'data-count': n }, svg('title', {}, label)));
  });
  [l10n.t('Mon'), l10n.t('Wed'), l10n.t('Fri')].forEach((d, i) => map.append(svg('text', { x: 0, y: top + (1 + i * 2) * (cell + gap) + cell - 2, class: 'axis' }, d)));

  const most = Math.max(1, ...a.months.map((m) => m.learned));
  const barW = 26;
  const chartH = 70;
  const bars = svg('svg', { class: 'months', viewBox: `0 0 ${a.months.length * (barW + 8)} ${chartH + 30}`, role: 'img', 'aria-label': l10n.t('Skills learned per month: {0}', a.months.map((m) => `${monthLabel(m.month)} ${m.learned}`).join(', ')) });
  a.months.forEach((m, i) => {
    const hgt = Math.round((m.learned / most) * chartH);
    const x = i * (barW + 8);
    bars.append(svg('rect', { x, y: chartH - hgt + 12, width: barW, height: Math.max(hgt, 1), rx: 2, class: m.learned ? 'bar' : 'bar empty' }, svg('title', {}, l10n.t('{0}: {1} learned', monthLabel(m.month), m.learned))));
    if (m.learned) bars.append(svg('text', { x: x + barW / 2, y: chartH - hgt + 8, class: 'axis', 'text-anchor': 'middle' }, String(m.learned)));
    bars.append(svg('text', { x: x + barW / 2, y: chartH + 26, class: 'axis', 'text-anchor': 'middle' }, monthLabel(m.month)));
  });
  const table = h('table', { class: 'sr-only' }, h('caption', {}, l10n.t('Skills learned per month')),
    h('tbody', {}, a.months.map((m) => h('tr', {}, h('th', { scope: 'row' }, monthLabel(m.month)), h('td', {}, String(m.learned))))));
  return section(l10n.t('Learning history'),
    h('p', { id: 'activity-text', 'data-check': 'activity' }, a.text),
    h('div', { class: 'chips' },
      h('span', { class: 'chip' }, l10n.t('{0}-day streak', a.streak)), h('span', { class: 'chip' }, l10n.t('longest {0}', a.longestStreak)), h('span', { class: 'chip' }, a.activeDays === 1 ? l10n.t('1 active day') : l10n.t('{0} active days', a.activeDays))),
    h('div', { class: 'heatmap-wrap' }, map),
    h('div', { class: 'legend muted small', 'aria-hidden': 'true' }, `${l10n.t('Less')} `, ...[0, 1, 2, 3, 4].map((l) => h('span', { class: `swatch level-${l}` })), ` ${l10n.t('More')}`),
    h('h3', {}, l10n.t('Skills learned per month')), h('div', { class: 'months-wrap' }, bars), table,
    h('p', { class: 'muted small' }, l10n.t('Kept on this machine only, with your progress; it goes into an export and nowhere else.')));
}

function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${months()[m - 1]} ${String(y).slice(2)}`;
}

function sideText(x: ImportSide | undefined): string {
  if (!x) return '—';
  return `${statusText(x.status)} · ${x.changed.slice(0, 10)}${x.note ? ` · ${l10n.t('note')}` : ''}${x.evidence ? ` · ${x.evidence === 1 ? l10n.t('1 place') : l10n.t('{0} places', x.evidence)}` : ''}`;
}

function importPage(p: ImportPage): HTMLElement[] {
  if (p.state === 'none') return [h('header', {}, h('h1', {}, l10n.t('Import progress'))), h('p', {}, l10n.t('Run "Python Roadmap: Import Progress…" and pick an export: what it would change is shown here before anything changes.'))];
  const state = {
    pending: l10n.t('Nothing has changed yet. Each skill keeps its latest change; a note only one side has is kept, and two different notes are both kept.'),
    imported: l10n.t('Imported. Undo puts back exactly what was there before.'),
    undone: l10n.t('The import was undone: everything is as it was before it.'),
    cancelled: l10n.t('Cancelled: nothing was imported.'),
  }[p.state];
  const buttons = h('div', { class: 'status-buttons', role: 'group', 'aria-label': l10n.t('Import') });
  const button = (text: string, action: 'confirm' | 'cancel' | 'undo', cls: string) => {
    const b = h('button', { type: 'button', class: cls, 'data-focus': `import-${action}` }, text);
    b.addEventListener('click', () => vscode.postMessage({ type: 'import', action }));
    buttons.append(b);
  };
  if (p.state === 'pending') {
    const records = p.writes === 1 ? l10n.t('Import 1 record') : l10n.t('Import {0} records', p.writes);
    button(p.history ? l10n.t('{0} and {1} past changes', records, p.history) : records, 'confirm', 'primary');
    button(l10n.t('Cancel'), 'cancel', 'secondary');
  } else if (p.state === 'imported') button(l10n.t('Undo Import'), 'undo', 'secondary');
  return [
    h('header', {}, h('h1', {}, l10n.t('Import progress')), h('p', { class: 'lead' }, `${l10n.t('From')} `, h('code', {}, p.file), `: ${p.summary}.`),
      h('p', { class: p.state === 'pending' ? 'notice' : 'muted', 'aria-live': 'polite', id: 'import-state', 'data-check': 'import-state' }, state), buttons),
    p.migrated.length ? section(l10n.t('Renamed skills followed'), h('ul', {}, p.migrated.map((m) => h('li', {}, h('code', {}, m.from), ' → ', h('code', {}, m.to))))) : undefined,
    ...p.groups.map((g) => section(`${g.title} · ${g.rows.length}`,
      h('div', { class: 'table-wrap' }, h('table', { class: 'import', 'data-group': g.key },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, l10n.t('Skill')), h('th', { scope: 'col' }, l10n.t('Here')), h('th', { scope: 'col' }, l10n.t('In the file')), h('th', { scope: 'col' }, l10n.t('After import')))),
        h('tbody', {}, g.rows.map((r) => h('tr', { 'data-check': `import-${g.key}`, 'data-check-value': r.id },
          h('th', { scope: 'row' }, g.key === 'unknown' ? h('code', {}, r.id) : pageLink(r.title, { kind: 'skill', id: r.id })),
          h('td', { 'data-label': l10n.t('Here') }, sideText(r.here)),
          h('td', { 'data-label': l10n.t('In the file') }, sideText(r.file)),
          h('td', { 'data-label': l10n.t('After import') }, statusDot(r.result), ` ${statusText(r.result)}`, r.changes ? '' : h('span', { class: 'muted small' }, ` (${l10n.t('no change')})`))))))))),
    p.same ? h('p', { class: 'muted small' }, p.same === 1 ? l10n.t('1 record is the same on both sides.') : l10n.t('{0} records are the same on both sides.', p.same)) : undefined,
  ].filter((x): x is HTMLElement => !!x);
}

function reportPage(p: ReportPage): HTMLElement[] {
  const notes = h('input', { type: 'checkbox', id: 'report-notes', 'data-focus': 'report-notes' });
  notes.checked = p.includeNotes;
  notes.addEventListener('change', () => vscode.postMessage({ type: 'report', action: 'notes', includeNotes: notes.checked }));
  const act = (text: string, action: 'copy' | 'copySnippet' | 'save', cls = 'secondary') => {
    const b = h('button', { type: 'button', class: cls, 'data-focus': `report-${action}` }, text);
    b.addEventListener('click', () => vscode.postMessage({ type: 'report', action, includeNotes: notes.checked }));
    return b;
  };
  const badge = () => h('img', { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.badge)}`, alt: p.badge.match(/aria-label="([^"]*)"/)?.[1]?.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))) ?? l10n.t('Python Roadmap badge'), class: 'badge' });
  return [
    h('header', {}, h('h1', {}, l10n.t('Portfolio report')),
      h('p', { class: 'lead' }, `${l10n.t('{0} of {1} learned', p.learned, p.total)}${p.level ? ` · ${p.level}` : ''} · ${p.linked === 1 ? l10n.t('1 link to your code') : l10n.t('{0} links to your code', p.linked)}`),
      h('div', { class: 'status-buttons', role: 'group', 'aria-label': l10n.t('Report') },
        act(p.saved ? l10n.t('Save Again') : l10n.t('Save to Workspace'), 'save', 'primary'), act(l10n.t('Copy Markdown'), 'copy'), act(l10n.t('Copy Badge Snippet'), 'copySnippet')),
      h('p', {}, h('label', { for: 'report-notes' }, notes, ` ${l10n.t('Include my notes')}`)),
      h('p', { class: 'muted small', id: 'report-target', 'aria-live': 'polite', 'data-check': 'report-target' }, p.saved ? l10n.t('Saved: {0} and {1}.', p.saved.report, p.saved.badge) : l10n.t('Save writes {0} and its badge next to it.', p.target))),
    section(l10n.t('Badge'), h('p', { class: 'muted small' }, l10n.t('An SVG card with its own background, so it reads the same on a light or a dark profile page. No fonts, scripts or links are loaded from anywhere.')),
      h('div', { class: 'badge-previews' },
        h('figure', { class: 'on-light' }, badge(), h('figcaption', {}, l10n.t('On a light page'))),
        h('figure', { class: 'on-dark' }, badge(), h('figcaption', {}, l10n.t('On a dark page')))),
      h('p', {}, l10n.t('Paste into a README or your GitHub profile:')), h('pre', { class: 'snippet' }, h('code', {}, p.snippet))),
    section(l10n.t('Report'), h('pre', { class: 'report', tabindex: '0', 'aria-label': l10n.t('The report as Markdown') }, h('code', {}, p.markdown))),
  ];
}

const EXERCISE_MARK: Record<ExerciseState, string> = { 'not started': '○', started: '◐', passing: '✔' };
function exerciseStateText(state: ExerciseState): string {
  return state === 'passing' ? l10n.t('passing') : state === 'started' ? l10n.t('started') : l10n.t('not started');
}

/** The little Markdown exercise statements use, as DOM: headings, paragraphs, lists, tables,
 *  fenced code, `code` and **bold**. Text nodes only: no HTML is ever parsed. */
function markdown(text: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  const inline = (s: string): (string | HTMLElement)[] => s.split(/(`[^`]+`|\*\*[^*]+\*\*)/).filter(Boolean)
    .map((part) => (part.startsWith('`') ? h('code', {}, part.slice(1, -1)) : part.startsWith('**') ? h('strong', {}, part.slice(2, -2)) : part));
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) code.push(lines[i]!);
      out.push(h('pre', { class: 'code' }, h('code', {}, code.join('\n'))));
    } else if (/^#{1,6} /.test(line)) {
      const level = Math.min(4, line.indexOf(' ') + 1);
      out.push(h(`h${level}` as 'h2', {}, ...inline(line.replace(/^#+ /, ''))));
    } else if (/^\s*[-*] /.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && (/^\s*[-*] /.test(lines[i]!) || (/^\s{2,}\S/.test(lines[i]!) && items.length)); i++) {
        if (/^\s*[-*] /.test(lines[i]!)) items.push(lines[i]!.replace(/^\s*[-*] /, ''));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
      }
      i--;
      out.push(h('ul', {}, items.map((x) => h('li', {}, ...inline(x)))));
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) if (!/^\|[\s|:-]+\|$/.test(lines[i]!)) rows.push(lines[i]!.slice(1, -1).split('|').map((c) => c.trim()));
      i--;
      const [head, ...body] = rows;
      out.push(h('div', { class: 'table-wrap' }, h('table', { class: 'statement' }, h('thead', {}, h('tr', {}, (head ?? []).map((c) => h('th', {}, ...inline(c))))),
        h('tbody', {}, body.map((r) => h('tr', {}, r.map((c) => h('td', {}, ...inline(c)))))))));
    } else if (line.trim()) {
      const para = [line];
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !/^(#|```|\s*[-*] |\|)/.test(lines[i + 1]!)) para.push(lines[++i]!);
      out.push(h('p', {}, ...inline(para.join(' '))));
    }
  }
  return out;
}

const hintsShown = new Map<string, number>();
const solutionShown = new Set<string>();

function exercisePage(p: ExercisePage): HTMLElement[] {
  const act = (text: string, action: 'start' | 'check' | 'open', cls = 'secondary', disabled = false) => {
    const b = h('button', { type: 'button', class: cls, 'data-focus': `exercise-${action}`, disabled: disabled ? 'true' : undefined }, text);
    b.addEventListener('click', () => vscode.postMessage({ type: 'exercise', action, id: p.id }));
    return b;
  };
  const buttons = h('div', { class: 'status-buttons', role: 'group', 'aria-label': l10n.t('Exercise') },
    p.state === 'not started' ? act(l10n.t('Start Exercise'), 'start', 'primary') : act(l10n.t('Open Files'), 'open'),
    p.state !== 'not started' ? act(l10n.t('Check'), 'check', 'primary', !!p.cannotCheck) : undefined);
  const shown = hintsShown.get(p.id) ?? 0;
  const hints = h('ol', { class: 'hints', 'data-check': 'hints-shown', 'data-check-value': String(shown) }, p.hints.slice(0, shown).map((x) => h('li', {}, ...markdownInline(x))));
  const more = h('button', { type: 'button', class: 'secondary', 'data-focus': 'hint', disabled: shown >= p.hints.length ? 'true' : undefined }, shown ? l10n.t('Another hint ({0} of {1})', shown, p.hints.length) : l10n.t('Show a hint ({0})', p.hints.length));
  more.addEventListener('click', () => {
    hintsShown.set(p.id, Math.min(p.hints.length, shown + 1));
    app.replaceChildren(nav(p), ...exercisePage(p));
  });
  const canSee = p.state === 'passing' || solutionShown.has(p.id);
  const reveal = h('button', { type: 'button', class: 'secondary', 'data-focus': 'solution' }, l10n.t('Show the model solution'));
  reveal.addEventListener('click', () => {
    solutionShown.add(p.id);
    app.replaceChildren(nav(p), ...exercisePage(p));
  });
  const last = p.last;
  const result = !last ? undefined : 'error' in last
    ? h('p', { class: 'notice', 'data-check': 'exercise-result' }, last.error)
    : h('div', { 'data-check': 'exercise-result', 'data-check-value': last.passed ? 'passed' : 'failed' },
      h('p', { class: last.passed ? 'pass' : 'notice' }, last.passed ? l10n.t('All {0} tests pass ({1} ms). The exercise is done, and its skills record where you did it.', last.results.length, last.ms) : l10n.t('{0} of {1} tests do not pass yet. The Testing view shows each with a diff.', last.results.filter((r) => r.outcome === 'failed' || r.outcome === 'error').length, last.results.filter((r) => r.outcome !== 'skipped').length)),
      h('ul', { class: 'results' }, last.results.map((r) => h('li', {}, h('span', { class: `outcome outcome-${r.outcome}` }, r.outcome === 'passed' ? '✔' : '✘'), ` ${r.name}`,
        r.outcome !== 'passed' && r.message ? h('pre', { class: 'code small' }, h('code', {}, r.message)) : undefined))));
  return [
    h('header', {}, h('h1', {}, p.title), h('p', { class: 'lead' }, p.summary),
      h('p', { class: 'chips' }, h('span', { class: 'chip', 'data-check': 'exercise-state' }, `${EXERCISE_MARK[p.state]} ${exerciseStateText(p.state)}`), ...p.skills.map((x) => pageLink(x.title, { kind: 'skill', id: x.id }, 'chip'))),
      buttons,
      p.folder ? h('p', { class: 'muted small' }, `${l10n.t('Files in')} `, h('code', {}, p.folder)) : undefined,
      p.cannotCheck ? h('p', { class: 'notice', 'data-check': 'cannot-check' }, p.cannotCheck) : undefined),
    result ? section(l10n.t('Last check'), result) : undefined,
    section(l10n.t('The task'), ...markdown(p.statement.replace(/^# .*\n/, ''))),
    section(l10n.t('Hints'), hints, more),
    section(l10n.t('Model solution'), canSee
      ? h('div', {}, p.solution.map((f) => h('div', {}, h('p', { class: 'muted small' }, f.name), h('pre', { class: 'code' }, h('code', {}, f.text)))))
      : h('div', {}, h('p', { class: 'muted' }, l10n.t('Shown after your check passes, or now if you ask: trying first teaches more.')), reveal)),
  ].filter((x): x is HTMLElement => !!x);
}

function markdownInline(s: string): (string | HTMLElement)[] {
  return s.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith('`') ? h('code', {}, part.slice(1, -1)) : part));
}

function teamPage(p: TeamPage): HTMLElement[] {
  const header = h('header', {}, h('h1', {}, l10n.t('Team progress')),
    h('p', { class: 'lead' }, `${p.title}: ${p.members.length === 1 ? l10n.t('1 member file in') : l10n.t('{0} member files in', p.members.length)} `, h('code', {}, `${p.dir}/`), '.'),
    h('p', { class: 'muted small' }, l10n.t('Each member writes their own file with "Share My Progress with the Team" and commits it. Only statuses are in it unless they chose to share notes; nothing is sent anywhere.')));
  const problems = [
    ...p.broken.map((b) => h('li', { 'data-check': 'team-broken', 'data-check-value': b.file }, b.error, ` — ${l10n.t('skipped')}`)),
    ...p.otherRoadmap.map((o) => h('li', {}, l10n.t('{0}: {1}\'s progress in the roadmap "{2}" (switch to it to see it)', o.file, o.member, o.roadmap))),
  ];
  if (!p.members.length) return [header, h('p', {}, l10n.t('No member file for this roadmap yet. Run "Python Roadmap: Share My Progress with the Team" to write yours.')), problems.length ? h('ul', { class: 'notice-list' }, problems) : undefined].filter((x): x is HTMLElement => !!x);
  const members = h('div', { class: 'table-wrap' }, h('table', { class: 'team' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, l10n.t('Member')), ...p.members[0]!.phases.map((ph) => h('th', { scope: 'col', title: ph.title }, `${ph.number}`)), h('th', { scope: 'col' }, l10n.t('All')))),
    h('tbody', {}, p.members.map((m) => h('tr', { 'data-check': 'team-member', 'data-check-value': `${m.name} ${m.learned}/${m.total}` },
      h('th', { scope: 'row' }, m.name, h('div', { class: 'muted small' }, l10n.t('updated {0}', m.updated.slice(0, 10)))),
      ...m.phases.map((ph) => h('td', { 'data-label': `${ph.number} · ${ph.title}` }, progressBar(ph.learned, ph.total, l10n.t('{0}, phase {1}', m.name, ph.number)))),
      h('td', { 'data-label': l10n.t('All') }, progressBar(m.learned, m.total, l10n.t('{0}, all phases', m.name))))))));
  const most = Math.max(1, p.members.length);
  const skills = h('div', { class: 'table-wrap' }, h('table', { class: 'team-skills' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, l10n.t('Skill')), h('th', { scope: 'col' }, l10n.t('Learned')), h('th', { scope: 'col' }, l10n.t('Who')))),
    h('tbody', {}, p.skills.filter((x) => x.learned.length || x.learning.length).map((x) => h('tr', { 'data-check': 'team-skill', 'data-check-value': `${x.id} ${x.learned.length}` },
      h('th', { scope: 'row' }, pageLink(x.title, { kind: 'skill', id: x.id }), h('div', { class: 'muted small' }, x.phase)),
      h('td', { 'data-label': l10n.t('Learned') }, progressBar(x.learned.length, most, l10n.t('{0}: learned by {1} of {2}', x.title, x.learned.length, most))),
      h('td', { 'data-label': l10n.t('Who') }, x.learned.join(', '), x.learning.length ? h('span', { class: 'muted' }, `${x.learned.length ? ' · ' : ''}${l10n.t('learning: {0}', x.learning.join(', '))}`) : undefined))))));
  return [
    header,
    problems.length ? section(l10n.t('Files not counted'), h('ul', {}, problems)) : undefined,
    section(l10n.t('Members'), members),
    section(l10n.t('Skills'), h('p', { class: 'muted small' }, l10n.t('Items someone has learned or is learning, in roadmap order.')), skills),
  ].filter((x): x is HTMLElement => !!x);
}

function faqPage(p: FaqPage): HTMLElement[] {
  const input = h('input', { type: 'search', id: 'faq-filter', placeholder: l10n.t('Filter questions'), 'aria-label': l10n.t('Filter questions'), 'data-focus': 'faq-filter' });
  input.maxLength = LIMITS.query; // the host takes no longer query back (Back, a reload)
  input.value = p.query;
  const count = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const items = p.faqs.map((f) => {
    const d = h('details', { id: `faq-${f.id}`, 'data-text': normalize([f.question, f.answer, ...f.points, ...f.keywords, ...f.skills.map((s) => s.title)].join(' ')) },
      h('summary', {}, f.question),
      h('p', {}, f.answer),
      f.points.length ? h('ul', {}, f.points.map((x) => h('li', {}, x))) : undefined,
      f.skills.length ? h('p', { class: 'related' }, 'Related: ', ...f.skills.flatMap((s, i) => [i ? ', ' : '', pageLink(s.title, { kind: 'skill', id: s.id })])) : undefined);
    if (f.id === p.focus) d.open = true;
    return d;
  });
  const apply = () => {
    const words = normalize(input.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const d of items) {
      const match = words.every((w) => (d.dataset.text ?? '').includes(w));
      d.hidden = !match;
      if (match) shown++;
    }
    count.textContent = words.length ? l10n.t('{0} of {1} questions', shown, items.length) : l10n.t('{0} questions', items.length);
    if (current?.kind === 'faq') {
      current = { kind: 'faq', ...(input.value ? { query: input.value } : {}) };
      vscode.setState({ ref: current, history });
    }
  };
  input.addEventListener('input', apply);
  queueMicrotask(apply);
  if (p.focus) queueMicrotask(() => document.getElementById(`faq-${p.focus}`)?.scrollIntoView({ block: 'start' }));
  return [h('header', {}, h('h1', {}, l10n.t('Questions and answers')), input, count), h('div', { class: 'faqs' }, items)];
}

function evidenceLink(e: { path: string; line: number; cell?: number }, text = evidencePlace({ ...e, date: '' })): HTMLAnchorElement {
  const a = h('a', { href: '#', title: l10n.t('Open this place') }, text);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    vscode.postMessage({ type: 'openEvidence', path: e.path, line: e.line, ...(e.cell !== undefined ? { cell: e.cell } : {}) });
  });
  return a;
}

function scanPage(p: ScanPage): HTMLElement[] {
  const rescan = h('button', { type: 'button', class: 'secondary', 'data-focus': 'rescan' }, p.scan ? l10n.t('Scan Again') : l10n.t('Scan Workspace'));
  rescan.addEventListener('click', () => vscode.postMessage({ type: 'rescan' }));
  if (!p.scan) {
    return [h('header', {}, h('h1', {}, l10n.t('Skills in this workspace'))), h('p', {}, l10n.t('No scan has run in this window yet. A scan reads your Python, notebook and project files (not those excluded by files.exclude or .gitignore) and lists the roadmap skills they show.')), rescan];
  }
  const sc = p.scan;
  const notes = [
    sc.capped ? (sc.listingCapped
      ? l10n.t('Stopped at the file limit (pythonRoadmap.scan.maxFiles): {0} of at least {1} files read.', sc.filesRead, sc.filesFound)
      : l10n.t('Stopped at the file limit (pythonRoadmap.scan.maxFiles): {0} of {1} files read.', sc.filesRead, sc.filesFound)) : undefined,
    sc.cancelled ? l10n.t('The scan was cancelled before the end; what was read so far is shown.') : undefined,
    sc.tooLarge ? (sc.tooLarge === 1 ? l10n.t('1 file was skipped for being larger than 1 MB.') : l10n.t('{0} files were skipped for being larger than 1 MB.', sc.tooLarge)) : undefined,
    sc.skippedCount ? `${sc.skippedCount === 1 ? l10n.t('1 file was not read:') : l10n.t('{0} files were not read:', sc.skippedCount)} ${sc.skipped.slice(0, 5).map((x) => `${x.path} (${x.reason})`).join('; ')}${sc.skippedCount > 5 ? '; …' : ''}.` : undefined,
  ].filter((x): x is string => !!x);
  const actions = h('div', { class: 'status-buttons', role: 'group', 'aria-label': l10n.t('Mark the skills found') });
  for (const status of ['learning', 'learned'] as const) {
    const n = p.toMark[status];
    if (n) {

      const b = h('button', { type: 'button', class: `status-button status-${status}`, 'data-focus': `mark-${status}`, title: l10n.t('Each keeps the first place it was seen as evidence') }, `${STATUS_SYMBOL[status]} ${status === 'learning' ? l10n.t('Mark {0} not started as learning', n) : l10n.t('Mark {0} not learned yet as learned', n)}`);
      b.addEventListener('click', () => vscode.postMessage({ type: 'markScanned', status }));
      actions.append(b);
    }
  }
  actions.append(rescan);
  const rows = p.skills.map((x) => h('tr', {},
    h('td', {}, statusDot(x.status), ' ', pageLink(x.title, { kind: 'skill', id: x.id })),
    h('td', { class: 'muted', 'data-label': l10n.t('Phase') }, x.phase),
    h('td', { class: 'num', 'data-label': l10n.t('Files') }, String(x.files)),
    h('td', { 'data-label': l10n.t('Where') }, h('ul', { class: 'places' }, x.places.map((pl) => h('li', {}, evidenceLink(pl), ' ', h('code', {}, pl.evidence))), x.more ? h('li', { class: 'muted' }, l10n.t('and {0} more', x.more)) : undefined))));
  return [
    h('header', {}, h('h1', {}, l10n.t('Skills in this workspace')),
      h('p', { class: 'muted' }, p.skills.length === 1
        ? l10n.t('Scanned on {0}: 1 roadmap skill in {1} of {2} files read.', sc.date, sc.filesWithSkills, sc.filesRead)
        : l10n.t('Scanned on {0}: {1} roadmap skills in {2} of {3} files read.', sc.date, p.skills.length, sc.filesWithSkills, sc.filesRead))),
    ...notes.map((n) => h('p', { class: 'notice' }, n)),
    actions,
    p.skills.length
      ? h('table', { class: 'scan' }, h('thead', {}, h('tr', {}, h('th', {}, l10n.t('Skill')), h('th', {}, l10n.t('Phase')), h('th', { class: 'num' }, l10n.t('Files')), h('th', {}, l10n.t('Where')))), h('tbody', {}, rows))
      : h('p', {}, l10n.t('No roadmap skill was recognised in the files read.')),
  ];
}

// ---------------------------------------------------------------------------------------------

let going: 'back' | undefined;

function render(ref: PageRef, page: PageModel): void {
  if (current && !sameRef(current, ref) && going !== 'back') history = [...history, current].slice(-50);
  going = undefined;
  const samePage = sameRef(current, ref);
  current = ref;
  vscode.setState({ ref, history });

  // Keep focus, and a note being typed, across re-renders of the same page.
  const active = document.activeElement as HTMLElement | null;
  // Only while the page itself has focus: a re-render after a change made elsewhere (the tree,
  // another window) must not pull the focus back into the page.
  const focusKey = samePage && document.hasFocus() ? active?.dataset.focus : undefined;
  const typing = samePage && active instanceof HTMLTextAreaElement ? { value: active.value, start: active.selectionStart, end: active.selectionEnd } : undefined;
  const scroll = samePage ? window.scrollY : 0;

  let content: HTMLElement[];
  switch (page.kind) {
    case 'skill': content = skillPage(page); break;
    case 'phase': content = phasePage(page); break;
    case 'overview': content = overviewPage(page); break;
    case 'faq': content = faqPage(page); break;
    case 'scan': content = scanPage(page); break;
    case 'career': content = careerPage(page); break;
    case 'import': content = importPage(page); break;
    case 'report': content = reportPage(page); break;
    case 'team': content = teamPage(page); break;
    case 'exercise': content = exercisePage(page); break;
    default: content = [h('h1', {}, l10n.t('Not found')), h('p', {}, page.message)];
  }
  app.replaceChildren(nav(page), ...content);

  if (focusKey) {
    const el = app.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`);
    if (el instanceof HTMLTextAreaElement && typing) {
      el.value = typing.value;
      el.setSelectionRange(typing.start, typing.end);
    }
    el?.focus();
  } else if (!samePage && document.hasFocus()) {
    app.focus(); // only when the panel already has focus: never steal it from the tree
  }
  window.scrollTo(0, scroll);
  // The learning history scrolls sideways on a narrow page: it opens on the newest months, not the oldest.
  for (const wrap of app.querySelectorAll<HTMLElement>('.heatmap-wrap, .months-wrap')) wrap.scrollLeft = wrap.scrollWidth;
  const heading = app.querySelector('h1')?.textContent ?? '';
  const note = (app.querySelector('#note') as HTMLTextAreaElement | null)?.value;
  const evidence = [...app.querySelectorAll('ul.evidence li, ul.places li')].map((li) => li.textContent ?? '');
  // What some parts show, by name (data-check), so tests read the real DOM.
  const checks: Record<string, string> = {};
  for (const el of app.querySelectorAll<HTMLElement | SVGElement>('[data-check]')) {
    const key = el.dataset.check!;
    const text = el.dataset.checkValue ?? el.textContent ?? '';
    checks[key] = key in checks ? `${checks[key]}\n${text}` : text;
  }
  const text = probe ? pageText() : undefined;
  vscode.postMessage({ type: 'rendered', ref, heading, ...(note !== undefined ? { note } : {}), ...(evidence.length ? { evidence } : {}), ...(Object.keys(checks).length ? { checks } : {}), ...(text !== undefined ? { text } : {}) });
}

/** Everything the page says: its text, and the titles, labels and placeholders of its elements. */
function pageText(): string {
  const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
    .flatMap((el) => ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? '').filter(Boolean));
  // Less what stays as written in every language: an example's code and what it prints (translate="no").
  let text = app.innerText || app.textContent || '';
  for (const el of app.querySelectorAll<HTMLElement>('[translate="no"]')) text = text.replace(el.innerText || el.textContent || '', ' ');
  return [document.title, text, ...attributes].join('\n');
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  if (m && m.type === 'render') {
    if (m.strings) l10n.config({ contents: m.strings }); // VS Code's display language
    probe = m.probe === true;
    links = m.nav ?? { career: true, faq: true };
    render(m.ref, m.page);
  }
});

// After a reload the host learns the saved page from the serializer; either way, ask for content.
vscode.postMessage({ type: 'ready' });

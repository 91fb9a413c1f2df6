// What leaves the editor for people to read: the portfolio report (Markdown for a GitHub profile
// or a project README), its SVG badge, and the whole roadmap as one Markdown document. Pure.
import * as l10n from '@vscode/l10n';
import { mdProse, mdText, mdUrl, resourceKind } from './text';
import { allSkills } from './roadmap';
import type { Lesson, Roadmap } from './roadmap';
import { estimateLevel, overallProgress, phaseProgress } from './progress';
import type { SkillRecord, Status, Evidence } from './progress';
import { evidencePlace } from './evidence';
import { levelSummary } from './pages';

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ReportOptions {
  readonly includeNotes: boolean;
  /** The link to a place seen in code, relative to the report; undefined when it is not in this repository. */
  readonly linkOf: (e: Evidence) => string | undefined;
  /** Whether a place is the learner's own code (core/ownership inPortfolio): only those are listed,
   *  the report being a document for employers. */
  readonly isOwn: (e: Evidence) => boolean;
  /** The badge's file name next to the report, for the snippet. */
  readonly badge?: string;
  readonly date: string;
}

export interface ReportModel {
  readonly markdown: string;
  readonly learned: number;
  readonly total: number;
  readonly level?: string;
  readonly linked: number;
}

/** The portfolio report: learned skills by phase with dates, evidence links, optional notes, the career level. */
export function portfolioReport(roadmap: Roadmap, recordOf: (id: string) => SkillRecord | undefined, o: ReportOptions): ReportModel {
  const statusOf = (id: string): Status => recordOf(id)?.status ?? 'none';
  const overall = overallProgress(roadmap, statusOf);
  const estimate = estimateLevel(roadmap, statusOf);
  const items = allSkills(roadmap);
  const out: string[] = [];
  out.push(`# ${l10n.t('{0}: my progress', mdText(roadmap.title))}`, '');
  if (o.badge) out.push(`![${l10n.t('Python Roadmap progress by phase')}](${o.badge})`, '');
  out.push(`${l10n.t('{0} of {1} roadmap items learned ({2}%), as of {3}.', overall.learned, overall.total - overall.skipped, Math.round(overall.ratio * 100), o.date)} `
    + levelSummary(estimate.level && { title: mdText(estimate.level.title), role: mdText(estimate.level.role) }, estimate.next && { title: mdText(estimate.next.title) }, roadmap.careers.threshold), '');
  if (estimate.level) out.push(`**${l10n.t('Career level:')}** ${mdText(estimate.level.title)} — ${mdText(estimate.level.role)} (${mdText(estimate.level.years.label)}).`, '');
  let linked = 0;
  for (const phase of roadmap.phases) {
    const phaseItems = items.filter((i) => i.phaseId === phase.id);
    const learned = phaseItems.filter((i) => statusOf(i.id) === 'learned');
    const learning = phaseItems.filter((i) => statusOf(i.id) === 'learning');
    const counts = phaseProgress(roadmap, statusOf).find((p) => p.phaseId === phase.id)!;
    out.push(`## ${l10n.t('Phase {0}: {1}', phase.number, mdText(phase.title))} — ${counts.learned}/${counts.total - counts.skipped}`, '');
    if (!learned.length && !learning.length) {
      out.push(`_${l10n.t('Nothing marked yet.')}_`, '');
      continue;
    }
    for (const item of learned) {
      const r = recordOf(item.id)!;
      out.push(`- **${mdText(item.title)}**${item.kind === 'practice' ? ` (${l10n.t('practice')})` : ''} — ${l10n.t('learned {0}', r.changed.slice(0, 10))}`);
      const places = (r.evidence ?? []).filter((e) => o.isOwn(e)).slice(0, 3).map((e) => {
        const link = o.linkOf(e);
        if (link) linked++;
        const where = link ? `[${mdText(evidencePlace(e))}](${link})` : mdText(evidencePlace(e));
        return e.label ? l10n.t('{0} in {1}', mdText(e.label), where) : where;
      });
      if (places.length) out.push(`  - ${l10n.t('Seen in: {0}', places.join(', '))}`);
      if (o.includeNotes && r.note?.trim()) out.push(...noteLines(r.note));
    }
    if (learning.length) out.push(`- ${l10n.t('Learning now: {0}', learning.map((i) => mdText(i.title)).join(', '))}`);
    out.push('');
  }
  out.push('---', '', `_${l10n.t('Made with the Python Roadmap extension for VS Code on {0}.', o.date)}_`, '');
  return { markdown: out.join('\n'), learned: overall.learned, total: overall.total - overall.skipped, ...(estimate.level ? { level: estimate.level.title } : {}), linked };
}

function noteLines(note: string): string[] {
  const lines = note.trim().split(/\r?\n/).slice(0, 40);
  return lines.map((l) => `  > ${mdText(l)}`);
}

/** The Markdown to paste into a README or profile: the badge, linked to the report. */
export function badgeSnippet(badge: string, report: string): string {
  return `[![${l10n.t('Python Roadmap progress')}](${badge})](${report})`;
}

export interface BadgePhase {
  readonly number: number;
  readonly title: string;
  readonly learned: number;
  readonly total: number;
}

export function badgePhases(roadmap: Roadmap, statusOf: (id: string) => Status): BadgePhase[] {
  return phaseProgress(roadmap, statusOf).map((p) => {
    const phase = roadmap.phases.find((x) => x.id === p.phaseId)!;
    return { number: phase.number, title: phase.title, learned: p.learned, total: p.total - p.skipped };
  });
}

/**
 * The profile badge: an opaque card (readable on a light or a dark page alike), one bar per phase,
 * system fonts only, no scripts, no links, no external anything. Its <title> and aria-label say
 * the same figures as text.
 */
export function badgeSvg(phases: readonly BadgePhase[], opts: { level?: string } = {}): string {
  const W = 480;
  const row = 22;
  const top = 40;
  const H = top + phases.length * row + 14;
  const learned = phases.reduce((n, p) => n + p.learned, 0);
  const total = phases.reduce((n, p) => n + p.total, 0);
  const percent = total ? Math.round((learned / total) * 100) : 0;
  const label = `Python Roadmap: ${l10n.t('{0} of {1} learned ({2}%)', learned, total, percent)}${opts.level ? `, ${opts.level}` : ''}. `
    + phases.map((p) => l10n.t('Phase {0} {1}: {2} of {3}', p.number, p.title, p.learned, p.total)).join('; ') + '.';
  const font = "font-family=\"-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif\"";
  const bars = phases.map((p, i) => {
    const y = top + i * row;
    const ratio = p.total ? p.learned / p.total : 0;
    const barX = 256;
    const barW = 150;
    const name = p.title.length > 32 ? `${p.title.slice(0, 31)}…` : p.title;
    return `<text x="16" y="${y + 11}" ${font} font-size="12" fill="#e6edf3">${p.number} · ${xml(name)}</text>`
      + `<rect x="${barX}" y="${y + 2}" width="${barW}" height="10" rx="5" fill="#30363d"/>`
      + (ratio > 0 ? `<rect x="${barX}" y="${y + 2}" width="${Math.max(10, Math.round(barW * ratio))}" height="10" rx="5" fill="#3fb950"/>` : '')
      + `<text x="${W - 16}" y="${y + 11}" ${font} font-size="12" fill="#e6edf3" text-anchor="end">${p.learned}/${p.total}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${xml(label)}">`
    + `<title>${xml(label)}</title>`
    + `<rect x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" rx="8" fill="#161b22" stroke="#8b949e"/>`
    + `<text x="16" y="25" ${font} font-size="14" font-weight="600" fill="#ffffff">Python Roadmap</text>`
    + `<text x="${W - 16}" y="25" ${font} font-size="12" fill="#c9d1d9" text-anchor="end">${xml(l10n.t('{0}% learned', percent))}${opts.level ? ` · ${xml(opts.level)}` : ''}</text>`
    + bars + '</svg>\n';
}

/**
 * The whole roadmap as one document, for reading offline or printing. A custom or team roadmap is
 * someone else's text: each of its words goes in escaped (mdText, mdProse for a skill's prose), so
 * it renders as written, never as HTML, a heading or a link; only its http(s) resources are links.
 */
/** Code in a fence longer than any run of backticks in it: its text can't close the fence (CommonMark). */
function fenced(code: string, language = ''): string[] {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, ...code.replace(/\s+$/, '').split('\n'), fence, ''];
}

/** A skill's lesson in the whole-roadmap document: the explanation, the example and what it prints, the mistakes. */
function lessonMarkdown(lesson: Lesson, t: (s: string) => string): string[] {
  const out = [`**${l10n.t('First steps')}.** ${mdProse(lesson.explanation)}`, ''];
  const ex = lesson.example;
  if (ex) {
    if (ex.file) out.push(`\`${t(ex.file).replace(/`/g, '')}\``, '');
    out.push(...fenced(ex.code, ex.language));
    if (ex.output) out.push(ex.language === 'python' ? l10n.t('It prints:') : l10n.t('What you see:'), '', ...fenced(ex.output));
    if (ex.caption) out.push(mdProse(ex.caption), '');
  }
  if (lesson.mistakes?.length) out.push(`${l10n.t('Common mistakes')}:`, '', ...lesson.mistakes.map((m) => `- ${mdProse(m)}`), '');
  return out;
}

export function roadmapDocument(roadmap: Roadmap, statusOf?: (id: string) => Status): string {
  const out: string[] = [];
  const t = mdText;
  const mark = (id: string) => (statusOf ? `[${statusOf(id) === 'learned' ? 'x' : ' '}] ` : '');
  const link = (r: { title: string; url?: string }) => {
    const url = r.url === undefined ? undefined : mdUrl(r.url);
    return url ? `[${t(r.title)}](${url})` : undefined;
  };
  const res = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => roadmap.resources.find((r) => r.id === id)).filter((r) => !!r)
    .map((r) => link(r!) ?? t(r!.title));
  out.push(`# ${t(roadmap.title)}`, '', t(roadmap.summary), '');
  out.push(l10n.t('Reaching senior usually takes {0}; plan on {1}.', t(roadmap.overview.yearsToSenior.label), t(roadmap.overview.hoursPerWeek.label)), '');
  out.push(`## ${l10n.t('Contents')}`, '', ...roadmap.phases.map((p) => `${p.number}. [${t(p.title)}](#phase-${p.number})`), `- [${l10n.t('Career levels')}](#career-levels)`, `- [${l10n.t('The job')}](#the-job)`,
    `- [${l10n.t('Questions and answers')}](#questions-and-answers)`, `- [${l10n.t('Resources')}](#resources)`, '');
  out.push(`## ${l10n.t('Why Python, in numbers')}`, '', ...roadmap.overview.stats.map((s) => `- **${t(s.figure)}** ${t(s.text)}${s.note ? ` — ${t(s.note)}` : ''}`), '');
  const items = allSkills(roadmap);
  for (const phase of roadmap.phases) {
    const about = [phase.level, phase.duration.label].filter(Boolean).map(t).join(' · ');
    out.push(`<a id="phase-${phase.number}"></a>`, '', `## ${l10n.t('Phase {0}: {1}', phase.number, t(phase.title))}`, '', ...(about ? [`_${about}_`, ''] : []), t(phase.summary), '');
    const skills = phase.skills;
    const sections: { title: string; summary?: string; list: typeof skills }[] = [];
    const ungrouped = skills.filter((s) => !s.group);
    if (ungrouped.length) sections.push({ title: l10n.t('Skills'), list: ungrouped });
    for (const g of phase.groups ?? []) sections.push({ title: t(g.title), summary: t(g.summary), list: skills.filter((s) => s.group === g.id) });
    for (const sec of sections) {
      out.push(`### ${sec.title}`, '');
      if (sec.summary) out.push(sec.summary, '');
      for (const s of sec.list) {
        out.push(`#### ${mark(s.id)}${t(s.title)}${s.essential ? ' ★' : ''}`, '', mdProse(s.summary), '', ...(s.description ? [mdProse(s.description), ''] : []), ...s.keyPoints.map((k) => `- ${mdProse(k)}`), '');
        if (s.lesson) out.push(...lessonMarkdown(s.lesson, t));
        if (s.evidence) out.push(l10n.t('How Python Roadmap recognises this in your code: {0}', mdProse(s.evidence)), '');
        const pre = (s.prerequisites ?? []).map((id) => t(items.find((i) => i.id === id)?.title ?? id));
        if (pre.length) out.push(l10n.t('Learn first: {0}.', pre.join(', ')), '');
        const r = res(s.resources);
        if (r.length) out.push(l10n.t('Resources: {0}.', r.join('; ')), '');
      }
    }
    out.push(`### ${l10n.t('Practice')}`, '');
    for (const p of phase.practice) {
      out.push(`- ${mark(p.id)}**${t(p.title)}** — ${mdProse(p.summary)}${p.description ? ` ${mdProse(p.description)}` : ''}`);
      for (const d of p.doneWhen ?? []) out.push(`  - ${l10n.t('Done when: {0}', mdProse(d))}`);
      if (p.evidence) out.push(`  - ${l10n.t('How Python Roadmap recognises this in your code: {0}', mdProse(p.evidence))}`);
      // Its lesson inside the item (indented: part of the list item, fences included).
      if (p.lesson) out.push('', ...lessonMarkdown(p.lesson, t).map((line) => (line ? `  ${line}` : '')));
    }
    out.push('');
  }
  out.push(l10n.t('★ marks the skills employers list as essential for 2026 hiring.'), '');
  out.push('<a id="career-levels"></a>', '', `## ${l10n.t('Career levels')}`, '', `| ${[l10n.t('Level'), l10n.t('Role'), l10n.t('Experience'), l10n.t('Salary'), l10n.t('Focus'), l10n.t('Industries')].join(' | ')} |`, '|---|---|---|---|---|---|');
  for (const l of roadmap.careers.levels) out.push(`| ${[l.title, l.role, l.years.label, l.salary.label, l.focus.join(', '), l.industries.join(', ')].map(t).join(' | ')} |`);
  out.push('', t(roadmap.careers.salaryNote), '', t(roadmap.careers.aiPremium.note), '');
  out.push('<a id="the-job"></a>', '', `## ${l10n.t('The job')}`);
  const list = (title: string, secs: Roadmap['hiring']) => {
    out.push('', `### ${title}`, '');
    for (const s of secs) {
      out.push(`- **${t(s.title)}**${s.emerging ? ` (${l10n.t('emerging')})` : ''} — ${t(s.summary)}`);
      for (const it of s.items ?? []) out.push(`  - ${t(it.label)}`);
      for (const f of s.figures ?? []) out.push(`  - ${t(f)}`);
    }
  };
  list(l10n.t('What a Python developer does'), roadmap.responsibilities);
  list(l10n.t('What employers prioritise'), roadmap.hiring);
  list(l10n.t('Trends'), roadmap.trends);
  list(l10n.t('Tips'), roadmap.tips);
  list(l10n.t('Next steps'), roadmap.nextSteps);
  out.push('', `### ${l10n.t('Final advice')}`, '', ...roadmap.finalAdvice.flatMap((a) => [t(a), '']));
  out.push('<a id="questions-and-answers"></a>', '', `## ${l10n.t('Questions and answers')}`, '');
  for (const f of roadmap.faqs) out.push(`### ${t(f.question)}`, '', t(f.answer), '', ...(f.points ?? []).map((p) => `- ${t(p)}`), ...(f.points?.length ? [''] : []));
  out.push('<a id="resources"></a>', '', `## ${l10n.t('Resources')}`, '');
  for (const r of roadmap.resources) out.push(`- ${link(r) ?? `**${t(r.title)}**`} (${resourceKind(r.kind)}) — ${t(r.summary)}`);
  out.push('');
  return out.join('\n');
}

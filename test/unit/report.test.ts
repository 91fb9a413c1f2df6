import * as assert from 'node:assert/strict';
import { activityOf, describeActivity } from '../../src/core/activity';
import { portfolioReport, badgeSvg, badgePhases, roadmapDocument, mdText, badgeSnippet } from '../../src/core/report';
import { allSkills } from '../../src/core/roadmap';
import type { SkillRecord } from '../../src/core/progress';
import { shippedRoadmap } from './fixtures';

const r = shippedRoadmap();
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

suite('activity: the learning history as a picture', () => {
  test('a year of days from a Sunday to today, the streak ending today or yesterday, skills learned per month', () => {
    const now = new Date(2026, 11, 1, 15);
    const history = [
      { id: 'git', status: 'learning' as const, at: at(2026, 11, 28) },
      { id: 'git', status: 'learned' as const, at: at(2026, 11, 29) },
      { id: 'sql', status: 'learned' as const, at: at(2026, 11, 30) },
      { id: 'sql', status: 'learned' as const, at: at(2026, 12, 1, 9) },
      { id: 'docker', status: 'learned' as const, at: at(2026, 3, 3) },
      { id: 'docker', status: 'learned' as const, at: at(2024, 3, 3) }, // older than the picture
    ];
    const a = activityOf(history, now);
    assert.equal(new Date(`${a.from}T12:00`).getDay(), 0, 'starts on a Sunday');
    assert.equal(a.to, '2026-12-01');
    assert.ok(a.days.length >= 365 && a.days.length <= 372, String(a.days.length));
    assert.equal(a.days[a.days.length - 1], 1);
    assert.equal(a.streak, 4);
    assert.equal(a.longestStreak, 4);
    assert.equal(a.changes, 5);
    assert.equal(a.activeDays, 5);
    assert.deepEqual(a.months.map((m) => m.month), ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    assert.equal(a.months.find((m) => m.month === '2026-11')!.learned, 2);
    assert.equal(a.months.find((m) => m.month === '2026-12')!.learned, 1);
    assert.equal(a.months.find((m) => m.month === '2026-03')!.learned, 1);
    assert.match(describeActivity(a), /^5 status changes on 5 days in the last 12 months; current streak 4 days, longest 4; 4 skills learned, most in Nov 2026 \(2\)\.$/);
  });

  test('a gap of one day breaks the streak; no activity reads as such', () => {
    const now = new Date(2026, 11, 1, 15);
    const a = activityOf([{ id: 'git', status: 'learned', at: at(2026, 11, 29) }], now);
    assert.equal(a.streak, 0);
    assert.equal(a.longestStreak, 1);
    assert.match(describeActivity(activityOf([], now)), /^No learning activity/);
  });

  test('time grows linearly with the history (10k and 100k events)', () => {
    const now = new Date(2026, 11, 1);
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i % 90}`, status: 'learned' as const, at: now.getTime() - (i % 400) * 86_400_000 }));
    const time = (n: number) => { const t = process.hrtime.bigint(); activityOf(events(n), now); return Number(process.hrtime.bigint() - t); };
    time(1000);
    const ratio = time(100_000) / time(10_000);
    assert.ok(ratio < 30, `x10 events took x${ratio.toFixed(1)} the time`);
  });
});

suite('report: portfolio, badge and the whole roadmap', () => {
  const items = allSkills(r);
  const first = items[0]!;
  const second = items[1]!;
  const records = new Map<string, SkillRecord>([
    [first.id, { status: 'learned', changed: '2026-11-02T10:00:00.000Z', note: 'hostile <script>alert(1)</script> [x](javascript:alert(1))', evidence: [{ path: 'src/my app.py', line: 4, date: '2026-11-02' }, { path: 'elsewhere.py', line: 1, date: '2026-11-02' }] }],
    [second.id, { status: 'learning', changed: '2026-11-03T10:00:00.000Z' }],
  ]);

  test('learned skills by phase with dates, evidence linked where it lives here, notes only when asked, escaped', () => {
    const linkOf = (e: { path: string; line: number }) => (e.path.startsWith('src/') ? `../${e.path.split('/').map(encodeURIComponent).join('/')}#L${e.line}` : undefined);
    const report = portfolioReport(r, (id) => records.get(id), { includeNotes: true, linkOf, badge: 'python-roadmap-badge.svg', date: '2026-12-01' });
    const md = report.markdown;
    assert.ok(md.includes(`**${mdText(first.title)}**`) && md.includes('learned 2026-11-02'), md.slice(0, 600));
    assert.ok(md.includes('[src/my app.py:4](../src/my%20app.py#L4)'));
    assert.ok(md.includes('elsewhere.py:1') && !md.includes('](elsewhere'), 'a place not in this repository is text, not a link');
    assert.equal(report.linked, 1);
    assert.ok(!md.includes('<script>') && md.includes('&lt;script&gt;') && !/[^\\]\]\(javascript/.test(md), 'a note cannot inject HTML or links');
    assert.ok(md.includes(`Learning now: ${mdText(second.title)}`));
    assert.equal((md.match(/^## Phase /gm) ?? []).length, r.phases.length);
    assert.ok(md.includes('![Python Roadmap progress by phase](python-roadmap-badge.svg)'));
    const without = portfolioReport(r, (id) => records.get(id), { includeNotes: false, linkOf, date: '2026-12-01' }).markdown;
    assert.ok(!without.includes('hostile'));
    assert.equal(report.learned, 1);
  });

  test('the badge: one bar per phase, figures as text for screen readers, nothing external, escaped titles', () => {
    const phases = badgePhases(r, (id) => records.get(id)?.status ?? 'none');
    const svg = badgeSvg([...phases, { number: 9, title: 'A <b>"title"</b> & more', learned: 1, total: 2 }], { level: 'Entry-level' });
    assert.equal((svg.match(/fill="#30363d"/g) ?? []).length, phases.length + 1);
    assert.ok(!/<script|href=|url\(|@import|<image|<foreignObject/i.test(svg), 'no scripts, links or external resources');
    assert.ok(svg.includes('&#60;b&#62;') && !svg.includes('<b>'));
    assert.match(svg, /<title>Python Roadmap: 2 of \d+ learned/);
    assert.match(svg, /fill="#161b22" stroke="#8b949e"/, 'an opaque card with a border, for light and dark pages');
    assert.equal(badgeSnippet('docs/b.svg', 'docs/r.md'), '[![Python Roadmap progress](docs/b.svg)](docs/r.md)');
  });

  test('the whole roadmap: every phase, skill, practice item, FAQ, career level and resource', () => {
    const doc = roadmapDocument(r);
    for (const p of r.phases) {
      assert.ok(doc.includes(`## Phase ${p.number}: ${p.title}`));
      for (const s of p.skills) assert.ok(doc.includes(`#### ${s.title}`), s.id);
      for (const x of p.practice) assert.ok(doc.includes(`**${x.title}**`), x.id);
    }
    for (const i of allSkills(r)) assert.ok(doc.includes(`How Python Roadmap recognises this in your code: ${i.source.evidence}`), `${i.id}: its evidence standard`);
    for (const f of r.faqs) assert.ok(doc.includes(`### ${f.question}`), f.id);
    for (const l of r.careers.levels) assert.ok(doc.includes(`| ${l.title} | ${l.role} | ${l.years.label} | ${l.salary.label} |`), l.id);
    for (const x of r.resources) assert.ok(doc.includes(x.title), x.id);
  });
});

import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { activityOf, describeActivity } from '../../src/core/activity';
import { portfolioReport, badgeSvg, badgePhases, roadmapDocument, badgeSnippet } from '../../src/core/report';
import { mdText, mdProse } from '../../src/core/text';
import { allSkills } from '../../src/core/roadmap';
import { parseRoadmap } from '../../src/core/parseRoadmap';
import type { SkillRecord } from '../../src/core/progress';
import { minimalRoadmap, shippedRoadmap } from './fixtures';

// Markdown rendered as GitHub renders it: raw HTML passes through (so any that is let through
// shows), bare http(s) URLs become links. markdown-it has no type declarations of its own.
const MarkdownIt = createRequire(__filename)('markdown-it') as new (o: object) => { render(md: string): string };
const markdown = new MarkdownIt({ html: true, linkify: true });
/** The text a reader sees in rendered HTML: tags out, entities decoded, whitespace as one space. */
const seen = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|amp|#(\d+));/g, (_, name: string, code?: string) => (code ? String.fromCharCode(Number(code)) : ({ lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>)[name]!)).replace(/\s+/g, ' ').trim();
/** Every tag in rendered HTML except those allowed: links only to http(s) (or the document's own anchors). */
const tagsBesides = (html: string, allowed: RegExp) => (html.match(/<[^>]+>/g) ?? []).filter((t) => !allowed.test(t) && !/^<a href="(https?:\/\/|#)[^"]*">$|^<\/a>$/.test(t));

/** A custom roadmap written to attack whoever reads its exports: HTML, scripts, links, images, headings. */
function hostileRoadmap() {
  const raw = minimalRoadmap();
  raw.title = 'Team <script>alert(1)</script>';
  raw.summary = '![](https://evil.example/pixel.png) [click](command:pythonRoadmap.resetProgress)';
  raw.overview.stats = [{ figure: '<b>99%</b>', text: '[x](javascript:alert(1))' }];
  raw.phases[0].title = '<img src=x onerror=alert(1)>';
  raw.phases[0].summary = '# A heading';
  raw.phases[0].skills[0].title = '<a href="javascript:alert(1)">x</a>';
  raw.phases[0].skills[0].summary = '1. not a list `<code span>` [x](javascript:alert(1))';
  raw.phases[0].skills[0].description = '<iframe src="https://evil.example"></iframe>';
  raw.phases[0].skills[0].keyPoints = ['<script>alert(2)</script>', '![x](https://evil.example/x.png)'];
  raw.phases[0].practice[0].title = '**bold** <u>u</u>';
  raw.phases[0].practice[0].doneWhen = ['- [ ] <script>x</script>'];
  raw.phases[1].groups[0].title = '### group <img src=y onerror=alert(3)>';
  raw.careers.levels[0].title = '<img src=z onerror=alert(4)>';
  raw.careers.levels[0].role = 'r | injected | cells';
  raw.careers.salaryNote = '<details open>x</details>';
  raw.faqs[0].question = '<script>q</script>';
  raw.faqs[0].answer = '[a](javascript:alert(5))';
  raw.finalAdvice = ['---', '<style>body{display:none}</style>'];
  raw.resources[0].title = 'R <script>r</script>';
  raw.phases[0].skills[1].lesson = {
    explanation: '<script>e</script> [l](javascript:alert(8))',
    example: { language: 'python', code: '```\n# A heading in code\n<script>c</script>\n````', output: '```\n<img src=o onerror=alert(6)>' },
    mistakes: ['<img src=m onerror=alert(7)>'],
  };
  return parseRoadmap(raw);
}

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
    const report = portfolioReport(r, (id) => records.get(id), { includeNotes: true, linkOf, isOwn: () => true, badge: 'python-roadmap-badge.svg', date: '2026-12-01' });
    const md = report.markdown;
    assert.ok(md.includes(`**${mdText(first.title)}**`) && md.includes('learned 2026-11-02'), md.slice(0, 600));
    assert.ok(md.includes('[src/my app.py:4](../src/my%20app.py#L4)'));
    assert.ok(md.includes('elsewhere.py:1') && !md.includes('](elsewhere'), 'a place not in this repository is text, not a link');
    assert.equal(report.linked, 1);
    assert.ok(!md.includes('<script>') && md.includes('&lt;script&gt;') && !/[^\\]\]\(javascript/.test(md), 'a note cannot inject HTML or links');
    assert.ok(md.includes(`Learning now: ${mdText(second.title)}`));
    assert.equal((md.match(/^## Phase /gm) ?? []).length, r.phases.length);
    assert.ok(md.includes('![Python Roadmap progress by phase](python-roadmap-badge.svg)'));
    const without = portfolioReport(r, (id) => records.get(id), { includeNotes: false, linkOf, isOwn: () => true, date: '2026-12-01' }).markdown;
    assert.ok(!without.includes('hostile'));
    assert.equal(report.learned, 1);
  });

  test('a document for employers: only places that are the learner\'s own code are listed (issue 24)', () => {
    const lambda = items.find((i) => i.id === 'lambda-functions')!;
    const mine = new Map<string, SkillRecord>([[lambda.id, { status: 'learned', changed: '2026-11-02T10:00:00.000Z', evidence: [
      { path: 'app/models.py', line: 107, date: '2026-11-02', own: false },
      { path: 'app/views.py', line: 12, date: '2026-11-02', own: true },
      { path: 'app/old.py', line: 3, date: '2026-11-01' },
      { path: 'app/a.py', line: 1, date: '2026-11-01', own: true },
      { path: 'app/b.py', line: 1, date: '2026-11-01', own: true },
      { path: 'app/c.py', line: 1, date: '2026-11-01', own: true },
    ] }]]);
    const md = portfolioReport(r, (id) => mine.get(id), { includeNotes: false, linkOf: () => undefined, isOwn: (e) => e.own === true, date: '2026-12-01' }).markdown;
    assert.ok(md.includes(`**${mdText(lambda.title)}**`), 'the skill is listed as learned');
    assert.ok(!md.includes('app/models.py') && !md.includes('app/old.py'), 'someone else\'s place, and one not known to be the learner\'s, are not');
    assert.ok(md.includes('Seen in: app/views.py:12, app/a.py:1, app/b.py:1') && !md.includes('app/c.py'), 'the first three of the learner\'s own');
    const none = portfolioReport(r, (id) => mine.get(id), { includeNotes: false, linkOf: () => undefined, isOwn: () => false, date: '2026-12-01' }).markdown;
    assert.ok(none.includes(`**${mdText(lambda.title)}**`) && !none.includes('Seen in'), 'no place of the learner\'s: the skill without places');
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
    for (const i of allSkills(r)) assert.ok(doc.includes(`How Python Roadmap recognises this in your code: ${mdProse(i.source.evidence!)}`), `${i.id}: its evidence standard`);
    for (const f of r.faqs) assert.ok(doc.includes(`### ${f.question}`), f.id);
    for (const l of r.careers.levels) assert.ok(doc.includes(`| ${mdText(l.title)} | ${mdText(l.role)} | ${mdText(l.years.label)} | ${mdText(l.salary.label)} |`), l.id);
    for (const x of r.resources) assert.ok(doc.includes(x.title) || doc.includes(mdText(x.title)), x.id);
    // Each lesson's example, as code.
    for (const i of allSkills(r)) if (i.source.lesson?.example) assert.ok(doc.includes(i.source.lesson.example.code.split('\n')[0]!), `${i.id}: its example`);
  });

  test('the whole roadmap, from a hostile custom roadmap: its words render as text; no HTML, script, image, heading or link of its own', () => {
    const hostile = hostileRoadmap();
    const doc = roadmapDocument(hostile, () => 'learned');
    const html = markdown.render(doc);
    // The document's own structure only: its headings, lists, the levels table, the anchors it writes.
    assert.deepEqual(tagsBesides(html, /^<\/?(p|h[1-4]|ul|ol|li|strong|em|code|pre|table|thead|tbody|tr|th|td)>$|^<a id="[\w-]+">$|^<code class="language-python">$/), []);
    const headings = (h: string) => h.match(/<h[1-6]>/g)?.length;
    assert.equal(headings(html), headings(markdown.render(roadmapDocument(parseRoadmap(minimalRoadmap()), () => 'learned'))), 'no heading of the roadmap\'s own');
    const text = seen(html);
    for (const words of ['Team <script>alert(1)</script>', '<img src=x onerror=alert(1)>', '# A heading', '<a href="javascript:alert(1)">x</a>', '[x](javascript:alert(1))', '<iframe src="https://evil.example"></iframe>',
      '![x](https://evil.example/x.png)', '**bold** <u>u</u>', '<script>e</script>', '<script>c</script>', '# A heading in code', '<img src=o onerror=alert(6)>', '<img src=m onerror=alert(7)>', '- [ ] <script>x</script>', '### group <img src=y onerror=alert(3)>', '<img src=z onerror=alert(4)>', 'r | injected | cells', '<details open>x</details>', '<script>q</script>', '[a](javascript:alert(5))', '<style>body{display:none}</style>']) {
      assert.ok(text.includes(words), `${words} is not shown as written`);
    }
    assert.ok(text.includes('1. not a list <code span> [x](javascript:alert(1))'), 'a code span stays a span of text');
    assert.match(html, /<code>&lt;code span&gt;<\/code>/, 'and is shown as code, as on the skill page');
    assert.ok(html.includes('<a href="https://example.org/">R &lt;script&gt;r&lt;/script&gt;</a>'), 'an http(s) resource is still a link');
  });

  test('the shipped roadmap as a document: its code spans stay code, its links stay links, its words are unchanged', () => {
    const html = markdown.render(roadmapDocument(r));
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const point = r.phases.flatMap((p) => p.skills.flatMap((x) => x.keyPoints)).find((k) => /`[^`]+`/.test(k))!;
    assert.ok(html.includes(`<code>${esc(/`([^`]+)`/.exec(point)![1]!)}</code>`), point);
    for (const x of r.resources.filter((x) => x.url)) assert.match(html, new RegExp(`<a href="https?://[^"]*">${esc(x.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`), x.id);
    const text = seen(html);
    for (const s of allSkills(r)) assert.ok(text.includes(s.summary.replace(/`([^`]+)`/g, '$1')), s.id);
  });

  test('the portfolio report and the badge of a hostile custom roadmap: its words are text there too', () => {
    const hostile = hostileRoadmap();
    const statusOf = (id: string) => (id.startsWith('a') ? 'learned' as const : 'learning' as const);
    const report = portfolioReport(hostile, (id) => ({ status: statusOf(id), changed: '2026-11-02T10:00:00.000Z' }), { includeNotes: false, linkOf: () => undefined, isOwn: () => true, date: '2026-12-01' });
    const html = markdown.render(report.markdown);
    assert.deepEqual(tagsBesides(html, /^<\/?(p|h[1-2]|ul|li|strong|em|hr)>$/), []);
    const text = seen(html);
    for (const words of ['Team <script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '**bold** <u>u</u>', '<img src=z onerror=alert(4)>']) {
      assert.ok(text.includes(words), `${words} is not shown as written`);
    }
    const svg = badgeSvg(badgePhases(hostile, statusOf), { level: hostile.careers.levels[0]!.title });
    assert.deepEqual([...new Set(svg.match(/<\/?[a-zA-Z]+/g)!.map((x) => x.replace('/', '')))].sort(), ['<rect', '<svg', '<text', '<title'], 'its own elements only');
    assert.ok(svg.includes('&#60;img src=z onerror=alert(4)&#62;'), 'the level is text');
  });
});

suite('markdown text: untrusted words in Markdown', () => {
  test('render as that same text wherever they stand: no HTML, link, image, heading, list, quote, table or emphasis (property)', () => {
    const piece = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '![](https://evil.example/p.png)', '<javascript:alert(1)>', '[r]: https://e.example',
      '#', '# ', '- ', '+ ', '1. ', '2) ', '> ', '---', '===', '|', '`', '*', '_', '~~', '$x$', '\\', '&amp;', '&#60;', '&', 'a', 'b c', '    ', '[', ']', '(', ')', '!', ':', '\n', '\n\n', '  \n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (s) => {
      for (const md of [mdText(s), `- **${mdText(s)}** — ${mdText(s)}`, `#### ${mdText(s)}`]) {
        const html = markdown.render(md);
        assert.deepEqual(tagsBesides(html, /^<\/?(p|ul|li|strong|h4)>$/), [], md);
        assert.ok(seen(html).includes(s.replace(/\s+/g, ' ').trim()), `${JSON.stringify(s)} → ${JSON.stringify(md)} → ${html}`);
      }
    }), { numRuns: 2000, seed: 23 });
  });
});

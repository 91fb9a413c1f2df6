// Checks over the shipped data/roadmap.json: complete, linked, and faithful to the source facts.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allSkills, findItem } from '../../src/core/roadmap';
import type { Skill } from '../../src/core/roadmap';
import { ROOT, shippedRoadmap } from './fixtures';
import { parseRoadmapJson } from '../../src/core/parseRoadmap';
import { BUILTIN_CALLS, DUNDER_METHODS, MODULE_RULES, TOOL_PACKAGES, TOOL_SECTIONS } from '../../src/core/detect/rules';
import { TOOL_FILES } from '../../src/core/detect/fileKind';

const REQUIRED_IDS = `syntax-basics functions-modules oop decorators generators context-managers metaclasses comprehensions
lambda-functions pythonic-idioms data-structures algorithms error-handling file-io regex virtual-environments git testing code-style
type-hints linting-formatting refactoring debugging logging dependency-management ci-cd django flask fastapi rest-apis
authentication sqlalchemy numpy pandas matplotlib scikit-learn deep-learning nlp airflow automation-scripting selenium ansible
asyncio threading multiprocessing sql nosql graphql docker concurrency-parallelism performance-optimization design-patterns
system-design caching cloud kubernetes security monitoring mentoring code-review technical-writing follow-peps advanced-books
certifications community portfolio`.split(/\s+/);

suite('data: the shipped roadmap', () => {
  const r = shippedRoadmap();
  const skills = r.phases.flatMap((p) => p.skills);

  test('every required skill id is present, as a skill', () => {
    const missing = REQUIRED_IDS.filter((id) => findItem(r, id)?.kind !== 'skill');
    assert.deepEqual(missing, []);
  });

  test('five phases in order, from Foundations to Continuous Growth, each with skills and practice', () => {
    assert.deepEqual(r.phases.map((p) => p.number), [1, 2, 3, 4, 5]);
    assert.equal(r.phases[0]!.title, 'Foundations');
    assert.match(r.phases[4]!.title, /Continuous Growth/);
    for (const p of r.phases) {
      assert.ok(p.skills.length >= 5, `${p.id} has ${p.skills.length} skills`);
      assert.ok(p.practice.length >= 2, `${p.id} has ${p.practice.length} practice items`);
    }
  });

  test('durations and levels of the phases carry over', () => {
    assert.deepEqual(r.phases.map((p) => p.duration.label), ['3–12 months', '6–12 months', '1–3 years', '3–5+ years', 'Ongoing']);
  });

  test('phase 3 groups its four paths plus the shared skills; phase 4 has its soft skills as a group', () => {
    const p3 = r.phases[2]!;
    assert.deepEqual(p3.groups?.map((g) => g.id), ['web', 'data-ml', 'automation-devops', 'other', 'every-path']);
    for (const g of p3.groups!) assert.ok(p3.skills.some((s) => s.group === g.id), `group ${g.id} is empty`);
    const soft = r.phases[3]!.skills.filter((s) => s.group === 'soft-skills').map((s) => s.id);
    assert.ok(['mentoring', 'code-review', 'technical-writing'].every((id) => soft.includes(id)), soft.join());
  });

  test('every skill has a description, key points, aliases and keywords of its own', () => {
    const seenDescriptions = new Set<string>();
    for (const s of skills) {
      assert.ok(s.description.length >= 120, `${s.id}: description too short`);
      assert.ok(s.summary.length <= 110, `${s.id}: summary should fit one line`);
      assert.ok(s.keyPoints.length >= 2, `${s.id}: key points`);
      assert.ok(s.aliases.length >= 1 && s.keywords.length >= 1, `${s.id}: aliases/keywords`);
      assert.ok(!seenDescriptions.has(s.description), `${s.id}: description repeated`);
      seenDescriptions.add(s.description);
    }
  });

  test('prerequisites point backwards or within reach: no skill needs a skill from a later phase', () => {
    const phaseOf = new Map(allSkills(r).map((i) => [i.id, r.phases.findIndex((p) => p.id === i.phaseId)]));
    for (const s of skills) {
      for (const p of s.prerequisites ?? []) {
        assert.ok(phaseOf.get(p)! <= phaseOf.get(s.id)!, `${s.id} needs ${p} from a later phase`);
      }
    }
  });

  test('the skills employers list for 2026 hiring are flagged essential', () => {
    const essential = new Set(skills.filter((s: Skill) => s.essential).map((s) => s.id));
    for (const id of ['generators', 'decorators', 'metaclasses', 'asyncio', 'threading', 'multiprocessing', 'memory-management',
      'pythonic-idioms', 'deep-learning', 'scikit-learn', 'nlp', 'pandas', 'numpy', 'sqlalchemy', 'airflow', 'django', 'flask',
      'fastapi', 'rest-apis', 'docker', 'kubernetes', 'ansible', 'ci-cd']) {
      assert.ok(essential.has(id), `${id} should be essential`);
    }
    assert.ok(!essential.has('certifications'));
    const hiringSkills = new Set(r.hiring.flatMap((h) => h.items?.flatMap((i) => i.skills ?? []) ?? []));
    for (const id of essential) assert.ok(hiringSkills.has(id), `${id} is essential but not in a hiring list`);
  });

  test('career levels carry the years, focus, industries and salary ranges', () => {
    const levels = r.careers.levels;
    assert.deepEqual(levels.map((l) => l.id), ['entry', 'mid', 'senior']);
    assert.deepEqual(levels.map((l) => l.salary.label), ['$70K–$95K', '$110K–$160K', '$180K–$250K+']);
    assert.deepEqual(levels.map((l) => [l.salary.min, l.salary.max]), [[70000, 95000], [110000, 160000], [180000, 250000]]);
    assert.deepEqual(levels.map((l) => l.role), ['Junior Python Developer', 'Python Software Engineer', 'Staff/Principal Engineer']);
    assert.deepEqual(levels.map((l) => l.industries), [['Startups', 'IT consulting'], ['FAANG', 'Fintech', 'Healthcare'], ['AI labs', 'Cloud providers', 'Enterprise-scale tech']]);
    assert.deepEqual(levels[1]!.focus, ['System design', 'Performance tuning', 'Mentoring juniors']);
    assert.deepEqual([r.careers.aiPremium.minPercent, r.careers.aiPremium.maxPercent], [15, 25]);
    assert.deepEqual(levels.map((l) => l.years.label), ['0–2 years', '2–5 years', '5+ years']);
  });

  test('the overview keeps the headline numbers', () => {
    assert.deepEqual([r.overview.yearsToSenior.min, r.overview.yearsToSenior.max], [5, 10]);
    assert.deepEqual([r.overview.hoursPerWeek.min, r.overview.hoursPerWeek.max], [10, 20]);
    assert.deepEqual(r.overview.stats.map((s) => s.figure), ['83%', '87%', '#2']);
  });

  test('FAQs: the three of the career guide and the roadmap\'s own, each linked to skills', () => {
    const guide = r.faqs.filter((f) => f.source === 'career-guide').map((f) => f.id);
    for (const id of ['too-simple', 'move-to-ai-ml', 'biggest-challenge']) assert.ok(guide.includes(id), id);
    const own = r.faqs.filter((f) => f.source === 'roadmap').map((f) => f.id);
    for (const id of ['how-long-to-senior', 'hours-per-week', 'which-niche']) assert.ok(own.includes(id), id);
    for (const f of r.faqs) assert.ok(f.skills.length > 0, `${f.id} links no skill`);
  });

  test('responsibilities, hiring areas, trends, tips and next steps are all there', () => {
    assert.deepEqual(r.responsibilities.map((x) => x.items?.length), [3, 3, 3]);
    assert.deepEqual(r.hiring.map((x) => x.items?.length), [4, 4, 3]);
    assert.equal(r.trends.length, 4);
    assert.ok(r.trends.some((t) => t.emerging && /Qiskit/.test(t.summary)));
    assert.ok(r.tips.length >= 4 && r.nextSteps.length === 4 && r.finalAdvice.length >= 1);
  });

  test('the references and books the documents name are resources, with URLs where a site is named', () => {
    const byId = new Map(r.resources.map((x) => [x.id, x]));
    for (const id of ['roadmap-sh-python', 'coursera-python-career', 'real-python-advanced', 'medium-python-2025', 'gfg-senior-python-jd',
      'fluent-python', 'effective-python', 'pcpp', 'leetcode', 'hackerrank', 'codewars', 'pycon', 'reddit-python', 'owasp']) {
      assert.ok(byId.has(id), id);
    }
    assert.equal(byId.get('roadmap-sh-python')?.url, 'https://roadmap.sh/python');
    assert.equal(byId.get('fluent-python')?.kind, 'book');
    for (const x of r.resources) if (x.url) assert.match(x.url, /^https:\/\//, x.id);
    const used = new Set([...skills.flatMap((s) => s.resources ?? []), ...r.phases.flatMap((p) => p.practice.flatMap((x) => x.resources ?? [])), ...r.overview.stats.map((s) => s.source)]);
    // A project's or a site's home page is no page about a skill's topic (issue 25): such a resource stays
    // in the roadmap, found by Search Roadmap, without a skill linking it; every other one is linked.
    const homePage = (u: string | undefined) => !!u && /^https?:\/\/[^/]+\/?$/.test(u);
    const unused = r.resources.filter((x) => !used.has(x.id) && !homePage(x.url) && !['qiskit'].includes(x.id));
    assert.deepEqual(unused.map((x) => x.id), [], 'every resource is linked from somewhere');
  });

  test('data/roadmap.schema.json is generated from the current schema', () => {
    const out = spawnSync(process.execPath, [join(ROOT, 'test', 'tools', 'write-schema.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stdout + out.stderr);
  });

  test('facts read right: decorators from the standard library are not called built-ins, a course is not a certification, no doubled words', () => {
    const text = JSON.stringify(r);
    const decorators = findItem(r, 'decorators')!.source as Skill;
    const builtins = decorators.keyPoints.find((k) => /built-in/i.test(k)) ?? '';
    const builtinPart = builtins.split(/standard library/i)[0]!;
    for (const stdlib of ['functools', 'dataclass']) assert.doesNotMatch(builtinPart, new RegExp(stdlib), `${stdlib} listed as a built-in: ${builtins}`);
    assert.doesNotMatch(text, /certification such as Google's Machine Learning Crash Course/i);
    assert.equal(r.resources.find((x) => /Machine Learning Crash Course/.test(x.title))?.kind, 'course');
    assert.doesNotMatch(text, /\b(\w+)[ -]level level\b/i);
    for (const t of r.trends) assert.doesNotMatch(t.title, /emerging/i, `${t.title}: the emerging tag says it already`);
    // Caching is more than Redis: the title a hover shows for an @lru_cache must say so.
    assert.match(findItem(r, 'caching')!.title, /in process/i);
  });

  test('pages worth reading: every skill has two or more resources, each practice item says what to build and when it is done', () => {
    const byId = new Map(r.resources.map((x) => [x.id, x]));
    for (const s of skills) {
      const res = (s.resources ?? []).map((id) => byId.get(id)!);
      assert.ok(res.length >= 2, `${s.id} has ${res.length} resource(s)`);
      assert.ok(res.some((x) => x.url), `${s.id}: no resource with a link`);
    }
    for (const x of r.resources) if (x.url) assert.match(x.url, /^https:\/\/[^\s]+$/, `${x.id}: ${x.url}`);
    const practice = r.phases.flatMap((p) => p.practice);
    for (const p of practice) {
      assert.ok((p.description ?? '').length > 60, `${p.id}: what to build`);
      assert.ok((p.doneWhen ?? []).length >= 2, `${p.id}: how to know it is done`);
      assert.ok((p.skills ?? []).length >= 1, `${p.id}: the skills it exercises`);
    }
  });
});

/** How an evidence standard says that code cannot show an item (in English and in the Spanish overlay). */
const CANNOT_SHOW = /^Code cannot show this: /;
const CANNOT_SHOW_ES = /^El código no puede mostrarlo: /;

/** Every id detection can report: the rule tables, and the skill lists written in the detectors
 *  (`['modern-python', 'error-handling']`), read from their source. */
function detectableIds(ids: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const table of [MODULE_RULES, BUILTIN_CALLS, DUNDER_METHODS, TOOL_PACKAGES, TOOL_SECTIONS, TOOL_FILES]) for (const list of Object.values(table)) for (const id of list) found.add(id);
  const dir = join(ROOT, 'src', 'core', 'detect');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const list of readFileSync(join(dir, file), 'utf8').matchAll(/\[\s*'[a-z0-9-]+'(?:\s*,\s*'[a-z0-9-]+')*\s*\]/g)) {
      for (const m of list[0].matchAll(/'([a-z0-9-]+)'/g)) if (ids.has(m[1]!)) found.add(m[1]!);
    }
  }
  return found;
}

suite('data: the evidence standard of every item', () => {
  const r = shippedRoadmap();
  const items = allSkills(r);
  const ids = new Set(items.map((i) => i.id));

  test('every skill and practice item says, in 1-3 sentences of its own, what in code counts and what does not', () => {
    const seen = new Set<string>();
    for (const { id, source } of items) {
      const text = source.evidence ?? '';
      assert.ok(text, `${id}: no evidence standard`);
      assert.ok(text.length <= 350, `${id}: ${text.length} characters`);
      // Sentences end with a full stop and a space (`.plot()` and `.sort(key=...)` are not ends).
      const sentences = text.split(/(?<=[.!?])\s+/).length;
      assert.ok(sentences >= 1 && sentences <= 3, `${id}: ${sentences} sentences`);
      assert.ok(!seen.has(text), `${id}: the same text as another item`);
      seen.add(text);
      if (!CANNOT_SHOW.test(text)) {
        assert.match(text, /^Counts (?:in|where|when)\b/, `${id}: says what counts`);
        assert.match(text, /\b(?:doesn't|don't) count|\bnot (?:here|debugging)|can't be seen|toward/, `${id}: says what does not count`);
      }
    }
  });

  test('every item the detector can report has a standard for code, not "code cannot show this"', () => {
    const detectable = detectableIds(ids);
    assert.ok(detectable.size >= 50 && detectable.has('rest-apis') && detectable.has('setup-github-actions'), [...detectable].join());
    for (const id of detectable) {
      const text = findItem(r, id)!.source.evidence;
      assert.ok(text && !CANNOT_SHOW.test(text), `${id}: ${text}`);
    }
  });

  test('the items code cannot show are the soft skills, the reading, the history and the events, and each says why', () => {
    const cannot = items.filter((i) => CANNOT_SHOW.test(i.source.evidence ?? '')).map((i) => i.id);
    assert.deepEqual(cannot.sort(), ['advanced-books', 'attend-conference', 'certifications', 'code-review', 'community', 'contribute-open-source', 'follow-peps', 'git',
      'large-scale-project', 'leadership', 'mentoring', 'portfolio', 'refactoring', 'run-production-app', 'write-blog-post']);
    for (const id of cannot) assert.ok(findItem(r, id)!.source.evidence!.replace(CANNOT_SHOW, '').length > 40, `${id}: says why`);
  });

  test('the standards keep the accuracy review\'s rules: usage over imports, purpose over presence', () => {
    const text = (id: string) => findItem(r, id)!.source.evidence!;
    assert.match(text('rest-apis'), /Downloading a file over HTTP, an HTML form route, or a library's tests importing itself don't count/);
    assert.match(text('caching'), /Redis used as a job queue .* doesn't count/);
    assert.match(text('linting-formatting'), /only listed in a requirements file/);
    assert.match(text('virtual-environments'), /`!pip install` in a notebook .* doesn't count/);
    assert.match(text('scripting'), /bare `if __name__ == "__main__":`/);
    assert.match(text('data-structures'), /`@dataclass` on its own, don't count/);
    assert.match(text('algorithms'), /`sorted\(\)` or `\.sort\(key=\.\.\.\)` on its own doesn't count/);
    assert.match(text('ci-cd'), /only echo/);
    assert.match(text('django'), /Migrations written by makemigrations/);
    assert.match(text('technical-writing'), /after the imports/);
    assert.match(text('security'), /random IV/);
  });

  test('the Spanish overlay says "code cannot show this" for the same items, in Spanish', () => {
    const overlay = JSON.parse(readFileSync(join(ROOT, 'data', 'l10n', 'roadmap.es.json'), 'utf8'));
    for (const phase of r.phases) {
      for (const item of [...phase.skills, ...phase.practice]) {
        const es: string = overlay.strings.phases[phase.id][phase.skills.includes(item as Skill) ? 'skills' : 'practice'][item.id].evidence;
        assert.ok(es && es !== item.evidence, `${item.id}: translated`);
        assert.equal(CANNOT_SHOW_ES.test(es), CANNOT_SHOW.test(item.evidence!), item.id);
      }
    }
  });
});

suite('data: the example roadmap', () => {
  test('data/examples/team-onboarding.roadmap.json loads, and every detects names a shipped skill', () => {
    const shipped = new Set(allSkills(shippedRoadmap()).map((i) => i.id));
    const text = readFileSync(join(ROOT, 'data', 'examples', 'team-onboarding.roadmap.json'), 'utf8');
    const r = parseRoadmapJson(text, 'team-onboarding.roadmap.json', { detections: shipped });
    assert.equal(r.id, 'team-onboarding');
    assert.ok(r.phases.flatMap((p) => p.skills).every((s) => (s.detects ?? []).length > 0));
  });
});

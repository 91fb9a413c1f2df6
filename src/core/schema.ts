// The one source of truth for the shape of a roadmap file: TypeScript types (InferOutput),
// runtime validation (parseRoadmap in roadmap.ts) and data/roadmap.schema.json (written by
// `npm run schema` for authors of custom roadmaps) all come from the valibot schemas below.
import * as v from 'valibot';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'expected a lower-case id of letters, digits and dashes (like "context-managers")'),
  v.description('A stable identifier. Ids are forever: progress is stored against them.'),
);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const TextList = v.array(Text);
const IdList = v.array(IdSchema);
const HttpUrl = v.pipe(v.string(), v.url('expected a URL'), v.regex(/^https?:\/\//, 'expected an http or https URL'));
const Count = v.pipe(v.number(), v.minValue(0, 'expected a number of 0 or more'));
/** The evidence standard: what in code counts as practising an item and what does not. */
const EvidenceText = v.pipe(Text, v.description(
  'How the item is recognised in code, in 1-3 plain sentences: what counts as practising it and what does not '
  + '(e.g. "an import counts only where the module is used in the file"). For an item code cannot show, say so and why.',
));

export const ResourceSchema = v.strictObject({
  id: IdSchema,
  title: Text,
  kind: v.picklist(['reference', 'book', 'practice-site', 'course', 'certification', 'community', 'docs', 'tool', 'article']),
  url: v.optional(HttpUrl),
  summary: Text,
  /** A link to a site's home page is no page about a topic: say why the site itself is the resource. */
  whyHomePage: v.optional(v.pipe(Text, v.description('Why a link to a site\'s home page is right here (the site itself is the resource: a practice site, a community).'))),
});

/** Code keeps its indentation: not trimmed. */
const Code = v.pipe(v.string(), v.minLength(1, 'expected code'), v.maxLength(4000, 'expected at most 4,000 characters of code'));
export const ExampleSchema = v.strictObject({
  language: v.picklist(['python', 'toml', 'yaml', 'dockerfile', 'ini', 'bash', 'text']),
  /** The file it belongs in, for a config file (`pyproject.toml`, `.github/workflows/test.yml`). */
  file: v.optional(Text),
  code: Code,
  /** What it prints (Python), or what running the tool shows. */
  output: v.optional(v.pipe(v.string(), v.maxLength(4000, 'expected at most 4,000 characters of output'))),
  /** Third-party modules it imports (Python). */
  requires: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z_][\w.]*$/, 'expected a module name')))),
  caption: v.optional(Text),
});

/** The first step of a skill, taught: plain words, a worked example, the mistakes learners make. */
export const LessonSchema = v.strictObject({
  explanation: v.pipe(Text, v.description('What it is, when you need it and how the first step goes, in plain words.')),
  example: v.optional(ExampleSchema),
  mistakes: v.optional(v.pipe(TextList, v.description('Mistakes learners make with it: the mistake, why it bites, the fix.')), []),
});

export const SkillSchema = v.pipe(v.strictObject({
  id: IdSchema,
  title: Text,
  summary: v.pipe(Text, v.description('One line, shown in tooltips and search results.')),
  description: v.optional(v.pipe(Text, v.description('What it is and why it matters on the way to senior.'))),
  keyPoints: v.optional(TextList, []),
  evidence: v.optional(EvidenceText),
  aliases: v.optional(v.pipe(TextList, v.description('Other names a developer may search for (e.g. "@property", "k8s").')), []),
  keywords: v.optional(TextList, []),
  asks: v.optional(v.pipe(TextList, v.description('How learners ask for this page: problems, symptoms and goals in their own words ("my program keeps eating RAM"). Search finds the page by them.')), []),
  /** Built-in detection ids (the shipped roadmap's skill ids, such as "asyncio"): the skill is recognised in code where those are. */
  detects: v.optional(v.pipe(IdList, v.description('Ids of the shipped roadmap\'s skills whose recognition in code counts for this skill (e.g. ["asyncio"]).'))),
  prerequisites: v.optional(IdList),
  resources: v.optional(IdList),
  essential: v.optional(v.pipe(v.boolean(), v.description('Employers list it among the essential skills for 2026 hiring.'))),
  group: v.optional(IdSchema),
  lesson: v.optional(LessonSchema),
}), v.transform((x) => ({ ...x, description: x.description ?? '' })));

export const PracticeSchema = v.strictObject({
  id: IdSchema,
  title: Text,
  summary: Text,
  description: v.optional(Text),
  aliases: v.optional(TextList),
  asks: v.optional(TextList),
  skills: v.optional(v.pipe(IdList, v.description('Skills this practice item exercises.'))),
  resources: v.optional(IdList),
  /** How to know it is done: checks a learner can verify. */
  doneWhen: v.optional(TextList),
  evidence: v.optional(EvidenceText),
  lesson: v.optional(LessonSchema),
});

export const GroupSchema = v.strictObject({
  id: IdSchema,
  title: Text,
  summary: Text,
});

export const PhaseSchema = v.pipe(v.strictObject({
  id: IdSchema,
  /** Shown as "3 · Specialization"; when left out, the phase's place in the list. */
  number: v.optional(v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'))),
  title: Text,
  level: v.optional(Text),
  duration: v.optional(v.strictObject({ label: Text, minMonths: Count, maxMonths: Count })),
  summary: Text,
  groups: v.optional(v.array(GroupSchema)),
  skills: v.pipe(v.array(SkillSchema), v.minLength(1, 'expected at least one skill')),
  practice: v.optional(v.array(PracticeSchema), []),
}), v.transform((p) => ({ ...p, number: p.number ?? 0, level: p.level ?? '', duration: p.duration ?? { label: '', minMonths: 0, maxMonths: 0 } })));

export const CareerLevelSchema = v.strictObject({
  id: IdSchema,
  title: Text,
  role: Text,
  years: v.strictObject({ label: Text, min: Count, max: v.optional(Count) }),
  summary: Text,
  focus: v.pipe(TextList, v.minLength(1, 'expected at least one focus area')),
  industries: v.pipe(TextList, v.minLength(1, 'expected at least one industry')),
  salary: v.strictObject({
    label: Text,
    currency: Text,
    min: Count,
    max: Count,
    openEnded: v.optional(v.boolean()),
  }),
  milestonePhases: v.pipe(IdList, v.description('The level is estimated as reached when these phases are mostly learned.')),  asks: v.optional(TextList),
});

export const FaqSchema = v.strictObject({
  id: IdSchema,
  question: Text,
  answer: Text,
  points: v.optional(TextList),
  skills: IdList,
  source: v.picklist(['career-guide', 'roadmap']),
  /** Words people search with that the text does not use ("salary" for what developers earn). */
  keywords: v.optional(TextList),  asks: v.optional(TextList),
});

export const ListSectionSchema = v.strictObject({
  id: IdSchema,
  title: Text,
  summary: Text,
  items: v.optional(v.array(v.strictObject({ label: Text, skills: v.optional(IdList) }))),
  figures: v.optional(TextList),
  skills: v.optional(IdList),
  emerging: v.optional(v.boolean()),  asks: v.optional(TextList),
});

/** Roadmap ids that name a keyspace of the store: a custom roadmap's progress is kept under
 *  '<roadmap id>:<skill id>', so a roadmap with one of these ids would share its keys with the
 *  exercises' ('exercise:<id>') or, later, the reviews'. */
export const RESERVED_ROADMAP_IDS: readonly string[] = ['exercise', 'review'];

export const RoadmapSchema = v.pipe(v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(1),
  id: v.pipe(IdSchema, v.check((id) => !RESERVED_ROADMAP_IDS.includes(id), `expected an id other than ${RESERVED_ROADMAP_IDS.join(' and ')}: Python Roadmap keeps its own progress under those names`)),
  title: Text,
  summary: Text,
  // A custom roadmap needs only its id, title, summary and phases; the rest is optional.
  overview: v.optional(v.strictObject({
    yearsToSenior: v.strictObject({ label: Text, min: Count, max: Count }),
    hoursPerWeek: v.strictObject({ label: Text, min: Count, max: Count }),
    stats: v.array(v.strictObject({ figure: Text, text: Text, source: v.optional(IdSchema), note: v.optional(v.pipe(Text, v.description('How far the claim holds: whose claim it is and what its source does or does not show.'))) })),
    levels: v.array(v.strictObject({ title: Text, years: Text, summary: Text })),
  })),
  phases: v.pipe(v.array(PhaseSchema), v.minLength(1, 'expected at least one phase')),
  careers: v.optional(v.strictObject({
    levels: v.pipe(v.array(CareerLevelSchema), v.minLength(1, 'expected at least one career level')),
    salaryNote: Text,
    aiPremium: v.strictObject({ minPercent: Count, maxPercent: Count, note: Text }),
    threshold: v.pipe(v.number(), v.minValue(0, 'expected 0 to 1'), v.maxValue(1, 'expected 0 to 1')),
  })),
  responsibilities: v.optional(v.array(ListSectionSchema), []),
  hiring: v.optional(v.array(ListSectionSchema), []),
  trends: v.optional(v.array(ListSectionSchema), []),
  faqs: v.optional(v.array(FaqSchema), []),
  tips: v.optional(v.array(ListSectionSchema), []),
  nextSteps: v.optional(v.array(ListSectionSchema), []),
  finalAdvice: v.optional(TextList, []),
  resources: v.optional(v.array(ResourceSchema), []),
}), v.transform((r) => ({
  ...r,
  // What a custom roadmap may leave out, filled so every page reads one shape.
  overview: r.overview ?? { yearsToSenior: { label: '', min: 0, max: 0 }, hoursPerWeek: { label: '', min: 0, max: 0 }, stats: [], levels: [] },
  careers: r.careers ?? { levels: [], salaryNote: '', aiPremium: { minPercent: 0, maxPercent: 0, note: '' }, threshold: 0.7 },
})));

export type Roadmap = v.InferOutput<typeof RoadmapSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Skill = v.InferOutput<typeof SkillSchema>;
export type PracticeItem = v.InferOutput<typeof PracticeSchema>;
export type Lesson = v.InferOutput<typeof LessonSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type CareerLevel = v.InferOutput<typeof CareerLevelSchema>;
export type Faq = v.InferOutput<typeof FaqSchema>;
export type Resource = v.InferOutput<typeof ResourceSchema>;
export type ListSection = v.InferOutput<typeof ListSectionSchema>;

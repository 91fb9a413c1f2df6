// Ranking for palette lookups: titles, aliases, keywords and summaries, typo-tolerant, and
// friendly to code-shaped queries ("@property", "__enter__", "async/await", "k8s").
// MiniSearch does the indexing, prefix and fuzzy matching; this module decides what a term is
// and gives an exact name match the first place.
import * as l10n from '@vscode/l10n';
import MiniSearch from 'minisearch';
import { classify, loadQuestionModel, stem } from './questionModel';
import type { QuestionModel, QuestionModelFile } from './questionModel';
import modelFile from './questionModel.json';
import { allSkills } from './roadmap';
import type { Roadmap, CheckableItem } from './roadmap';
import { normalize } from './text';

export { normalize };

export interface SearchHit {
  skillId: string;
  score: number;
}

/** Words too common in questions to say anything about which skill is meant. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'do', 'does', 'for', 'from', 'how', 'i', 'in', 'into', 'is', 'it',
  'me', 'my', 'of', 'on', 'or', 'python', 'should', 'the', 'to', 'use', 'using', 'what', 'when', 'which', 'why', 'with', 'you', 'your',
  // Spanish (the shipped translation; accents are folded before this): "qué es un decorador".
  'al', 'como', 'con', 'cual', 'cuando', 'de', 'del', 'el', 'en', 'es', 'la', 'las', 'lo', 'los', 'mi', 'para', 'por', 'que', 'se', 'su', 'un', 'una', 'uso', 'usar', 'y',
]);

/** Words a question is asked with, not what it is about ("how do I get started with…",
 *  "what's the best way to…", "cómo puedo empezar a…"): dropped from a query, never from the roadmap's text. */
const QUESTION_WORDS = new Set([
  'about', 'am', 'any', 'begin', 'beginner', 'best', 'between', 'could', 'difference', 'doing', 'dont', 'example', 'examples', 'explain',
  'get', 'getting', 'good', 'guide', 'have', 'help', 'idea', 'just', 'know', 'need', 'possible', 'proper', 'properly', 'really', 'right',
  'start', 'started', 'starting', 'thing', 'things', 'this', 'that', 'there', 'tutorial', 'versus', 'vs', 'want', 'way', 'ways', 'we', 'will', 'would',
  'write', 'writing',
  // The domain's own filler: every page is about Python code, programs and apps.
  'app', 'apps', 'application', 'code', 'coding', 'program', 'programs', 'programming', 'programing', 'script', 'py', 'function', 'functions',
  'aplicacion', 'codigo', 'programa', 'programar', 'programacion',
  'developer', 'developers', 'dev', 'devs', 'engineer', 'engineers', 'desarrollador', 'desarrolladores', 'programador', 'programadores', 'ingeniero',
  'algo', 'ayuda', 'como', 'debo', 'diferencia', 'empezar', 'empiezo', 'entre', 'forma', 'hacer', 'hago', 'manera', 'mejor', 'necesito', 'puedo', 'quiero', 'sobre',
]);
/** "learn", unless it names the field ("machine learning", "deep learning", "aprendizaje automático"). */
const LEARN = /^(?:learn|learning|study|studying|aprender|aprendo)$/;
const FIELD_BEFORE_LEARN = /^(?:machine|deep|reinforcement)$/;

/** "What should I learn next?": the answer is the Go to Next Skill command, not a page with "learn" in it. */
const NEXT_QUESTION = /\b(?:learn|study|do|focus on|tackle|pick)\s+(?:after|afterwards|next|now)\b|\bnext\s+(?:skill|step|topic|thing)\b|\bwhat(?:s| is)? next\b|\bwhat now\b|\bnow what\b|\bgo from here\b|\bwhere (?:do|should) i go\b|\by ahora\b|\bque me toca\b|\bfinished (?:the )?basics\b|\bafter (?:the )?basics\b|\bsiguiente\s+(?:habilidad|paso|tema)\b|\b(?:aprender|aprendo|estudiar|estudio)\s+(?:ahora|despues|luego|a continuacion)\b|\bque\s+(?:sigue|aprendo)\b/;

/** Code a learner pastes into a question, and the topic it is: "what does `with open(f) as x` do". */
const CODE_HINTS: readonly [RegExp, string][] = [
  [/\bwith\s+[\w.]+\s*\(|\bas\s+\w+\s*:/, 'context manager'],
  [/(?:^|\s)@\s?(?:symbol|sign)\b|(?:^|\s)@[a-z_]\w*/i, 'decorator'],
  [/\blambda\b/, 'lambda'],
  [/\byield\b/, 'generator'],
  [/\b(?:async|await)\b/, 'asyncio'],
  [/\[[^\]]*\bfor\b[^\]]*\bin\b[^\]]*\]/, 'comprehension'],
  [/\btry\s*:|\bexcept\b/, 'exception'],
];

/** Everyday words for a few situations every learner meets, and the words the pages use for them:
 *  "my page takes 6 seconds", "se queda esperando", "a thousand people at once". */
const SITUATIONS: readonly [RegExp, string][] = [
  [/\b(?:\d+ (?:seconds?|minutes?|secs?)|forever|ages|sluggish|laggy|takes (?:too )?long|tarda\w*|lent[oa]s?|demora\w*|se queda esperando)\b/, 'slow'],
  [/\b(?:one (?:after|by) (?:another|one)|\d{2,} (?:times|requests|calls|urls|pages|files)|uno (?:tras|por) otro)\b/, 'many requests one at a time'],
  [/\b(?:(?:many|lots of|a lot of|hundreds of|thousands of|a hundred|a thousand|\d{3,}) (?:people|users|visitors|customers)|heavy traffic|mucha gente|muchos usuarios)\b/, 'many users traffic scale'],
  [/\b(?:ram|out of memory|eating memory|memoria)\b/, 'memory'],
  [/\b(?:silently|no idea what happened|without (?:a )?trace|sin dejar rastro|no se que paso)\b/, 'log what happened'],
  [/\b(?:fix|change|touch)\w*\b.{0,40}\b(?:breaks?|broke|broken|stops? working)\b|\b(?:arreglo|cambio)\b.{0,40}\b(?:rompe|falla)\w*/, 'regression tests'],
  [/\binstead of (?:an? )?(?:list|string|str|int|integer|number|dict|dictionary|float)\b|\bwrong type\b|\btypeerror\b|\btipo (?:equivocado|incorrecto)\b/, 'type hints'],
  [/\bsame (?:thing|query|queries|data|result|results|request)\b.{0,40}\b(?:every|each|again)\b|\bover and over\b|\bmisma (?:consulta|cosa)\b/, 'cache repeated results'],
  [/\b(?:eat\w*|tak\w*|spend\w*) (?:all |most )?(?:the )?time\b|\bwhere (?:the )?time goes\b|\bwhich (?:function|part|line)\b.{0,30}\bslow/, 'profiling where the time goes'],
  [/\b(?:copy(?: and)? ?paste|same (?:code|lines)|repeat\w* (?:the same )?code|duplicat\w*)\b.{0,60}\b(?:every|each|all)\b/, 'wrap every function decorator'],
];

/** A question as a learner types it, reduced to what it is about: question words off, "learn" off
 *  unless it names a field, and the topic of any code in it. The roadmap's own text is indexed as it is. */
export function questionTerms(query: string): string {
  const words = normalize(query).split(' ').filter(Boolean);
  const kept = words.filter((w, i) => !QUESTION_WORDS.has(w) && !(LEARN.test(w) && !(i > 0 && FIELD_BEFORE_LEARN.test(words[i - 1]!))));
  return [...kept, ...questionHints(query)].join(' ');
}

/** The topic of any code in a question, and the pages' words for the situations it describes: added
 *  to what the word match and the question model read ("with open(p) as f" → context manager). */
export function questionHints(query: string): string[] {
  const hints: string[] = [];
  const raw = query.length > 500 ? query.slice(0, 500) : query;
  for (const [code, topic] of CODE_HINTS) if (code.test(raw)) hints.push(topic);
  const plain = normalize(raw);
  for (const [situation, terms] of SITUATIONS) if (situation.test(plain)) hints.push(terms);
  return hints;
}

/** "pyhton", "pyton", "phyton": the language's name mistyped says no more than the name. */
const PYTHON_TYPO = /^(?:p[hy]{1,2}t[hy]?on|pyhton|pytohn|pthon|pyhon|pythn|pyton)$/;

function processTerm(term: string): string | null {
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (STOP_WORDS.has(term) || PYTHON_TYPO.test(term)) return null;
  return stem(term);
}

const tokenize = (text: string): string[] => normalize(text).split(' ').filter(Boolean);

interface Index {
  mini: MiniSearch<Doc>;
  /** The items by id. */
  items: Map<string, CheckableItem>;
  /** The items each normalized name (title, alias, id) belongs to, for the exact-match bonus. */
  named: Map<string, string[]>;
}

interface Doc {
  id: string;
  title: string;
  aliases: string;
  keywords: string;
  summary: string;
  slug: string;
  /** How learners ask for the page: problems and goals in their own words. */
  asks: string;
  /** The page's own prose (description, key points, the lesson's explanation): a question in plain
   *  words ("read a huge file without loading it all") finds the skill whose page explains it. */
  text: string;
}

const indexes = new WeakMap<Roadmap, Index>();
/** How much a word in the page's prose counts against one in its title or aliases. */
const TEXT_BOOST = 0.25;
/** How much a word of the ways learners ask for a page counts. */
const ASKS_BOOST = 2.5;
/** A question asking for something to build. */
const ASKS_PROJECT = /\b(?:projects?|proyectos?|build something|what (?:can|should) i build|que (?:puedo )?construir)\b/;
/** How much a practice item's score counts against a skill's. */
const PRACTICE_WEIGHT = 0.6;

function proseOf(item: CheckableItem): string {
  const source = item.source as { description?: string; keyPoints?: readonly string[]; lesson?: { explanation: string } };
  return [source.description ?? '', ...(source.keyPoints ?? []), source.lesson?.explanation ?? ''].join(' ');
}

function buildIndex(items: readonly CheckableItem[]): Index {
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'keywords', 'summary', 'slug', 'asks', 'text'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 4, aliases: 3, slug: 3, keywords: 2, summary: 0.6, asks: ASKS_BOOST, text: TEXT_BOOST },
      // Only the word being typed (the last) is a prefix: the ones before it are whole words; two
      // letters are one only alone ("dj"), not after other words.
      prefix: (term, i, terms) => i === terms.length - 1 && (term.length >= 3 || (term.length === 2 && terms.length === 1)),
      // An edit for 4–5 letters, two from 6 on: "djnago" → "django", "pandsa" → "pandas".
      fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.35, prefix: 0.6 },
    },
  });
  const named = new Map<string, string[]>();
  const docs: Doc[] = items.map((i) => {
    const slug = i.id.replace(/-/g, ' ');
    for (const name of new Set([i.title, ...i.aliases, slug].map(normalize).filter(Boolean))) {
      const ids = named.get(name);
      if (ids) ids.push(i.id);
      else named.set(name, [i.id]);
    }
    return { id: i.id, title: i.title, aliases: i.aliases.join(' ; '), keywords: i.keywords.join(' ; '), summary: i.summary, slug, asks: ((i.source as { asks?: readonly string[] }).asks ?? []).join(' ; '), text: proseOf(i) };
  });
  mini.addAll(docs);
  return { mini, named, items: new Map(items.map((i) => [i.id, i])) };
}

function indexFor(roadmap: Roadmap): Index {
  let index = indexes.get(roadmap);
  if (!index) {
    index = buildIndex(allSkills(roadmap));
    indexes.set(roadmap, index);
  }
  return index;
}

/**
 * Skills (and practice items) matching the query, best first. An empty or punctuation-only
 * query matches nothing. Never throws.
 */
export function search(roadmap: Roadmap, query: string, opts: SearchOptions = {}): SearchHit[] {
  const { hits, exact } = skillScores(roadmap, query);
  const probs = modelFor(roadmap, opts)?.(query);
  const top = [...hits.values()].reduce((m, x) => Math.max(m, x), 0) || 1;
  const scored = new Map([...hits].map(([id, score]) => [id, score / top]));
  // A query that is exactly a name (title, alias or id) of an item puts that item first.
  for (const id of exact) scored.set(id, (scored.get(id) ?? 0) + EXACT_BONUS);
  if (probs) {
    const items = indexFor(roadmap).items;
    for (const [cls, p] of probs) {
      const id = cls.startsWith('skill:') ? cls.slice(6) : undefined;
      if (id !== undefined && items.has(id) && (scored.has(id) || p >= MODEL_ALONE)) scored.set(id, (scored.get(id) ?? 0) + MODEL_WEIGHT * p);
    }
  }
  const ranked = [...scored].map(([skillId, score]) => ({ skillId, score })).sort((a, b) => b.score - a.score || (a.skillId < b.skillId ? -1 : 1));
  return opts.limit !== undefined ? ranked.slice(0, opts.limit) : ranked;
}

export interface SearchOptions {
  limit?: number;
  /** The question model to weigh pages with (the shipped one by default; `null` for none). */
  model?: QuestionModelFile | null;
}

/** How much the question model's probability counts, against the best word match's 1. */
const MODEL_WEIGHT = 1.5;

let shippedModel: QuestionModel | undefined;
const loadedModels = new WeakMap<QuestionModelFile, QuestionModel>();

/** The question model for this roadmap, as a function from a question to pages' probabilities: only
 *  for the roadmap it was trained on (a custom or team roadmap's pages are not its classes). */
function modelFor(roadmap: Roadmap, opts: SearchOptions): ((query: string) => Map<string, number>) | undefined {
  if (opts.model === null) return undefined;
  let model: QuestionModel;
  if (opts.model) {
    const file = opts.model;
    model = loadedModels.get(file) ?? loadQuestionModel(file);
    loadedModels.set(file, model);
  } else model = shippedModel ??= loadQuestionModel(modelFile as QuestionModelFile);
  if (model.roadmap !== roadmap.id) return undefined;
  return (query) => classify(model, [query, ...questionHints(query)].join(' '));
}

/** Above any word match and the model's weight: a query that is exactly a page's name. */
const EXACT_BONUS = 1000;
/** A page the words did not find comes in by the model alone from this probability. */
const MODEL_ALONE = 0.05;

/** A hit as the model's classes name it: `skill:<id>` (practice items too), `section:<id>` (the
 *  career guide's sections of every kind), `faq:`, `level:`, `resource:`, `command:`. */
function targetKey(h: RoadmapHit): string {
  switch (h.kind) {
    case 'skill':
    case 'practice':
      return `skill:${h.id}`;
    case 'faq':
    case 'level':
    case 'resource':
    case 'command':
      return `${h.kind}:${h.id}`;
    default:
      return `section:${h.id}`;
  }
}

/** Find Skill's word match: each skill's and practice item's score, before the question model, and
 *  the items the query names exactly. */
function skillScores(roadmap: Roadmap, query: string): { hits: Map<string, number>; exact: readonly string[] } {
  const q = normalize(query);
  const hits = new Map<string, number>();
  if (!q) return { hits, exact: [] };
  const { mini, named, items } = indexFor(roadmap);
  // What the question is about; a query of question words only ("get started") is taken as it is.
  // A practice item names the skills it exercises ("Build a blog with Django"): the skill comes first.
  // Two letters are a prefix only when they are the whole query ("dj"), not the start of a question's last word.
  const alone = !q.includes(' ');
  const prefix = (term: string, i: number, terms: string[]) => i === terms.length - 1 && (term.length >= 3 || (term.length === 2 && alone));
  // (Unless the question asks for a project to build: then the practice items are the answer.)
  const practiceWeight = ASKS_PROJECT.test(q) ? 1 : PRACTICE_WEIGHT;
  for (const r of mini.search(questionTerms(query) || q, { prefix })) hits.set(String(r.id), items.get(String(r.id))?.kind === 'practice' ? r.score * practiceWeight : r.score);
  return { hits, exact: named.get(q) ?? [] };
}

// ---------------------------------------------------------------------------------------------
// Search Roadmap: everything the roadmap holds, not only its checkable items.

export type RoadmapHitKind = 'skill' | 'practice' | 'faq' | 'level' | 'resource' | 'job' | 'hiring' | 'trend' | 'tip' | 'next-step' | 'command';

/** Words of a question about pay (English and the shipped Spanish): a career level answers it, with its salary. */
const SALARY_WORDS = ['salary', 'salaries', 'pay', 'paid', 'earn', 'earns', 'income', 'wage', 'sueldo', 'salario', 'gana', 'ganan', 'cobra', 'cobran'];
const ASKS_PAY = new RegExp(`\\b(?:${SALARY_WORDS.join('|')}|how much)\\b`);

/** A level named in a question, and the level's id or title it means. */
const LEVEL_NAMES: readonly [RegExp, RegExp][] = [
  [/\b(?:junior|entry|trainee|intern|bootcamp|graduate|first job|recien|primer empleo)\b/, /\b(?:entry|junior)\b/],
  [/\b(?:mid|middle|intermediate|semi ?senior)\b/, /\b(?:mid|middle|intermediate)\b/],
  [/\b(?:senior|lead|staff|principal|architect)\b/, /\bsenior\b/],
];

/** Years of experience in a question: "4 years", "3 años", "10+ yrs". */
const YEARS = /\b(\d{1,2})\+? ?(?:years?|yrs?|anos?)\b/;

/** A career level named in a question ("senior salary", "sueldo junior"). */
const LEVEL_WORDS = /\b(?:junior|entry|mid|middle|intermediate|senior|lead|staff|principal|architect|trainee|intern|bootcamp|graduate|semi ?senior)\b/;

/** A question about the work itself: "what do python devs do at their job", "día a día". */
const ASKS_JOB = /\b(?:at (?:their|the|my|your) (?:job|work)|at work|day to day|dia a dia|(?:devs?|developers?|engineers?) (?:actually )?do\b|responsibilit|en (?:el|su) trabajo)/;

/** A question about what employers look for. */
const ASKS_HIRING = /\b(?:employers?|hiring|hire|recruiters?|companies (?:want|look for|expect)|job (?:requirements|market)|get hired|empresas|contratan|contratar|reclutadores?)\b/;

/** A yes-or-no or "should I" question: an opinion the FAQs and the career guide give. */
const ASKS_OPINION = /^(?:is|are|should|can|could|do i need|does|will|would|what makes|which (?:one|path|language)|is it worth|vale la pena|es|debo|puedo|necesito)\b/;

/** Whether a question asks for what the career pages or a command answer (pay, the job, hiring,
 *  what to learn next) rather than a skill: Find Skill then offers the search over everything first. */
export function asksBeyondSkills(query: string): boolean {
  const q = normalize(query);
  return ASKS_PAY.test(q) || ASKS_JOB.test(q) || ASKS_HIRING.test(q) || NEXT_QUESTION.test(q);
}

/** The command a "what should I learn next?" question is answered with. */
export const NEXT_COMMAND_HIT = 'next';
/** How much a skill's score (Find Skill's ranking, shared) weighs against a FAQ's or a section's:
 *  on equal terms, now that every kind of page carries the ways learners ask for it. */
const SKILL_WEIGHT = 1;
const RESOURCE_WEIGHT = 0.5;
const PARTIAL_WEIGHT = 0.5;

export interface RoadmapHit {
  kind: RoadmapHitKind;
  /** The skill, FAQ, level, resource or section id. */
  id: string;
  title: string;
  detail: string;
  url?: string;
  score: number;
}

interface AllDoc {
  id: string;
  kind: RoadmapHitKind;
  key: string;
  title: string;
  keywords: string;
  asks: string;
  text: string;
  detail: string;
  url?: string;
}

const everything = new WeakMap<Roadmap, { mini: MiniSearch<AllDoc>; docs: Map<string, AllDoc>; named: Map<string, string[]>; sections: Map<string, AllDoc> }>();

function documents(roadmap: Roadmap): AllDoc[] {
  const docs: AllDoc[] = [];
  const add = (kind: RoadmapHitKind, key: string, title: string, keywords: readonly string[], text: string, detail: string, url?: string, asks: readonly string[] = []) =>
    docs.push({ id: `${kind}:${key}`, kind, key, title, keywords: keywords.join(' ; '), asks: asks.join(' ; '), text, detail, ...(url ? { url } : {}) });
  // (Skills and practice items are ranked by `search`, Find Skill's ranking, and merged in.)
  for (const f of roadmap.faqs) add('faq', f.id, f.question, f.keywords ?? [], [f.answer, ...(f.points ?? [])].join(' '), f.answer, undefined, f.asks);
  const careers = roadmap.careers;
  for (const l of careers.levels) {
    add('level', l.id, `${l.title}: ${l.role}`, [...SALARY_WORDS, 'career level', 'job', ...l.industries],
      [l.salary.label, l.years.label, ...l.focus, careers.salaryNote].join(' '), `${l.salary.label} · ${l.years.label} · ${l.focus.join(', ')}`, undefined, l.asks);
  }
  for (const r of roadmap.resources) add('resource', r.id, r.title, [r.kind], r.summary, `${r.kind} · ${r.summary}`, r.url);
  const sections: [RoadmapHitKind, Roadmap['hiring']][] = [
    ['job', roadmap.responsibilities], ['hiring', roadmap.hiring], ['trend', roadmap.trends], ['tip', roadmap.tips], ['next-step', roadmap.nextSteps],
  ];
  for (const [kind, list] of sections) {
    for (const sec of list) {
      const items = (sec.items ?? []).map((x) => x.label);
      add(kind, sec.id, sec.title, [...(sec.figures ?? [])], [sec.summary, ...items].join(' '), [sec.summary, ...(sec.figures ?? [])].join(' · '), undefined, sec.asks);
    }
  }
  return docs;
}

/**
 * Everything matching the query, best first: skills and practice items, FAQs, career levels
 * (with their salaries), resources, and the career guide's sections. Never throws.
 */
export function searchRoadmap(roadmap: Roadmap, query: string, opts: SearchOptions = {}): RoadmapHit[] {
  const q = normalize(query);
  if (!q) return [];
  let index = everything.get(roadmap);
  if (!index) {
    const docs = documents(roadmap);
    const mini = new MiniSearch<AllDoc>({
      fields: ['title', 'keywords', 'asks', 'text'],
      storeFields: [],
      tokenize,
      processTerm,
      searchOptions: {
        boost: { title: 4, keywords: 3, asks: ASKS_BOOST, text: 1 },
        prefix: (term, i, terms) => term.length >= 3 && i === terms.length - 1,
        fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
        maxFuzzy: 2,
        weights: { fuzzy: 0.35, prefix: 0.6 },
      },
    });
    mini.addAll(docs);
    const named = new Map<string, string[]>();
    for (const d of docs) {
      for (const name of new Set([d.title, ...d.keywords.split(' ; ')].map(normalize).filter(Boolean))) {
        const ids = named.get(name);
        if (ids) ids.push(d.id);
        else named.set(name, [d.id]);
      }
    }
    const sections = new Map(docs.filter((d) => !['faq', 'level', 'resource'].includes(d.kind)).map((d) => [d.key, d]));
    index = { mini, docs: new Map(docs.map((d) => [d.id, d])), named, sections };
    everything.set(roadmap, index);
  }
  const terms = questionTerms(query) || q;
  const scores = new Map<string, number>();
  // One search for any of the words; pages that hold only some of them rank below those that hold them all.
  const wanted = new Set(tokenize(terms).map(processTerm).filter((x): x is string => !!x)).size;
  for (const r of index.mini.search(terms, { combineWith: 'OR' })) scores.set(String(r.id), new Set(r.queryTerms).size >= wanted ? r.score : r.score * PARTIAL_WEIGHT);
  const hitOf = (d: AllDoc, score: number): RoadmapHit => ({ kind: d.kind, id: d.key, title: d.title, detail: d.detail, ...(d.url ? { url: d.url } : {}), score });
  const ranked: RoadmapHit[] = [...scores].map(([id, score]) => hitOf(index.docs.get(id)!, score));
  const exact = new Set(index.named.get(q) ?? []);
  // Skills and practice items by Find Skill's own word match, weighed above a section that only mentions the words.
  const skills = skillScores(roadmap, query);
  const items = indexFor(roadmap).items;
  const skillHit = (item: CheckableItem, score: number): RoadmapHit => ({ kind: item.kind, id: item.id, title: item.title, detail: item.summary, score });
  for (const [id, score] of [...skills.hits].sort((a, b) => b[1] - a[1]).slice(0, 50)) ranked.push(skillHit(items.get(id)!, score * SKILL_WEIGHT));
  for (const id of skills.exact) exact.add(`skill:${id}`);
  // A question about pay is answered by the career levels and the FAQ on salaries, not by a skill that mentions "senior";
  // one about the job itself by what a developer does; one about employers by what they hire for; a yes-or-no or
  // "should I" question by the FAQs and the career guide rather than a skill's page. The kinds that answer it come
  // in even where they share no word with the question ("what do employers want" → what employers hire for).
  const top = ranked.reduce((m, h) => Math.max(m, h.score), 0) || 1;
  const answeredBy = (kinds: readonly RoadmapHitKind[], factor: number) => {
    const present = new Set(ranked.map((h) => `${h.kind}:${h.id}`));
    for (const d of index.docs.values()) {
      if (kinds.includes(d.kind) && d.kind !== 'faq' && !present.has(d.id)) ranked.push({ kind: d.kind, id: d.key, title: d.title, detail: d.detail, ...(d.url ? { url: d.url } : {}), score: top * 0.1 });
    }
    for (const h of ranked) if (kinds.includes(h.kind)) h.score *= factor;
  };
  // Pay or a level with "4 years of experience", "3 años": the career level those years fall in.
  const years = YEARS.exec(q);
  if (years && (ASKS_PAY.test(q) || /\b(?:experience|experiencia)\b/.test(q))) {
    const n = Number(years[1]);
    for (const l of roadmap.careers.levels) {
      if (n >= l.years.min && (l.years.max === undefined || n < l.years.max)) {
        const hit = ranked.find((h) => h.kind === 'level' && h.id === l.id);
        if (hit) hit.score *= 3;
        else ranked.push({ kind: 'level', id: l.id, title: `${l.title}: ${l.role}`, detail: `${l.salary.label} · ${l.years.label}`, score: (ranked.reduce((m, h) => Math.max(m, h.score), 0) || 1) * 0.5 });
      }
    }
  }
  if (ASKS_PAY.test(q)) {
    answeredBy(['level', 'faq'], 4);
    // Pay in general (no level named): the FAQ on what developers earn, then the levels; pay at a
    // level named ("senior", "bootcamp", "junior"): that level.
    if (!LEVEL_WORDS.test(q)) for (const h of ranked) if (h.kind === 'faq') h.score *= 2;
    for (const [words, names] of LEVEL_NAMES) {
      if (!words.test(q)) continue;
      for (const h of ranked) if (h.kind === 'level' && names.test(normalize(`${h.id} ${h.title}`))) h.score *= 3;
    }
  }
  if (ASKS_JOB.test(q)) answeredBy(['job', 'faq'], 3);
  if (ASKS_HIRING.test(q)) answeredBy(['hiring', 'faq'], 3);
  if (ASKS_OPINION.test(q)) for (const h of ranked) if (h.kind !== 'skill' && h.kind !== 'practice' && h.kind !== 'resource') h.score *= 2;
  // A resource is a link out: the page about the topic comes first, then where to read more.
  for (const h of ranked) if (h.kind === 'resource') h.score *= RESOURCE_WEIGHT;
  // Then the question model: the word match scaled to the best one's 1, plus the model's probability
  // of each page (a page the words missed comes in by the model alone); a page named exactly first.
  const best = ranked.reduce((m, h) => Math.max(m, h.score), 0) || 1;
  const byTarget = new Map<string, RoadmapHit>();
  for (const h of ranked) {
    h.score /= best;
    byTarget.set(targetKey(h), h);
    if (exact.has(`${h.kind === 'practice' ? 'skill' : h.kind}:${h.id}`)) h.score += EXACT_BONUS;
  }
  const nextCommand = (): RoadmapHit => ({ kind: 'command', id: NEXT_COMMAND_HIT, title: l10n.t('Go to Next Skill'), detail: l10n.t('The next skill for you, from your progress and the roadmap\'s order'), score: 0 });
  for (const [cls, p] of modelFor(roadmap, opts)?.(query) ?? []) {
    let hit = byTarget.get(cls);
    if (!hit && p >= MODEL_ALONE) {
      const [kind, id] = [cls.slice(0, cls.indexOf(':')), cls.slice(cls.indexOf(':') + 1)];
      const item = kind === 'skill' ? items.get(id) : undefined;
      const doc = kind === 'section' ? index.sections.get(id) : index.docs.get(cls);
      hit = item ? skillHit(item, 0) : doc ? hitOf(doc, 0) : cls === `command:${NEXT_COMMAND_HIT}` ? nextCommand() : undefined;
      if (hit) ranked.push(hit);
    }
    if (hit) hit.score += MODEL_WEIGHT * p;
  }
  if (NEXT_QUESTION.test(q)) {
    const hit = ranked.find((h) => h.kind === 'command') ?? (ranked.push(nextCommand()), ranked[ranked.length - 1]!);
    hit.score = Number.MAX_SAFE_INTEGER;
  }
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return opts.limit !== undefined ? ranked.slice(0, opts.limit) : ranked;
}

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

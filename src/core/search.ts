// Ranking for palette lookups: titles, aliases, keywords and summaries, typo-tolerant, and
// friendly to code-shaped queries ("@property", "__enter__", "async/await", "k8s").
// MiniSearch does the indexing, prefix and fuzzy matching; this module decides what a term is
// and gives an exact name match the first place.
import MiniSearch from 'minisearch';
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
]);

/** A light, symmetric stemmer: plural "s" off (`decorators` → `decorator`), not `-ss`, `-us`, `-is`. */
function stem(term: string): string {
  return term.length > 3 && term.endsWith('s') && !/(ss|us|is)$/.test(term) ? term.slice(0, -1) : term;
}

function processTerm(term: string): string | null {
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (STOP_WORDS.has(term)) return null;
  return stem(term);
}

const tokenize = (text: string): string[] => normalize(text).split(' ').filter(Boolean);

interface Index {
  mini: MiniSearch<Doc>;
  /** Normalized names (title, aliases, id) per item, for the exact-match bonus. */
  names: Map<string, Set<string>>;
}

interface Doc {
  id: string;
  title: string;
  aliases: string;
  keywords: string;
  summary: string;
  slug: string;
}

const indexes = new WeakMap<Roadmap, Index>();

function buildIndex(items: readonly CheckableItem[]): Index {
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'keywords', 'summary', 'slug'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 4, aliases: 3, slug: 3, keywords: 2, summary: 0.6 },
      prefix: (term) => term.length >= 2,
      // An edit for 4–5 letters, two from 6 on: "djnago" → "django", "pandsa" → "pandas".
      fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.35, prefix: 0.6 },
    },
  });
  const names = new Map<string, Set<string>>();
  const docs: Doc[] = items.map((i) => {
    const slug = i.id.replace(/-/g, ' ');
    names.set(i.id, new Set([i.title, ...i.aliases, slug].map(normalize).filter(Boolean)));
    return { id: i.id, title: i.title, aliases: i.aliases.join(' ; '), keywords: i.keywords.join(' ; '), summary: i.summary, slug };
  });
  mini.addAll(docs);
  return { mini, names };
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
export function search(roadmap: Roadmap, query: string, opts: { limit?: number } = {}): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const { mini, names } = indexFor(roadmap);
  const hits = new Map<string, number>();
  for (const r of mini.search(q)) hits.set(String(r.id), r.score);
  // A query that is exactly a name (title, alias or id) of an item puts that item first.
  for (const [id, set] of names) {
    if (set.has(q)) hits.set(id, (hits.get(id) ?? 0) + 1000);
  }
  const ranked = [...hits].map(([skillId, score]) => ({ skillId, score })).sort((a, b) => b.score - a.score || (a.skillId < b.skillId ? -1 : 1));
  return opts.limit !== undefined ? ranked.slice(0, opts.limit) : ranked;
}

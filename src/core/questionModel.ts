// Which page a learner's question is about, by a small linear model (softmax regression) trained on
// the ways learners ask for each page of the shipped roadmap (test/search/train.mjs writes
// questionModel.json from test/search/phrasings.json, the pages' own asks and the tuning questions).
// Words alone miss a question whose words belong to other pages ("passwords are saved as plain text
// in my database" is about authentication, not databases); the model weighs each word and pair of
// words by how well it told pages apart in the phrasings. Pure: no `vscode`.
import { normalize } from './text';

/** A light, symmetric stemmer: plural "s" off (`decorators` → `decorator`), not `-ss`, `-us`, `-is`;
 *  and "-ing" off a long word (`testing` → `test`, `threading` → `thread`). */
export function stem(term: string): string {
  if (term.length > 6 && term.endsWith('ing')) return term.slice(0, -3);
  return term.length > 3 && term.endsWith('s') && !/(ss|us|is)$/.test(term) ? term.slice(0, -1) : term;
}

/** At most this many words of a question are read (a pasted page is not a question). */
const MAX_WORDS = 40;

/** The features of a question: each word's stem, and each pair of neighbouring words. */
export function questionFeatures(query: string): string[] {
  const words = normalize(query.length > 400 ? query.slice(0, 400) : query).split(' ').filter((w) => w.length > 1 || /\d/.test(w)).slice(0, MAX_WORDS).map(stem);
  const features = new Set(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return [...features];
}

/** The model as written by the trainer: weights scaled to integers, per feature "class:weight,…". */
export interface QuestionModelFile {
  /** The roadmap (its `id`) whose pages the classes are. */
  roadmap: string;
  /** `skill:<id>`, `faq:<id>`, `level:<id>`, `section:<id>`, `command:next`. */
  classes: string[];
  /** Weights are integers: divide by this. */
  scale: number;
  bias: number[];
  weights: Record<string, string>;
}

export interface QuestionModel {
  roadmap: string;
  classes: readonly string[];
  bias: Float64Array;
  weights: Map<string, { cls: Int32Array; w: Float64Array }>;
}

/** The model in the form scoring reads; a malformed file gives a model that knows no word. */
export function loadQuestionModel(file: QuestionModelFile): QuestionModel {
  const classes = Array.isArray(file.classes) ? file.classes.map(String) : [];
  const scale = Number(file.scale) || 1;
  const bias = new Float64Array(classes.length);
  for (let i = 0; i < classes.length; i++) bias[i] = (Number(file.bias?.[i]) || 0) / scale;
  const weights = new Map<string, { cls: Int32Array; w: Float64Array }>();
  for (const [feature, packed] of Object.entries(file.weights ?? {})) {
    const pairs = String(packed).split(',').map((p) => p.split(':').map(Number)).filter(([c, w]) => Number.isInteger(c) && c! >= 0 && c! < classes.length && Number.isFinite(w));
    weights.set(feature, { cls: Int32Array.from(pairs, ([c]) => c!), w: Float64Array.from(pairs, ([, w]) => w! / scale) });
  }
  return { roadmap: String(file.roadmap ?? ''), classes, bias, weights };
}

/** How likely each page is the answer, by the model (summing to 1 over its classes); none when the
 *  question holds no word the model knows. */
export function classify(model: QuestionModel, query: string): Map<string, number> {
  const logits = Float64Array.from(model.bias);
  let known = 0;
  for (const f of questionFeatures(query)) {
    const row = model.weights.get(f);
    if (!row) continue;
    known++;
    for (let i = 0; i < row.cls.length; i++) logits[row.cls[i]!]! += row.w[i]!;
  }
  const out = new Map<string, number>();
  if (known === 0 || logits.length === 0) return out;
  const max = logits.reduce((m, x) => Math.max(m, x), -Infinity);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += logits[i] = Math.exp(logits[i]! - max);
  for (let i = 0; i < logits.length; i++) if (logits[i]! / sum >= 0.005) out.set(model.classes[i]!, logits[i]! / sum);
  return out;
}

// `node test/search/train.mjs [--without-round N] [--cv K] [--out FILE]`: trains the question model
// (src/core/questionModel.ts) — softmax regression over the words and word pairs of the ways learners
// ask for each page — and writes src/core/questionModel.json. Needs the compiled tests: `npx tsc -p .`.
// Deterministic (seeded); the file records a hash of what it was trained on, which a unit test checks.
//   --without-round N   leave question round N out of training (to measure on it)
//   --cv K              K-fold cross-validation over the tuning questions (figures only, writes nothing)
//   --check             exit 1 unless the model was trained on the training files as they are now
//   --sweep             also print size and figures for other pruning thresholds
//   --hyper k=v,…       override a training setting (see HYPER)
// Trained on: each page's title, aliases, keywords, summary and asks (English and Spanish),
// test/search/phrasings.json, and the questions of set "tuning" in test/search/questions.json.
// Never on the held-out set.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const { questionFeatures, loadQuestionModel, classify } = require(join(root, 'out', 'src', 'core', 'questionModel.js'));
const { shippedRoadmap, spanishRoadmap } = require(join(root, 'out', 'test', 'unit', 'fixtures.js'));
const { searchRoadmap, questionHints } = require(join(root, 'out', 'src', 'core', 'search.js'));
// What the model reads of a text: the text and the topics of the code and situations in it, as search does.
const read = (t) => questionFeatures([t, ...questionHints(t)].join(' '));
const { questionsFigures } = require(join(root, 'out', 'test', 'search', 'figures.js'));

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const withoutRound = opt('--without-round') !== undefined ? Number(opt('--without-round')) : undefined;
const folds = opt('--cv') !== undefined ? Number(opt('--cv')) : 0;
const outFile = opt('--out') ?? join(root, 'src', 'core', 'questionModel.json');

// Chosen by 5-fold cross-validation over question rounds 1–6 and by round 7 (then the development set):
// pairs of words seen at least 3 times, L1 5, weights under 0.5 dropped — 0.94 / 0.99 on round 7 with
// the word match, at 200 KB (all weights kept: 0.94 / 0.99 at 280 KB; words only: 0.93 / 0.99).
export const HYPER = { epochs: 12, alpha: 0.5, beta: 1, l1: 5, l2: 0.1, prune: 0.5, minWord: 1, minPair: 3, scale: 10 };

/** Every page a question can want, with the texts that say what it is. */
function pages() {
  const out = new Map();
  const add = (id, ...texts) => {
    const list = out.get(id) ?? [];
    for (const t of texts.flat()) if (typeof t === 'string' && t.trim()) list.push(t);
    out.set(id, list);
  };
  for (const r of [shippedRoadmap(), spanishRoadmap()]) {
    for (const p of r.phases) {
      for (const s of [...p.skills, ...p.practice]) add(`skill:${s.id}`, s.title, s.aliases ?? [], s.keywords ?? [], s.summary, s.asks ?? []);
    }
    for (const f of r.faqs) add(`faq:${f.id}`, f.question, f.keywords ?? [], f.asks ?? []);
    for (const l of r.careers.levels) add(`level:${l.id}`, `${l.title}: ${l.role}`, l.asks ?? []);
    for (const k of ['responsibilities', 'hiring', 'trends', 'tips', 'nextSteps']) for (const s of r[k]) add(`section:${s.id}`, s.title, s.summary, s.asks ?? []);
  }
  add('command:next');
  return out;
}

const phrasingsText = readFileSync(join(here, 'phrasings.json'), 'utf8');
const questionsText = readFileSync(join(here, 'questions.json'), 'utf8');
const phrasings = JSON.parse(phrasingsText).pages;
const questions = JSON.parse(questionsText).questions;

function examples(extraQuestions) {
  const byPage = pages();
  const classes = [...byPage.keys()].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const ex = [];
  for (const [id, texts] of byPage) for (const t of texts) ex.push([t, index.get(id)]);
  for (const [id, { en = [], es = [] }] of Object.entries(phrasings)) {
    if (!index.has(id)) throw new Error(`phrasings.json: ${id} is no page of the roadmap`);
    for (const t of [...en, ...es]) ex.push([t, index.get(id)]);
  }
  for (const q of extraQuestions) if (index.has(q.want)) ex.push([q.q, index.get(q.want)]);
  return { classes, ex };
}

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Softmax regression over sparse binary features, trained with FTRL-proximal (per-coordinate
 *  rates, L1 and L2): the L1 term leaves most weights at exactly 0, so the file stays small. */
function train({ classes, ex }) {
  const C = classes.length;
  // Features seen fewer than minCount times (a pair of words met once) are memory, not knowledge.
  const seen = new Map();
  const all = ex.map(([t, y]) => [read(t), y]);
  for (const [feats] of all) for (const f of feats) seen.set(f, (seen.get(f) ?? 0) + 1);
  const keep = (f) => (seen.get(f) ?? 0) >= (f.includes(' ') ? HYPER.minPair : HYPER.minWord);
  const data = all.map(([f, y]) => [f.filter(keep), y]).filter(([f]) => f.length > 0);
  const Z = new Map();
  const N = new Map();
  const { alpha, beta, l1, l2 } = HYPER;
  const zb = new Float64Array(C);
  const nb = new Float64Array(C);
  const row = (m, f) => m.get(f) ?? (m.set(f, new Float64Array(C)), m.get(f));
  const weight = (z, n) => (Math.abs(z) <= l1 ? 0 : -(z - Math.sign(z) * l1) / ((beta + Math.sqrt(n)) / alpha + l2));
  const random = rng(20261207);
  const order = data.map((_, i) => i);
  const logits = new Float64Array(C);
  const bias = () => Float64Array.from(zb, (z, c) => -z / ((beta + Math.sqrt(nb[c])) / alpha));
  for (let epoch = 0; epoch < HYPER.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const [feats, y] = data[k];
      const rows = feats.map((f) => [row(Z, f), row(N, f)]);
      const b = bias();
      for (let c = 0; c < C; c++) {
        let x = b[c];
        for (const [z, n] of rows) x += weight(z[c], n[c]);
        logits[c] = x;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, logits[c]);
      let sum = 0;
      for (let c = 0; c < C; c++) sum += logits[c] = Math.exp(logits[c] - max);
      for (let c = 0; c < C; c++) {
        const g = logits[c] / sum - (c === y ? 1 : 0);
        const sb = (Math.sqrt(nb[c] + g * g) - Math.sqrt(nb[c])) / alpha;
        zb[c] += g - sb * b[c];
        nb[c] += g * g;
        for (const [z, n] of rows) {
          const w = weight(z[c], n[c]);
          const s = (Math.sqrt(n[c] + g * g) - Math.sqrt(n[c])) / alpha;
          z[c] += g - s * w;
          n[c] += g * g;
        }
      }
    }
  }
  const W = new Map();
  for (const [f, z] of Z) {
    const n = N.get(f);
    W.set(f, Float64Array.from(z, (zc, c) => weight(zc, n[c])));
  }
  return { classes, W, bias: bias() };
}

/** The trained weights as the file holds them: only those that move a page up by at least `prune`
 *  (a word's evidence against a page is mostly evidence for another, which the softmax already weighs). */
function pack({ classes, W, bias }, prune = HYPER.prune) {
  const weights = {};
  for (const [f, raw] of W) {
    // A feature adds the same to every page's score without changing the softmax: shift its row so
    // that its median page gets 0, and most weights are near 0 and can go.
    const sorted = Float64Array.from(raw).sort();
    const median = sorted[Math.floor(classes.length / 2)];
    const w = raw.map((x) => x - median);
    const kept = [];
    for (let c = 0; c < classes.length; c++) if (Math.abs(w[c]) >= prune) kept.push(`${c}:${Math.round(w[c] * HYPER.scale)}`);
    if (kept.length) weights[f] = kept.join(',');
  }
  return { classes, scale: HYPER.scale, bias: [...bias].map((b) => Math.round(b * HYPER.scale)), weights };
}

function figures(model, qs) {
  const m = loadQuestionModel(model);
  let top1 = 0;
  let top3 = 0;
  for (const q of qs) {
    const right = new Set([q.want, ...(q.also ?? [])]);
    const got = [...classify(m, [q.q, ...questionHints(q.q)].join(' '))].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => c);
    if (got[0] && right.has(got[0])) top1++;
    if (got.some((c) => right.has(c))) top3++;
  }
  return `${qs.length} questions — model alone top-1 ${(top1 / qs.length).toFixed(3)}, top-3 ${(top3 / qs.length).toFixed(3)}`;
}

for (const kv of args.filter((a, i) => args[i - 1] === '--hyper')) for (const part of kv.split(',')) { const [k, v] = part.split('='); HYPER[k] = Number(v); }
const roadmap = shippedRoadmap().id;
const tuning = questions.filter((q) => q.set === 'tuning');
if (folds > 1) {
  const random = rng(7);
  const fold = tuning.map(() => Math.floor(random() * folds));
  let sum1 = 0;
  let sum3 = 0;
  for (let k = 0; k < folds; k++) {
    const model = { roadmap, ...pack(train(examples(tuning.filter((_, i) => fold[i] !== k)))) };
    const held = tuning.filter((_, i) => fold[i] === k);
    const f = questionsFigures(held, (q, lang) => searchRoadmap(lang === 'es' ? spanishRoadmap() : shippedRoadmap(), q, { limit: 10, model }));
    sum1 += f.top1 * f.n;
    sum3 += f.top3 * f.n;
    console.log(`fold ${k + 1}: ${figures(model, held)}; with the word match top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)}`);
  }
  console.log(`cross-validated (${folds} folds, ${tuning.length} questions): search top-1 ${(sum1 / tuning.length).toFixed(3)}, top-3 ${(sum3 / tuning.length).toFixed(3)}`);
} else {
  const used = tuning.filter((q) => q.round !== withoutRound);
  const trainedOn = createHash('sha256').update(phrasingsText).update(JSON.stringify(used.map((q) => [q.q, q.want]))).update(JSON.stringify([...pages()])).update(JSON.stringify(HYPER)).digest('hex').slice(0, 16);
  if (args.includes('--check')) {
    // Whether the shipped model was trained on what the training files hold now.
    const shipped = JSON.parse(readFileSync(outFile, 'utf8')).trainedOn;
    console.log(shipped === trainedOn ? `${outFile} is up to date (${trainedOn})` : `${outFile} was trained on ${shipped}; the training files now give ${trainedOn}: run node test/search/train.mjs`);
    process.exit(shipped === trainedOn ? 0 : 1);
  }
  const trained = train(examples(used));
  if (args.includes('--sweep')) {
    for (const prune of [0.01, 0.3, 0.6]) {
      const m = { roadmap, ...pack(trained, prune) };
      console.log(`prune ${prune}: ${Object.keys(m.weights).length} features, ${(JSON.stringify(m).length / 1024).toFixed(0)} KB; held-out ${figures(m, questions.filter((q) => q.set === 'held-out'))}`);
    }
  }
  const model = pack(trained);
  const file = { roadmap, trainedOn, ...model };
  writeFileSync(outFile, JSON.stringify(file) + '\n');
  console.log(`${outFile}: ${model.classes.length} pages, ${Object.keys(model.weights).length} features, ${(JSON.stringify(file).length / 1024).toFixed(1)} KB`);
  if (withoutRound !== undefined) console.log(`round ${withoutRound}: ${figures(file, tuning.filter((q) => q.round === withoutRound))}`);
  const heldOut = questions.filter((q) => q.set === 'held-out');
  if (heldOut.length) console.log(`held-out: ${figures(file, heldOut)}`);
}

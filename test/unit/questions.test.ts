// Search Roadmap on questions as learners ask them (issue 25): the page each question wants among the
// first hits, on a held-out set of questions the ranking was never tuned on (test/search/questions.json).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { search, searchRoadmap, questionTerms } from '../../src/core/search';
import { questionsFigures, targetOf } from '../search/figures';
import type { Question } from '../search/figures';
import { ROOT, shippedRoadmap, spanishRoadmap } from './fixtures';

const { questions } = JSON.parse(readFileSync(join(ROOT, 'test', 'search', 'questions.json'), 'utf8')) as { questions: Question[] };
const ask = (q: string, lang = 'en') => searchRoadmap(lang === 'es' ? spanishRoadmap() : shippedRoadmap(), q, { limit: 10 });
const first = (q: string, lang = 'en') => ask(q, lang).slice(0, 1).map(targetOf)[0];

suite('search: questions as learners ask them', () => {
  test('the questions of the review: the topic, not the question words', () => {
    assert.equal(first('how do I learn django'), 'skill:django');
    assert.equal(first('how do I write tests'), 'skill:testing');
    assert.equal(first('what should I learn next'), 'command:next');
    assert.equal(first('hash table'), 'skill:data-structures');
    assert.equal(first('qué debería aprender ahora', 'es'), 'command:next');
  });

  test('"learn" is a question word, except where it names a field', () => {
    assert.match(questionTerms('how do I learn machine learning'), /machine learning$/);
    assert.doesNotMatch(questionTerms('how do I learn pandas'), /\blearn\b/);
    assert.doesNotMatch(questionTerms('how do I get started with pandas'), /\b(?:get|started)\b/);
    // The field is what is asked for: its FAQ (how to move into AI/ML, step by step) and its skill first.
    assert.deepEqual(new Set(ask('how do I learn machine learning').slice(0, 2).map(targetOf)), new Set(['faq:move-to-ai-ml', 'skill:scikit-learn']));
    assert.equal(first('learn machine learning'), 'skill:scikit-learn');
  });

  test('code in a question is read as its topic', () => {
    assert.equal(first('what does with open(path) as f do'), 'skill:context-managers');
    assert.equal(first('what is the @ sign above a def'), 'skill:decorators');
  });

  test('Find Skill and Search Roadmap rank skills alike', () => {
    for (const q of ['profiling', 'why is my code slow', 'async', 'how do i test my code', 'orm']) {
      const skillsOnly = searchRoadmap(shippedRoadmap(), q, { limit: 100 }).filter((h) => h.kind === 'skill' || h.kind === 'practice').slice(0, 5).map((h) => h.id);
      assert.deepEqual(skillsOnly, search(shippedRoadmap(), q, { limit: 5 }).map((h) => h.skillId), q);
    }
  });

  // The budget: top-1 ≥ 0.90 and top-3 ≥ 0.97 on questions never tuned on. Seven fresh sets gave
  // 0.66-0.91 / 0.83-0.95 with the word match alone (questions.json's note); round 8, measured once after
  // the question model froze (5d19717), gave 0.91 / 0.99 (0.87 / 0.97 with the word match alone).
  test('held-out questions (never tuned or trained on): top-1 ≥ 0.90, top-3 ≥ 0.97', () => {
    const heldOut = questions.filter((q) => q.set === 'held-out');
    assert.ok(heldOut.length >= 60, `${heldOut.length} held-out questions`);
    const f = questionsFigures(heldOut, ask);
    console.log(`      held-out: ${f.n} questions, top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)} (budget 0.90 / 0.97)`);
    assert.ok(f.top1 >= 0.9 && f.top3 >= 0.97, `top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)}:\n${f.wrong.join('\n')}`);
  });

  // The model is trained on these: a check that training took, not a figure of what it does on new questions.
  test('the tuning questions (rounds 1-7, trained on): top-1 ≥ 0.90, top-3 ≥ 0.97', () => {
    const f = questionsFigures(questions.filter((q) => q.set === 'tuning'), ask);
    console.log(`      tuning: ${f.n} questions, top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)}`);
    assert.ok(f.top1 >= 0.9 && f.top3 >= 0.97, `top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)}:\n${f.wrong.join('\n')}`);
  });
});

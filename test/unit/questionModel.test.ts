// The question model (src/core/questionModel.ts) and how search weighs it: a malformed model knows no
// word, the model applies only to the roadmap it was trained on, a page named exactly stays first, a
// page the words miss comes in by the model, and the shipped model was trained on the files as they are.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { classify, loadQuestionModel, questionFeatures } from '../../src/core/questionModel';
import type { QuestionModelFile } from '../../src/core/questionModel';
import { search, searchRoadmap } from '../../src/core/search';
import { parseRoadmap } from '../../src/core/parseRoadmap';
import { ROOT, minimalRoadmap, shippedRoadmap } from './fixtures';

/** A model that reads "zebra" as the FAQ on salaries and "django" as Testing (wrong on purpose). */
const contrary = (roadmap: string): QuestionModelFile => ({
  roadmap,
  classes: ['faq:salaries', 'skill:testing', 'skill:django'],
  scale: 10,
  bias: [0, 0, 0],
  weights: { zebra: '0:20', django: '1:80' },
});

suite('question model', () => {
  test('features: each word stemmed and each pair of neighbours, accents folded, a pasted page cut', () => {
    assert.deepEqual(questionFeatures('¿Cómo escribo TESTS?'), ['como', 'escribo', 'test', 'como escribo', 'escribo test']);
    assert.ok(questionFeatures(`${'word '.repeat(10_000)}end`).length <= 2);
    assert.deepEqual(questionFeatures('!!! ¿? …'), []);
  });

  test('a malformed model file loads as a model that knows no word, and never throws', () => {
    for (const bad of [{}, { classes: 'x', weights: 5 }, { classes: ['a'], scale: 0, bias: ['x'], weights: { w: '0:abc,9:5,-1:3,:,0' } }, JSON.parse('{"classes":[null],"weights":{"__proto__":"0:5"}}')]) {
      const model = loadQuestionModel(bad as QuestionModelFile);
      for (const probs of [classify(model, 'w'), classify(model, 'anything at all')]) for (const p of probs.values()) assert.ok(Number.isFinite(p));
    }
    assert.equal(classify(loadQuestionModel({ roadmap: 'r', classes: ['a', 'b'], scale: 1, bias: [0, 0], weights: { w: '0:abc' } }), 'w').size, 0);
  });

  test('probabilities sum to 1 over the pages kept, and a question of unknown words gives none', () => {
    const model = loadQuestionModel(contrary('x'));
    const probs = classify(model, 'zebra stripes');
    assert.equal(probs.size, 3);
    assert.ok(Math.abs([...probs.values()].reduce((a, b) => a + b, 0) - 1) < 1e-9);
    assert.equal([...probs].sort((a, b) => b[1] - a[1])[0]![0], 'faq:salaries');
    assert.equal(classify(model, 'nothing known here').size, 0);
  });

  test('a page the words miss comes in by the model; a page named exactly stays first', () => {
    const roadmap = shippedRoadmap();
    const model = contrary(roadmap.id);
    assert.ok(!searchRoadmap(roadmap, 'zebra', { limit: 10, model: null }).some((h) => h.kind === 'faq' && h.id === 'salaries'));
    assert.deepEqual(searchRoadmap(roadmap, 'zebra', { limit: 1, model }).map((h) => `${h.kind}:${h.id}`), ['faq:salaries']);
    // "django" is the Django skill's name: the model's (wrong) pull to Testing does not move it.
    assert.equal(search(roadmap, 'django', { limit: 1, model })[0]!.skillId, 'django');
    assert.equal(searchRoadmap(roadmap, 'django', { limit: 1, model })[0]!.id, 'django');
    // A question that is not a name: the model weighs in (here, wrongly, on purpose).
    assert.ok(search(roadmap, 'django views', { limit: 3, model }).some((h) => h.skillId === 'testing'));
  });

  test('only on the roadmap it was trained on: a custom roadmap ranks by its words alone', () => {
    const custom = parseRoadmap(minimalRoadmap());
    const skill = custom.phases[0]!.skills[0]!.id;
    const model = { ...contrary(custom.id), classes: [`skill:${skill}`, 'skill:testing', 'skill:django'] };
    const other = contrary('another-roadmap');
    const q = 'zebra';
    assert.deepEqual(searchRoadmap(custom, q, { model: other }), searchRoadmap(custom, q, { model: null }));
    assert.deepEqual(search(custom, 'a', { model: other }), search(custom, 'a', { model: null }));
    // The shipped model's classes are the shipped roadmap's: a custom roadmap of another id is untouched.
    assert.deepEqual(searchRoadmap(custom, 'how do i write tests'), searchRoadmap(custom, 'how do i write tests', { model: null }));
    // The same model given the custom roadmap's id does apply: "zebra" finds its skill.
    assert.deepEqual(searchRoadmap(custom, q, { model: null }), []);
    assert.deepEqual(searchRoadmap(custom, q, { model }).map((h) => h.id), [skill]);
  });

  test('the shipped model was trained on the training files as they are now (test/search/train.mjs --check)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'test', 'search', 'train.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});

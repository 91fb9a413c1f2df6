import * as assert from 'node:assert/strict';
import { search, searchRoadmap, normalize } from '../../src/core/search';
import { shortList } from '../../src/core/text';
import { parseRoadmap } from '../../src/core/parseRoadmap';
import { minimalRoadmap, shippedRoadmap } from './fixtures';

const top = (query: string, n = 1) => search(shippedRoadmap(), query, { limit: n }).map((h) => h.skillId);

suite('search: realistic palette queries on the shipped roadmap', () => {
  const cases: [string, string][] = [
    ['django', 'django'],
    ['djnago', 'django'], // a transposition typo
    ['pandsa', 'pandas'],
    ['@property', 'decorators'],
    ['__enter__', 'context-managers'],
    ['async await', 'asyncio'],
    ['k8s', 'kubernetes'],
    ['yield', 'generators'],
    ['pytest', 'testing'],
    ['how do I test my code', 'testing'],
    ['Big-O', 'algorithms'],
    ['lru_cache', 'caching'],
    ['GitHub Actions', 'ci-cd'],
    ['sklearn', 'scikit-learn'],
    ['PEP8', 'code-style'],
    ['Type Hints', 'type-hints'],
    ['dataframe', 'pandas'],
    ['jwt', 'authentication'],
  ];
  for (const [query, expected] of cases) {
    test(`"${query}" → ${expected}`, () => {
      assert.equal(top(query)[0], expected, `top hits: ${top(query, 5).join(', ')}`);
    });
  }

  test('a partial word already finds the skill (typing in the palette)', () => {
    assert.ok(top('kubern', 3).includes('kubernetes'));
    assert.ok(top('metacl', 3).includes('metaclasses'));
  });

  test('results are ordered by score and carry it', () => {
    const hits = search(shippedRoadmap(), 'testing');
    assert.ok(hits.length > 1);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
  });

  test('practice items are findable too', () => {
    assert.equal(top('web scraper')[0], 'build-web-scraper');
  });
});

suite('search: edge cases', () => {
  test('empty, blank and punctuation-only queries match nothing', () => {
    for (const q of ['', '   ', '@@@', '()', '—']) assert.deepEqual(search(shippedRoadmap(), q), []);
  });

  test('stop words alone match nothing but do not hide exact names', () => {
    assert.deepEqual(search(shippedRoadmap(), 'how to'), []);
    assert.equal(top('with')[0], 'context-managers'); // "with" is an alias of context managers
  });

  test('case and punctuation do not matter', () => {
    assert.deepEqual(top('FASTAPI!', 3), top('fastapi', 3));
  });

  test('hostile or huge input never throws', () => {
    const r = shippedRoadmap();
    for (const q of ['\u0000\uffff', '😀 decorators', 'a'.repeat(10000), '.*+?^${}()|[]\\', '<script>alert(1)</script>']) {
      assert.ok(Array.isArray(search(r, q)));
    }
    assert.equal(search(r, '😀 decorators')[0]?.skillId, 'decorators');
  });

  test('works on any roadmap, not just the shipped one', () => {
    const r = parseRoadmap(minimalRoadmap());
    assert.equal(search(r, 'summary of b2')[0]?.skillId, 'b2');
    assert.equal(search(r, 'a1')[0]?.skillId, 'a1');
  });

  test('normalize folds accents, case and symbols', () => {
    assert.equal(normalize('  Café__Enter__ @Property!! '), 'cafe enter property');
  });
});

suite('search roadmap: everything the roadmap holds', () => {
  const r = shippedRoadmap();
  const kinds = (q: string, n = 5) => searchRoadmap(r, q, { limit: n }).map((h) => `${h.kind}:${h.id}`);

  test('"salary" finds the career levels with their salaries and the FAQ on earnings', () => {
    const hits = searchRoadmap(r, 'salary', { limit: 6 });
    const top4 = hits.slice(0, 4).map((h) => `${h.kind}:${h.id}`).sort();
    assert.deepEqual(top4, ['faq:salaries', 'level:entry', 'level:mid', 'level:senior'], kinds('salary', 6).join());
    assert.ok(hits.filter((h) => h.kind === 'level').every((h) => /\$/.test(h.detail)), 'the salary range is shown');
  });

  test('each kind of content is found by words of its own', () => {
    const cases: [string, string][] = [
      ['Qiskit', 'trend:'],
      ['interviews', 'faq:interviews'],
      ['Fluent Python', 'resource:'],
      ['microservices', 'job:'],
      ['djnago', 'skill:django'],
      ['web scraper', 'practice:'],
      ['hours a week', ''],
    ];
    for (const [q, expected] of cases) {
      const got = kinds(q, 3);
      assert.ok(got.length > 0, `${q}: nothing`);
      if (expected) assert.ok(got.some((k) => k.startsWith(expected)), `${q}: ${got.join(', ')}`);
    }
  });

  test('a resource hit carries its URL; empty or punctuation-only queries find nothing', () => {
    const fluent = searchRoadmap(r, 'Fluent Python').find((h) => h.kind === 'resource');
    assert.ok(fluent);
    assert.deepEqual(searchRoadmap(r, ''), []);
    assert.deepEqual(searchRoadmap(r, ' ?! '), []);
  });
});

suite('text: short messages', () => {
  test('whole names only, then "and N more", within the limit', () => {
    assert.equal(shortList(['Decorators']), 'Decorators');
    assert.equal(shortList(['Decorators', 'Generators']), 'Decorators and Generators');
    const many = ['Async programming with asyncio', 'Errors and exceptions', 'Object-oriented programming', 'Logging', 'Type hints'];
    const s = shortList(many, 48);
    assert.ok(s.length <= 48, s);
    assert.match(s, / and \d+ more$/);
    for (const part of s.replace(/ and \d+ more$/, '').split(', ')) assert.ok(many.includes(part), `"${part}" is cut`);
    assert.equal(shortList(['A very long skill title that alone is longer than the limit allows', 'B'], 20), '2 skills');
  });
});

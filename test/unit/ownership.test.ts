// Whose code a line is: blame read, addresses compared, a document's unsaved lines, a notebook's
// cells, the exercise starter, and what goes into the portfolio. Plain Node; the last suite asks a
// real Git (skipped where there is none) so the parser is checked against what Git writes.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseBlamePorcelain, identitiesOf, normalizeEmail, ownerOfBlame, matchLines, documentOwners, cellLineOwner,
  inPortfolio, needsOwnerCheck, ownerPhrase, unknown, UNCOMMITTED, YOURS, STARTER,
} from '../../src/core/ownership';
import type { BlameLine, FileSource, Owner } from '../../src/core/ownership';
import { rng } from './journal.test';

// `git blame --porcelain` of a file: two lines by Ada, one by the learner, one not committed yet.
const ADA = 'df3e2da5e39639a96c8a67aa4981c74915fb788e';
const LEE = '494e4c07b1592403dffb02790e4909471c027c15';
const SAMPLE = `${ADA} 1 1 2\nauthor Ada Lovelace\nauthor-mail <ada@example.com>\nauthor-time 1796620058\nauthor-tz +0000\ncommitter Ada Lovelace\ncommitter-mail <ada@example.com>\ncommitter-time 1796620058\ncommitter-tz +0000\nsummary one\nboundary\nfilename models.py\n\tsquare = lambda x: x * x\n${ADA} 2 2\n\tcube = lambda x: x ** 3\n${LEE} 3 3 1\nauthor Lee Learner\nauthor-mail <Lee@Example.com>\nauthor-time 1796620058\nauthor-tz +0000\ncommitter Lee Learner\ncommitter-mail <Lee@Example.com>\ncommitter-time 1796620058\ncommitter-tz +0000\nsummary two\nprevious ${ADA} models.py\nfilename models.py\n\tmine = lambda y: y + 1\n${'0'.repeat(40)} 4 4 1\nauthor Not Committed Yet\nauthor-mail <not.committed.yet>\nauthor-time 1796620064\nauthor-tz +0000\ncommitter Not Committed Yet\ncommitter-mail <not.committed.yet>\ncommitter-time 1796620064\ncommitter-tz +0000\nsummary Version of models.py from models.py\nprevious ${LEE} models.py\nfilename models.py\n\tdraft = lambda: 0\n`;
const me = identitiesOf('lee@example.com', []);
const kinds = (owners: readonly Owner[]) => owners.map((o) => (o.kind === 'theirs' ? `theirs:${o.starter ? 'starter' : o.name}` : o.kind === 'unknown' ? `unknown:${o.why}` : o.uncommitted ? 'yours:uncommitted' : 'yours'));

suite('ownership: reading git blame', () => {
  test('porcelain: every line with its commit, author and text; a commit\'s author given once counts for all its lines', () => {
    const lines = parseBlamePorcelain(SAMPLE)!;
    assert.deepEqual(lines.map((l) => [l.commit.slice(0, 7), l.name, l.email, l.text]), [
      ['df3e2da', 'Ada Lovelace', 'ada@example.com', 'square = lambda x: x * x'],
      ['df3e2da', 'Ada Lovelace', 'ada@example.com', 'cube = lambda x: x ** 3'],
      ['494e4c0', 'Lee Learner', 'Lee@Example.com', 'mine = lambda y: y + 1'],
      ['0000000', 'Not Committed Yet', 'not.committed.yet', 'draft = lambda: 0'],
    ]);
    assert.deepEqual(kinds(lines.map((l) => ownerOfBlame(l, me))), ['theirs:Ada Lovelace', 'theirs:Ada Lovelace', 'yours', 'yours:uncommitted']);
    assert.deepEqual(parseBlamePorcelain(''), [], 'an empty file');
    // CRLF files: the text as the editor has it, without the \r.
    assert.equal(parseBlamePorcelain(`${LEE} 1 1 1\nauthor A\nauthor-mail <a@b>\n\tx = 1\r\n`)![0]!.text, 'x = 1');
  });

  test('output that is not porcelain, or misses or repeats a line, is not trusted at all', () => {
    for (const bad of [
      'fatal: no such path \'x.py\' in HEAD',
      `${ADA} 1 1 1\nauthor A\n`, // no text line
      `${ADA} 1 2 1\nauthor A\nauthor-mail <a@b>\n\tsecond line only\n`, // line 1 missing
      `${ADA} 1 1 1\n\tx\n${ADA} 1 1\n\tx again\n`, // line 1 twice
      `${ADA.slice(1)} 1 1 1\n\tx\n`, // not a commit
    ]) assert.equal(parseBlamePorcelain(bad), undefined, bad);
  });

  test('addresses: Git\'s and the listed ones, in any case, with or without angle brackets; anything else in the list is ignored', () => {
    assert.equal(normalizeEmail(' <Lee@Example.COM> '), 'lee@example.com');
    const ids = identitiesOf('Lee@Example.com', ['<12345+lee@users.noreply.github.com>', 42, null, '', '   ', 'OLD@school.edu']);
    assert.deepEqual([...ids].sort(), ['12345+lee@users.noreply.github.com', 'lee@example.com', 'old@school.edu']);
    assert.deepEqual([...identitiesOf(undefined, 'lee@example.com')], [], 'a string is not a list');
    assert.equal(identitiesOf(undefined, Array.from({ length: 500 }, (_, i) => `a${i}@x`)).size, 100, 'at most 100');
    const old: BlameLine = { commit: ADA, name: 'Lee at school', email: 'old@school.edu', text: '' };
    assert.equal(ownerOfBlame(old, ids).kind, 'yours');
    assert.equal(ownerOfBlame(old, me).kind, 'theirs');
  });
});

suite('ownership: lines of a document against its saved file', () => {
  const lcs = (a: string[], b: string[]) => {
    const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    return t[0]![0]!;
  };
  const valid = (a: string[], b: string[], map: Int32Array) => {
    let last = -1;
    let n = 0;
    map.forEach((i, j) => {
      if (i < 0) return;
      assert.equal(a[i], b[j], `line ${j} matched to a different line`);
      assert.ok(i > last, 'in order, each base line once');
      last = i;
      n++;
    });
    return n;
  };

  test('unchanged lines find their line; inserted and changed ones find none', () => {
    const base = ['a', 'b', 'c', 'd', 'e'];
    assert.deepEqual([...matchLines(base, base)], [0, 1, 2, 3, 4]);
    assert.deepEqual([...matchLines(base, ['new', 'a', 'b', 'c', 'd', 'e'])], [-1, 0, 1, 2, 3, 4]);
    assert.deepEqual([...matchLines(base, ['a', 'b', 'C', 'd', 'e'])], [0, 1, -1, 3, 4]);
    assert.deepEqual([...matchLines(base, ['a', 'e'])], [0, 4]);
    assert.deepEqual([...matchLines([], ['x'])], [-1]);
    assert.deepEqual([...matchLines(base, [])], []);
  });

  test('the match is a longest common subsequence (property, 300 seeds), and stays valid past the edit limit', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const words = ['x', 'y', 'z', 'w', '', 'return x'];
      const a = Array.from({ length: Math.floor(r() * 30) }, () => words[Math.floor(r() * words.length)]!);
      const b = a.filter(() => r() > 0.2).flatMap((l) => (r() < 0.2 ? [l, words[Math.floor(r() * words.length)]!] : [l]));
      assert.equal(valid(a, b, matchLines(a, b)), lcs(a, b), `seed ${seed}`);
      valid(a, b, matchLines(a, b, 0)); // greedy: not always longest, always valid
    }
  });

  test('a large file with scattered edits is matched quickly', () => {
    const base = Array.from({ length: 50_000 }, (_, i) => `line ${i}`);
    const current = base.map((l, i) => (i % 997 === 0 ? `${l} changed` : l));
    const t = performance.now();
    const map = matchLines(base, current);
    const ms = performance.now() - t;
    assert.equal([...map].filter((i) => i < 0).length, Math.ceil(50_000 / 997));
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
    const t2 = performance.now();
    matchLines(base, [...base].reverse()); // as different as it gets: the greedy fallback
    assert.ok(performance.now() - t2 < 2000);
  });

  test('a document\'s lines: unchanged ones keep their blame, edits not saved yet are the learner\'s', () => {
    const source: FileSource = { kind: 'blame', lines: parseBlamePorcelain(SAMPLE)! };
    const now = ['# a comment typed above', 'square = lambda x: x * x', 'cube = lambda x: x ** 3', 'mine = lambda y: y + 1', 'draft = lambda: 0', 'typed = lambda: 1'];
    assert.deepEqual(kinds(documentOwners(now, source, me)), ['yours:uncommitted', 'theirs:Ada Lovelace', 'theirs:Ada Lovelace', 'yours', 'yours:uncommitted', 'yours:uncommitted']);
    // Ada's line changed in the editor: now the learner's change.
    assert.deepEqual(kinds(documentOwners(['square = lambda x: x ** 2', 'cube = lambda x: x ** 3'], source, me)), ['yours:uncommitted', 'theirs:Ada Lovelace']);
    // The learner lists Ada's address (it was theirs, under another name).
    assert.deepEqual(kinds(documentOwners(['cube = lambda x: x ** 3'], source, identitiesOf('lee@example.com', ['ADA@example.com']))), ['yours']);
    assert.deepEqual(kinds(documentOwners(['x', 'y'], { kind: 'uncommitted' }, me)), ['yours:uncommitted', 'yours:uncommitted']);
    assert.deepEqual(kinds(documentOwners(['x'], { kind: 'unknown', why: 'web' }, me)), ['unknown:web']);
  });

  test('an exercise file: lines as the starter has them are the starter\'s even when committed or not tracked; what the learner changed is theirs', () => {
    const starter = ['def flatten(items):', '    """Return a new flat list."""', '    raise NotImplementedError("write flatten")'];
    assert.deepEqual(kinds(documentOwners(starter, { kind: 'uncommitted' }, me, starter)), ['theirs:starter', 'theirs:starter', 'theirs:starter']);
    const solved = ['def flatten(items):', '    """Return a new flat list."""', '    out = []', '    raise ValueError("not a list")'];
    assert.deepEqual(kinds(documentOwners(solved, { kind: 'uncommitted' }, me, starter)), ['theirs:starter', 'theirs:starter', 'yours:uncommitted', 'yours:uncommitted']);
    // Committed by the learner as it was started: blame names them, but the starter wrote it.
    const committed: FileSource = { kind: 'blame', lines: starter.map((text) => ({ commit: LEE, name: 'Lee', email: 'lee@example.com', text })) };
    assert.deepEqual(kinds(documentOwners(starter, committed, me, starter)), ['theirs:starter', 'theirs:starter', 'theirs:starter']);
    // No Git: the starter's lines are still known to be the starter's; the rest is not known.
    assert.deepEqual(kinds(documentOwners(solved, { kind: 'unknown', why: 'no-git' }, me, starter)), ['theirs:starter', 'theirs:starter', 'unknown:no-git', 'unknown:no-git']);
  });
});

suite('ownership: notebook cells', () => {
  // One JSON string per line, as Jupyter writes; and a compact notebook, several cell lines on one file line.
  const file = ['{', ' "cells": [', '  {', '   "cell_type": "code",', '   "source": [', '    "import pandas as pd\\n",', '    "df = pd.read_csv(\\"é.csv\\")"', '   ]', '  },',
    '  {"cell_type": "code", "source": ["x = 1\\n", "squares = {n: n * n for n in range(5)}"]},', '  {"cell_type": "code", "source": "a = 2\\nb = 3"}', ' ]', '}'];
  const blame = (emailOf: (i: number) => string): FileSource => ({ kind: 'blame', lines: file.map((text, i) => ({ commit: emailOf(i) === 'none' ? '0'.repeat(40) : ADA, name: emailOf(i), email: emailOf(i), text })) });

  test('a cell line takes the blame of the file line whose JSON holds it, whole; not in the saved file, it is an unsaved change or not known', () => {
    const theirs = blame(() => 'ada@example.com');
    assert.deepEqual(kinds([cellLineOwner('import pandas as pd', theirs, me, false)]), ['theirs:ada@example.com']);
    assert.deepEqual(kinds([cellLineOwner('df = pd.read_csv("é.csv")', blame((i) => (i === 6 ? 'lee@example.com' : 'ada@example.com')), me, false)]), ['yours']);
    // Several lines on one file line, and a source kept as one string.
    const compact = blame((i) => (i >= 9 ? 'lee@example.com' : 'ada@example.com'));
    for (const line of ['x = 1', 'squares = {n: n * n for n in range(5)}', 'a = 2', 'b = 3']) assert.deepEqual(kinds([cellLineOwner(line, compact, me, false)]), ['yours'], line);
    // A part of a line is not that line.
    assert.deepEqual(kinds([cellLineOwner('import pandas', theirs, me, false)]), ['unknown:failed']);
    assert.deepEqual(kinds([cellLineOwner('n * n', theirs, me, false)]), ['unknown:failed']);
    assert.deepEqual(kinds([cellLineOwner('typed just now', theirs, me, true)]), ['yours:uncommitted']);
    assert.deepEqual(kinds([cellLineOwner('typed just now', theirs, me, false)]), ['unknown:failed']);
    assert.deepEqual(kinds([cellLineOwner('x', { kind: 'unknown', why: 'restricted' }, me, true)]), ['unknown:restricted']);
    assert.deepEqual(kinds([cellLineOwner('x', { kind: 'uncommitted' }, me, false)]), ['yours:uncommitted']);
  });
});

suite('ownership: the portfolio lists the learner\'s places only', () => {
  const place = { path: 'app/models.py', line: 107, date: '2026-12-01' };
  test('known when recorded, or asked again for places recorded before it was kept; an exercise pass counts', () => {
    assert.equal(inPortfolio({ ...place, own: true }), true);
    assert.equal(inPortfolio({ ...place, own: true }, { kind: 'theirs', name: 'Ada' }), true, 'what was known when it was marked stands');
    assert.equal(inPortfolio({ ...place, own: false }, YOURS), false);
    assert.equal(inPortfolio(place), false, 'from before, not known now: left out');
    assert.equal(inPortfolio(place, unknown('no-git')), false);
    assert.equal(inPortfolio(place, { kind: 'theirs', name: 'Ada' }), false, 'the issue: someone else\'s lambda, marked from the hover before this version');
    assert.equal(inPortfolio(place, UNCOMMITTED), true);
    assert.equal(inPortfolio({ ...place, label: 'passed Flatten nested lists' }), true);
    assert.deepEqual([needsOwnerCheck(place), needsOwnerCheck({ ...place, own: false }), needsOwnerCheck({ ...place, label: 'passed x' })], [true, false, false]);
  });

  test('what the learner reads about a line that is not theirs names who wrote it, or why it is not known', () => {
    assert.equal(ownerPhrase({ kind: 'theirs', name: 'Ada Lovelace', email: 'ada@example.com' }), 'written by someone else (Ada Lovelace <ada@example.com>)');
    assert.match(ownerPhrase(STARTER), /from the exercise, as Python Roadmap wrote it/);
    for (const why of ['no-git', 'web', 'restricted', 'virtual', 'outside', 'ignored', 'untitled', 'too-large', 'pending', 'failed'] as const) {
      assert.match(ownerPhrase(unknown(why)), /^not known to be yours/, why);
    }
  });
});

suite('ownership: against a real Git', () => {
  let git = true;
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
  } catch {
    git = false;
  }

  test('two authors and an unsaved line, read from what Git writes', function () {
    if (!git) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-blame-'));
    try {
      const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
      run('init', '-q');
      writeFileSync(join(dir, 'models.py'), 'square = lambda x: x * x\n');
      run('add', '.');
      run('-c', 'user.name=Ada Lovelace', '-c', 'user.email=ada@example.com', 'commit', '-qm', 'Ada');
      appendFileSync(join(dir, 'models.py'), 'mine = lambda y: y + 1\n');
      run('add', '.');
      run('-c', 'user.name=Lee', '-c', 'user.email=LEE@example.com', 'commit', '-qm', 'Lee');
      appendFileSync(join(dir, 'models.py'), 'saved = lambda: 0\n');
      const lines = parseBlamePorcelain(run('blame', '--porcelain', '--', 'models.py'));
      assert.ok(lines);
      const now = ['square = lambda x: x * x', 'mine = lambda y: y + 1', 'saved = lambda: 0', 'typed = lambda: 1'];
      assert.deepEqual(kinds(documentOwners(now, { kind: 'blame', lines }, me)), ['theirs:Ada Lovelace', 'yours', 'yours:uncommitted', 'yours:uncommitted']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

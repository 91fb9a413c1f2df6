// Every skill page teaches the first step (issue 25): for each skill of phases 1-4, a lesson in plain
// words, a worked example that runs with the machine's Python and prints what the page says, the
// mistakes learners make, and resources that are the page about the topic (official documentation
// among them), never a bare home page without a reason.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseRoadmap } from '../../src/core/parseRoadmap';
import type { Lesson, Roadmap } from '../../src/core/roadmap';
import { highlightExample } from '../../src/core/detect/highlight';
import { applyOverlay } from '../../src/core/overlay';

const root = join(__dirname, '..', '..', '..');
const raw = JSON.parse(readFileSync(join(root, 'data', 'roadmap.json'), 'utf8'));
const roadmap: Roadmap = parseRoadmap(raw);
/** The phases whose skills teach (the fifth, continuous growth, is habits: reading PEPs, books, community). */
const TAUGHT = roadmap.phases.slice(0, 4);
const skills = TAUGHT.flatMap((p) => p.skills);
const practice = TAUGHT.flatMap((p) => p.practice);
const resources = new Map(roadmap.resources.map((r) => [r.id, r]));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The machine's Python: $PYTHON, else Debian's (where `npm test`'s set-up installs the libraries examples use), else python3. */
const PYTHON = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

function run(file: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, timeout: 180_000, maxBuffer: 1 << 20, env: { ...process.env, MPLBACKEND: 'Agg', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
const trimLines = (s: string) => s.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n');

suite('lessons: every skill page of phases 1-4 teaches', () => {
  test('a lesson for every skill: plain words, a worked example, two mistakes or more', () => {
    const short: string[] = [];
    for (const s of skills) {
      const l = s.lesson;
      if (!l) { short.push(`${s.id}: no lesson`); continue; }
      if (words(l.explanation) < 60) short.push(`${s.id}: explanation of ${words(l.explanation)} words`);
      if (!l.example) short.push(`${s.id}: no example`);
      if ((l.mistakes ?? []).length < 2) short.push(`${s.id}: ${(l.mistakes ?? []).length} mistakes`);
    }
    assert.deepEqual(short, []);
  });

  test('two resources or more, official documentation among them, and no bare home page without a reason', () => {
    const wrong: string[] = [];
    for (const item of [...skills, ...practice]) {
      const linked = (item.resources ?? []).map((id) => resources.get(id)!);
      if (item.lesson && linked.length < 2) wrong.push(`${item.id}: ${linked.length} resources`);
      // A skill code cannot show (mentoring, leadership, code review…) has no official documentation to link.
      const soft = /cannot show/i.test(item.evidence ?? '');
      if (skills.includes(item as never) && !soft && !linked.some((r) => r.kind === 'docs')) wrong.push(`${item.id}: no official documentation`);
      for (const r of linked) {
        if (r.url && /^https?:\/\/[^/]+\/?$/.test(r.url) && !r.whyHomePage) wrong.push(`${item.id}: ${r.id} links a home page (${r.url}) and says not why`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('each example runs with the machine\'s Python and prints what its page says (config files parse)', async function () {
    this.timeout(30 * 60_000);
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const failures: string[] = [];
    const compiledOnly: string[] = [];
    const lessons: [string, Lesson][] = [...skills, ...practice].filter((s) => s.lesson?.example).map((s) => [s.id, s.lesson!]);
    try {
      const importable = new Map<string, Promise<boolean>>();
      const has = (m: string) => {
        // From an empty folder: a folder named like the module next to it would be imported instead.
        if (!importable.has(m)) importable.set(m, run(PYTHON, ['-c', `import ${m}`], empty).then((r) => r.code === 0));
        return importable.get(m)!;
      };
      // Two at a time: the machine has two cores.
      let next = 0;
      const worker = async () => {
        while (next < lessons.length) {
          const [id, lesson] = lessons[next++]!;
          const ex = lesson.example!;
          // Each in a folder of its own, under a name no library has (a file named numpy.py would shadow NumPy).
          const own = join(dir, `ex-${id}`);
          mkdirSync(own);
          const file = join(own, ex.file ? basename(ex.file) : `example.${ex.language === 'python' ? 'py' : ex.language}`);
          writeFileSync(file, ex.code);
          if (ex.language === 'python') {
            const missing = [];
            for (const m of ex.requires ?? []) if (!(await has(m))) missing.push(m);
            if (missing.length) {
              // A library this machine lacks (`npm test`'s set-up installs Debian's where it can): compiled, not run.
              const r = await run(PYTHON, ['-m', 'py_compile', file], own);
              if (r.code) failures.push(`${id}: does not compile: ${r.stderr.slice(-300)}`);
              else compiledOnly.push(`${id} (${missing.join(', ')})`);
              continue;
            }
            const r = await run(PYTHON, [file], own);
            if (r.code) failures.push(`${id}: exit ${r.code}: ${r.stderr.slice(-400)}`);
            else if (trimLines(r.stdout) !== trimLines(ex.output ?? '')) failures.push(`${id}: prints\n${r.stdout}\nbut the page says\n${ex.output}`);
          } else if (ex.language === 'toml') {
            const r = await run(PYTHON, ['-c', 'import sys, tomllib; tomllib.loads(open(sys.argv[1]).read())', file], dir);
            if (r.code) failures.push(`${id}: TOML does not parse: ${r.stderr.slice(-300)}`);
          } else if (ex.language === 'yaml' && (await has('yaml'))) {
            const r = await run(PYTHON, ['-c', 'import sys, yaml; list(yaml.safe_load_all(open(sys.argv[1])))', file], dir);
            if (r.code) failures.push(`${id}: YAML does not parse: ${r.stderr.slice(-300)}`);
          }
        }
      };
      await Promise.all([worker(), worker()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (compiledOnly.length) console.log(`      compiled, not run (library not installed for ${PYTHON}): ${compiledOnly.join(', ')}`);
    assert.deepEqual(failures, []);
    assert.ok(lessons.length >= skills.length, `${lessons.length} examples`);
  });

  test('the example is highlighted as Python, and nothing of the code is lost or added', () => {
    for (const s of skills) {
      const ex = s.lesson?.example;
      if (!ex) continue;
      const spans = highlightExample(ex.code, ex.language);
      assert.equal(spans.map(([t]) => t).join(''), ex.code, s.id);
      if (ex.language === 'python') assert.ok(spans.some(([, k]) => k === 'keyword' || k === 'string' || k === 'definition'), `${s.id}: no token highlighted`);
    }
    assert.deepEqual(highlightExample('def f():\n    return "x"  # note', 'python').filter(([, k]) => k).map(([t, k]) => `${k}:${t}`), ['keyword:def', 'definition:f', 'keyword:return', 'string:"x"', 'comment:# note']);
    assert.deepEqual(highlightExample('[tool.ruff]\nline-length = 100', 'toml'), [['[tool.ruff]\nline-length = 100', '']]);
  });

  test('every lesson is in Spanish too: its explanation, each mistake and its caption', () => {
    const es = JSON.parse(readFileSync(join(root, 'data', 'l10n', 'roadmap.es.json'), 'utf8'));
    const result = applyOverlay(raw, es);
    const missing = result.coverage.missing.filter((p) => /\.lesson\./.test(p));
    assert.deepEqual(missing, []);
  });
});

import * as assert from 'node:assert/strict';
import { excludeGlob, gitignoreFilter, SCAN_ALWAYS_EXCLUDE } from '../../src/core/scan';
import type { ScanResult } from '../../src/core/scan';
import { summarizeSeen, linesLabel } from '../../src/core/skillsSeen';
import { buildPage } from '../../src/core/pages';
import type { ScanPage } from '../../src/core/pages';
import { parseRecord } from '../../src/core/progress';
import { evidencePlace, localDate } from '../../src/core/evidence';
import { parseFromWebview, isPageRef } from '../../src/webview/protocol';
import { detectSkills } from '../../src/core/detect';
import type { Status } from '../../src/core/progress';
import { shippedRoadmap } from './fixtures';

const r = shippedRoadmap();

suite('scan: which files are read', () => {
  test('each .gitignore applies below its own folder, with negation and folder patterns', () => {
    const ignored = gitignoreFilter([
      { dir: '', content: '# build output\nbuild/\n*.generated.py\n!keep.generated.py\n' },
      { dir: 'services/api', content: 'fixtures/\n' },
    ]);
    assert.equal(ignored('build/x.py'), true);
    assert.equal(ignored('src/build/x.py'), true, 'a folder pattern without a slash matches at any depth');
    assert.equal(ignored('models.generated.py'), true);
    assert.equal(ignored('keep.generated.py'), false);
    assert.equal(ignored('services/api/fixtures/data.py'), true);
    assert.equal(ignored('services/web/fixtures/data.py'), false, 'a nested .gitignore does not apply to its siblings');
    assert.equal(ignored('app.py'), false);
  });

  test('an unreadable pattern is skipped, not fatal', () => {
    const ignored = gitignoreFilter([{ dir: '', content: '[\n\\\ncache/\n' }]);
    assert.equal(ignored('cache/a.py'), true);
    assert.equal(ignored('a.py'), false);
  });

  test('files.exclude entries set to true join the always-excluded folders', () => {
    const glob = excludeGlob({ '**/.git': true, '**/dist': true, '**/off': false, '**/when': { when: '$(basename).ts' } });
    assert.ok(glob.startsWith('{') && glob.endsWith('}'));
    const parts = glob.slice(1, -1).split(',');
    assert.ok(parts.includes('**/dist') && parts.includes('**/.git'));
    assert.ok(!parts.includes('**/off') && !parts.includes('**/when'));
    for (const g of SCAN_ALWAYS_EXCLUDE) assert.ok(parts.includes(g), g);
    assert.equal(excludeGlob(undefined), `{${SCAN_ALWAYS_EXCLUDE.join(',')}}`);
  });
});

suite('scan: report and skills seen', () => {
  const found = [
    { path: 'app.py', detections: detectSkills('import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    await asyncio.sleep(2)\nclass A:\n    def f(self): return self.x\n', 'app.py') },
    { path: 'lib/util.py', detections: detectSkills('class B(Base):\n    def __str__(self): return self.message\n', 'lib/util.py') },
    { path: 'Dockerfile', detections: detectSkills('FROM python:3.12\n', 'Dockerfile') },
    { path: 'README.md', detections: [{ skillId: 'not-a-skill', line: 1, evidence: 'x' }] },
  ];
  const statuses: Record<string, Status> = { oop: 'learned', docker: 'skipped' };
  const statusOf = (id: string): Status => statuses[id] ?? 'none';

  test('skills are grouped with their files and places; unknown ids are dropped; learned ones last', () => {
    const seen = summarizeSeen(r, found, statusOf);
    const ids = seen.map((s) => s.skillId);
    assert.ok(!ids.includes('not-a-skill'));
    assert.equal(ids[ids.length - 1], 'oop', 'learned last');
    const oop = seen.find((s) => s.skillId === 'oop')!;
    assert.equal(oop.files, 2);
    assert.deepEqual(oop.places.map((p) => `${p.path}:${p.line}`), ['app.py:6', 'lib/util.py:1']);
    const asyncio = seen.find((s) => s.skillId === 'asyncio')!;
    assert.deepEqual(asyncio.places.map((p) => p.line), [1, 3, 4]);
    assert.equal(asyncio.title, 'Async programming with asyncio');
  });

  test('the scan page counts what there is to mark (not learned, not skipped)', () => {
    const scan: ScanResult = { date: '2026-11-22', filesFound: 5, filesRead: 4, capped: false, cancelled: false, tooLarge: 1, found };
    const records = (id: string) => (statuses[id] ? { status: statuses[id]!, changed: '2026-11-22T00:00:00Z' } : undefined);
    const page = buildPage(r, { kind: 'scan' }, records, scan) as ScanPage;
    assert.equal(page.kind, 'scan');
    assert.equal(page.scan!.filesWithSkills, 4);
    assert.equal(page.scan!.tooLarge, 1);
    assert.deepEqual(page.skills.map((s) => s.id).sort(), ['asyncio', 'docker', 'oop'].sort());
    assert.deepEqual(page.toMark, { learning: 1, learned: 1 }, 'asyncio; oop is learned and docker skipped');
    const empty = buildPage(r, { kind: 'scan' }, records) as ScanPage;
    assert.equal(empty.scan, undefined);
  });

  test('mentions (below the evidence standard) are never a place, a skill found, a file showing skills or something to mark', () => {
    const mention = (skillId: string, line: number) => ({ skillId, line, evidence: 'numpy', reason: 'imports numpy', mention: true as const });
    const withMentions = [
      ...found,
      // Only mentioned: not a file that shows a skill, and numpy is not found.
      { path: 'requirements.txt', detections: [mention('numpy', 1), mention('testing', 2)] },
      // A mention beside a real place of the same skill: the real one counts, the mention is not listed.
      { path: 'lib/more.py', detections: [mention('asyncio', 1)] },
    ];
    const seen = summarizeSeen(r, withMentions, statusOf);
    assert.ok(!seen.some((x) => x.skillId === 'numpy' || x.skillId === 'testing'), seen.map((x) => x.skillId).join());
    const asyncio = seen.find((x) => x.skillId === 'asyncio')!;
    assert.deepEqual(asyncio.places.map((p) => `${p.path}:${p.line}`), ['app.py:1', 'app.py:3', 'app.py:4']);
    assert.equal(asyncio.files, 1);
    const scan: ScanResult = { date: '2026-11-22', filesFound: 7, filesRead: 6, capped: false, cancelled: false, tooLarge: 0, found: withMentions };
    const records = (id: string) => (statuses[id] ? { status: statuses[id]!, changed: '2026-11-22T00:00:00Z' } : undefined);
    const page = buildPage(r, { kind: 'scan' }, records, scan) as ScanPage;
    assert.equal(page.scan!.filesWithSkills, 4, 'the files with mentions only are not counted');
    assert.deepEqual(page.skills.map((s) => s.id).sort(), ['asyncio', 'docker', 'oop'].sort());
    assert.deepEqual(page.toMark, { learning: 1, learned: 1 });
  });

  test('line labels read naturally', () => {
    const p = (line: number, cell?: number) => ({ path: '', line, evidence: '', ...(cell !== undefined ? { cell } : {}) });
    assert.equal(linesLabel([p(3)]), 'line 3');
    assert.equal(linesLabel([p(3), p(12)]), 'lines 3 and 12');
    assert.equal(linesLabel([p(3), p(12), p(40), p(41), p(50)]), 'lines 3, 12, 40 and 2 more');
    // The same place format as the skill page's evidence ("cell 1, line 2"), never "cell:line 1:2".
    assert.equal(linesLabel([p(2, 0)]), 'cell 1, line 2');
    assert.equal(evidencePlace({ path: 'a.ipynb', line: 2, cell: 0, date: '' }), 'a.ipynb, cell 1, line 2');
    assert.equal(linesLabel([p(2, 0), p(5, 3)]), 'cell 1, line 2 and cell 4, line 5');
  });
});

suite('evidence: records, places and messages', () => {
  test('stored evidence may name a notebook cell; a malformed cell makes the record unreadable', () => {
    const ok = parseRecord({ status: 'learning', changed: 'x', evidence: [{ path: 'nb.ipynb', line: 2, date: '2026-11-22', cell: 3 }] });
    assert.ok('record' in ok);
    assert.deepEqual(ok.record.evidence, [{ path: 'nb.ipynb', line: 2, date: '2026-11-22', cell: 3 }]);
    const bad = parseRecord({ status: 'learning', changed: 'x', evidence: [{ path: 'nb.ipynb', line: 2, date: '2026-11-22', cell: 'three' }] });
    assert.ok('error' in bad && bad.error.startsWith('evidence[0]'));
  });

  test('places read as people count', () => {
    assert.equal(evidencePlace({ path: 'src/app.py', line: 12, date: '' }), 'src/app.py:12');
    assert.equal(evidencePlace({ path: 'nb.ipynb', line: 2, date: '', cell: 0 }), 'nb.ipynb, cell 1, line 2');
    assert.equal(localDate(new Date(2026, 10, 2)), '2026-11-02');
  });

  test('webview messages for the report and evidence are validated', () => {
    assert.ok(isPageRef({ kind: 'scan' }));
    assert.deepEqual(parseFromWebview({ type: 'markScanned', status: 'learned' }), { type: 'markScanned', status: 'learned' });
    assert.equal(parseFromWebview({ type: 'markScanned', status: 'skipped' }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'openEvidence', path: 'nb.ipynb', line: 2, cell: 1 }), { type: 'openEvidence', path: 'nb.ipynb', line: 2, cell: 1 });
    assert.equal(parseFromWebview({ type: 'openEvidence', path: 'a.py', line: 2, cell: '1' }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'rendered', ref: { kind: 'scan' }, heading: 'h', evidence: ['a', 3] }), { type: 'rendered', ref: { kind: 'scan' }, heading: 'h' });
  });
});

suite('scan: .gitignore within bounds', () => {
  test('a 5,000-line .gitignore is cut to its first patterns, and says so', () => {
    const content = Array.from({ length: 5000 }, (_, i) => `generated-${i}/`).join('\n');
    const ignored = gitignoreFilter([{ dir: 'big', content }, { dir: '', content: 'dist/\n' }]);
    assert.deepEqual([...ignored.truncated], ['big/.gitignore']);
    assert.equal(ignored('big/generated-3/x.py'), true, 'the first patterns still apply');
    assert.equal(ignored('big/generated-4999/x.py'), false, 'patterns past the cap are not used');
    assert.equal(ignored('dist/app.py'), true);
    assert.deepEqual([...gitignoreFilter([{ dir: '', content: '# only a comment\n\n*.log\n' }]).truncated], []);
  });
});

// What a finished scan says (issue 26: an empty folder's scan said "0 roadmap skills found in 0 of 0
// files." and nothing about what to do).
import * as assert from 'node:assert/strict';
import { scanSummary } from '../../src/core/skillsSeen';

suite('scan summary', () => {
  test('an empty folder: what the scan reads and what to do, no zero counts, nothing to mark', () => {
    const s = scanSummary({ filesRead: 0, skills: 0, filesWithSkills: 0, notStarted: 0 });
    assert.doesNotMatch(s.text, /\b0\b/);
    assert.match(s.text, /no Python files, notebooks or project files/);
    assert.match(s.text, /Open a project folder/);
    assert.deepEqual([s.offerMark, s.offerReport], [false, false]);
  });

  test('files but no skill: how many were read, in the singular for one, and how skills show', () => {
    assert.match(scanSummary({ filesRead: 1, skills: 0, filesWithSkills: 0, notStarted: 0 }).text, /no roadmap skills found in the 1 file read\. Skills show once code uses them/);
    const many = scanSummary({ filesRead: 12, skills: 0, filesWithSkills: 0, notStarted: 0, capped: true });
    assert.match(many.text, /in the 12 files read\. \(stopped at the 12-file limit\) Skills show/);
    assert.deepEqual([many.offerMark, many.offerReport], [false, true]);
  });

  test('skills found: the counts, and a mark offered only while some are not started', () => {
    const s = scanSummary({ filesRead: 30, skills: 7, filesWithSkills: 5, notStarted: 3 });
    assert.equal(s.text, 'Python Roadmap: 7 roadmap skills found in 5 of 30 files.');
    assert.equal(s.offerMark, true);
    assert.equal(scanSummary({ filesRead: 30, skills: 7, filesWithSkills: 5, notStarted: 0 }).offerMark, false);
    assert.equal(scanSummary({ filesRead: 3, skills: 1, filesWithSkills: 1, notStarted: 1, cancelled: true }).text, 'Python Roadmap: 1 roadmap skill found in 1 of 3 files (cancelled before the end).');
  });
});

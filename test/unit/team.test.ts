import * as assert from 'node:assert/strict';
import { formatTeamFile, memberFileName, parseTeamFile, teamModel } from '../../src/core/team';
import { allSkills } from '../../src/core/roadmap';
import { shippedRoadmap } from './fixtures';

const r = shippedRoadmap();

suite('team: member files', () => {
  test('a member file holds the statuses only (not started left out), reads back, and names its file', () => {
    const text = formatTeamFile('Ada Lovelace', r.id, [['git', 'learned'], ['sql', 'none'], ['docker', 'learning']], new Date('2026-12-01T10:00:00Z'));
    const o = JSON.parse(text);
    assert.deepEqual(Object.keys(o).sort(), ['format', 'member', 'roadmap', 'skills', 'updated', 'version']);
    assert.deepEqual(o.skills, { docker: 'learning', git: 'learned' });
    const back = parseTeamFile(text, 'ada.json');
    assert.ok('file' in back);
    assert.equal(back.file.skills.get('git'), 'learned');
    assert.equal(memberFileName('Ada Lovelace'), 'ada-lovelace.json');
    assert.equal(memberFileName('Zoë Ünal'), 'zoe-unal.json');
    assert.equal(memberFileName('../../etc/passwd'), 'etc-passwd.json', 'a name cannot leave the folder');
    assert.equal(memberFileName('???'), 'member.json');
    const withNotes = JSON.parse(formatTeamFile('A', r.id, [['git', 'learned']], new Date(), new Map([['git', 'rebase -i']])));
    assert.deepEqual(withNotes.notes, { git: 'rebase -i' });
  });

  test('broken files are named with the place, never thrown', () => {
    const good = JSON.parse(formatTeamFile('A', r.id, [['git', 'learned']]));
    const cases: [string, RegExp][] = [
      ['{', /^b\.json: not JSON/],
      [JSON.stringify({ ...good, format: 'x' }), /\$\.format/],
      [JSON.stringify({ ...good, version: 9 }), /\$\.version: version 9/],
      [JSON.stringify({ ...good, member: '' }), /\$\.member/],
      [JSON.stringify({ ...good, skills: { git: 'mastered' } }), /\$\.skills\["git"\]: expected one of/],
      ['x'.repeat(2 * 1024 * 1024), /over the 1 MB/],
    ];
    for (const [text, want] of cases) {
      const res = parseTeamFile(text, 'b.json');
      assert.ok('error' in res && want.test(res.error), JSON.stringify(res).slice(0, 200));
    }
  });

  test('two members: per skill how many learned it and who, per member their progress by phase', () => {
    const items = allSkills(r);
    const [a, b, c] = [items[0]!.id, items[1]!.id, items[2]!.id];
    const ada = parseTeamFile(formatTeamFile('Ada', r.id, [[a, 'learned'], [b, 'learned'], [c, 'learning']]), 'ada.json');
    const bob = parseTeamFile(formatTeamFile('Bob', r.id, [[a, 'learned'], [c, 'skipped']]), 'bob.json');
    const other = parseTeamFile(formatTeamFile('Cy', 'team-onboarding', [['our-git-flow', 'learned']]), 'cy.json');
    assert.ok('file' in ada && 'file' in bob && 'file' in other);
    const m = teamModel(r, [{ file: 'bob.json', member: bob.file }, { file: 'ada.json', member: ada.file }, { file: 'cy.json', member: other.file }, { file: 'bad.json', error: 'bad.json: not JSON' }]);
    assert.deepEqual(m.members.map((x) => [x.name, x.learned, x.total]), [['Ada', 2, items.length], ['Bob', 1, items.length - 1]]);
    assert.equal(m.members[0]!.phases[0]!.learned, 2);
    const row = (id: string) => m.skills.find((x) => x.id === id)!;
    assert.deepEqual(row(a).learned, ['Ada', 'Bob']);
    assert.deepEqual(row(b).learned, ['Ada']);
    assert.deepEqual(row(c).learning, ['Ada']);
    assert.deepEqual(m.otherRoadmap.map((x) => x.member), ['Cy']);
    assert.deepEqual(m.broken.map((x) => x.file), ['bad.json']);
  });
});

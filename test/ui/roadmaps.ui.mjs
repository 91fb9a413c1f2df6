// Custom and team roadmaps as a person sees them: the switcher with the built-in roadmap, a team
// roadmap and a broken one; the team roadmap followed by the tree and its overview; the broken
// file's Problems at their lines; the team page from two member files. Env: SHOT_DIR, SHOT_PREFIX.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench.mjs';

const root = join(import.meta.dirname, '..', '..');
const folder = join(root, 'test', 'fixtures', 'workspace');

export default async function (page, { log }) {
  const { cleanShot: shot, openRoadmapView, row, webview, palette } = workbench(page, log);
  const example = JSON.parse(readFileSync(join(root, 'data', 'examples', 'team-onboarding.roadmap.json'), 'utf8'));
  const broken = { ...example, id: 'platform-team', title: 'Platform team' };
  broken.phases = JSON.parse(JSON.stringify(example.phases));
  broken.phases[0].skills[1].id = 'our-git-flow';
  broken.phases[1].skills[0].prerequisites = ['no-such-skill'];
  const member = (name, skills) => JSON.stringify({ format: 'python-roadmap-team', version: 1, member: name, roadmap: 'team-onboarding', updated: new Date().toISOString(), skills }, null, 2);
  const created = [join(folder, 'team.roadmap.json'), join(folder, 'platform.roadmap.json'), join(folder, '.roadmap')];
  writeFileSync(created[0], JSON.stringify(example, null, 2));
  writeFileSync(created[1], JSON.stringify(broken, null, 2));
  mkdirSync(join(folder, '.roadmap', 'team'), { recursive: true });
  writeFileSync(join(folder, '.roadmap', 'team', 'ada-lovelace.json'), member('Ada Lovelace', { 'our-git-flow': 'learned', 'local-environment': 'learned', 'our-tests': 'learned', 'first-pull-request': 'learned', 'our-apis': 'learning' }));
  writeFileSync(join(folder, '.roadmap', 'team', 'grace-hopper.json'), member('Grace Hopper', { 'our-git-flow': 'learned', 'local-environment': 'learning', 'async-workers': 'learned', containers: 'learned' }));
  writeFileSync(join(folder, '.roadmap', 'team', 'typo.json'), '{ "format": "python-roadmap-team", "version": 1, ');
  try {
    await openRoadmapView();
    await row('1 · Foundations').waitFor({ timeout: 30000 });
    await page.waitForTimeout(1500); // the workspace roadmaps load after the built-in one
    await palette('Python Roadmap: Switch Roadmap…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Team onboarding' }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);
    await shot('1-switcher');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Team onboarding' }).first().click();
    await row('Week 1: the codebase').click();
    await row('Our Git workflow').waitFor();
    await palette('Python Roadmap: Show Overview');
    await webview().locator('h1', { hasText: 'Team onboarding' }).waitFor({ timeout: 30000 });
    await page.waitForTimeout(400);
    await shot('2-custom-roadmap');

    await palette('View: Focus Problems');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'duplicate id' }).first();
    await problem.waitFor({ timeout: 20000 });
    await problem.dblclick(); // opens the file at the line
    await page.locator('.tabs-container .tab', { hasText: 'platform.roadmap.json' }).first().waitFor({ timeout: 10000 });
    await page.waitForTimeout(800);
    await shot('3-problems');
    await page.keyboard.press('Control+J'); // the panel closed again

    await palette('Python Roadmap: Show Team Progress');
    await webview().locator('h1', { hasText: 'Team progress' }).waitFor({ timeout: 30000 });
    await webview().locator('table.team').waitFor();
    await page.waitForTimeout(400);
    await shot('4-team');
  } finally {
    for (const f of created) rmSync(f, { recursive: true, force: true });
  }
}

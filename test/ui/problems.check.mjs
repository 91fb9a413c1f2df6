// A broken roadmap file is shown where it can be fixed, and the message goes when the file is fixed
// (issue 26: a red "could not load … duplicate id" notification outlived its cause). Needs UI_FOLDER,
// the workspace folder the window has open.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench.mjs';
import { checks, until } from './checks.mjs';

export default async function (page, { log }) {
  const { openRoadmapView } = workbench(page, log);
  const { check, done } = checks(page, log);
  const file = join(process.env.UI_FOLDER, 'team.roadmap.json');
  const good = JSON.parse(readFileSync(new URL('../../data/examples/team-onboarding.roadmap.json', import.meta.url), 'utf8'));
  const team = { ...good, id: 'team-check', title: 'Team check' };
  const broken = structuredClone(team);
  broken.phases[0].skills[1].id = broken.phases[0].skills[0].id; // a duplicate id
  const item = page.locator('.part.statusbar .statusbar-item', { hasText: 'team.roadmap.json' });
  const toasts = page.locator('.notifications-toasts .notification-toast', { hasText: 'could not load' });
  await openRoadmapView();
  try {
    await check('a broken roadmap file: a status bar item names it, and no notification', async () => {
      writeFileSync(file, JSON.stringify(broken, null, 2));
      await item.waitFor({ timeout: 30000 });
      await page.waitForTimeout(1000);
      if (await toasts.count()) throw new Error(`a notification: ${await toasts.first().textContent()}`);
    });
    await check('fixed and saved: the status bar item goes, and no notification stays', async () => {
      writeFileSync(file, JSON.stringify(team, null, 2));
      await until(page, async () => (await item.count()) === 0, 'the status bar item stayed after the file was fixed', 30000);
      if (await toasts.count()) throw new Error(`a notification stayed: ${await toasts.first().textContent()}`);
    });
  } finally {
    rmSync(file, { force: true });
  }
  done();
}

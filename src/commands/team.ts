// Team progress through the repository, no server: "Share My Progress with the Team" writes the
// member's own `.roadmap/team/<name>.json` (statuses of the roadmap followed; notes only if they
// opt in), and the team page sums every member file present. Nothing is sent anywhere, nothing is
// written but that one file, and the member commits it themselves. What the commands do is in
// commands/teamFeature.ts, loaded with the pages.
import vscode = require('vscode');
import type { Services } from '../services';
import { pages } from '../chunks';
import { followedRoadmap } from '../roadmaps/roadmaps';
import type { Team, ShareResult } from './teamFeature';

export function registerTeamCommands(context: vscode.ExtensionContext, s: Services, team: () => Team, testHooks: boolean): void {
  context.subscriptions.push(
    { dispose: () => teamCreated && team().dispose() },
    s.command('pythonRoadmap.shareProgress', async (arg?: unknown): Promise<ShareResult> => {
      const hook = testHooks && arg && typeof arg === 'object' ? (arg as { name?: unknown; confirmed?: unknown }) : {};
      teamCreated = true;
      return pages().shareProgress(s, team(), hook);
    }),
    s.command('pythonRoadmap.showTeam', async () => {
      await followedRoadmap(s.roadmaps);
      teamCreated = true;
      await team().read();
      s.panel.show({ kind: 'team' });
    }),
  );
}

let teamCreated = false;

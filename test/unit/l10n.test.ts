// Localisation: every string the code passes to l10n.t is in l10n/bundle.l10n.json (the file
// translators start from, written by `npm run l10n`); every %key% of the manifest has its English
// text in package.nls.json; and with a pseudo-locale bundle (@vscode/l10n-dev) the core's page words come out translated.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as l10n from '@vscode/l10n';
import { buildPage, titleOf, levelSummary } from '../../src/core/pages';
import { describePlan } from '../../src/core/progressFile';
import { describeActivity } from '../../src/core/activity';
import { ROOT, shippedRoadmap } from './fixtures';

type Bundle = Record<string, string | { message: string; comment: string[] }>;
const read = (p: string): Bundle => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

suite('l10n: the strings and their bundles', function () {
  this.timeout(60_000);

  test('l10n/bundle.l10n.json holds exactly the strings the code passes to l10n.t (npm run l10n writes it)', async () => {
    const tool = await import(pathToFileURL(join(ROOT, 'test', 'tools', 'l10n.mjs')).href) as { extract(): Promise<Bundle> };
    const extracted = await tool.extract();
    const shipped = read('l10n/bundle.l10n.json');
    const missing = Object.keys(extracted).filter((k) => !(k in shipped));
    const stale = Object.keys(shipped).filter((k) => !(k in extracted));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'run `npm run l10n`');
    assert.ok(Object.keys(extracted).length > 400, `${Object.keys(extracted).length} strings`);
  });

  test('every %key% in package.json has its text in package.nls.json, and none is unused', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const used = new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!));
    const nls = read('package.nls.json');
    assert.deepEqual([...used].filter((k) => !(k in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), []);
    // Every command title and setting description is a key, not inline English.
    const pkg = JSON.parse(manifest);
    for (const c of pkg.contributes.commands) assert.match(c.title, /^%.+%$/, c.command);
    for (const [k, v] of Object.entries(pkg.contributes.configuration.properties) as [string, { description?: string; markdownDescription?: string }][]) {
      assert.match(v.markdownDescription ?? v.description ?? '', /^%.+%$/, k);
    }
  });

  test('in a pseudo-locale, the core\'s page titles, sentences and summaries come out translated', async () => {
    const dev = await import('@vscode/l10n-dev') as unknown as { getL10nPseudoLocalized(b: Bundle): Bundle };
    const english = read('l10n/bundle.l10n.json');
    const pseudo = dev.getL10nPseudoLocalized(english);
    const roadmap = shippedRoadmap();
    const english0 = [titleOf(roadmap, { kind: 'overview' }), levelSummary(undefined, undefined, 0.8)];
    l10n.config({ contents: pseudo });
    try {
      const texts = [
        titleOf(roadmap, { kind: 'overview' }), titleOf(roadmap, { kind: 'faq' }), titleOf(roadmap, { kind: 'scan' }), titleOf(roadmap, { kind: 'career' }),
        levelSummary(undefined, undefined, 0.8),
        describePlan({ added: [], newer: [], older: [], conflicts: [], same: [], unknown: [], history: [], writes: [] } as never),
        describeActivity({ changes: 0 } as never),
      ];
      const page = buildPage(roadmap, { kind: 'phase', id: roadmap.phases[0]!.id }, () => undefined);
      assert.equal(page.kind, 'phase');
      if (page.kind === 'phase') texts.push(page.sections.find((s) => !roadmap.phases[0]!.groups?.some((g) => g.title === s.title))!.title);
      for (const t of texts) assert.match(t, /[\u0100-\u024f\u1e00-\u1eff]/, `"${t}" is still inline English`);
      assert.notDeepEqual(texts.slice(0, 1), english0.slice(0, 1));
    } finally {
      l10n.config({ contents: {} });
    }
    assert.equal(titleOf(roadmap, { kind: 'overview' }), english0[0], 'English again without a bundle');
  });
});

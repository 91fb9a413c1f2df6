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

/** The placeholders ({0}, {1}…) a string has, sorted: a translation keeps each one. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
/** What must come through a manifest translation unchanged: command links, `code`, setting ids. */
const fixedParts = (s: string): string[] => [...s.matchAll(/\(command:[^)]+\)|`[^`]+`|pythonRoadmap\.[\w.]+|\*\*[A-Z][\w+ ]*\*\*/g)].map((m) => m[0].replace(/<[^>]+>/g, '<…>')).sort();
const messageOf = (v: Bundle[string]): string => (typeof v === 'string' ? v : v.message);

suite('l10n: the Spanish translation', () => {
  test('the code\'s strings: every one translated, none unknown, each with the same placeholders', () => {
    const english = read('l10n/bundle.l10n.json');
    const es = read('l10n/bundle.l10n.es.json');
    assert.deepEqual(Object.keys(es).filter((k) => !(k in english)), [], 'keys that are not strings of the code');
    assert.deepEqual(Object.keys(english).filter((k) => !(k in es)), [], 'strings not translated');
    const wrong = Object.entries(english).filter(([k, v]) => {
      const t = es[k];
      return typeof t !== 'string' || !t.trim() || placeholders(t).join() !== placeholders(messageOf(v)).join();
    }).map(([k]) => k);
    assert.deepEqual(wrong, [], 'placeholders differ');
    // A translation, not a copy: most strings differ from the English.
    // (Code alone, such as "`async`", reads the same in every language.)
    const words = (s: string) => /\p{L}/u.test(s.replace(/`[^`]*`/g, '').replace(/\{\d+\}/g, ''));
    const same = Object.entries(english).filter(([k, v]) => es[k] === messageOf(v) && words(messageOf(v))).map(([k]) => k);
    assert.ok(same.length < Object.keys(english).length * 0.03, `${same.length} left as in English: ${same.join(' | ')}`);
  });

  test('the manifest\'s strings: every key translated, with its command links, code and setting ids intact', () => {
    const english = read('package.nls.json');
    const es = read('package.nls.es.json');
    assert.deepEqual(Object.keys(es).sort(), Object.keys(english).sort());
    for (const [k, v] of Object.entries(english)) {
      assert.deepEqual(fixedParts(es[k] as string), fixedParts(v as string), k);
    }
    const same = Object.keys(english).filter((k) => es[k] === english[k]);
    // Names stay names: the extension's own and the category.
    assert.deepEqual(same.filter((k) => !/displayName|category|configuration\.title|Container|contextualTitle/.test(k)), []);
  });

  test('with the Spanish bundle, the core\'s page titles and summaries are Spanish', () => {
    const es = read('l10n/bundle.l10n.es.json') as Record<string, string>;
    const roadmap = shippedRoadmap();
    l10n.config({ contents: es });
    try {
      assert.equal(titleOf(roadmap, { kind: 'faq' }), 'Preguntas y respuestas');
      assert.match(levelSummary(undefined, undefined, 0.8), /Aún sin nivel profesional/);
    } finally {
      l10n.config({ contents: {} });
    }
  });
});

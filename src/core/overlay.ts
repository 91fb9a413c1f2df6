// Content translations: an overlay per locale (data/l10n/roadmap.<locale>.json) that mirrors the
// roadmap it translates. Objects mirror objects; a list of entries with ids becomes an object keyed
// by id; a list without ids stays a list (same places); text replaces text. Only prose is
// translatable — ids, links, skill references, numbers and the names of published works are not.
// Everything is checked against the roadmap: an unknown id, a field that is not prose, a list of
// the wrong length or a value of the wrong type is an issue, and that field stays in English.
// Search terms (aliases, keywords) are added to, not replaced: the English ones keep matching.
import * as l10n from '@vscode/l10n';
import type { RoadmapIssue } from './roadmap';

/** Fields whose text is prose: translated as a whole (text) or place by place (lists of text). */
const PROSE = new Set([
  'title', 'summary', 'description', 'keyPoints', 'doneWhen', 'evidence', 'label', 'level', 'role', 'focus', 'industries',
  'salaryNote', 'note', 'figures', 'question', 'answer', 'points', 'finalAdvice', 'text', 'figure', 'years',
  'explanation', 'mistakes', 'caption', 'whyHomePage',
]);
/** Search terms: the overlay's come first, the English ones stay. */
const ADDITIVE = new Set(['aliases', 'keywords', 'asks']);

export interface OverlayCoverage {
  /** Prose values in the roadmap (a list of text counts each entry). */
  readonly fields: number;
  /** Of those, the ones the overlay translates. */
  readonly translated: number;
  /** Where the English stays (paths as issues give them), for a translator's to-do list. */
  readonly missing: readonly string[];
}

export interface OverlayResult {
  /** A new roadmap document with the translations in place; the input is not changed. */
  readonly value: unknown;
  readonly issues: readonly RoadmapIssue[];
  readonly coverage: OverlayCoverage;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (list: readonly Json[]): boolean => list.length > 0 && list.every((e) => isObject(e) && typeof e.id === 'string');

function pathText(keys: readonly (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

/** Is the field at this place prose? The titles of published works (resources) are names. */
function isProse(key: string, path: readonly (string | number)[]): boolean {
  return PROSE.has(key) && !(key === 'title' && path[0] === 'resources');
}

/**
 * Applies an overlay's `strings` to a roadmap document. Never throws: what cannot be applied is
 * an issue and stays in English.
 */
export function applyOverlay(roadmap: unknown, overlay: unknown): OverlayResult {
  const issues: RoadmapIssue[] = [];
  const missing: string[] = [];
  let fields = 0;
  let translated = 0;
  const issue = (path: readonly (string | number)[], message: string) => issues.push({ path: pathText(path), message });

  // Counts and copies prose; `o` is the overlay's value for this place (undefined: none).
  const walk = (src: Json, o: unknown, path: (string | number)[], key: string | undefined): Json => {
    if (typeof src === 'string') {
      if (!key || !isProse(key, path)) return src;
      fields++;
      if (o === undefined) {
        missing.push(pathText(path));
        return src;
      }
      if (typeof o !== 'string' || !o.trim()) {
        issue(path, l10n.t('should be text, as in the roadmap'));
        missing.push(pathText(path));
        return src;
      }
      translated++;
      return o;
    }
    if (Array.isArray(src)) {
      if (key && ADDITIVE.has(key)) {
        if (o === undefined) return src;
        if (!Array.isArray(o) || !o.every((t) => typeof t === 'string')) {
          issue(path, l10n.t('should be a list of search terms'));
          return src;
        }
        const seen = new Set<string>();
        return [...o, ...src].filter((t) => typeof t === 'string' && t.trim() && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
      }
      if (hasIds(src)) {
        const byId = new Map(src.map((e) => [(e as Record<string, Json>).id as string, e]));
        if (o !== undefined && !isObject(o)) issue(path, l10n.t('should be an object keyed by id'));
        const given = isObject(o) ? o : {};
        for (const id of Object.keys(given)) if (!byId.has(id)) issue([...path, id], l10n.t('no entry with the id "{0}" in the roadmap', id));
        return src.map((e) => {
          const id = (e as Record<string, Json>).id as string;
          return walk(e, Object.prototype.hasOwnProperty.call(given, id) ? given[id] : undefined, [...path, id], undefined);
        });
      }
      if (o !== undefined && !Array.isArray(o)) issue(path, l10n.t('should be a list, as in the roadmap'));
      const list = Array.isArray(o) ? o : [];
      if (list.length > src.length) issue(path, l10n.t('has {0} entries; the roadmap has {1}', list.length, src.length));
      const proseList = src.every((e) => typeof e === 'string');
      if (proseList && list.length && list.length !== src.length) {
        // A list of sentences translated place by place: a different length cannot be matched up.
        if (list.length < src.length) issue(path, l10n.t('has {0} entries; the roadmap has {1}', list.length, src.length));
        return src.map((e, i) => walk(e, undefined, [...path, i], key));
      }
      return src.map((e, i) => walk(e, list[i] ?? undefined, [...path, i], key));
    }
    if (isObject(src)) {
      if (o !== undefined && !isObject(o)) issue(path, l10n.t('should be an object, as in the roadmap'));
      const given = isObject(o) ? o : {};
      for (const k of Object.keys(given)) {
        if (!Object.prototype.hasOwnProperty.call(src, k)) {
          if (!(ADDITIVE.has(k) && typeof src.id === 'string')) issue([...path, k], l10n.t('the roadmap has no field "{0}" here', k));
        }
        else if (!isTranslatable(src[k]!, k, [...path, k])) issue([...path, k], l10n.t('"{0}" is not translated (ids, links, references and names stay as they are)', k));
      }
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(src)) out[k] = walk(v, given[k], [...path, k], k);
      // Search terms for an entry that has none in English.
      for (const k of ADDITIVE) if (!Object.prototype.hasOwnProperty.call(src, k) && typeof src.id === 'string' && given[k] !== undefined) out[k] = walk([], given[k], [...path, k], k);
      return out;
    }
    return src;
  };

  let strings: unknown;
  if (!isObject(overlay)) issue([], l10n.t('a translation file is an object with "locale" and "strings"'));
  else {
    strings = overlay.strings;
    if (!isObject(strings)) issue(['strings'], l10n.t('should be an object mirroring the roadmap'));
    if (isObject(roadmap) && typeof overlay.roadmap === 'string' && overlay.roadmap !== roadmap.id) {
      issue(['roadmap'], l10n.t('translates the roadmap "{0}", not "{1}"', overlay.roadmap, String(roadmap.id)));
      strings = undefined;
    }
  }
  const value = walk(roadmap as Json, isObject(strings) ? strings : undefined, [], undefined);
  withEnglishNames(roadmap, value);
  return { value, issues, coverage: { fields, translated, missing } };
}

/**
 * The overlay that translates every prose field of a roadmap with `translate` — the file a
 * translator starts from (`translate` = the identity), or a pseudo-locale (test/tools/pseudo.mjs).
 * Its shape is the one applyOverlay reads.
 */
export function overlayFor(roadmap: unknown, locale: string, translate: (english: string) => string): { locale: string; roadmap?: string; strings: Json } {
  const walk = (src: Json, path: (string | number)[], key: string | undefined): Json | undefined => {
    if (typeof src === 'string') return key && isProse(key, path) ? translate(src) : undefined;
    if (Array.isArray(src)) {
      if (key && ADDITIVE.has(key)) return undefined;
      if (hasIds(src)) {
        const out: Record<string, Json> = {};
        for (const e of src) {
          const id = (e as Record<string, Json>).id as string;
          const w = walk(e, [...path, id], undefined);
          if (w !== undefined) out[id] = w;
        }
        return Object.keys(out).length ? out : undefined;
      }
      const list = src.map((e, i) => walk(e, [...path, i], key));
      return list.some((x) => x !== undefined) ? list.map((x) => x ?? null) : undefined;
    }
    if (isObject(src)) {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(src)) {
        const w = walk(v, [...path, k], k);
        if (w !== undefined) out[k] = w;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return undefined;
  };
  const id = isObject(roadmap) && typeof roadmap.id === 'string' ? roadmap.id : undefined;
  return { locale, ...(id ? { roadmap: id } : {}), strings: walk(roadmap as Json, [], undefined) ?? {} };
}

/** Can anything under this value be translated? (An object or list holding prose somewhere.) */
function isTranslatable(src: Json, key: string, path: readonly (string | number)[]): boolean {
  if (typeof src === 'string') return isProse(key, path);
  if (ADDITIVE.has(key)) return true;
  if (Array.isArray(src)) return src.some((e) => isTranslatable(e, key, path));
  if (isObject(src)) return Object.entries(src).some(([k, v]) => isTranslatable(v, k, [...path, k]));
  return false;
}

/** The English title of every skill and practice item stays a name it is found by. */
function withEnglishNames(source: unknown, value: Json): void {
  if (!isObject(source) || !isObject(value) || !Array.isArray(source.phases) || !Array.isArray(value.phases)) return;
  source.phases.forEach((phase, p) => {
    const out = (value.phases as Json[])[p];
    if (!isObject(phase) || !isObject(out)) return;
    for (const list of ['skills', 'practice'] as const) {
      const src = phase[list];
      const dst = out[list];
      if (!Array.isArray(src) || !Array.isArray(dst)) continue;
      src.forEach((item, i) => {
        const o = dst[i];
        if (!isObject(item) || !isObject(o) || typeof item.title !== 'string' || o.title === item.title) return;
        const aliases = Array.isArray(o.aliases) ? o.aliases : [];
        if (!aliases.some((a) => typeof a === 'string' && a.toLowerCase() === (item.title as string).toLowerCase())) o.aliases = [...aliases, item.title];
      });
    }
  });
}

/** The overlay files to try for a display language, most specific first: `pt-br` → pt-br, pt. */
export function overlayLocales(language: string): string[] {
  const tag = language.toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) || tag === 'en' || tag.startsWith('en-')) return [];
  const base = tag.split('-')[0]!;
  return base === tag ? [tag] : [tag, base];
}

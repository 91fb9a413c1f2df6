// Text folding shared by search, FAQ filtering and the webview client (kept dependency-free so
// the browser bundle can import it without pulling in the search engine).
import * as l10n from '@vscode/l10n';

/** Lower-case, accents and punctuation removed, single spaces: `"__Enter__"` → `"enter"`. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The months' short names in the display language (the bundle's, as in the rest of the UI). */
export const shortMonths = (): string[] => [l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'), l10n.t('Jul'), l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec')];

/** What kind of resource it is, in the display language (the roadmap's `kind`). */
export function resourceKind(kind: string): string {
  switch (kind) {
    case 'reference': return l10n.t('reference');
    case 'docs': return l10n.t('docs');
    case 'book': return l10n.t('book');
    case 'certification': return l10n.t('certification');
    case 'course': return l10n.t('course');
    case 'practice-site': return l10n.t('practice site');
    case 'tool': return l10n.t('tool');
    case 'community': return l10n.t('community');
    case 'article': return l10n.t('article');
    default: return kind;
  }
}

/** Names joined for a short message, whole names only: "A, B and 3 more" within `max` characters. */
export function shortList(names: readonly string[], max = 48): string {
  if (!names.length) return '';
  const all = names.length === 1 ? names[0]! : l10n.t('{0} and {1}', names.slice(0, -1).join(', '), names[names.length - 1]!);
  if (all.length <= max) return all;
  for (let n = names.length - 1; n >= 1; n--) {
    const text = l10n.t('{0} and {1} more', names.slice(0, n).join(', '), names.length - n);
    if (text.length <= max) return text;
  }
  return l10n.t('{0} skills', names.length);
}

// Untrusted words in Markdown. A custom or team roadmap, a note, a path: text someone else may
// have written, shown in a tooltip or written into a document GitHub renders. Each character that
// could start HTML, a link, an image, emphasis, a table cell or (GitHub) math is escaped; line
// breaks become spaces, so nothing can start a block of its own (a heading, a list, a quote).

const escapeChars = (s: string) => s.replace(/[\\`*_[\]<>|#~&$]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
// Split, not one regex around the break: /\s*\n\s*/ backtracks over every long run of spaces.
const oneLine = (s: string) => s.split(/[\r\n]+/).map((line) => line.trim()).filter(Boolean).join(' ');
/** A list marker or a setext underline at the start stays text ("1. " opens a list, "===" a heading). */
const noBlockStart = (s: string) => s.replace(/^[-+=]/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');

/** Text as Markdown that renders as the same text, on one line, wherever it stands in a line. */
export function mdText(s: string): string {
  return noBlockStart(escapeChars(oneLine(s)));
}

/** A roadmap's prose (a skill's summary, description, key points): like mdText, except that its
 *  `code` spans stay code spans, as its pages show them. What is inside one is never parsed. */
export function mdProse(s: string): string {
  return noBlockStart(oneLine(s).split(/(`[^`]+`)/).map((part, i) => (i % 2 ? part : escapeChars(part))).join(''));
}

/** An http(s) URL as a Markdown link target; undefined for any other scheme, or no URL at all. */
export function mdUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  // href has spaces, quotes and angle brackets percent-encoded already; parentheses would end the target.
  return u.href.replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}


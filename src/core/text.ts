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

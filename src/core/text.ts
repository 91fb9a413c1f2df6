// Text folding shared by search, FAQ filtering and the webview client (kept dependency-free so
// the browser bundle can import it without pulling in the search engine).

/** Lower-case, accents and punctuation removed, single spaces: `"__Enter__"` → `"enter"`. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

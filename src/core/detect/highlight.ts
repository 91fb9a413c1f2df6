// Code examples on the skill pages, highlighted with the Python parser detection already loads
// (@lezer/python) and Lezer's own highlighter: spans of text, each with the kind of token it is.
// The page colours the kinds from the theme; the code itself is never HTML.
import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser } from '@lezer/python';

/** A piece of code and its token kind ('' for plain text). */
export type CodeSpan = [text: string, token: string];

/** The kinds a page colours, in the order one wins over another (`tok-variableName tok-definition` is a definition). */
const KINDS = ['comment', 'string', 'keyword', 'number', 'bool', 'className', 'function', 'definition', 'propertyName', 'operator'] as const;
/** Longer code is shown plain: a page's example is a few dozen lines. */
const MAX_HIGHLIGHTED = 20_000;

function kindOf(classes: string): string {
  if (!classes) return '';
  const names = classes.split(' ').map((c) => c.replace(/^tok-/, '').replace(/\d+$/, ''));
  return KINDS.find((k) => names.includes(k)) ?? '';
}

/** Python cut into highlighted spans; any other language (or code too long) is one plain span. */
export function highlightExample(code: string, language: string): CodeSpan[] {
  if (language !== 'python' || code.length > MAX_HIGHLIGHTED) return [[code, '']];
  const spans: CodeSpan[] = [];
  const put = (text: string, token: string) => {
    const last = spans[spans.length - 1];
    if (last && last[1] === token) last[0] += text;
    else spans.push([text, token]);
  };
  try {
    highlightCode(code, parser.parse(code), classHighlighter, (text, classes) => put(text, kindOf(classes)), () => put('\n', ''));
  } catch {
    return [[code, '']];
  }
  return spans;
}

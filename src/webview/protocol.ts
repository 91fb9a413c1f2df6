// Messages between the panel (extension host) and its client (the webview). Imported by both
// sides, so each message is written once. The host ignores anything that does not match.
import type { PageModel, PageRef } from '../core/pages';
import type { Status } from '../core/progress';
import { NOTE_LIMIT } from '../core/progress';

export type { PageModel, PageRef };

/** `nav`: which of the top links the roadmap has content for (a custom roadmap may have no career guide or FAQ). */
/** `strings`: the display language's strings (VS Code's l10n bundle), sent with the first render
 *  of a page, so the page's own words follow VS Code's language. */
/** `probe`: report the page's whole text in `rendered` (tests only, see RoadmapPanel.probeText). */
export type ToWebview = { type: 'render'; ref: PageRef; page: PageModel; nav?: { career: boolean; faq: boolean }; strings?: Record<string, string>; probe?: boolean };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'navigate'; to: PageRef }
  | { type: 'setStatus'; id: string; status: Status }
  | { type: 'setNote'; id: string; note: string }
  /** Sent on every keystroke: the host saves it after a pause, or at once when the tab closes. */
  | { type: 'noteDraft'; id: string; note: string }
  | { type: 'openExternal'; url: string }
  | { type: 'openEvidence'; path: string; line: number; cell?: number }
  /** The scan report's action: mark the skills it found that are not learned yet. */
  | { type: 'markScanned'; status: 'learning' | 'learned' }
  | { type: 'rescan' }
  /** The import preview's buttons. */
  | { type: 'import'; action: 'confirm' | 'cancel' | 'undo' }
  /** An exercise page's buttons. */
  | { type: 'exercise'; action: 'start' | 'check' | 'open'; id: string }
  /** A skill page's example: copy its code, or open it in a new untitled editor (the host's own copy of the code). */
  | { type: 'example'; action: 'copy' | 'open'; id: string }
  /** The report page's buttons; `includeNotes` is the page's checkbox. */
  | { type: 'report'; action: 'copy' | 'copySnippet' | 'save' | 'notes'; includeNotes: boolean }
  /** Sent after each render: what the page shows, so tests can check the real DOM. */
  | { type: 'rendered'; ref: PageRef; heading: string; note?: string; evidence?: string[]; checks?: Record<string, string>; text?: string };

/** What the client keeps with vscode.setState, so a reload restores the same page. */
export interface WebviewState {
  ref: PageRef;
}

const STATUSES = ['none', 'learning', 'learned', 'skipped'];
const isString = (x: unknown): x is string => typeof x === 'string';

/** The most characters a text field of a message may have; longer is refused as it arrives,
 *  before any work (a 4 MB FAQ filter query blocked the host for over a second). A note may have
 *  NOTE_LIMIT, as many as the page's text box takes and the store keeps. */
export const LIMITS = { id: 200, query: 200, url: 2048, path: 1000 } as const;
const within = (x: unknown, max: number): x is string => isString(x) && x.length <= max;
const lineNumber = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 1;
const cellIndex = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

export function isPageRef(x: unknown): x is PageRef {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  switch (r.kind) {
    case 'skill':
    case 'phase':
    case 'exercise':
      return within(r.id, LIMITS.id);
    case 'overview':
    case 'scan':
    case 'career':
    case 'import':
    case 'report':
    case 'team':
      return true;
    case 'faq':
      return (r.query === undefined || within(r.query, LIMITS.query)) && (r.id === undefined || within(r.id, LIMITS.id));
    default:
      return false;
  }
}

/** Validates a message from the webview; anything malformed gives undefined. */
export function parseFromWebview(x: unknown): FromWebview | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'navigate':
      return isPageRef(m.to) ? { type: 'navigate', to: m.to } : undefined;
    case 'setStatus':
      return within(m.id, LIMITS.id) && isString(m.status) && STATUSES.includes(m.status) ? { type: 'setStatus', id: m.id, status: m.status as Status } : undefined;
    case 'setNote':
    case 'noteDraft':
      return within(m.id, LIMITS.id) && within(m.note, NOTE_LIMIT) ? { type: m.type, id: m.id, note: m.note } : undefined;
    case 'openExternal':
      return within(m.url, LIMITS.url) ? { type: 'openExternal', url: m.url } : undefined;
    case 'openEvidence':
      return within(m.path, LIMITS.path) && lineNumber(m.line) && (m.cell === undefined || cellIndex(m.cell))
        ? { type: 'openEvidence', path: m.path, line: m.line, ...(cellIndex(m.cell) ? { cell: m.cell } : {}) }
        : undefined;
    case 'markScanned':
      return m.status === 'learning' || m.status === 'learned' ? { type: 'markScanned', status: m.status } : undefined;
    case 'rescan':
      return { type: 'rescan' };
    case 'exercise':
      return (m.action === 'start' || m.action === 'check' || m.action === 'open') && within(m.id, LIMITS.id) ? { type: 'exercise', action: m.action, id: m.id } : undefined;
    case 'example':
      return (m.action === 'copy' || m.action === 'open') && within(m.id, LIMITS.id) ? { type: 'example', action: m.action, id: m.id } : undefined;
    case 'import':
      return m.action === 'confirm' || m.action === 'cancel' || m.action === 'undo' ? { type: 'import', action: m.action } : undefined;
    case 'report':
      return (m.action === 'copy' || m.action === 'copySnippet' || m.action === 'save' || m.action === 'notes') && typeof m.includeNotes === 'boolean'
        ? { type: 'report', action: m.action, includeNotes: m.includeNotes } : undefined;
    case 'rendered':
      return isPageRef(m.ref) && isString(m.heading)
        ? {
          type: 'rendered', ref: m.ref, heading: m.heading, ...(isString(m.note) ? { note: m.note } : {}),
          ...(Array.isArray(m.evidence) && m.evidence.every(isString) ? { evidence: m.evidence as string[] } : {}),
          ...(m.checks && typeof m.checks === 'object' && Object.values(m.checks).every(isString) ? { checks: { ...(m.checks as Record<string, string>) } } : {}),
          ...(isString(m.text) ? { text: m.text.slice(0, 1_000_000) } : {}),
        }
        : undefined;
    default:
      return undefined;
  }
}

/** What a page shows that the page may ask the host to open: the http(s) URLs and the places in
 *  code (path, line, cell) anywhere in its model. A link the page does not show is not opened. */
export interface PageLinks {
  readonly urls: ReadonlySet<string>;
  hasPlace(path: string, line: number, cell: number | undefined): boolean;
}

export function pageLinks(page: PageModel): PageLinks {
  const urls = new Set<string>();
  const places = new Set<string>();
  const key = (path: string, line: number, cell: number | undefined) => `${path}\u0000${line}\u0000${cell ?? ''}`;
  // The model is plain data (it is posted as JSON); a stack, not recursion, walks it.
  const stack: unknown[] = [page];
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== 'object') continue;
    // One by one: push(...values) of a long list would overflow the call stack.
    if (Array.isArray(x)) {
      for (const v of x) stack.push(v);
      continue;
    }
    const o = x as Record<string, unknown>;
    if (isString(o.url) && /^https?:\/\//i.test(o.url)) urls.add(o.url);
    if (isString(o.path) && lineNumber(o.line)) places.add(key(o.path, o.line, cellIndex(o.cell) ? o.cell : undefined));
    for (const v of Object.values(o)) stack.push(v);
  }
  return { urls, hasPlace: (path, line, cell) => places.has(key(path, line, cell)) };
}


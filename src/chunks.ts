// The parts of the extension that showing the tree does not need, each in a bundle file of its
// own (esbuild.js, CHUNKS) and loaded on first use: activation loads dist/extension.js alone.
// Only `import type` of these modules is allowed elsewhere in src/ (test/unit/bundles.test.ts).
//
// Two hosts, one set of bundle files. In the desktop (Node) extension host a chunk is `require`d
// the first time it is asked for. The web worker host (vscode.dev, github.dev) has no `require`
// for files: there a chunk is read from dist/ (extensionFiles.ts) and evaluated as VS Code loads a
// web extension (a CommonJS function of module, exports, require), so it must be loaded before it
// is used: `await chunk.ready()` (or `chunksReady()` for all of them, as every command does).
import vscode = require('vscode');
import type * as Detect from './core/detect';
import type * as Search from './core/search';
import type * as Validated from './core/validated';
import type * as Scan from './core/scan';
import type * as Pages from './webview/pagesChunk';
import type * as Exercising from './exercises/exercises';
import type * as Git from './ownership/git';
import { readExtensionText } from './extensionFiles';

/** True in the web worker extension host: no Node, so no `require` of files and no child processes. */
export const IN_WORKER = typeof process === 'undefined' || !process.versions?.node;

export interface Chunk<T> {
  /** The chunk's exports; in the web worker only once `ready()` has resolved. */
  (): T;
  /** Loads it (at once in Node); resolves with its exports. */
  ready(): Promise<T>;
  /** Whether `()` can be called now. */
  loaded(): boolean;
  readonly file: string;
}

// Shared by every bundle that includes this module (extension.js and the chunks that use others),
// so the folder activate() sets and the chunks already evaluated are known to all of them.
interface Shared { dist?: vscode.Uri; modules: Map<string, Promise<unknown>>; done: Map<string, unknown> }
const shared: Shared = ((globalThis as Record<symbol, Shared | undefined>)[Symbol.for('pythonRoadmap.chunks')] ??= { modules: new Map(), done: new Map() });

/** Where the bundle files are (activate() calls it with <extension>/dist). */
export function chunksFrom(dist: vscode.Uri): void {
  shared.dist = dist;
}

/** A bundle file of dist/ read and evaluated in the web worker. A chunk reaches another only
 *  through this module (bundles.test), never by a require of its own, so `vscode` is all it needs. */
function evaluate(file: string): Promise<unknown> {
  let loading = shared.modules.get(file);
  if (!loading) {
    loading = (async () => {
      if (!shared.dist) throw new Error(`${file}: the extension's folder is not known yet`);
      const uri = vscode.Uri.joinPath(shared.dist, file);
      const text = await readExtensionText(uri);
      const module: { exports: unknown } = { exports: {} };
      const requireIn = (name: string): unknown => {
        if (name === 'vscode') return vscode;
        throw new Error(`${file} needs "${name}", which the web extension host does not have`);
      };
      // How VS Code itself loads a web extension's code: a function of module, exports and require.
      new Function('module', 'exports', 'require', `${text}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports, requireIn);
      shared.done.set(file, module.exports);
      return module.exports;
    })();
    shared.modules.set(file, loading);
    loading.catch(() => shared.modules.delete(file)); // a failed read can be tried again
  }
  return loading;
}

/** Each bundle file has its own copy of @vscode/l10n: a chunk's copy gets the display language's
 *  strings when the chunk is first used (every entry exports `configureL10n`, bundles.test). */
function withStrings<T>(mod: T): T {
  const configure = (mod as { configureL10n?: (c: { contents: Record<string, string | { message: string; comment: string[] }> }) => void }).configureL10n;
  if (configure && vscode.l10n.bundle) configure({ contents: vscode.l10n.bundle });
  return mod;
}

function chunk<T>(file: string, load: () => T): Chunk<T> {
  let loaded: T | undefined;
  const get = (() => {
    if (loaded !== undefined) return loaded;
    if (!IN_WORKER) return (loaded = withStrings(load()));
    if (!shared.done.has(file)) throw new Error(`${file} is not loaded yet`);
    return (loaded = withStrings(shared.done.get(file) as T));
  }) as Chunk<T>;
  get.ready = async () => (IN_WORKER ? ((await evaluate(file)) as T) : get());
  get.loaded = () => !IN_WORKER || shared.done.has(file);
  Object.defineProperty(get, 'file', { value: file });
  return get;
}

/* eslint-disable @typescript-eslint/no-require-imports -- deferred on purpose, see above */
/** Lezer and the detection rules: the first Python or project file, a hover, a scan. */
export const detection = chunk('detection.js', () => require('./core/detect') as typeof Detect);
/** MiniSearch and the ranking: the first Find Skill. */
export const searching = chunk('search.js', () => require('./core/search') as typeof Search);
/** valibot, jsonc-parser, the roadmap checks and the progress file: the first time the roadmap is read. */
export const validated = chunk('validated.js', () => require('./core/validated') as typeof Validated);
export const roadmapParser = validated;
/** `ignore` and the file filters: the first workspace scan. */
export const scanning = chunk('scan.js', () => require('./core/scan') as typeof Scan);

/** The pages' view models, the learning history's picture, the portfolio report and its badge: the first page or report. */
export const pages = chunk('pages.js', () => require('./webview/pagesChunk') as typeof Pages);
export const reporting = pages;
/** Exercises: starting them, running their tests with Python, the Testing view: the first exercise command. */
export const exercising = chunk('exercises.js', () => require('./exercises/exercises') as typeof Exercising);
/** The progress file's schema and the import plan: the first Export or Import. */
export const progressFile = validated;
/** Running Git (child_process) to ask whose code a line is: desktop only, so not in ALL_CHUNKS,
 *  which the web worker loads; there nothing asks Git. */
export const gitting = chunk('git.js', () => require('./ownership/git') as typeof Git);
/* eslint-enable @typescript-eslint/no-require-imports */

export const ALL_CHUNKS: readonly Chunk<unknown>[] = [validated, searching, scanning, detection, pages, exercising];

/** Whether every chunk can be called now (always in Node). */
export function chunksLoaded(): boolean {
  return ALL_CHUNKS.every((c) => c.loaded());
}

/** Every chunk ready to be called: nothing to do in Node; in the web worker, each read once. */
export async function chunksReady(): Promise<void> {
  if (IN_WORKER) await Promise.all(ALL_CHUNKS.map((c) => c.ready()));
}

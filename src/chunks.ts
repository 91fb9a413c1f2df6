// The parts of the extension that showing the tree does not need, each in a bundle file of its
// own (esbuild.js, CHUNKS) and loaded on first use: activation loads dist/extension.js alone.
// Only `import type` of these modules is allowed elsewhere in src/ (test/unit/bundles.test.ts).
import type * as Detect from './core/detect';
import type * as Search from './core/search';
import type * as Validated from './core/validated';
import type * as Scan from './core/scan';
import type * as Pages from './webview/pagesChunk';
import type * as Exercising from './exercises/exercises';

function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

/* eslint-disable @typescript-eslint/no-require-imports -- deferred on purpose, see above */
/** Lezer and the detection rules: the first Python or project file, a hover, a scan. */
export const detection = lazy(() => require('./core/detect') as typeof Detect);
/** MiniSearch and the ranking: the first Find Skill. */
export const searching = lazy(() => require('./core/search') as typeof Search);
/** valibot, jsonc-parser, the roadmap checks and the progress file: the first time the roadmap is read. */
export const validated = lazy(() => require('./core/validated') as typeof Validated);
export const roadmapParser = validated;
/** `ignore` and the file filters: the first workspace scan. */
export const scanning = lazy(() => require('./core/scan') as typeof Scan);

/** The pages' view models, the learning history's picture, the portfolio report and its badge: the first page or report. */
export const pages = lazy(() => require('./webview/pagesChunk') as typeof Pages);
export const reporting = pages;
/** Exercises: starting them, running their tests with Python, the Testing view: the first exercise command. */
export const exercising = lazy(() => require('./exercises/exercises') as typeof Exercising);
/** The progress file's schema and the import plan: the first Export or Import. */
export const progressFile = validated;
/* eslint-enable @typescript-eslint/no-require-imports */

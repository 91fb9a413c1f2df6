// Injected by esbuild into the web suite's bundle only, for npm's assert and util (they read a
// bare `process`). Module-scoped: globalThis.process stays undefined in the worker.
import p from 'process/browser.js';
export { p as process };

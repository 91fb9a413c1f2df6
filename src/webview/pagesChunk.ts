// One bundle file (esbuild CHUNKS, pages.js) for what only pages need: their view models, the
// learning history's picture data, the portfolio report with its badge, and export and import. Loaded the first time
// a page is shown or a report is asked for; one copy of the core modules they share.
export * from '../core/pages';
export * from '../commands/portfolio';
export * from '../core/team';
export * from '../commands/teamFeature';
export * from '../commands/exchange';
export * from '../commands/report';

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

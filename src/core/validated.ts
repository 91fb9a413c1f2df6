// The entry of the bundle file with everything that validates input against a valibot schema —
// the roadmap (parseRoadmap.ts) and progress exports (progressFile.ts) — so valibot ships once.
// Reached only through src/chunks.ts.
export * from './parseRoadmap';
export * from './progressFile';
export * from './exercises';
export * from './overlay';

// Its copy of @vscode/l10n, given the display language's strings when the chunk is loaded (src/chunks.ts).
export { config as configureL10n } from '@vscode/l10n';

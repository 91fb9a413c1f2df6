// The parser-based detection, loaded on first use: opening the roadmap view alone does not pay for
// evaluating Lezer's parse tables (esbuild turns this require into a lazy module init).
import type * as Detect from '../core/detect';

let loaded: typeof Detect | undefined;

export function detection(): typeof Detect {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return (loaded ??= require('../core/detect') as typeof Detect);
}

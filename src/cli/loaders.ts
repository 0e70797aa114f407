import type { CheckerLoaders } from './api';
import { lintApiFor } from './lint-api';

/**
 * The whole checker, or just the kinds a lint found files of. The lint side is imported with the CLI
 * (it is small and every lint needs it), so a one-file lint waits for one more file only: its kind's checker.
 */
export const checkerLoaders: CheckerLoaders = {
  all: async () => (await import('./checker-api')).checkerApi,
  forKinds: lintApiFor,
};

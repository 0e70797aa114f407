import type { Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { rule as runsAsRoot } from './runs-as-root';

/** Every Dockerfile rule, in the order their findings are easiest to read. */
export const dockerfileRules: readonly Rule<ImageModel>[] = [
  runsAsRoot,
];

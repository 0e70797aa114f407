import type { KindChecker } from '../core/types';
import type { ImageModel } from './model';
import { parseDockerfile } from './parse';
import { dockerfileRules } from './rules';

export { parseDockerfile } from './parse';
export { lookupBaseImage, catalogueImages, normaliseRepository } from './catalogue';
export type * from './model';

export const dockerfileChecker: KindChecker<ImageModel> = {
  kind: 'dockerfile',
  parse: parseDockerfile,
  rules: dockerfileRules,
};

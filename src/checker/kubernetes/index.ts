import type { KindChecker } from '../core/types';
import type { KubernetesModel } from './model';
import { parseKubernetes } from './parse';
import { kubernetesRules } from './rules';

export { parseKubernetes } from './parse';
export * from './model';

export const kubernetesChecker: KindChecker<KubernetesModel> = {
  kind: 'kubernetes',
  parse: parseKubernetes,
  rules: kubernetesRules,
};

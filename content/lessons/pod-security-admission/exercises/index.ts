import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as labelNamespace } from './label-namespace/exercise';
import { exercise as restrictedDeployment } from './restricted-deployment/exercise';

export const exercises: Exercise[] = [labelNamespace, restrictedDeployment];

import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as denyWrites } from './deny-writes/exercise';
import { exercise as kubernetesLocalhost } from './kubernetes-localhost/exercise';

export const exercises: Exercise[] = [denyWrites, kubernetesLocalhost];

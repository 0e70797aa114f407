import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as hardenDeployment } from './harden-deployment/exercise';
import { exercise as noRuntimeSocket } from './no-runtime-socket/exercise';

export const exercises: Exercise[] = [hardenDeployment, noRuntimeSocket];

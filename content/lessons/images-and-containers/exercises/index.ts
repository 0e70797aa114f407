import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as secretInLayer } from './secret-in-layer/exercise';

export const exercises: Exercise[] = [secretInLayer];

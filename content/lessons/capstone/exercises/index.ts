import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as hardenService } from './harden-service/exercise';

export const exercises: Exercise[] = [hardenService];

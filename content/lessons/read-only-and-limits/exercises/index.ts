import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as hardenRun } from './harden-run/exercise';
import { exercise as composeLimits } from './compose-limits/exercise';

export const exercises: Exercise[] = [hardenRun, composeLimits];

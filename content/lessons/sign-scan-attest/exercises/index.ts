import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as pinDigests } from './pin-digests/exercise';
import { exercise as verifyBeforeRun } from './verify-before-run/exercise';

export const exercises: Exercise[] = [pinDigests, verifyBeforeRun];

import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as secretMount } from './secret-mount/exercise';
import { exercise as pinAndVerify } from './pin-and-verify/exercise';

export const exercises: Exercise[] = [secretMount, pinAndVerify];

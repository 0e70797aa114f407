import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as publishOnLoopback } from './publish-on-loopback/exercise';

export const exercises: Exercise[] = [publishOnLoopback];

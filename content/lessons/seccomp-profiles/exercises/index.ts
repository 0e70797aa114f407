import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as tightenProfile } from './tighten-profile/exercise';
import { exercise as podRuntimeDefault } from './pod-runtime-default/exercise';

export const exercises: Exercise[] = [tightenProfile, podRuntimeDefault];

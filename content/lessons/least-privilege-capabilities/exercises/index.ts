import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as dropCapabilities } from './drop-capabilities/exercise';
import { exercise as composeLeastPrivilege } from './compose-least-privilege/exercise';

export const exercises: Exercise[] = [dropCapabilities, composeLeastPrivilege];

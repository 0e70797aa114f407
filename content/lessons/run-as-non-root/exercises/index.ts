import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as addUser } from './add-user/exercise';
import { exercise as multiStageTrap } from './multi-stage-trap/exercise';

export const exercises: Exercise[] = [addUser, multiStageTrap];

import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as dropPrivileged } from './drop-privileged/exercise';
import { exercise as dockerSocket } from './docker-socket/exercise';

export const exercises: Exercise[] = [dropPrivileged, dockerSocket];

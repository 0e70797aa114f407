import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as noUsernsHost } from './no-userns-host/exercise';
import { exercise as podUserNamespace } from './pod-user-namespace/exercise';

export const exercises: Exercise[] = [noUsernsHost, podUserNamespace];

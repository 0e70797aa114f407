import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as rootOwnedBinaries } from './root-owned-binaries/exercise';

export const exercises: Exercise[] = [rootOwnedBinaries];

import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as mavenToRuntime } from './maven-to-runtime/exercise';

export const exercises: Exercise[] = [mavenToRuntime];

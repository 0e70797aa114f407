import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as distrolessEntrypoint } from './distroless-entrypoint/exercise';
import { exercise as smallerBase } from './smaller-base/exercise';

export const exercises: Exercise[] = [distrolessEntrypoint, smallerBase];

import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as distrolessEntrypoint } from './distroless-entrypoint/exercise';

export const exercises: Exercise[] = [distrolessEntrypoint];

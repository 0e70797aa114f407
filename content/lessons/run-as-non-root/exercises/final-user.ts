import type { Goal, GoalResult } from '../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../src/checker/dockerfile/model';

const NUMERIC = /^\d+$/;

/**
 * Whether the final stage runs as a numeric, non-zero UID. Exercises of several lessons share it,
 * because every runtime image in the course should end this way.
 */
export function finalUserIsNumericNonRoot(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  const user = final.user;
  if (user.isRoot === true || user.uid === 0) {
    return { pass: false, line: user.line, message: 'The final stage still runs as root. Switch to a numeric non-zero UID, such as USER 10001:10001.' };
  }
  if (user.isRoot === null) {
    return { pass: false, line: final.line, message: 'The base image\'s user is unknown. Add a USER instruction with a numeric UID (for example USER 10001:10001) to the final stage.' };
  }
  if (!NUMERIC.test(user.user)) {
    return {
      pass: false,
      line: user.line,
      message: `The final user "${user.user}" is a name. Use its number (for example USER 10001:10001) so that Kubernetes runAsNonRoot can verify it.`,
    };
  }
  return { pass: true, message: `The final stage runs as UID ${user.user}.` };
}

export const numericNonRootGoal: Goal = {
  id: 'final-user-numeric-non-root',
  title: 'The final stage runs as a numeric non-root UID',
  why: 'A numeric UID needs no passwd entry and lets Kubernetes runAsNonRoot verify the image.',
  check: (ctx) => finalUserIsNumericNonRoot(ctx.image()),
};

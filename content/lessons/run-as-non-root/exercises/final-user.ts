import type { Goal, GoalResult } from '../../../../src/checker/grading/exercise';
import type { ImageModel, Stage } from '../../../../src/checker/dockerfile/model';

const NUMERIC = /^\d+$/;
const FIX = 'End the final stage with a numeric user and group, for example `USER 10001:10001`.';

/**
 * The group the process gets. With `USER uid` alone, the runtime takes the primary group of the
 * passwd entry with that uid, and group 0 when there is none (lesson 2, "Give the user a group").
 */
function effectiveGroup(stage: Stage): { gid: number | null; named: boolean; implicit: boolean } {
  const user = stage.user;
  if (user.group !== null) return { gid: user.gid, named: !NUMERIC.test(user.group), implicit: false };
  const entry = stage.knownUsers.find((u) => (user.uid !== null ? u.uid === user.uid : u.name === user.user));
  return { gid: entry ? entry.gid : 0, named: false, implicit: true };
}

/**
 * Whether the final stage runs as a numeric, non-zero UID with a non-root group. Exercises of several
 * lessons share it, because every runtime image in the course should end this way.
 */
export function finalUserIsNumericNonRoot(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet, so there is no final stage to run.' };
  const user = final.user;
  const where = user.source === 'instruction' ? `\`USER ${user.raw}\`` : 'the base image\'s default user';
  if (user.source === 'instruction' && user.user === '') {
    return { pass: false, line: user.line, message: 'This USER comes out empty because its variable has no value in this stage, and an empty user means root.', fix: FIX };
  }
  if (user.isRoot === true || user.uid === 0) {
    const earlier = image.stages.some((s) => s !== final && s.userInstructions.length > 0);
    const message = user.source !== 'instruction' && earlier
      ? `The final stage runs as root (UID 0): the USER of an earlier stage does not carry over, and every FROM starts again from its base image's user, here root.`
      : `The final stage runs as root (UID 0), through ${where}: a compromised process could change anything in the container.`;
    return { pass: false, line: user.line, message, fix: FIX };
  }
  if (user.isRoot === null) {
    return { pass: false, line: final.line, message: 'The final stage sets no USER and the base image\'s default user is unknown, so it may well be root.', fix: FIX };
  }
  if (!NUMERIC.test(user.user)) {
    return {
      pass: false,
      line: user.line,
      message: `The final user "${user.user}" is a name: Kubernetes runAsNonRoot cannot verify a name, and the container does not start if /etc/passwd lacks it.`,
      fix: `Write the number instead of the name${user.uid !== null ? `, \`USER ${user.uid}:${user.gid ?? user.uid}\`` : ', for example `USER 10001:10001`'}.`,
    };
  }
  const group = effectiveGroup(final);
  if (group.gid === 0) {
    const message = group.implicit
      ? `\`USER ${user.raw}\` gives only a user, and UID ${user.user} has no entry in the image's /etc/passwd, so the process runs with group 0, the root group.`
      : `\`USER ${user.raw}\` puts the process in group 0, the root group, which owns and may write many files in the image.`;
    return { pass: false, line: user.line, message, fix: FIX };
  }
  if (group.named) {
    return { pass: false, line: user.line, message: `The group "${user.group ?? ''}" is a name; like a user name, it needs an entry in the image and cannot be verified.`, fix: FIX };
  }
  return { pass: true, message: `The final stage runs as UID ${user.user}${group.gid !== null ? ` and GID ${group.gid}` : ''}, neither of them root.` };
}

export const numericNonRootGoal: Goal = {
  id: 'final-user-numeric-non-root',
  title: 'The final stage runs as a numeric non-root user and group',
  why: 'A numeric UID:GID needs no passwd entry, keeps the process out of the root group, and lets Kubernetes runAsNonRoot verify the image.',
  rules: ['runs-as-root', 'user-not-numeric'],
  check: (ctx) => finalUserIsNumericNonRoot(ctx.image()),
};

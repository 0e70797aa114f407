import type { Goal, GoalResult } from '../../../../src/checker/grading/exercise';
import type { ImageModel, Stage } from '../../../../src/checker/dockerfile/model';

const NUMERIC = /^\d+$/;

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

/** What the check says, by id; a translation words the same ids (final-user.zh-cn.ts). */
export const NUMERIC_NON_ROOT_MESSAGES = {
  noFrom: 'The Dockerfile has no FROM yet, so there is no final stage to run.',
  emptyUser: 'This USER comes out empty because its variable has no value in this stage, and an empty user means root.',
  rootAfterEarlierStage: "The final stage runs as root (UID 0): the USER of an earlier stage does not carry over, and every FROM starts again from its base image's user, here root.",
  rootThroughInstruction: 'The final stage runs as root (UID 0), through `USER {{raw}}`: a compromised process could change anything in the container.',
  rootThroughBase: "The final stage runs as root (UID 0), through the base image's default user: a compromised process could change anything in the container.",
  unknownBaseUser: "The final stage sets no USER and the base image's default user is unknown, so it may well be root.",
  namedUser: 'The final user "{{user}}" is a name: Kubernetes runAsNonRoot cannot verify a name, and the container does not start if /etc/passwd lacks it.',
  implicitRootGroup: "`USER {{raw}}` gives only a user, and UID {{user}} has no entry in the image's /etc/passwd, so the process runs with group 0, the root group.",
  rootGroup: '`USER {{raw}}` puts the process in group 0, the root group, which owns and may write many files in the image.',
  namedGroup: 'The group "{{group}}" is a name; like a user name, it needs an entry in the image and cannot be verified.',
  passedWithGroup: 'The final stage runs as UID {{user}} and GID {{gid}}, neither of them root.',
  passed: 'The final stage runs as UID {{user}}, not root.',
  fix: 'End the final stage with a numeric user and group, for example `USER 10001:10001`.',
  fixNumberFor: 'Write the number instead of the name, `USER {{uid}}:{{gid}}`.',
  fixNumber: 'Write the number instead of the name, for example `USER 10001:10001`.',
} as const;

export type NumericNonRootMessageId = keyof typeof NUMERIC_NON_ROOT_MESSAGES;

/**
 * Whether the final stage runs as a numeric, non-zero UID with a non-root group. Exercises of several
 * lessons share it, because every runtime image in the course should end this way. Its results name
 * their messages by id; a goal using it carries NUMERIC_NON_ROOT_MESSAGES (or a translation of them).
 */
export function finalUserIsNumericNonRoot(image: ImageModel): GoalResult {
  const final = image.final;
  const id = (messageId: NumericNonRootMessageId, fixId?: NumericNonRootMessageId) => ({ messageId, ...(fixId ? { fixId } : {}) });
  if (!final) return { pass: false, ...id('noFrom') };
  const user = final.user;
  const data = { raw: user.raw, user: user.user };
  if (user.source === 'instruction' && user.user === '') return { pass: false, line: user.line, ...id('emptyUser', 'fix') };
  if (user.isRoot === true || user.uid === 0) {
    const earlier = image.stages.some((s) => s !== final && s.userInstructions.length > 0);
    const messageId = user.source !== 'instruction' && earlier
      ? 'rootAfterEarlierStage'
      : user.source === 'instruction' ? 'rootThroughInstruction' : 'rootThroughBase';
    return { pass: false, line: user.line, data, ...id(messageId, 'fix') };
  }
  if (user.isRoot === null) return { pass: false, line: final.line, ...id('unknownBaseUser', 'fix') };
  if (!NUMERIC.test(user.user)) {
    const fixData: Record<string, number> = user.uid !== null ? { uid: user.uid, gid: user.gid ?? user.uid } : {};
    return { pass: false, line: user.line, data: { ...data, ...fixData }, ...id('namedUser', user.uid !== null ? 'fixNumberFor' : 'fixNumber') };
  }
  const group = effectiveGroup(final);
  if (group.gid === 0) return { pass: false, line: user.line, data, ...id(group.implicit ? 'implicitRootGroup' : 'rootGroup', 'fix') };
  if (group.named) return { pass: false, line: user.line, data: { group: user.group ?? '' }, ...id('namedGroup', 'fix') };
  return group.gid !== null
    ? { pass: true, data: { user: user.user, gid: group.gid }, ...id('passedWithGroup') }
    : { pass: true, data, ...id('passed') };
}

export const numericNonRootGoal: Goal = {
  id: 'final-user-numeric-non-root',
  title: 'The final stage runs as a numeric non-root user and group',
  why: 'A numeric UID:GID needs no passwd entry, keeps the process out of the root group, and lets Kubernetes runAsNonRoot verify the image.',
  rules: ['runs-as-root', 'user-not-numeric'],
  messages: NUMERIC_NON_ROOT_MESSAGES,
  check: (ctx) => finalUserIsNumericNonRoot(ctx.image()),
};

import type { ExerciseTranslation } from '../../../../src/checker/grading/localize';
import type { NumericNonRootMessageId } from './final-user';

/** The final-user check's messages in Simplified Chinese, under the same ids. */
export const numericNonRootMessagesZhCn: Record<NumericNonRootMessageId, string> = {
  noFrom: 'Dockerfile 中还没有 FROM，所以没有可以运行的最终阶段。',
  emptyUser: '这个 USER 的变量在这个阶段没有值，结果为空，而空的用户就是 root。',
  rootAfterEarlierStage: '最终阶段以 root（UID 0）运行：前面阶段的 USER 不会延续下来，每个 FROM 都会从它的基础镜像的用户重新开始，这里就是 root。',
  rootThroughInstruction: '最终阶段通过 `USER {{raw}}` 以 root（UID 0）运行：被攻破的进程可以修改容器中的任何东西。',
  rootThroughBase: '最终阶段通过基础镜像的默认用户以 root（UID 0）运行：被攻破的进程可以修改容器中的任何东西。',
  unknownBaseUser: '最终阶段没有设置 USER，而基础镜像的默认用户未知，很可能就是 root。',
  namedUser: '最终用户“{{user}}”是一个名字：Kubernetes 的 runAsNonRoot 无法验证名字，而且如果 /etc/passwd 中没有它，容器就无法启动。',
  implicitRootGroup: '`USER {{raw}}` 只给出了用户，而 UID {{user}} 在镜像的 /etc/passwd 中没有条目，所以进程以组 0（root 组）运行。',
  rootGroup: '`USER {{raw}}` 让进程属于组 0，也就是 root 组，镜像中有很多文件归它所有、可由它写入。',
  namedGroup: '组“{{group}}”是一个名字；和用户名一样，它需要镜像中有对应的条目，而且无法验证。',
  passedWithGroup: '最终阶段以 UID {{user}} 和 GID {{gid}} 运行，两者都不是 root。',
  passed: '最终阶段以 UID {{user}} 运行，不是 root。',
  fix: '在最终阶段的末尾写上数字形式的用户和组，例如 `USER 10001:10001`。',
  fixNumberFor: '把名字换成数字，写成 `USER {{uid}}:{{gid}}`。',
  fixNumber: '把名字换成数字，例如 `USER 10001:10001`。',
};

/** numericNonRootGoal in Simplified Chinese, shared by every exercise that uses it. */
export const numericNonRootGoalZhCn: ExerciseTranslation['goals'][string] = {
  title: '最终阶段以数字形式的非 root 用户和组运行',
  why: '数字形式的 UID:GID 不需要 passwd 条目，能让进程不在 root 组中，也让 Kubernetes 的 runAsNonRoot 能够验证镜像。',
  messages: numericNonRootMessagesZhCn,
};

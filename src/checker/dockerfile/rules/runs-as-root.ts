import type { Rule } from '../../core/types';
import type { ImageModel } from '../model';

const NEVER_SETS_USER = 'and never sets USER, so the container runs as uid 0. End the stage with USER 10001:10001 (or another unprivileged id).';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'runs-as-root',
    title: 'The container runs as root',
    severity: 'error',
    appliesTo: ['dockerfile'],
    lesson: 'run-as-non-root',
    why: 'A process running as uid 0 that is compromised can rewrite the application, read every file in the image and, with any container escape, act as root on the host.',
    fix: 'Create or pick an unprivileged user and end the final stage with a numeric USER, e.g. USER 10001:10001.',
    refs: {
      hadolint: ['DL3002'],
      trivy: ['DS-0002'],
      checkov: ['CKV_DOCKER_3', 'CKV_DOCKER_8'],
      kics: ['67fd0c4a-68cf-46d7-8c41-bc9fba7e40ae', 'fd54f200-402c-4333-a5a4-36ef6709af2f'],
      dockle: ['CIS-DI-0001'],
      semgrep: ['dockerfile.security.last-user-is-root', 'dockerfile.security.missing-user', 'dockerfile.security.missing-user-entrypoint'],
      dockerBench: ['4.1'],
    },
    messages: {
      emptyUser: '"USER {{written}}" is empty because the variable has no value in this stage (an ARG before FROM must be declared again after it), and an empty USER runs as uid 0. Give the ARG a default in this stage or write the id, e.g. USER 10001:10001.',
      switchesToRoot: 'The final stage switches to root with "USER {{written}}", so the container runs as uid 0. End the stage with an unprivileged numeric user such as USER 10001:10001.',
      unverifiedDefaultUser: 'The default user of "{{image}}" cannot be verified and this stage sets no USER. Declare the runtime user explicitly, e.g. USER 10001:10001.',
      imageRunsAsRoot: `The final stage starts from "{{image}}", which runs as root, ${NEVER_SETS_USER}`,
      stageRunsAsRoot: `The final stage starts from stage "{{stage}}", which runs as root, ${NEVER_SETS_USER}`,
      scratchHasNoUser: `The final stage starts from scratch, which has no user at all, ${NEVER_SETS_USER}`,
    },
    examples: {
      bad: 'FROM eclipse-temurin:21-jre\nCOPY app.jar /opt/app/\nCMD ["java", "-jar", "/opt/app/app.jar"]\n',
      good: 'FROM eclipse-temurin:21-jre\nCOPY app.jar /opt/app/\nUSER 10001:10001\nCMD ["java", "-jar", "/opt/app/app.jar"]\n',
    },
  },
  check(model) {
    const stage = model.final;
    if (!stage || stage.implicit) return [];
    const user = stage.user;
    if (user.source === 'instruction') {
      if (!user.isRoot) return [];
      if (user.raw === '' && user.unresolvedVariables) {
        return [{ ...user.span, messageId: 'emptyUser', data: { written: user.written } }];
      }
      return [{ ...user.span, messageId: 'switchesToRoot', data: { written: user.written } }];
    }
    if (user.isRoot === false) return [];
    if (user.isRoot === null) {
      return [{ ...stage.base.span, messageId: 'unverifiedDefaultUser', data: { image: stage.base.resolved || stage.base.raw } }];
    }
    if (stage.base.kind === 'stage') return [{ ...stage.base.span, messageId: 'stageRunsAsRoot', data: { stage: model.stages[stage.base.stageIndex ?? 0]?.name ?? stage.base.resolved } }];
    if (stage.base.kind === 'scratch') return [{ ...stage.base.span, messageId: 'scratchHasNoUser' }];
    return [{ ...stage.base.span, messageId: 'imageRunsAsRoot', data: { image: stage.base.resolved } }];
  },
};

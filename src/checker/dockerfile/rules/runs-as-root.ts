import type { Rule } from '../../core/types';
import type { ImageModel } from '../model';

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
        return [{ ...user.span, message: `"USER ${user.written}" is empty because the variable has no value in this stage (an ARG before FROM must be declared again after it), and an empty USER runs as uid 0. Give the ARG a default in this stage or write the id, e.g. USER 10001:10001.` }];
      }
      return [{ ...user.span, message: `The final stage switches to root with "USER ${user.written}", so the container runs as uid 0. End the stage with an unprivileged numeric user such as USER 10001:10001.` }];
    }
    if (user.isRoot === false) return [];
    if (user.isRoot === null) {
      return [{ ...stage.base.span, message: `The default user of "${stage.base.resolved || stage.base.raw}" cannot be verified and this stage sets no USER. Declare the runtime user explicitly, e.g. USER 10001:10001.` }];
    }
    const from = stage.base.kind === 'stage' ? `stage "${model.stages[stage.base.stageIndex ?? 0]?.name ?? stage.base.resolved}", which runs as root,` : stage.base.kind === 'scratch' ? 'scratch, which has no user at all,' : `"${stage.base.resolved}", which runs as root,`;
    return [{ ...stage.base.span, message: `The final stage starts from ${from} and never sets USER, so the container runs as uid 0. End the stage with USER 10001:10001 (or another unprivileged id).` }];
  },
};

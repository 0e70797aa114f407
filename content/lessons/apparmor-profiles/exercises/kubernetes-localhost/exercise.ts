import type { Exercise } from '../../../../../src/checker/grading/exercise';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const PROFILE = 'docker-app';

export const exercise: Exercise = {
  id: 'apparmor-profiles/kubernetes-localhost',
  lesson: 'apparmor-profiles',
  title: 'Apply a Localhost AppArmor profile in Kubernetes',
  task:
    'The `shop-web` Pod turns AppArmor off with the deprecated AppArmor annotation in its metadata. ' +
    'Remove the annotation and apply the `docker-app` profile, already loaded on every node, through ' +
    '`securityContext.appArmorProfile` with type `Localhost`.',
  files: [{ name: 'pod.yaml', kind: 'kubernetes', starter, solution }],
  rules: ['k8s-apparmor-unconfined', 'k8s-apparmor-annotation-deprecated', 'k8s-privileged', 'k8s-run-as-root', 'k8s-allow-privilege-escalation'],
  goals: [
    {
      id: 'localhost-profile',
      title: 'Every container runs under docker-app',
      why: 'Without a profile the container falls back to the runtime default, which allows all file writes; Unconfined allows everything.',
      check(ctx) {
        const workloads = ctx.kubernetes().workloads;
        const containers = workloads.flatMap((w) => w.containers.filter((c) => c.role !== 'ephemeralContainer'));
        if (containers.length === 0) return { pass: false, message: 'The file needs a Pod with a container.' };
        for (const container of containers) {
          const profile = container.security.appArmorProfile;
          const line = (container.securityContextSpan ?? container.nameSpan).line;
          if (!profile) return { pass: false, message: `Container \`${container.name}\` has no AppArmor profile; add \`appArmorProfile: { type: Localhost, localhostProfile: ${PROFILE} }\`.`, line };
          if (profile.source === 'annotation') return { pass: false, message: 'The profile still comes from the deprecated annotation; use the `appArmorProfile` field.', line: profile.span.line };
          if (profile.value.type !== 'Localhost' || profile.value.localhostProfile !== PROFILE) {
            return { pass: false, message: `Container \`${container.name}\` uses ${profile.value.type}${profile.value.localhostProfile ? ` (${profile.value.localhostProfile})` : ''}; set type Localhost and localhostProfile ${PROFILE}.`, line: profile.span.line };
          }
        }
        return { pass: true, message: `Every container runs under ${PROFILE}.` };
      },
    },
    {
      id: 'no-deprecated-annotation',
      title: 'No AppArmor annotation is left',
      why: 'The annotation is deprecated since Kubernetes 1.30; the securityContext field replaces it.',
      check(ctx) {
        const annotation = ctx.kubernetes().workloads.flatMap((w) => w.appArmorAnnotations)[0];
        return annotation
          ? { pass: false, message: `Remove the annotation for container \`${annotation.container}\`.`, line: annotation.span.line }
          : { pass: true, message: 'No deprecated annotation.' };
      },
    },
  ],
  hints: [
    'Two edits: delete the annotation under `metadata`, and add a field under a `securityContext`.',
    'The field is `appArmorProfile`, with `type: Localhost` and `localhostProfile:` set to the profile name, not a file path.',
    'Under the Pod `securityContext` add `appArmorProfile:` with `type: Localhost` and `localhostProfile: docker-app`, and remove the whole `annotations:` block.',
  ],
};

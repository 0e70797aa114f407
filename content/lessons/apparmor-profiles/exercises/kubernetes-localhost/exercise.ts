import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { kubernetesRunCommand, kubernetesStatusCommand } from '../../../../../src/grading/kubernetes-run';
import { exercise as denyWrites } from '../deny-writes/exercise';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const PROFILE = 'docker-app';

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noContainer: 'The file has no Pod with a container yet.',
  noProfile: 'Container `{{container}}` gets no AppArmor profile of its own, so the runtime default applies, which lets it write anywhere.',
  fromAnnotation: 'Container `{{container}}` still takes its profile ({{type}}) from the deprecated annotation.',
  otherProfile: 'Container `{{container}}` runs under {{type}}, not under the {{expected}} profile loaded on the nodes.',
  otherLocalhostProfile: 'Container `{{container}}` runs under {{type}} ({{profile}}), not under the {{expected}} profile loaded on the nodes.',
  fixProfile: "Add `appArmorProfile: { type: Localhost, localhostProfile: {{expected}} }` to the Pod's securityContext.",
  everyContainer: 'Every container runs under {{expected}}.',
  annotation: 'An AppArmor annotation for container `{{container}}` is still in the metadata; it is deprecated, and the field should be the only place the profile is set.',
  fixAnnotation: 'Remove the whole `annotations:` block.',
  noAnnotation: 'No deprecated annotation.',
} as const;

const say = sayFrom(MESSAGES);

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
      messages: MESSAGES,
      rules: ['k8s-apparmor-unconfined'],
      check(ctx) {
        const workloads = ctx.kubernetes().workloads;
        const containers = workloads.flatMap((w) => w.containers.filter((c) => c.role !== 'ephemeralContainer'));
        if (containers.length === 0) return say.fail('noContainer');
        for (const container of containers) {
          const profile = container.security.appArmorProfile;
          const line = (container.securityContextSpan ?? container.nameSpan).line;
          const data = { container: container.name, expected: PROFILE };
          if (!profile) return say.fail('noProfile', { fix: 'fixProfile', data, line });
          if (profile.source === 'annotation') return say.fail('fromAnnotation', { fix: 'fixProfile', data: { ...data, type: profile.value.type }, line: profile.span.line });
          if (profile.value.type !== 'Localhost' || profile.value.localhostProfile !== PROFILE) {
            const named = profile.value.localhostProfile;
            return say.fail(named ? 'otherLocalhostProfile' : 'otherProfile', { fix: 'fixProfile', data: { ...data, type: profile.value.type, profile: named ?? '' }, line: profile.span.line });
          }
        }
        return say.pass('everyContainer', { expected: PROFILE });
      },
    },
    {
      id: 'no-deprecated-annotation',
      title: 'No AppArmor annotation is left',
      why: 'The annotation is deprecated since Kubernetes 1.30; the securityContext field replaces it.',
      messages: MESSAGES,
      rules: ['k8s-apparmor-annotation-deprecated'],
      check(ctx) {
        const annotation = ctx.kubernetes().workloads.flatMap((w) => w.appArmorAnnotations)[0];
        return annotation
          ? say.fail('annotation', { fix: 'fixAnnotation', data: { container: annotation.container }, line: annotation.span.line })
          : say.pass('noAnnotation');
      },
    },
  ],
  run: {
    title: 'The web container starts under its profile',
    why: 'The simulated terminal has no kubelet, so this asks the container runtime for the same settings with docker run, as the lesson\'s demo does.',
    passed: 'With docker-app loaded on the node, the runtime starts the web container under it and it keeps running.',
    steps: [
      { command: 'sudo apparmor_parser -r -W docker-app' },
      { command: kubernetesRunCommand },
      { command: kubernetesStatusCommand, output: 'running', explain: 'docker logs web' },
    ],
  },
  hints: [
    'Two edits: delete the annotation under `metadata`, and add a field under a `securityContext`.',
    'The field is `appArmorProfile`, with `type: Localhost` and `localhostProfile:` set to the profile name, not a file path.',
    'Under the Pod `securityContext` add `appArmorProfile:` with `type: Localhost` and `localhostProfile: docker-app`, and remove the whole `annotations:` block.',
  ],
  // The profile of the previous exercise, which the task says is loaded on every node.
  context: { 'docker-app': denyWrites.files[0]?.solution ?? '' },
};

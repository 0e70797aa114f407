import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'privileged',
  title: 'Container runs privileged',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'never-privileged',
  why: 'A privileged container gets every capability and every host device, and loses the default seccomp and AppArmor profiles; root inside it can take over the host.',
  fix: 'Remove privileged mode and grant only the specific capability or device the workload needs.',
  refs: {
    kics: ['ae5b6871 Privileged Containers Enabled'],
    semgrep: ['yaml.docker-compose.security.privileged-service'],
    dockerBench: ['5.5'],
  },
  messages: {
    privilegedRun: '--privileged gives this container all capabilities, every host device and no seccomp or AppArmor profile; remove it and add only the capability it needs with --cap-add.',
    privilegedCompose: 'privileged: true gives this service all capabilities, every host device and no seccomp or AppArmor profile; remove it and list only the capability it needs under cap_add.',
  },
  examples: {
    bad: 'docker run --privileged -d nginx',
    good: 'docker run -d --cap-drop ALL -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.30',
  },
}, (runtime) => {
  const privileged = runtime.privileged;
  if (!privileged?.value) return [];
  return [hitAt(privileged.span, inSyntax(runtime, 'privilegedRun', 'privilegedCompose'))];
});

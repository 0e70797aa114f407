import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'host-pid',
  title: 'Container shares the host PID namespace',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'never-privileged',
  why: 'In the host PID namespace the container sees every host process; with ptrace or SYS_ADMIN it can signal, inspect or enter them (nsenter --target 1).',
  fix: 'Remove the host PID mode; use docker exec or a sidecar sharing only the target container\'s PID namespace when debugging.',
  refs: { kics: ['4f31dd9f Host Namespace is Shared'], dockerBench: ['5.16'] },
  messages: {
    hostPidRun: '--pid=host lets this container see and signal every process on the host; remove it.',
    hostPidCompose: 'pid: host lets this service see and signal every process on the host; remove it.',
  },
  examples: { bad: 'docker run --pid=host alpine ps aux', good: 'docker run --rm alpine ps aux' },
}, (runtime) => {
  const span = runtime.hostNamespaces.pid;
  return span ? [hitAt(span, inSyntax(runtime, 'hostPidRun', 'hostPidCompose'))] : [];
});

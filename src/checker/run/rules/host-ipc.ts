import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'host-ipc',
  title: 'Container shares the host IPC namespace',
  severity: 'warning',
  appliesTo: ['run', 'compose'],
  lesson: 'never-privileged',
  why: 'The host IPC namespace exposes the host\'s shared memory segments, semaphores and message queues to the container.',
  fix: 'Remove the host IPC mode; share IPC only with a specific container (container:<name>) when two containers really need it.',
  refs: { dockerBench: ['5.17'] },
  messages: {
    hostIpcRun: `--ipc=host gives this container the host's shared memory and message queues; remove it.`,
    hostIpcCompose: `ipc: host gives this service the host's shared memory and message queues; remove it.`,
  },
  examples: { bad: 'docker run --ipc=host myapp', good: 'docker run myapp' },
}, (runtime) => {
  const span = runtime.hostNamespaces.ipc;
  return span ? [hitAt(span, inSyntax(runtime, 'hostIpcRun', 'hostIpcCompose'))] : [];
});

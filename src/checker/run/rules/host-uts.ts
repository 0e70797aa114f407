import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'host-uts',
  title: 'Container shares the host UTS namespace',
  severity: 'warning',
  appliesTo: ['run', 'compose'],
  lesson: 'never-privileged',
  why: 'In the host UTS namespace the container sees the host\'s hostname and domain name, and with SYS_ADMIN it can change them for the whole host.',
  fix: 'Remove the host UTS mode; set a name with --hostname (hostname: in Compose) if the app needs one.',
  refs: { dockerBench: ['5.21'] },
  messages: {
    hostUtsRun: `--uts=host shares the host's hostname with this container; remove it and use --hostname if a name is needed.`,
    hostUtsCompose: `uts: host shares the host's hostname with this service; remove it and use hostname: if a name is needed.`,
  },
  examples: { bad: 'docker run --uts=host myapp', good: 'docker run --hostname web myapp' },
}, (runtime) => {
  const span = runtime.hostNamespaces.uts;
  return span ? [hitAt(span, inSyntax(runtime, 'hostUtsRun', 'hostUtsCompose'))] : [];
});

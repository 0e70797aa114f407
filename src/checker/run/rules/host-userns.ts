import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'host-userns',
  title: 'Container opts out of user-namespace remapping',
  severity: 'warning',
  appliesTo: ['run', 'compose'],
  lesson: 'user-namespaces',
  why: 'On a daemon with userns-remap, the host user namespace makes root in the container the real root of the host again.',
  fix: 'Remove the host userns mode so the daemon\'s remapping applies to this container.',
  refs: { dockerBench: ['5.31'] },
  messages: {
    hostUsernsRun: `--userns=host turns off user-namespace remapping for this container, so its root is the host's root; remove it.`,
    hostUsernsCompose: `userns_mode: host turns off user-namespace remapping for this service, so its root is the host's root; remove it.`,
  },
  examples: { bad: 'docker run --userns=host myapp', good: 'docker run myapp' },
}, (runtime) => {
  const span = runtime.hostNamespaces.userns;
  return span ? [hitAt(span, inSyntax(runtime, 'hostUsernsRun', 'hostUsernsCompose'))] : [];
});

import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'selinux-disabled',
  title: 'SELinux labelling is turned off',
  severity: 'warning',
  appliesTo: ['run', 'compose'],
  lesson: 'apparmor-profiles',
  why: 'On SELinux hosts the container label keeps a container away from host files and other containers; label=disable removes that barrier.',
  fix: 'Remove label=disable; relabel bind mounts with :z or :Z instead.',
  refs: { dockerBench: ['5.3'] },
  messages: {
    disabledRun: 'label=disable turns off SELinux separation for this container; remove it and relabel bind mounts with :Z if access was the problem.',
    disabledCompose: 'label:disable turns off SELinux separation for this service; remove it and relabel bind mounts with :Z if access was the problem.',
  },
  examples: {
    bad: 'docker run --security-opt label=disable -v /srv/data:/data myapp',
    good: 'docker run -v /srv/data:/data:Z myapp',
  },
}, (runtime) => {
  const { state, span } = runtime.selinux;
  if (state !== 'unconfined' || !span) return [];
  return [hitAt(span, inSyntax(runtime, 'disabledRun', 'disabledCompose'))];
});

import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'apparmor-unconfined',
  title: 'The AppArmor profile is turned off',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'apparmor-profiles',
  why: 'Docker\'s default AppArmor profile denies writes to /proc and /sys internals and blocks mount; unconfined removes that layer.',
  fix: 'Remove apparmor=unconfined, or load a profile written for this application and name it with apparmor=<profile>.',
  refs: { dockerBench: ['5.2'] },
  messages: {
    unconfinedRun: 'apparmor=unconfined runs this container without any AppArmor profile; remove it or name a profile written for the app.',
    unconfinedCompose: 'apparmor:unconfined runs this service without any AppArmor profile; remove it or name a profile written for the app.',
  },
  examples: {
    bad: 'docker run --security-opt apparmor=unconfined nginx',
    good: 'docker run --security-opt apparmor=docker-nginx nginx',
  },
}, (runtime) => {
  const { state, span } = runtime.apparmor;
  if (state !== 'unconfined' || !span) return [];
  return [hitAt(span, inSyntax(runtime, 'unconfinedRun', 'unconfinedCompose'))];
});

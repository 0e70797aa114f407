import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'seccomp-unconfined',
  title: 'The seccomp filter is turned off',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'seccomp-profiles',
  why: 'Docker\'s default seccomp profile blocks about 44 risky system calls such as mount, unshare, keyctl, bpf and kexec_load; unconfined makes all of them available.',
  fix: 'Remove seccomp=unconfined; if one system call is missing, start from Docker\'s default profile and allow just that call.',
  refs: { kics: ['404fde2c Default Seccomp Profile Disabled'], dockerBench: ['5.22'] },
  messages: {
    unconfinedRun: 'seccomp=unconfined removes the system call filter, so calls like mount, unshare and bpf reach the host kernel; remove this --security-opt.',
    unconfinedCompose: 'seccomp:unconfined removes the system call filter, so calls like mount, unshare and bpf reach the host kernel; remove it from security_opt.',
  },
  examples: {
    bad: 'docker run --security-opt seccomp=unconfined myapp',
    good: 'docker run --security-opt seccomp=./profile.json myapp',
  },
}, (runtime) => {
  const { state, span } = runtime.seccomp;
  if (state !== 'unconfined' || !span) return [];
  return [hitAt(span, inSyntax(runtime, 'unconfinedRun', 'unconfinedCompose'))];
});

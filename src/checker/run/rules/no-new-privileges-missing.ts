import { hitAt, inSyntax, runtimeRule, serviceOf } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'no-new-privileges-missing',
  title: 'Processes may gain privileges through setuid binaries',
  severity: 'info',
  appliesTo: ['run', 'compose'],
  lesson: 'least-privilege-capabilities',
  why: 'Without no-new-privileges, a setuid or setcap binary in the image (su, sudo, ping) can raise a process\'s privileges inside the container.',
  fix: 'Add the no-new-privileges security option: setuid and setgid bits then no longer change the user, and file capabilities can no longer give a process capabilities it did not start with.',
  refs: { kics: ['27fcc7d6 No New Privileges Not Set'], dockerBench: ['5.26'] },
  messages: {
    setFalseRun: 'no-new-privileges is set to false, so setuid binaries can still raise privileges; add --security-opt no-new-privileges.',
    setFalseCompose: 'no-new-privileges is set to false, so setuid binaries can still raise privileges; add no-new-privileges:true under security_opt.',
    missingRun: 'This container lets setuid binaries such as su raise privileges; add --security-opt no-new-privileges.',
    missingCompose: 'Service "{{service}}" lets setuid binaries such as su raise privileges; add no-new-privileges:true under security_opt.',
  },
  examples: {
    bad: 'docker run -d myapp',
    good: 'docker run -d --security-opt no-new-privileges myapp',
  },
}, (runtime) => {
  const setting = runtime.noNewPrivileges;
  if (setting?.value) return [];
  if (setting) return [hitAt(setting.span, inSyntax(runtime, 'setFalseRun', 'setFalseCompose'))];
  return [hitAt(runtime.span, inSyntax(runtime, 'missingRun', 'missingCompose'), serviceOf(runtime))];
});

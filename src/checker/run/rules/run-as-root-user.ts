import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

const ROOT_USER = /^(0+|root)(:|$)/i;

export const rule = runtimeRule({
  id: 'run-as-root-user',
  title: 'The container is started as root',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'run-as-non-root',
  why: 'A user override of root (or uid 0) throws away the image\'s non-root USER; any flaw in the app then runs as root, with all of root\'s capabilities.',
  fix: 'Remove the override so the image\'s USER applies, or give a non-root uid such as 10001.',
  refs: {},
  messages: {
    rootRun: '-u {{user}} runs the process as root whatever USER the image sets; remove it or use a non-root uid such as -u 10001.',
    rootCompose: 'user: "{{user}}" runs the service as root whatever USER the image sets; remove it or use a non-root uid such as "10001".',
  },
  examples: { bad: 'docker run -u root myapp', good: 'docker run -u 10001:10001 myapp' },
}, (runtime) => {
  const user = runtime.user;
  if (!user || !ROOT_USER.test(user.value.trim())) return [];
  return [hitAt(user.span, inSyntax(runtime, 'rootRun', 'rootCompose'), { user: user.value })];
});

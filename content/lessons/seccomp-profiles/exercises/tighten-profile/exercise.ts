import type { Exercise, Goal, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import { ALLOWING_ACTIONS, dangerOf, type SeccompModel } from '../../../../../src/checker/seccomp';
import { profileFilter } from '../../../../../src/sim/seccomp';
import { SERVICE_CALLS } from './calls';
import starter from './starter.json?raw';
import solution from './solution.json?raw';

const FILE = 'profile.json';
const DENYING = new Set(['SCMP_ACT_ERRNO', 'SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD', 'SCMP_ACT_TRAP']);

/** Names as code, at most four, for a message's data. */
function listed(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} (+${names.length - 3})`;
}

function withProfile(check: (model: SeccompModel) => GoalResult): Goal['check'] {
  return (ctx: GoalContext) => {
    const model = ctx.seccomp(FILE);
    return model.format === 'none' ? { pass: false, messageId: 'unreadable' } : check(model);
  };
}

export const DEFAULT_MESSAGES = {
  unreadable: 'profile.json is not a seccomp profile Docker can read yet.',
  missing: 'The profile has no defaultAction, so every call it does not name is left to chance; deny them.',
  allows: 'With "defaultAction": "{{action}}" every call the profile does not name reaches the kernel, including ones nobody has thought of yet.',
  trace: 'SCMP_ACT_TRACE hands every call the profile does not name to a tracer; with none they fail with ENOSYS, and a tracer in the container decides for itself.',
  other: '"defaultAction": "{{action}}" is not a way to refuse a call.',
  passed: 'Every call the profile does not name is refused ({{action}}).',
  fix: 'Set "defaultAction": "SCMP_ACT_ERRNO".',
} as const;

export const DANGER_MESSAGES = {
  unreadable: DEFAULT_MESSAGES.unreadable,
  allowed: 'The profile still allows {{calls}}, calls behind container escapes that Docker\'s own profile refuses; the service never makes them.',
  passed: 'None of the calls behind container escapes is allowed.',
  fix: 'Delete the second rule, the one that allows {{calls}}, or change its action to SCMP_ACT_ERRNO.',
} as const;

export const SERVICE_MESSAGES = {
  unreadable: DEFAULT_MESSAGES.unreadable,
  missing: 'The service needs {{calls}}, which the profile no longer allows: it would fail to start or die on its first request.',
  passed: 'All {{count}} calls the service makes are still allowed.',
  fix: 'Keep the first rule\'s names as they were: {{calls}} must stay allowed.',
} as const;

export const exercise: Exercise = {
  id: 'seccomp-profiles/tighten-profile',
  lesson: 'seccomp-profiles',
  title: 'Turn a recording profile into an allow-list',
  task:
    'A teammate recorded what the web service calls with `SCMP_ACT_LOG` as the default action, then allowed a few more calls ' +
    'for a debugging session. Make `profile.json` refuse every call it does not list, and take the debugging calls out, ' +
    'while the service\'s own calls (the first rule) stay allowed. The terminal starts the service with ' +
    '`--security-opt seccomp=profile.json`.',
  files: [{ name: FILE, kind: 'seccomp', starter, solution }],
  rules: ['seccomp-default-allow', 'seccomp-dangerous-syscall', 'seccomp-trace-notify'],
  goals: [
    {
      id: 'denies-by-default',
      title: 'Calls the profile does not list are refused',
      why: 'An allow-list fails closed: a call nobody listed, or one a newer kernel adds, is refused instead of reaching the kernel.',
      rules: ['seccomp-default-allow'],
      messages: DEFAULT_MESSAGES,
      check: withProfile((model) => {
        const action = model.defaultAction;
        if (!action) return { pass: false, line: model.span?.line ?? 1, messageId: 'missing', fixId: 'fix' };
        if (DENYING.has(action.value)) return { pass: true, messageId: 'passed', data: { action: action.value } };
        const messageId = ALLOWING_ACTIONS.has(action.value) ? 'allows' : action.value === 'SCMP_ACT_TRACE' ? 'trace' : 'other';
        return { pass: false, line: action.span.line, messageId, fixId: 'fix', data: { action: action.value } };
      }),
    },
    {
      id: 'no-escape-calls',
      title: 'No call behind container escapes is allowed',
      why: 'mount, unshare, setns, ptrace and keyctl are the first step of most container escapes; the service does not need them, so the profile must not allow them.',
      rules: ['seccomp-dangerous-syscall'],
      messages: DANGER_MESSAGES,
      check: withProfile((model) => {
        const filter = profileFilter(model);
        const allowed = model.syscalls.flatMap((rule) => rule.names)
          .filter((name) => dangerOf(name.value) && filter.decide(name.value, new Set()).kind === 'allow');
        const names = [...new Set(allowed.map((n) => n.value))];
        if (names.length === 0) return { pass: true, messageId: 'passed' };
        return { pass: false, line: allowed[0]?.span.line ?? 1, messageId: 'allowed', fixId: 'fix', data: { calls: listed(names) } };
      }),
    },
    {
      id: 'service-calls-allowed',
      title: 'The service\'s own calls stay allowed',
      why: 'A profile that refuses a call the program makes breaks it: Go\'s runtime dies without mmap or futex, and the server cannot listen without socket or bind.',
      messages: SERVICE_MESSAGES,
      check: withProfile((model): GoalResult => {
        const filter = profileFilter(model);
        const refused = SERVICE_CALLS.filter((call) => filter.decide(call, new Set()).kind !== 'allow');
        if (refused.length === 0) return { pass: true, messageId: 'passed', data: { count: SERVICE_CALLS.length } };
        const line = model.syscalls[0]?.span.line ?? model.span?.line ?? 1;
        return { pass: false, line, messageId: 'missing', fixId: 'fix', data: { calls: listed(refused) } };
      }),
    },
  ],
  run: {
    title: 'The web service starts under profile.json',
    why: 'This is what the terminal does with the profile; a profile Docker refuses, or one that stops the service, is not a fix.',
    passed: 'docker run loads profile.json and the web container keeps running under it.',
    steps: [
      { command: 'docker run -d --name web --security-opt seccomp=profile.json example/web:1.4' },
      { command: "docker inspect -f '{{.State.Status}}' web", output: 'running', explain: 'docker logs web' },
    ],
  },
  hints: [
    'Look at `defaultAction` first: `SCMP_ACT_LOG` lets everything through and only writes it down.',
    'A deny-by-default profile uses `SCMP_ACT_ERRNO` as the default action; the second rule was only for debugging.',
    'Set `"defaultAction": "SCMP_ACT_ERRNO"` and delete the whole second rule (mount, umount2, unshare, setns, ptrace, keyctl).',
  ],
  demo: [
    'docker run --rm --security-opt seccomp=profile.json alpine:3.24 unshare -r id',
    'docker run -d --name web --security-opt seccomp=profile.json example/web:1.4',
  ],
};

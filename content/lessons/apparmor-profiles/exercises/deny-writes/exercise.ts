import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import { fileAccess } from '../../../../../src/checker/apparmor';
import type { Profile } from '../../../../../src/checker/apparmor/model';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import { decisionMessage, FILE_DECISION_MESSAGES, type ProbedAccess } from '../file-decision';
import starter from './starter.apparmor?raw';
import solution from './solution.apparmor?raw';

const UNCONFINED_EXEC = new Set(['ux', 'Ux', 'pux', 'PUx', 'cux', 'CUx']);

function profileOf(ctx: GoalContext): Profile | undefined {
  return ctx.apparmor().profiles[0];
}

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  ...FILE_DECISION_MESSAGES,
  noProfile: 'The file has no `profile docker-app { ... }` block, so nothing is confined.',
  enforce: 'Enforce mode: what the profile does not allow is blocked.',
  notEnforcing: 'The profile is in {{mode}} mode: what it does not allow is only logged, never blocked.',
  fixNotEnforcing: 'Remove `{{mode}}` from its flags.',
  etcDenied: 'Writes and hard links under /etc are denied.',
  fixEtc: 'Add `deny /etc/** wl,`: `w` is write and `l` is link.',
  homeDenied: 'Writes and hard links under /home are denied.',
  fixHome: 'Add `deny /home/** wl,`.',
  readsWork: 'Reads under /etc, listing /etc and writes to /tmp still work.',
  fixReads: 'Deny only `wl` under `/etc/**`, not `r`, and leave `/etc/` itself and /tmp alone.',
  unconfinedExec: "`{{rule}}` runs the renderer with no confinement at all, so none of this profile's rules apply to it.",
  fixUnconfinedExec: 'Use `ix` instead, so it inherits this profile.',
  confined: 'Every program stays confined.',
} as const;

type MessageId = keyof typeof MESSAGES;
const say = sayFrom(MESSAGES);
const noProfile: GoalResult = say.fail('noProfile');

/** Fails on the first probe whose outcome differs from `allowed`, naming the path and the deciding rule. */
function expectAccess(profile: Profile, probes: [string, ProbedAccess][], allowed: boolean, passed: MessageId, fix: MessageId): GoalResult {
  for (const [path, access] of probes) {
    const decision = fileAccess(profile, path, access);
    if (decision.allowed !== allowed) {
      const { id, data } = decisionMessage(profile, path, access, decision);
      return say.fail(id, { fix, data, line: decision.rule?.line ?? profile.line });
    }
  }
  return say.pass(passed);
}

export const exercise: Exercise = {
  id: 'apparmor-profiles/deny-writes',
  lesson: 'apparmor-profiles',
  title: 'Deny writes to /etc and /home',
  task:
    'The `docker-app` profile is in complain mode, confines nothing under /etc or /home, and lets its report renderer run unconfined. ' +
    'Make it enforce, deny writes and hard links under `/etc` and `/home`, keep reads working, and run the renderer ' +
    'under this same profile instead of `ux`.',
  files: [{ name: 'docker-app', kind: 'apparmor', starter, solution }],
  rules: [
    'apparmor-complain-mode', 'apparmor-unconfined-exec', 'apparmor-broad-capability', 'apparmor-mount-allowed',
    'apparmor-change-profile-unconfined', 'apparmor-link-is-not-list',
  ],
  goals: [
    {
      id: 'enforce-mode',
      title: 'The profile enforces its rules',
      why: 'In complain mode accesses the profile does not allow are only logged, not blocked.',
      messages: MESSAGES,
      rules: ['apparmor-complain-mode'],
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return profile.mode === 'enforce'
          ? say.pass('enforce')
          : say.fail('notEnforcing', { fix: 'fixNotEnforcing', data: { mode: profile.mode }, line: profile.line });
      },
    },
    {
      id: 'etc-read-only',
      title: 'Files under /etc cannot be changed',
      why: 'Rewriting /etc/passwd or a service configuration is a classic way to keep access or gain more.',
      messages: MESSAGES,
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [
          ['/etc/passwd', 'write'], ['/etc/nginx/conf.d/default.conf', 'write'], ['/etc/cron.d/backdoor', 'write'], ['/etc/passwd-link', 'link'],
        ], false, 'etcDenied', 'fixEtc');
      },
    },
    {
      id: 'home-read-only',
      title: 'Files under /home cannot be changed',
      why: 'Dropping an SSH key or a shell start-up file into a home directory gives an attacker a way back in.',
      messages: MESSAGES,
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [
          ['/home/app/.ssh/authorized_keys', 'write'], ['/home/app/.profile', 'write'], ['/home/app/.profile-link', 'link'],
        ], false, 'homeDenied', 'fixHome');
      },
    },
    {
      id: 'app-still-works',
      title: 'The app can still read its configuration and use /tmp',
      why: 'The C library reads /etc at start-up and the app keeps scratch files in /tmp: blocking those breaks it.',
      messages: MESSAGES,
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        return expectAccess(profile, [
          ['/etc/passwd', 'read'], ['/etc/hostname', 'read'], ['/etc/', 'read'], ['/tmp/report.csv', 'write'],
        ], true, 'readsWork', 'fixReads');
      },
    },
    {
      id: 'no-unconfined-exec',
      title: 'No program runs unconfined',
      why: 'A program started through a ux rule has no profile at all, so everything above stops applying to it.',
      messages: MESSAGES,
      rules: ['apparmor-unconfined-exec'],
      check(ctx) {
        const profile = profileOf(ctx);
        if (!profile) return noProfile;
        const escape = profile.rules.find((r) => r.kind === 'file' && !r.deny && r.permissions.exec !== undefined && UNCONFINED_EXEC.has(r.permissions.exec));
        return escape
          ? say.fail('unconfinedExec', { fix: 'fixUnconfinedExec', data: { rule: escape.text }, line: escape.line })
          : say.pass('confined');
      },
    },
  ],
  run: {
    title: 'The profile loads, and a container under it still works',
    why: 'This is what the terminal does: apparmor_parser must accept the profile, and a container confined by it must still read /etc and write /tmp.',
    passed: 'apparmor_parser loads docker-app, and a confined container reads /etc/hostname and writes to /tmp.',
    steps: [
      { command: 'sudo apparmor_parser -r -W docker-app' },
      { command: 'docker run --rm --security-opt apparmor=docker-app alpine:3.24 cat /etc/hostname' },
      { command: 'docker run --rm --security-opt apparmor=docker-app alpine:3.24 touch /tmp/report.csv' },
    ],
  },
  hints: [
    'Three things to change: the profile flags, the exec mode of the renderer, and two new deny rules.',
    'Keep `file,` (it allows everything) and subtract with `deny PATH PERMISSIONS,`. `w` is write and `l` is link; `/etc/**` matches everything beneath /etc.',
    'Remove `complain` from the flags, change `ux` to `ix`, and add `deny /etc/** wl,` and `deny /home/** wl,`.',
  ],
  demo: [
    'sudo apparmor_parser -r -W docker-app',
    'sudo aa-status',
    'docker run --rm -it --security-opt apparmor=docker-app alpine:3.24 sh',
    'touch /etc/x',
    'ls /etc',
    'exit',
  ],
};

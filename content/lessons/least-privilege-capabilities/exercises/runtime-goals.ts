import type { Goal, GoalContext, GoalResult } from '../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../src/checker/run/model';

/** Finds the container an exercise is about, in whichever file kind it uses. */
export type RuntimeOf = (ctx: GoalContext) => RuntimeModel | null;

export const firstRunCommand: RuntimeOf = (ctx) => ctx.run().commands[0]?.runtime ?? null;
export const firstComposeService: RuntimeOf = (ctx) => ctx.compose().services[0]?.runtime ?? null;

interface Wording {
  /** How the learner writes each setting in this file kind. */
  dropAll: string;
  noNewPrivileges: string;
  readOnly: string;
  tmpfs: string;
}

export const RUN_WORDING: Wording = {
  dropAll: '--cap-drop ALL',
  noNewPrivileges: '--security-opt no-new-privileges',
  readOnly: '--read-only',
  tmpfs: '--tmpfs /tmp',
};

export const COMPOSE_WORDING: Wording = {
  dropAll: 'cap_drop: [ALL]',
  noNewPrivileges: 'security_opt: [no-new-privileges:true]',
  readOnly: 'read_only: true',
  tmpfs: 'tmpfs: [/tmp]',
};

/** Capabilities a plain web service may legitimately keep; everything else is more than it needs. */
const NEEDED = new Set(['NET_BIND_SERVICE']);

function withRuntime(of: RuntimeOf, check: (runtime: RuntimeModel) => GoalResult): Goal['check'] {
  return (ctx) => {
    const runtime = of(ctx);
    if (!runtime) return { pass: false, message: 'The container definition is missing: keep the web service in the file.' };
    return check(runtime);
  };
}

export function leastPrivilegeGoals(of: RuntimeOf, say: Wording): Goal[] {
  return [
    {
      id: 'drops-all',
      title: 'All capabilities are dropped first',
      why: 'Starting from an empty set means only capabilities you name are granted, whatever the engine\'s defaults are.',
      check: withRuntime(of, (runtime) =>
        runtime.capDrop.some((cap) => cap.name === 'ALL')
          ? { pass: true, message: 'Every default capability is dropped.' }
          : { pass: false, line: runtime.span.line, message: `Add ${say.dropAll} so the container does not keep Docker's fourteen default capabilities.` }),
    },
    {
      id: 'only-needed',
      title: 'Only NET_BIND_SERVICE, at most, is added back',
      why: 'A web service needs no administrative capability; SYS_ADMIN alone enables most container escapes.',
      check: withRuntime(of, (runtime) => {
        if (runtime.privileged?.value === true) {
          return { pass: false, line: runtime.privileged.span.line, message: 'Privileged mode grants every capability. Remove it.' };
        }
        const extra = runtime.capabilities.filter((cap) => !NEEDED.has(cap));
        if (extra.length === 0) return { pass: true, message: `Effective capabilities: ${runtime.capabilities.join(', ') || 'none'}.` };
        const added = runtime.capAdd.find((cap) => extra.includes(cap.name) || cap.name === 'ALL');
        return {
          pass: false,
          line: added?.span.line ?? runtime.span.line,
          message: `The container still holds ${extra.join(', ')}. The service needs none of these: remove the additions and drop ALL.`,
        };
      }),
    },
    {
      id: 'no-new-privileges',
      title: 'Privilege escalation is blocked',
      why: 'With no_new_privs set, setuid binaries and file capabilities cannot raise the process\'s privileges.',
      check: withRuntime(of, (runtime) =>
        runtime.noNewPrivileges?.value === true
          ? { pass: true, message: 'no-new-privileges is set.' }
          : { pass: false, line: runtime.span.line, message: `Add ${say.noNewPrivileges}.` }),
    },
    {
      id: 'read-only-rootfs',
      title: 'The root filesystem is read-only',
      why: 'An attacker cannot drop tools or change the application on a read-only filesystem.',
      check: withRuntime(of, (runtime) =>
        runtime.readOnlyRootfs?.value === true
          ? { pass: true, message: 'The root filesystem is read-only.' }
          : { pass: false, line: runtime.span.line, message: `Add ${say.readOnly}.` }),
    },
    {
      id: 'tmp-writable',
      title: '/tmp stays writable',
      why: 'The service writes temporary files; a tmpfs or volume on /tmp keeps it working on a read-only filesystem.',
      check: withRuntime(of, (runtime) =>
        runtime.mounts.some((mount) => mount.target.replace(/\/+$/, '') === '/tmp' && !mount.readOnly)
          ? { pass: true, message: '/tmp has its own writable mount.' }
          : { pass: false, line: runtime.span.line, message: `The service writes to /tmp. Give it a writable mount there with ${say.tmpfs}.` }),
    },
  ];
}

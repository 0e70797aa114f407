import type { Goal, GoalContext, GoalResult } from '../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../src/checker/run/model';

/** Finds the container an exercise is about, in whichever file kind it uses. */
export type RuntimeOf = (ctx: GoalContext) => RuntimeModel | null;

export const firstRunCommand: RuntimeOf = (ctx) => ctx.run().commands[0]?.runtime ?? null;
export const firstComposeService: RuntimeOf = (ctx) => ctx.compose().services[0]?.runtime ?? null;

interface Wording {
  /** How the learner writes each setting in this file kind, for the fixes kept back for the last hint. */
  dropAll: string;
  noNewPrivileges: string;
  readOnly: string;
  tmpfs: string;
  privileged: string;
  capAdd: (cap: string) => string;
  user: (value: string) => string;
}

export const RUN_WORDING: Wording = {
  dropAll: '`--cap-drop ALL`',
  noNewPrivileges: '`--security-opt no-new-privileges`',
  readOnly: '`--read-only`',
  tmpfs: '`--tmpfs /tmp`',
  privileged: '`--privileged`',
  capAdd: (cap) => `\`--cap-add ${cap}\``,
  user: (value) => `\`--user ${value}\``,
};

export const COMPOSE_WORDING: Wording = {
  dropAll: '`cap_drop: [ALL]`',
  noNewPrivileges: '`security_opt: [no-new-privileges:true]`',
  readOnly: '`read_only: true`',
  tmpfs: '`tmpfs: [/tmp]`',
  privileged: '`privileged: true`',
  capAdd: (cap) => `\`${cap}\` under \`cap_add\``,
  user: (value) => `\`user: "${value}"\``,
};

/** Capabilities a plain web service may legitimately keep; everything else is more than it needs. */
const NEEDED = new Set(['NET_BIND_SERVICE']);
const ROOT_USER = /^(0+|root)$/i;

function withRuntime(of: RuntimeOf, check: (runtime: RuntimeModel) => GoalResult): Goal['check'] {
  return (ctx) => {
    const runtime = of(ctx);
    if (!runtime) return { pass: false, message: 'The file no longer starts the web service, so there is nothing to harden or run.' };
    return check(runtime);
  };
}

function list(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

export function leastPrivilegeGoals(of: RuntimeOf, say: Wording): Goal[] {
  return [
    {
      id: 'drops-all',
      title: 'The container starts from no capabilities at all',
      why: 'Starting from an empty set means only capabilities you name are granted, whatever the engine\'s defaults are.',
      rules: ['no-cap-drop'],
      check: withRuntime(of, (runtime) => {
        if (runtime.capDrop.some((cap) => cap.name === 'ALL')) return { pass: true, message: 'Every default capability is dropped before anything is added.' };
        const dropped = runtime.capDrop.map((c) => c.name);
        return {
          pass: false,
          line: runtime.capDrop[0]?.span.line ?? runtime.span.line,
          message: dropped.length > 0
            ? `Dropping only ${list(dropped)} keeps the rest of Docker's 14 default capabilities, and the list changes between engine versions.`
            : 'The container keeps Docker\'s 14 default capabilities (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID and more), and this web service needs none of them.',
          fix: `Add ${say.dropAll}, then add back only what the service proves it needs.`,
        };
      }),
    },
    {
      id: 'only-needed',
      title: 'Nothing is added back but what the service needs',
      why: 'A web service needs no administrative capability; SYS_ADMIN alone enables most container escapes.',
      rules: ['dangerous-capability', 'privileged'],
      check: withRuntime(of, (runtime) => {
        if (runtime.privileged?.value === true) {
          return { pass: false, line: runtime.privileged.span.line, message: 'Privileged mode grants every capability and every host device, whatever the rest of the line drops.', fix: `Remove ${say.privileged}.` };
        }
        const extra = runtime.capabilities.filter((cap) => !NEEDED.has(cap));
        if (extra.length === 0) return { pass: true, message: `Effective capabilities: ${runtime.capabilities.join(', ') || 'none'}.` };
        const added = runtime.capAdd.find((cap) => extra.includes(cap.name) || cap.name === 'ALL');
        const count = extra.length === 1 ? 'one capability' : `${extra.length} capabilities`;
        return {
          pass: false,
          line: added?.span.line ?? runtime.span.line,
          message: `The container still holds ${count} it does not need: ${list(extra)}. A non-root web server on port 8080 needs none.`,
          fix: added ? `Remove ${say.capAdd(added.name)}.` : `Add ${say.dropAll}.`,
        };
      }),
    },
    {
      id: 'no-new-privileges',
      title: 'Privilege escalation is blocked',
      why: 'With no_new_privs set, setuid binaries and file capabilities cannot raise the process\'s privileges.',
      rules: ['no-new-privileges-missing'],
      check: withRuntime(of, (runtime) => {
        const setting = runtime.noNewPrivileges;
        if (setting?.value === true) return { pass: true, message: 'no-new-privileges is set: setuid binaries grant nothing.' };
        return {
          pass: false,
          line: setting?.span.line ?? runtime.span.line,
          message: setting ? 'no-new-privileges is switched off here, so setuid binaries such as su can still raise privileges.' : 'Setuid and setgid binaries such as su can still raise the process\'s privileges.',
          fix: `Add ${say.noNewPrivileges}.`,
        };
      }),
    },
    {
      id: 'read-only-rootfs',
      title: 'The root filesystem is read-only',
      why: 'An attacker cannot drop tools or change the application on a read-only filesystem.',
      check: withRuntime(of, (runtime) =>
        runtime.readOnlyRootfs?.value === true
          ? { pass: true, message: 'The root filesystem is read-only.' }
          : { pass: false, line: runtime.readOnlyRootfs?.span.line ?? runtime.span.line, message: 'The root filesystem is writable, so an attacker can drop tools into it or change the application.', fix: `Add ${say.readOnly}.` }),
    },
    {
      id: 'tmp-writable',
      title: '/tmp stays writable',
      why: 'The service writes temporary files; a tmpfs or volume on /tmp keeps it working on a read-only filesystem.',
      check: withRuntime(of, (runtime) => {
        if (runtime.mounts.some((mount) => mount.target.replace(/\/+$/, '') === '/tmp' && !mount.readOnly)) return { pass: true, message: '/tmp has its own writable mount.' };
        if (runtime.readOnlyRootfs?.value !== true) return { pass: true, message: '/tmp is writable for now, like the rest of the root filesystem.' };
        return { pass: false, line: runtime.readOnlyRootfs.span.line, message: 'With a read-only root filesystem the service can no longer write its temporary files to /tmp, so it fails.', fix: `Give /tmp its own mount with ${say.tmpfs}.` };
      }),
    },
    {
      id: 'non-root-user',
      title: 'The service keeps running as a non-root user',
      why: 'The image runs the service as a non-root user; overriding that with root brings back every capability left and DAC_OVERRIDE\'s disregard for file permissions.',
      rules: ['run-as-root-user'],
      check: withRuntime(of, (runtime) => {
        const user = runtime.user;
        if (!user) return { pass: true, message: 'The image\'s own non-root user applies.' };
        const [uid = '', gid] = user.value.trim().split(':');
        if (ROOT_USER.test(uid)) return { pass: false, line: user.span.line, message: `${say.user(user.value)} starts the service as root, overriding the image's non-root user.`, fix: `Remove ${say.user(user.value)}: the image already runs as a non-root user.` };
        if (gid !== undefined && ROOT_USER.test(gid)) return { pass: false, line: user.span.line, message: `${say.user(user.value)} puts the process in group 0, the root group.`, fix: `Remove ${say.user(user.value)}, or give a non-root group as well.` };
        return { pass: true, message: `The service runs as ${user.value}, not root.` };
      }),
    },
  ];
}

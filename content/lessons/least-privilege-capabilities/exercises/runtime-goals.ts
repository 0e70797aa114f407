import type { Goal, GoalContext, GoalResult } from '../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../src/checker/run/model';
import { nameList, sayFrom } from '../../../../src/checker/grading/goal-messages';

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
  /** The fix that removes an added capability, worded for this file kind. */
  removeCapAdd: 'fixRemoveCapAddFlag' | 'fixRemoveCapAddKey';
  user: (value: string) => string;
}

export const RUN_WORDING: Wording = {
  dropAll: '`--cap-drop ALL`',
  noNewPrivileges: '`--security-opt no-new-privileges`',
  readOnly: '`--read-only`',
  tmpfs: '`--tmpfs /tmp`',
  privileged: '`--privileged`',
  removeCapAdd: 'fixRemoveCapAddFlag',
  user: (value) => `\`--user ${value}\``,
};

export const COMPOSE_WORDING: Wording = {
  dropAll: '`cap_drop: [ALL]`',
  noNewPrivileges: '`security_opt: [no-new-privileges:true]`',
  readOnly: '`read_only: true`',
  tmpfs: '`tmpfs: [/tmp]`',
  privileged: '`privileged: true`',
  removeCapAdd: 'fixRemoveCapAddKey',
  user: (value) => `\`user: "${value}"\``,
};

/** What the goals say, by id; runtime-goals.zh-cn.ts words the same ids. */
export const LEAST_PRIVILEGE_MESSAGES = {
  noService: 'The file no longer starts the web service, so there is nothing to harden or run.',
  dropsAll: 'Every default capability is dropped before anything is added.',
  dropsOnly: "Dropping only {{names}} keeps the rest of Docker's 14 default capabilities, and the list changes between engine versions.",
  dropsOnlyMore: "Dropping only {{names}} and {{more}} more keeps the rest of Docker's 14 default capabilities, and the list changes between engine versions.",
  keepsDefaults: "The container keeps Docker's 14 default capabilities (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID and more), and this web service needs none of them.",
  fixDropAll: 'Add {{setting}}, then add back only what the service proves it needs.',
  privileged: 'Privileged mode grants every capability and every host device, whatever the rest of the line drops.',
  fixRemove: 'Remove {{setting}}.',
  effective: 'Effective capabilities: {{names}}.',
  effectiveNone: 'Effective capabilities: none.',
  extraOne: 'The container still holds one capability it does not need: {{names}}. A non-root web server on port 8080 needs none.',
  extraMany: 'The container still holds {{count}} capabilities it does not need: {{names}}. A non-root web server on port 8080 needs none.',
  extraManyMore: 'The container still holds {{count}} capabilities it does not need: {{names}} and {{more}} more. A non-root web server on port 8080 needs none.',
  fixRemoveCapAddFlag: 'Remove `--cap-add {{cap}}`.',
  fixRemoveCapAddKey: 'Remove `{{cap}}` under `cap_add`.',
  fixAdd: 'Add {{setting}}.',
  noNewPrivileges: 'no-new-privileges is set: setuid binaries grant nothing.',
  noNewPrivilegesOff: 'no-new-privileges is switched off here, so setuid binaries such as su can still raise privileges.',
  noNewPrivilegesMissing: "Setuid and setgid binaries such as su can still raise the process's privileges.",
  readOnly: 'The root filesystem is read-only.',
  writable: 'The root filesystem is writable, so an attacker can drop tools into it or change the application.',
  tmpMounted: '/tmp has its own writable mount.',
  tmpWritable: '/tmp is writable for now, like the rest of the root filesystem.',
  tmpReadOnly: 'With a read-only root filesystem the service can no longer write its temporary files to /tmp, so it fails.',
  fixTmpfs: 'Give /tmp its own mount with {{setting}}.',
  imageUser: "The image's own non-root user applies.",
  rootUser: "{{setting}} starts the service as root, overriding the image's non-root user.",
  fixRootUser: 'Remove {{setting}}: the image already runs as a non-root user.',
  rootGroup: '{{setting}} puts the process in group 0, the root group.',
  fixRootGroup: 'Remove {{setting}}, or give a non-root group as well.',
  nonRootUser: 'The service runs as {{user}}, not root.',
} as const;

const say = sayFrom(LEAST_PRIVILEGE_MESSAGES);
const messages = LEAST_PRIVILEGE_MESSAGES;

/** Capabilities a plain web service may legitimately keep; everything else is more than it needs. */
const NEEDED = new Set(['NET_BIND_SERVICE']);
const ROOT_USER = /^(0+|root)$/i;

function withRuntime(of: RuntimeOf, check: (runtime: RuntimeModel) => GoalResult): Goal['check'] {
  return (ctx) => {
    const runtime = of(ctx);
    if (!runtime) return say.fail('noService');
    return check(runtime);
  };
}

export function leastPrivilegeGoals(of: RuntimeOf, wording: Wording): Goal[] {
  return [
    {
      id: 'drops-all',
      title: 'The container starts from no capabilities at all',
      why: 'Starting from an empty set means only capabilities you name are granted, whatever the engine\'s defaults are.',
      rules: ['no-cap-drop'],
      messages,
      check: withRuntime(of, (runtime) => {
        if (runtime.capDrop.some((cap) => cap.name === 'ALL')) return say.pass('dropsAll');
        const dropped = nameList(runtime.capDrop.map((c) => c.name));
        const line = runtime.capDrop[0]?.span.line ?? runtime.span.line;
        const fix = { fix: 'fixDropAll', line } as const;
        if (runtime.capDrop.length === 0) return say.fail('keepsDefaults', { ...fix, data: { setting: wording.dropAll } });
        return say.fail(dropped.more > 0 ? 'dropsOnlyMore' : 'dropsOnly', { ...fix, data: { ...dropped, setting: wording.dropAll } });
      }),
    },
    {
      id: 'only-needed',
      title: 'Nothing is added back but what the service needs',
      why: 'A web service needs no administrative capability; SYS_ADMIN alone enables most container escapes.',
      rules: ['dangerous-capability', 'privileged'],
      messages,
      check: withRuntime(of, (runtime) => {
        if (runtime.privileged?.value === true) {
          return say.fail('privileged', { line: runtime.privileged.span.line, fix: 'fixRemove', data: { setting: wording.privileged } });
        }
        const extra = runtime.capabilities.filter((cap) => !NEEDED.has(cap));
        if (extra.length === 0) return runtime.capabilities.length > 0 ? say.pass('effective', { names: runtime.capabilities.join(', ') }) : say.pass('effectiveNone');
        const added = runtime.capAdd.find((cap) => extra.includes(cap.name) || cap.name === 'ALL');
        const held = nameList(extra);
        const messageId = extra.length === 1 ? 'extraOne' : held.more > 0 ? 'extraManyMore' : 'extraMany';
        return say.fail(messageId, {
          line: added?.span.line ?? runtime.span.line,
          fix: added ? wording.removeCapAdd : 'fixAdd',
          data: { ...held, count: extra.length, ...(added ? { cap: added.name } : { setting: wording.dropAll }) },
        });
      }),
    },
    {
      id: 'no-new-privileges',
      title: 'Privilege escalation is blocked',
      why: 'With no_new_privs set, setuid binaries and file capabilities cannot raise the process\'s privileges.',
      rules: ['no-new-privileges-missing'],
      messages,
      check: withRuntime(of, (runtime) => {
        const setting = runtime.noNewPrivileges;
        if (setting?.value === true) return say.pass('noNewPrivileges');
        return say.fail(setting ? 'noNewPrivilegesOff' : 'noNewPrivilegesMissing', {
          line: setting?.span.line ?? runtime.span.line,
          fix: 'fixAdd',
          data: { setting: wording.noNewPrivileges },
        });
      }),
    },
    {
      id: 'read-only-rootfs',
      title: 'The root filesystem is read-only',
      why: 'An attacker cannot drop tools or change the application on a read-only filesystem.',
      messages,
      check: withRuntime(of, (runtime) =>
        runtime.readOnlyRootfs?.value === true
          ? say.pass('readOnly')
          : say.fail('writable', { line: runtime.readOnlyRootfs?.span.line ?? runtime.span.line, fix: 'fixAdd', data: { setting: wording.readOnly } })),
    },
    {
      id: 'tmp-writable',
      title: '/tmp stays writable',
      why: 'The service writes temporary files; a tmpfs or volume on /tmp keeps it working on a read-only filesystem.',
      messages,
      check: withRuntime(of, (runtime) => {
        if (runtime.mounts.some((mount) => mount.target.replace(/\/+$/, '') === '/tmp' && !mount.readOnly)) return say.pass('tmpMounted');
        if (runtime.readOnlyRootfs?.value !== true) return say.pass('tmpWritable');
        return say.fail('tmpReadOnly', { line: runtime.readOnlyRootfs.span.line, fix: 'fixTmpfs', data: { setting: wording.tmpfs } });
      }),
    },
    {
      id: 'non-root-user',
      title: 'The service keeps running as a non-root user',
      why: 'The image runs the service as a non-root user; overriding that with root brings back every capability left and DAC_OVERRIDE\'s disregard for file permissions.',
      rules: ['run-as-root-user'],
      messages,
      check: withRuntime(of, (runtime) => {
        const user = runtime.user;
        if (!user) return say.pass('imageUser');
        const [uid = '', gid] = user.value.trim().split(':');
        const data = { setting: wording.user(user.value) };
        if (ROOT_USER.test(uid)) return say.fail('rootUser', { line: user.span.line, fix: 'fixRootUser', data });
        if (gid !== undefined && ROOT_USER.test(gid)) return say.fail('rootGroup', { line: user.span.line, fix: 'fixRootGroup', data });
        return say.pass('nonRootUser', { user: user.value });
      }),
    },
  ];
}

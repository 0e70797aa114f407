import type { Goal, GoalContext, GoalResult } from '../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../src/checker/run/model';
import { bytesOf, MIN_MEMORY_BYTES } from '../../../../src/checker/run/sizes';

/** Finds the container an exercise is about, in whichever file kind it uses. */
export type RuntimeOf = (ctx: GoalContext) => RuntimeModel | null;

export const firstRunCommand: RuntimeOf = (ctx) => ctx.run().commands[0]?.runtime ?? null;
export const firstComposeService: RuntimeOf = (ctx) => ctx.compose().services[0]?.runtime ?? null;

/** How each setting is written in the file kind: code, filled into the messages' placeholders. */
export interface Spelling {
  readOnly: string;
  readOnlyOff: string;
  tmpfs: string;
  memory: string;
  memorySwap: string;
  pids: string;
  nproc: string;
  restart: string;
}

export const RUN_SPELLING: Spelling = {
  readOnly: '--read-only',
  readOnlyOff: '--read-only=false',
  tmpfs: '--tmpfs /tmp',
  memory: '--memory 256m',
  memorySwap: '--memory-swap',
  pids: '--pids-limit 200',
  nproc: '--ulimit nproc',
  restart: '--restart on-failure:5',
};

export const COMPOSE_SPELLING: Spelling = {
  readOnly: 'read_only: true',
  readOnlyOff: 'read_only: false',
  tmpfs: 'tmpfs: [/tmp]',
  memory: 'mem_limit: 256m',
  memorySwap: 'memswap_limit',
  pids: 'pids_limit: 200',
  nproc: 'ulimits.nproc',
  restart: 'restart: on-failure:5',
};

/** What the checks say, by id; limit-goals.zh-cn.ts words the same ids. */
export const LIMIT_MESSAGES = {
  noContainer: 'The file no longer starts the web service, so there is nothing to harden or run.',
  readOnly: 'The root filesystem is mounted read-only: nothing in the image can be changed while it runs.',
  writable: 'The root filesystem is writable: code that gets into the container can change its scripts and configuration, or drop tools there.',
  readOnlyOff: '`{{setting}}` leaves the root filesystem writable.',
  fixReadOnly: 'Add `{{setting}}`.',
  tmpOnTmpfs: 'A tmpfs at /tmp holds the temporary files, in memory, without exec and setuid; the rest of the root stays read-only.',
  tmpOnVolume: 'A volume at /tmp holds the temporary files; the rest of the root stays read-only.',
  tmpOnWritableRoot: '/tmp is writable because the whole root filesystem still is.',
  tmpMissing: 'The service creates /tmp/web-cache at start-up, and on a read-only root nothing writable is mounted at /tmp: it stops at once.',
  tmpReadOnly: 'The mount at /tmp is read-only, so the service still cannot create its temporary files.',
  tmpExec: 'The `{{option}}` option lets a file dropped in /tmp be executed; leave it out, and the tmpfs keeps Docker\'s default, noexec.',
  fixTmp: 'Add `{{setting}}`.',
  memoryLimited: 'Memory is capped at {{memory}}: past it, the kernel OOM-kills a process in this container, not elsewhere on the host.',
  memoryMissing: 'The container may take all of the host\'s memory, and when that runs out the OOM killer may end any process on the host.',
  memoryUnlimited: '`{{value}}` sets no memory limit at all.',
  memoryUnreadable: '"{{value}}" is not a size Docker reads; write a number with a unit, such as 256m.',
  memoryTooSmall: '{{value}} is below Docker\'s minimum of 6MB: the daemon refuses to create the container.',
  unlimitedSwap: '`{{setting}} -1` allows unlimited swap, so the memory limit no longer bounds what the container takes from the host.',
  fixMemory: 'Add `{{setting}}`, sized from what the service uses under load plus headroom.',
  pidsLimited: 'At most {{pids}} processes: a fork bomb stops at the limit, inside this container.',
  pidsMissing: 'The number of processes is unlimited: one fork bomb in the container fills the host\'s process table.',
  pidsUnlimited: '`{{value}}` means no process limit.',
  nprocIsPerUser: '`{{setting}}` counts the processes of a user ID on the whole host, and none at all for root: it is no limit of this container.',
  fixPids: 'Add `{{setting}}`.',
  restartBounded: 'After a failure the container is restarted at most {{count}} times, so a crash loop ends.',
  noRestart: 'The container is not restarted, so a crash stays visible instead of looping.',
  restartForever: '`{{policy}}` restarts the container for as long as the daemon runs, whatever made it stop.',
  restartUnbounded: '`on-failure` without a count retries without end.',
  restartTooMany: '`on-failure:{{count}}` allows more restarts than the CIS Docker Benchmark\'s 5.',
  fixRestart: 'Use `{{setting}}`.',
} as const;

type MessageId = keyof typeof LIMIT_MESSAGES;

function result(pass: boolean, messageId: MessageId, extra: Omit<GoalResult, 'pass' | 'messageId'> = {}): GoalResult {
  return { pass, messageId, ...extra };
}

function withRuntime(of: RuntimeOf, check: (runtime: RuntimeModel) => GoalResult): Goal['check'] {
  return (ctx) => {
    const runtime = of(ctx);
    return runtime ? check(runtime) : result(false, 'noContainer');
  };
}

const UNLIMITED_PIDS = /^(0+|-\d+)$/;
const UNLIMITED_MEMORY = /^0+[bkmg]?$/i;

/** The mount at /tmp, however the path is written (`/tmp/`, `//tmp`). */
function tmpMount(runtime: RuntimeModel) {
  return runtime.mounts.find((m) => m.target.replace(/\/+/g, '/').replace(/(.)\/$/, '$1') === '/tmp');
}

export function limitGoals(of: RuntimeOf, say: Spelling): Goal[] {
  const fix = (fixId: MessageId, setting: string) => ({ fixId, data: { setting } });
  return [
    {
      id: 'read-only-rootfs',
      title: 'The root filesystem is read-only',
      why: 'On a read-only root, code that gets into the container cannot change the image\'s files or leave tools behind, whichever user it runs as.',
      rules: ['writable-root-filesystem'],
      messages: LIMIT_MESSAGES,
      check: withRuntime(of, (runtime) => {
        const setting = runtime.readOnlyRootfs;
        if (setting?.value === true) return result(true, 'readOnly');
        if (setting) return result(false, 'readOnlyOff', { line: setting.span.line, fixId: 'fixReadOnly', data: { setting: say.readOnlyOff } });
        return result(false, 'writable', { line: runtime.span.line, ...fix('fixReadOnly', say.readOnly) });
      }),
    },
    {
      id: 'tmp-writable',
      title: '/tmp is writable, and nothing there can be executed',
      why: 'The service writes temporary files to /tmp; a tmpfs gives it that one writable path, and Docker mounts it noexec and nosuid.',
      messages: LIMIT_MESSAGES,
      check: withRuntime(of, (runtime) => {
        const mount = tmpMount(runtime);
        if (!mount) {
          if (runtime.readOnlyRootfs?.value !== true) return result(true, 'tmpOnWritableRoot');
          return result(false, 'tmpMissing', { line: runtime.readOnlyRootfs.span.line, ...fix('fixTmp', say.tmpfs) });
        }
        if (mount.readOnly) return result(false, 'tmpReadOnly', { line: mount.span.line, ...fix('fixTmp', say.tmpfs) });
        const exec = mount.options.split(',').map((o) => o.trim()).find((o) => o === 'exec' || o === 'suid');
        if (mount.type === 'tmpfs' && exec) return result(false, 'tmpExec', { line: mount.span.line, data: { option: exec, setting: say.tmpfs }, fixId: 'fixTmp' });
        return result(true, mount.type === 'tmpfs' ? 'tmpOnTmpfs' : 'tmpOnVolume');
      }),
    },
    {
      id: 'memory-limit',
      title: 'Memory is limited',
      why: 'With a memory limit the kernel OOM-kills a process of this container when it outgrows it, instead of letting it starve the host.',
      rules: ['no-memory-limit'],
      messages: LIMIT_MESSAGES,
      check: withRuntime(of, (runtime) => {
        const memory = runtime.memory;
        if (!memory) return result(false, 'memoryMissing', { line: runtime.span.line, ...fix('fixMemory', say.memory) });
        const value = memory.value.trim();
        const where = { line: memory.span.line };
        if (UNLIMITED_MEMORY.test(value)) return result(false, 'memoryUnlimited', { ...where, fixId: 'fixMemory', data: { value, setting: say.memory } });
        const bytes = bytesOf(value);
        if (bytes === null) return result(false, 'memoryUnreadable', { ...where, fixId: 'fixMemory', data: { value, setting: say.memory } });
        if (bytes < MIN_MEMORY_BYTES) return result(false, 'memoryTooSmall', { ...where, fixId: 'fixMemory', data: { value, setting: say.memory } });
        const swap = runtime.memorySwap;
        if (swap?.value.trim() === '-1') return result(false, 'unlimitedSwap', { line: swap.span.line, data: { setting: say.memorySwap } });
        return result(true, 'memoryLimited', { data: { memory: value } });
      }),
    },
    {
      id: 'pids-limit',
      title: 'The number of processes is limited',
      why: 'A pids limit stops a fork bomb inside the container; without one it fills the process table every process on the host shares.',
      rules: ['no-pids-limit'],
      messages: LIMIT_MESSAGES,
      check: withRuntime(of, (runtime) => {
        const pids = runtime.pidsLimit;
        if (pids && UNLIMITED_PIDS.test(pids.value.trim())) {
          return result(false, 'pidsUnlimited', { line: pids.span.line, fixId: 'fixPids', data: { value: pids.value.trim(), setting: say.pids } });
        }
        if (pids) return result(true, 'pidsLimited', { data: { pids: pids.value.trim() } });
        const nproc = runtime.ulimits.find((u) => /^nproc=/.test(u.value.trim()));
        if (nproc) return result(false, 'nprocIsPerUser', { line: nproc.span.line, fixId: 'fixPids', data: { setting: say.nproc } });
        return result(false, 'pidsMissing', { line: runtime.span.line, fixId: 'fixPids', data: { setting: say.pids } });
      }),
    },
    {
      id: 'restart-bounded',
      title: 'Restarts are bounded',
      why: 'A container that crashes at once should stop after a few tries, so the failure shows, instead of restarting for ever.',
      messages: LIMIT_MESSAGES,
      check: withRuntime(of, (runtime) => {
        const restart = runtime.restart;
        const policy = restart?.value.trim() ?? 'no';
        if (policy === 'no' || !restart) return result(true, 'noRestart');
        const where = { line: restart.span.line, fixId: 'fixRestart' as const };
        const bounded = /^on-failure:(\d+)$/.exec(policy);
        if (bounded) {
          const count = Number(bounded[1]);
          if (count >= 1 && count <= 5) return result(true, 'restartBounded', { data: { count } });
          if (count > 5) return result(false, 'restartTooMany', { ...where, data: { count, setting: say.restart } });
        }
        if (policy === 'on-failure' || policy === 'on-failure:0') return result(false, 'restartUnbounded', { ...where, data: { setting: say.restart } });
        return result(false, 'restartForever', { ...where, data: { policy, setting: say.restart } });
      }),
    },
  ];
}

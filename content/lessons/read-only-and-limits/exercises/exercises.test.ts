import { describe, expect, it } from 'vitest';
import { checkById, failingIds, starterFiles } from '../../../../src/grading/testing';
import { exercise as composeLimits } from './compose-limits/exercise';
import { exercise as hardenRun } from './harden-run/exercise';

const base = 'docker run -d --name web -p 127.0.0.1:8080:8080';

function runScript(flags: string): Record<string, string> {
  return { 'run.sh': `${base} ${flags} example/web:1.4\n` };
}

function compose(keys: string): Record<string, string> {
  return { 'compose.yaml': `services:\n  web:\n    image: example/web:1.4\n    ports:\n      - "127.0.0.1:8080:8080"\n${keys}` };
}

const hardened = '--read-only --tmpfs /tmp --memory 256m --pids-limit 200 --restart on-failure:5';
const hardenedKeys = '    read_only: true\n    tmpfs: [/tmp]\n    mem_limit: 256m\n    pids_limit: 200\n    restart: on-failure:5\n';

describe('read-only-and-limits/harden-run', () => {
  it('the starter fails every goal but the /tmp one (the root is still writable)', () => {
    expect(failingIds(hardenRun, starterFiles(hardenRun))).toEqual(['goal:read-only-rootfs', 'goal:memory-limit', 'goal:pids-limit', 'goal:restart-bounded']);
  });

  it.each([
    ['= syntax, -m and a tmpfs --mount', '--read-only=true --mount type=tmpfs,destination=/tmp -m 512m --pids-limit=100 --restart=on-failure:3'],
    ['no restart policy at all, and tmpfs options', '--read-only --tmpfs /tmp:rw,noexec,nosuid,size=64m --memory 1g --memory-swap 1g --pids-limit 500'],
    ['a CPU limit and a nofile ulimit besides', `${hardened} --cpus 1 --ulimit nofile=1024:2048`],
    ['a named volume at /tmp', '--read-only -v scratch:/tmp --memory 256m --pids-limit 200'],
  ])('accepts %s, and the service runs', (_name, flags) => {
    expect(failingIds(hardenRun, runScript(flags))).toEqual([]);
  });

  it.each([
    ['a read-only root without /tmp', '--read-only --memory 256m --pids-limit 200', ['goal:tmp-writable', 'run'], 'goal:tmp-writable', /creates \/tmp\/web-cache at start-up/],
    ['a tmpfs that allows exec', '--read-only --tmpfs /tmp:rw,exec --memory 256m --pids-limit 200', ['goal:tmp-writable'], 'goal:tmp-writable', /The `exec` option lets a file dropped in \/tmp be executed/],
    ['--ulimit nproc instead of --pids-limit', '--read-only --tmpfs /tmp --memory 256m --ulimit nproc=200', ['goal:pids-limit'], 'goal:pids-limit', /counts the processes of a user ID on the whole host/],
    ['--pids-limit -1', '--read-only --tmpfs /tmp --memory 256m --pids-limit -1', ['goal:pids-limit'], 'goal:pids-limit', /`-1` means no process limit/],
    ['unlimited swap', '--read-only --tmpfs /tmp --memory 256m --memory-swap -1 --pids-limit 200', ['goal:memory-limit'], 'goal:memory-limit', /allows unlimited swap/],
    ['a limit below Docker\'s minimum', '--read-only --tmpfs /tmp --memory 4m --pids-limit 200', ['goal:memory-limit', 'run'], 'goal:memory-limit', /below Docker's minimum of 6MB/],
    ['--restart always kept', '--read-only --tmpfs /tmp --memory 256m --pids-limit 200 --restart always', ['goal:restart-bounded'], 'goal:restart-bounded', /`always` restarts the container for as long as the daemon runs/],
    ['on-failure without a count', '--read-only --tmpfs /tmp --memory 256m --pids-limit 200 --restart on-failure', ['goal:restart-bounded'], 'goal:restart-bounded', /without a count retries without end/],
    ['--read-only=false', '--read-only=false --tmpfs /tmp --memory 256m --pids-limit 200', ['goal:read-only-rootfs'], 'goal:read-only-rootfs', /`--read-only=false` leaves the root filesystem writable/],
  ])('rejects %s', (_name, flags, ids, id, message) => {
    const files = runScript(flags);
    expect(failingIds(hardenRun, files)).toEqual(ids);
    expect(checkById(hardenRun, files, id).message).toMatch(message);
  });

  it('points the fix of a missing limit at the flag to add', () => {
    const check = checkById(hardenRun, runScript('--read-only --tmpfs /tmp --pids-limit 200'), 'goal:memory-limit');
    expect(check.fix).toBe('Add `--memory 256m`, sized from what the service uses under load plus headroom.');
    expect(check.locations[0]?.line).toBe(1);
  });

  it('--rm with a restart policy is refused by the client, so the run check fails', () => {
    const files = runScript(`--rm ${hardened}`);
    expect(failingIds(hardenRun, files)).toEqual(['run']);
    expect(checkById(hardenRun, files, 'run').message).toMatch(/conflicting options: cannot specify both --restart and --rm/);
  });
});

describe('read-only-and-limits/compose-limits', () => {
  it('the starter fails the goals it should', () => {
    expect(failingIds(composeLimits, starterFiles(composeLimits))).toEqual(['goal:read-only-rootfs', 'goal:memory-limit', 'goal:pids-limit', 'goal:restart-bounded']);
  });

  it.each([
    ['deploy.resources.limits and a tmpfs volume', '    read_only: true\n    volumes:\n      - type: tmpfs\n        target: /tmp\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n          pids: 200\n'],
    ['a scalar tmpfs and restart "no"', '    read_only: true\n    tmpfs: /tmp\n    mem_limit: 128m\n    pids_limit: 100\n    restart: "no"\n'],
    ['the hardened keys', hardenedKeys],
  ])('accepts %s, and the service runs', (_name, keys) => {
    expect(failingIds(composeLimits, compose(keys))).toEqual([]);
  });

  it.each([
    ['read_only without tmpfs', '    read_only: true\n    mem_limit: 256m\n    pids_limit: 200\n', ['goal:tmp-writable', 'run'], 'goal:tmp-writable', /creates \/tmp\/web-cache/],
    ['ulimits.nproc instead of pids_limit', '    read_only: true\n    tmpfs: [/tmp]\n    mem_limit: 256m\n    ulimits:\n      nproc: 200\n', ['goal:pids-limit'], 'goal:pids-limit', /`ulimits.nproc` counts the processes of a user ID/],
    ['restart: unless-stopped', `${hardenedKeys.replace('on-failure:5', 'unless-stopped')}`, ['goal:restart-bounded'], 'goal:restart-bounded', /`unless-stopped` restarts/],
    ['on-failure:10', `${hardenedKeys.replace('on-failure:5', 'on-failure:10')}`, ['goal:restart-bounded'], 'goal:restart-bounded', /`on-failure:10` allows more restarts/],
    ['mem_limit: 0', `${hardenedKeys.replace('256m', '0')}`, ['goal:memory-limit'], 'goal:memory-limit', /`0` sets no memory limit/],
    ['a YAML indentation error', '    read_only: true\n   tmpfs: [/tmp]\n', ['compose.yaml:readable'], 'compose.yaml:readable', /YAML error/],
  ])('rejects %s', (_name, keys, ids, id, message) => {
    const files = compose(keys);
    expect(failingIds(composeLimits, files)).toEqual(expect.arrayContaining(ids));
    expect(checkById(composeLimits, files, id).message).toMatch(message);
  });
});

import type { Span } from '../core/types';
import type { RuntimeBuilder } from './builder';

/** A flag that takes a value (`--name web`, `--name=web`); its handler records what the model needs. */
interface ValueFlag {
  kind: 'value';
  apply?: (runtime: RuntimeBuilder, value: string, span: Span) => void;
}

/** A boolean flag (`--rm`, `--read-only=false`). */
interface SwitchFlag {
  kind: 'switch';
  apply?: (runtime: RuntimeBuilder, on: boolean, span: Span) => void;
}

export type FlagSpec = ValueFlag | SwitchFlag;

const value = (apply?: ValueFlag['apply']): ValueFlag => ({ kind: 'value', apply });
const toggle = (apply?: SwitchFlag['apply']): SwitchFlag => ({ kind: 'switch', apply });

const DOCKER_SOCKET = '/var/run/docker.sock';

/** Every option of `docker run` / `docker create` in Docker Engine 28 (`docker run --help`). */
export const RUN_FLAGS: Readonly<Record<string, FlagSpec>> = {
  'add-host': value(),
  annotation: value(),
  attach: value(),
  'blkio-weight': value(),
  'blkio-weight-device': value(),
  'cap-add': value((r, v, s) => r.capability('add', v, s)),
  'cap-drop': value((r, v, s) => r.capability('drop', v, s)),
  'cgroup-parent': value(),
  cgroupns: value((r, v, s) => r.setText('cgroupnsMode', v, s)),
  cidfile: value(),
  'cpu-count': value(),
  'cpu-percent': value(),
  'cpu-period': value(),
  'cpu-quota': value(),
  'cpu-rt-period': value(),
  'cpu-rt-runtime': value(),
  'cpu-shares': value(),
  cpus: value((r, v, s) => r.setText('cpus', v, s)),
  'cpuset-cpus': value(),
  'cpuset-mems': value(),
  detach: toggle((r, on) => r.setLifecycle('detach', on)),
  'detach-keys': value(),
  device: value((r, v, s) => r.device(v, s)),
  'device-cgroup-rule': value(),
  'device-read-bps': value(),
  'device-read-iops': value(),
  'device-write-bps': value(),
  'device-write-iops': value(),
  'disable-content-trust': toggle(),
  dns: value(),
  'dns-opt': value(),
  'dns-option': value(),
  'dns-search': value(),
  domainname: value(),
  entrypoint: value((r, v, s) => r.setText('entrypoint', v, s)),
  env: value((r, v, s) => r.addToList('env', v, s)),
  'env-file': value(),
  expose: value(),
  gpus: value(),
  'group-add': value((r, v, s) => r.addToList('groupAdd', v, s)),
  'health-cmd': value(),
  'health-interval': value(),
  'health-retries': value(),
  'health-start-interval': value(),
  'health-start-period': value(),
  'health-timeout': value(),
  help: toggle(),
  hostname: value((r, v, s) => r.setText('hostname', v, s)),
  init: toggle(),
  interactive: toggle((r, on) => r.setLifecycle('interactive', on)),
  'io-maxbandwidth': value(),
  'io-maxiops': value(),
  ip: value(),
  ip6: value(),
  ipc: value((r, v, s) => r.setText('ipcMode', v, s)),
  isolation: value(),
  'kernel-memory': value(),
  label: value(),
  'label-file': value(),
  link: value(),
  'link-local-ip': value(),
  'log-driver': value(),
  'log-opt': value(),
  'mac-address': value(),
  memory: value((r, v, s) => r.setText('memory', v, s)),
  'memory-reservation': value(),
  'memory-swap': value((r, v, s) => r.setText('memorySwap', v, s)),
  'memory-swappiness': value(),
  mount: value((r, v, s) => r.mount(v, s)),
  name: value((r, v, s) => r.setText('name', v, s)),
  network: value((r, v, s) => r.setText('networkMode', v, s)),
  net: value((r, v, s) => r.setText('networkMode', v, s)),
  'network-alias': value(),
  'net-alias': value(),
  'no-healthcheck': toggle(),
  'oom-kill-disable': toggle(),
  'oom-score-adj': value(),
  pid: value((r, v, s) => r.setText('pidMode', v, s)),
  'pids-limit': value((r, v, s) => r.setText('pidsLimit', v, s)),
  platform: value(),
  privileged: toggle((r, on, s) => r.setSwitch('privileged', on, s)),
  publish: value((r, v, s) => r.port(v, s)),
  'publish-all': toggle((r, on, s) => r.setSwitch('publishAll', on, s)),
  pull: value(),
  quiet: toggle(),
  'read-only': toggle((r, on, s) => r.setSwitch('readOnlyRootfs', on, s)),
  restart: value((r, v, s) => r.setText('restart', v, s)),
  rm: toggle((r, on) => r.setLifecycle('rm', on)),
  runtime: value((r, v, s) => r.setText('runtime', v, s)),
  'security-opt': value((r, v, s) => r.securityOpt(v, s)),
  'shm-size': value(),
  'sig-proxy': toggle(),
  'stop-signal': value(),
  'stop-timeout': value(),
  'storage-opt': value(),
  sysctl: value((r, v, s) => r.addToList('sysctls', v, s)),
  tmpfs: value((r, v, s) => r.tmpfs(v, s)),
  tty: toggle((r, on) => r.setLifecycle('tty', on)),
  ulimit: value((r, v, s) => r.addToList('ulimits', v, s)),
  // Bind-mounts the Engine API socket into the container, with the same reach as `-v /var/run/docker.sock:...`.
  'use-api-socket': toggle((r, on, s) => {
    if (on) r.addMount({ type: 'bind', source: DOCKER_SOCKET, target: DOCKER_SOCKET, readOnly: false, options: '', span: s });
  }),
  user: value((r, v, s) => r.setText('user', v, s)),
  userns: value((r, v, s) => r.setText('usernsMode', v, s)),
  uts: value((r, v, s) => r.setText('utsMode', v, s)),
  volume: value((r, v, s) => r.volume(v, s)),
  'volume-driver': value(),
  'volumes-from': value(),
  workdir: value((r, v, s) => r.setText('workdir', v, s)),
};

/** Single-letter forms, which can be bundled (`-itd`). */
export const SHORT_FLAGS: Readonly<Record<string, string>> = {
  a: 'attach', c: 'cpu-shares', d: 'detach', e: 'env', h: 'hostname', i: 'interactive', l: 'label',
  m: 'memory', p: 'publish', P: 'publish-all', q: 'quiet', t: 'tty', u: 'user', v: 'volume', w: 'workdir',
};

/**
 * The part of the Compose specification's JSON schema (compose-go v2.9.1 `schema/compose-spec.json`)
 * that people trip over: unknown keys and values of the wrong type. Messages are compose-go's
 * `schema.validationError` texts, which `docker compose` prints after `validating <file>: `.
 */

const TOP_LEVEL = new Set(['configs', 'include', 'models', 'name', 'networks', 'secrets', 'services', 'version', 'volumes']);

const SERVICE_KEYS = new Set([
  'annotations', 'attach', 'blkio_config', 'build', 'cap_add', 'cap_drop', 'cgroup', 'cgroup_parent', 'command', 'configs',
  'container_name', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares',
  'cpus', 'cpuset', 'credential_spec', 'depends_on', 'deploy', 'develop', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt',
  'dns_search', 'domainname', 'entrypoint', 'env_file', 'environment', 'expose', 'extends', 'external_links', 'extra_hosts',
  'gpus', 'group_add', 'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'label_file', 'labels', 'links',
  'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit', 'models', 'network_mode',
  'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop',
  'privileged', 'profiles', 'provider', 'pull_policy', 'pull_refresh_after', 'read_only', 'restart', 'runtime', 'scale',
  'secrets', 'security_opt', 'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls', 'tmpfs',
  'tty', 'ulimits', 'use_api_socket', 'user', 'userns_mode', 'uts', 'volumes', 'volumes_from', 'working_dir',
]);

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** The types the schema allows for the keys the simulator acts on. */
const SERVICE_TYPES: Readonly<Record<string, readonly Kind[]>> = {
  image: ['string'], user: ['string'], network_mode: ['string'], container_name: ['string'], working_dir: ['string'],
  pid: ['string', 'null'], ipc: ['string'], uts: ['string'], userns_mode: ['string'], runtime: ['string'], pull_policy: ['string'],
  privileged: ['boolean', 'string'], read_only: ['boolean', 'string'], stdin_open: ['boolean', 'string'], tty: ['boolean', 'string'],
  init: ['boolean', 'string'],
  cap_add: ['array'], cap_drop: ['array'], security_opt: ['array'], ports: ['array'], volumes: ['array'], devices: ['array'],
  group_add: ['array'], profiles: ['array'],
  tmpfs: ['string', 'array'], command: ['null', 'string', 'array'], entrypoint: ['null', 'string', 'array'],
  environment: ['object', 'array'], sysctls: ['object', 'array'], labels: ['object', 'array'],
  mem_limit: ['number', 'string'], pids_limit: ['number', 'string'], cpus: ['number', 'string'],
  build: ['string', 'object'], deploy: ['object', 'null'],
};

function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

/** compose-go `humanReadableType`: "mapping" for object, several types sorted and joined with "or". */
function humanType(want: readonly Kind[]): string {
  const names = want.map((k) => (k === 'object' ? 'mapping' : k)).sort();
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

function typeError(path: string, want: readonly Kind[]): string {
  return `${path} must be a ${humanType(want)}`;
}

function unknownKeys(keys: string[]): string {
  // jsonschema v6 names each extra property in quotes.
  return `additional properties ${keys.map((k) => `'${k}'`).join(', ')} not allowed`;
}

function isExtension(key: string): boolean {
  return key.startsWith('x-');
}

function validateService(name: string, service: unknown): string | null {
  const path = `services.${name}`;
  // A service with no settings (`web:`) is allowed by the schema's null option.
  if (service === null) return null;
  if (kindOf(service) !== 'object') return typeError(path, ['object']);
  const entries = Object.entries(service as Record<string, unknown>);
  const extra = entries.map(([k]) => k).filter((k) => !SERVICE_KEYS.has(k) && !isExtension(k));
  if (extra.length > 0) return `${path} ${unknownKeys(extra)}`;
  for (const [key, value] of entries) {
    const want = SERVICE_TYPES[key];
    if (want && !want.includes(kindOf(value))) return typeError(`${path}.${key}`, want);
    if (Array.isArray(value) && ['cap_add', 'cap_drop', 'security_opt'].includes(key)) {
      const index = value.findIndex((item) => kindOf(item) !== 'string');
      if (index >= 0) return typeError(`${path}.${key}.${index}`, ['string']);
    }
  }
  return null;
}

/** The first schema violation in a Compose file's data, or null. */
export function validateCompose(data: unknown): string | null {
  if (data === null || data === undefined) return null;
  if (kindOf(data) !== 'object') return 'top-level object must be a mapping';
  const top = data as Record<string, unknown>;
  const extra = Object.keys(top).filter((k) => !TOP_LEVEL.has(k) && !isExtension(k));
  if (extra.length > 0) return unknownKeys(extra);
  const services = top.services;
  if (services === undefined || services === null) return null;
  if (kindOf(services) !== 'object') return typeError('services', ['object']);
  for (const [name, service] of Object.entries(services as Record<string, unknown>)) {
    const problem = validateService(name, service);
    if (problem) return problem;
  }
  return null;
}

/**
 * The parts of a pod that the Pod Security Standards read, with the Kubernetes API's field names.
 * An absent field is undefined, as a nil pointer is in the Go types: the checks tell "not set" from
 * "set to false", exactly as kubernetes/pod-security-admission does.
 */
export interface ProfileRef {
  type?: string;
  localhostProfile?: string;
}

export interface SELinuxOptions {
  type?: string;
  user?: string;
  role?: string;
  level?: string;
}

export interface SecurityContext {
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  readOnlyRootFilesystem?: boolean;
  procMount?: string;
  capabilities?: { add?: string[]; drop?: string[] };
  seccompProfile?: ProfileRef;
  appArmorProfile?: ProfileRef;
  seLinuxOptions?: SELinuxOptions;
  windowsOptions?: { hostProcess?: boolean };
}

export interface PodSecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  seccompProfile?: ProfileRef;
  appArmorProfile?: ProfileRef;
  seLinuxOptions?: SELinuxOptions;
  sysctls?: { name: string; value?: string }[];
  windowsOptions?: { hostProcess?: boolean };
}

/** A probe or lifecycle handler: only its `host` fields matter here. */
export interface Handler {
  httpGet?: { host?: string };
  tcpSocket?: { host?: string };
}

export interface ContainerSpec {
  name: string;
  securityContext?: SecurityContext;
  ports: { hostPort?: number }[];
  livenessProbe?: Handler;
  readinessProbe?: Handler;
  startupProbe?: Handler;
  lifecycle?: { postStart?: Handler; preStop?: Handler };
}

export interface VolumeSpec {
  name: string;
  /** The volume source keys that are set (`hostPath`, `emptyDir`, `nfs`, ...). */
  sources: string[];
}

export interface PodSpecInput {
  containers: ContainerSpec[];
  initContainers: ContainerSpec[];
  ephemeralContainers: ContainerSpec[];
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  hostUsers?: boolean;
  os?: { name?: string };
  securityContext?: PodSecurityContext;
  volumes: VolumeSpec[];
}

export interface PodInput {
  annotations: Record<string, string>;
  spec: PodSpecInput;
}

type Json = unknown;

function object(value: Json): Record<string, Json> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, Json>) : undefined;
}

function list(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

function bool(value: Json): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function num(value: Json): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: Json): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Copies only the defined fields, so an absent field stays absent. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

function profile(value: Json): ProfileRef | undefined {
  const o = object(value);
  return o && defined({ type: str(o['type']), localhostProfile: str(o['localhostProfile']) });
}

function seLinux(value: Json): SELinuxOptions | undefined {
  const o = object(value);
  return o && defined({ type: str(o['type']), user: str(o['user']), role: str(o['role']), level: str(o['level']) });
}

function windows(value: Json): { hostProcess?: boolean } | undefined {
  const o = object(value);
  return o && defined({ hostProcess: bool(o['hostProcess']) });
}

function strings(value: Json): string[] {
  return list(value).map(str).filter((s): s is string => s !== undefined);
}

function securityContext(value: Json): SecurityContext | undefined {
  const o = object(value);
  if (!o) return undefined;
  const caps = object(o['capabilities']);
  return defined({
    privileged: bool(o['privileged']),
    allowPrivilegeEscalation: bool(o['allowPrivilegeEscalation']),
    runAsNonRoot: bool(o['runAsNonRoot']),
    runAsUser: num(o['runAsUser']),
    runAsGroup: num(o['runAsGroup']),
    readOnlyRootFilesystem: bool(o['readOnlyRootFilesystem']),
    procMount: str(o['procMount']),
    capabilities: caps && defined({ add: caps['add'] === undefined ? undefined : strings(caps['add']), drop: caps['drop'] === undefined ? undefined : strings(caps['drop']) }),
    seccompProfile: profile(o['seccompProfile']),
    appArmorProfile: profile(o['appArmorProfile']),
    seLinuxOptions: seLinux(o['seLinuxOptions']),
    windowsOptions: windows(o['windowsOptions']),
  });
}

function podSecurityContext(value: Json): PodSecurityContext | undefined {
  const o = object(value);
  if (!o) return undefined;
  return defined({
    runAsNonRoot: bool(o['runAsNonRoot']),
    runAsUser: num(o['runAsUser']),
    runAsGroup: num(o['runAsGroup']),
    seccompProfile: profile(o['seccompProfile']),
    appArmorProfile: profile(o['appArmorProfile']),
    seLinuxOptions: seLinux(o['seLinuxOptions']),
    sysctls: o['sysctls'] === undefined ? undefined : list(o['sysctls']).flatMap((s) => {
      const item = object(s);
      const name = str(item?.['name']);
      return name === undefined ? [] : [defined({ name, value: str(item?.['value']) })];
    }),
    windowsOptions: windows(o['windowsOptions']),
  });
}

function handler(value: Json): Handler | undefined {
  const o = object(value);
  if (!o) return undefined;
  const host = (v: Json): { host?: string } | undefined => {
    const h = object(v);
    return h && defined({ host: str(h['host']) });
  };
  return defined({ httpGet: host(o['httpGet']), tcpSocket: host(o['tcpSocket']) });
}

function container(value: Json): ContainerSpec {
  const o = object(value) ?? {};
  const lifecycle = object(o['lifecycle']);
  return defined({
    name: str(o['name']) ?? '',
    securityContext: securityContext(o['securityContext']),
    ports: list(o['ports']).map((p) => defined({ hostPort: num(object(p)?.['hostPort']) })),
    livenessProbe: handler(o['livenessProbe']),
    readinessProbe: handler(o['readinessProbe']),
    startupProbe: handler(o['startupProbe']),
    lifecycle: lifecycle && defined({ postStart: handler(lifecycle['postStart']), preStop: handler(lifecycle['preStop']) }),
  });
}

/** A pod as decoded JSON (`metadata` and `spec`) turned into the typed input; wrongly typed fields count as unset. */
export function podInputFrom(metadata: Json, spec: Json): PodInput {
  const s = object(spec) ?? {};
  const annotations: Record<string, string> = {};
  for (const [key, value] of Object.entries(object(object(metadata)?.['annotations']) ?? {})) {
    const text = str(value);
    if (text !== undefined) annotations[key] = text;
  }
  const os = object(s['os']);
  return {
    annotations,
    spec: defined({
      containers: list(s['containers']).map(container),
      initContainers: list(s['initContainers']).map(container),
      ephemeralContainers: list(s['ephemeralContainers']).map(container),
      hostNetwork: bool(s['hostNetwork']),
      hostPID: bool(s['hostPID']),
      hostIPC: bool(s['hostIPC']),
      hostUsers: bool(s['hostUsers']),
      os: os && defined({ name: str(os['name']) }),
      securityContext: podSecurityContext(s['securityContext']),
      volumes: list(s['volumes']).map((v) => {
        const o = object(v) ?? {};
        const sources = Object.keys(o).filter((k) => k !== 'name' && object(o[k]) !== undefined);
        // The API server defaults a volume with no source to emptyDir (SetDefaults_Volume) before admission sees it.
        return { name: str(o['name']) ?? '', sources: sources.length === 0 ? ['emptyDir'] : sources };
      }),
    }),
  };
}

/**
 * The Pod Security Standards' checks, one function per versioned check of
 * kubernetes/pod-security-admission `policy/check_*.go` (at 8f84a87c), with the same IDs, the
 * versions each revision applies from, and the same forbidden reasons and details.
 */
import type { ContainerSpec, Handler, PodInput, ProfileRef, SELinuxOptions } from './pod';
import { v, type Version } from './version';

export type CheckId =
  | 'allowPrivilegeEscalation' | 'appArmorProfile' | 'capabilities_baseline' | 'capabilities_restricted'
  | 'hostNamespaces' | 'hostPathVolumes' | 'hostPorts' | 'hostProbesAndHostLifecycle' | 'privileged'
  | 'procMount' | 'procMount_restricted' | 'restrictedVolumes' | 'runAsNonRoot' | 'runAsUser'
  | 'seLinuxOptions' | 'seccompProfile_baseline' | 'seccompProfile_restricted' | 'sysctls' | 'windowsHostProcess';

export type PolicyLevel = 'baseline' | 'restricted';

export interface CheckResult {
  allowed: boolean;
  /** Short reason, as the admission controller prints it (e.g. "host namespaces"). */
  reason?: string;
  /** Which containers or values, e.g. `hostNetwork=true`. */
  detail?: string;
}

export type CheckPod = (pod: PodInput) => CheckResult;

export interface VersionedCheck {
  minimumVersion: Version;
  check: CheckPod;
  /** Baseline checks this restricted revision replaces. */
  overrides?: CheckId[];
}

export interface Check {
  id: CheckId;
  level: PolicyLevel;
  versions: VersionedCheck[];
}

const ALLOWED: CheckResult = { allowed: true };

function forbidden(reason: string, detail: string): CheckResult {
  return { allowed: false, reason, detail };
}

export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? '' : `"${items.join('", "')}"`;
}

function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** Go's sets.List: sorted, unique. */
function sorted(items: Iterable<string>): string[] {
  return [...new Set(items)].sort();
}

/** Init containers, then containers, then ephemeral containers, as `visitContainers` does. */
function containers(pod: PodInput): ContainerSpec[] {
  return [...pod.spec.initContainers, ...pod.spec.containers, ...pod.spec.ephemeralContainers];
}

function containerPhrase(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

function isWindows(pod: PodInput): boolean {
  return pod.spec.os?.name === 'windows';
}

/** `hostUsers: false` gives the pod its own user namespace, which relaxes some checks from 1.35. */
function inUserNamespace(pod: PodInput): boolean {
  return pod.spec.hostUsers === false;
}

// --- Baseline -------------------------------------------------------------------------------------

const allowedAppArmorType = (type: string | undefined): boolean => type === 'RuntimeDefault' || type === 'Localhost';
const allowedAppArmorAnnotation = (value: string): boolean => value === '' || value === 'runtime/default' || value.startsWith('localhost/');

const appArmorProfile_1_0: CheckPod = (pod) => {
  const setters: string[] = [];
  const values = new Set<string>();
  const pod_ = pod.spec.securityContext?.appArmorProfile;
  if (pod_ && !allowedAppArmorType(pod_.type)) {
    setters.push('pod');
    values.add(pod_.type ?? '');
  }
  const bad: string[] = [];
  for (const c of containers(pod)) {
    const p = c.securityContext?.appArmorProfile;
    if (p && !allowedAppArmorType(p.type)) {
      bad.push(c.name);
      values.add(p.type ?? '');
    }
  }
  if (bad.length > 0) setters.push(containerPhrase(bad));
  const annotations = Object.entries(pod.annotations)
    .filter(([k, value]) => k.startsWith('container.apparmor.security.beta.kubernetes.io/') && !allowedAppArmorAnnotation(value))
    .map(([k, value]) => `${k}=${JSON.stringify(value)}`)
    .sort();
  const list = sorted(values);
  if (annotations.length > 0) {
    list.push(...annotations);
    setters.push(pluralize('annotation', 'annotations', annotations.length));
  }
  if (setters.length === 0) return ALLOWED;
  return forbidden(pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', list.length),
    `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(list)}`);
};

const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

const capabilitiesBaseline_1_0: CheckPod = (pod) => {
  const bad: string[] = [];
  const caps = new Set<string>();
  for (const c of containers(pod)) {
    const extra = (c.securityContext?.capabilities?.add ?? []).filter((cap) => !BASELINE_CAPABILITIES.has(cap));
    extra.forEach((cap) => caps.add(cap));
    if (extra.length > 0) bad.push(c.name);
  }
  if (bad.length === 0) return ALLOWED;
  return forbidden('non-default capabilities', `${containerPhrase(bad)} must not include ${joinQuote(sorted(caps))} in securityContext.capabilities.add`);
};

const hostNamespaces_1_0: CheckPod = (pod) => {
  const found = [
    ...(pod.spec.hostNetwork === true ? ['hostNetwork=true'] : []),
    ...(pod.spec.hostPID === true ? ['hostPID=true'] : []),
    ...(pod.spec.hostIPC === true ? ['hostIPC=true'] : []),
  ];
  return found.length === 0 ? ALLOWED : forbidden('host namespaces', found.join(', '));
};

const hostPathVolumes_1_0: CheckPod = (pod) => {
  const volumes = pod.spec.volumes.filter((vol) => vol.sources.includes('hostPath')).map((vol) => vol.name);
  return volumes.length === 0 ? ALLOWED : forbidden('hostPath volumes', `${pluralize('volume', 'volumes', volumes.length)} ${joinQuote(volumes)}`);
};

const hostPorts_1_0: CheckPod = (pod) => {
  const bad: string[] = [];
  const ports = new Set<string>();
  for (const c of containers(pod)) {
    const used = c.ports.map((p) => p.hostPort ?? 0).filter((p) => p !== 0);
    used.forEach((p) => ports.add(String(p)));
    if (used.length > 0) bad.push(c.name);
  }
  if (bad.length === 0) return ALLOWED;
  const list = sorted(ports);
  return forbidden('hostPort', `${containerPhrase(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', list.length)} ${list.join(', ')}`);
};

function handlerHosts(handler: Handler | undefined): string[] {
  if (!handler) return [];
  return [handler.httpGet?.host, handler.tcpSocket?.host].filter((h): h is string => h !== undefined && h !== '');
}

const hostProbesAndHostLifecycle_1_34: CheckPod = (pod) => {
  const bad = new Set<string>();
  const hosts = new Set<string>();
  for (const c of containers(pod)) {
    for (const handler of [c.livenessProbe, c.readinessProbe, c.startupProbe, c.lifecycle?.postStart, c.lifecycle?.preStop]) {
      const found = handlerHosts(handler);
      if (found.length === 0) continue;
      bad.add(c.name);
      found.forEach((h) => hosts.add(h));
    }
  }
  if (bad.size === 0) return ALLOWED;
  const names = sorted(bad);
  const list = sorted(hosts);
  return forbidden('probe or lifecycle host',
    `${containerPhrase(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', list.length)} ${joinQuote(list)}`);
};

const privileged_1_0: CheckPod = (pod) => {
  const bad = containers(pod).filter((c) => c.securityContext?.privileged === true).map((c) => c.name);
  return bad.length === 0 ? ALLOWED : forbidden('privileged', `${containerPhrase(bad)} must not set securityContext.privileged=true`);
};

const procMount_1_0: CheckPod = (pod) => {
  const bad: string[] = [];
  const types = new Set<string>();
  for (const c of containers(pod)) {
    const mount = c.securityContext?.procMount;
    if (mount !== undefined && mount !== 'Default') {
      bad.push(c.name);
      types.add(mount);
    }
  }
  if (bad.length === 0) return ALLOWED;
  return forbidden('procMount', `${containerPhrase(bad)} must not set securityContext.procMount to ${joinQuote(sorted(types))}`);
};

const procMount_1_35: CheckPod = (pod) => (inUserNamespace(pod) ? ALLOWED : procMount_1_0(pod));

function seLinuxCheck(allowedTypes: ReadonlySet<string>): CheckPod {
  return (pod) => {
    const setters: string[] = [];
    const types = new Set<string>();
    let user = false;
    let role = false;
    const valid = (opts: SELinuxOptions): boolean => {
      let ok = true;
      if (!allowedTypes.has(opts.type ?? '')) {
        ok = false;
        types.add(opts.type ?? '');
      }
      if ((opts.user ?? '') !== '') {
        ok = false;
        user = true;
      }
      if ((opts.role ?? '') !== '') {
        ok = false;
        role = true;
      }
      return ok;
    };
    const podOpts = pod.spec.securityContext?.seLinuxOptions;
    if (podOpts && !valid(podOpts)) setters.push('pod');
    const bad = containers(pod).filter((c) => {
      const opts = c.securityContext?.seLinuxOptions;
      return opts !== undefined && !valid(opts);
    }).map((c) => c.name);
    if (bad.length > 0) setters.push(containerPhrase(bad));
    if (setters.length === 0) return ALLOWED;
    const list = sorted(types);
    const data = [
      ...(list.length > 0 ? [`${pluralize('type', 'types', list.length)} ${joinQuote(list)}`] : []),
      ...(user ? ['user may not be set'] : []),
      ...(role ? ['role may not be set'] : []),
    ];
    return forbidden('seLinuxOptions', `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`);
  };
}

const SELINUX_TYPES_1_0 = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const SELINUX_TYPES_1_31 = new Set([...SELINUX_TYPES_1_0, 'container_engine_t']);

const validSeccompType = (type: string | undefined): boolean => type === 'Localhost' || type === 'RuntimeDefault';
const validSeccompAnnotation = (value: string): boolean => value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');

/** Before 1.19 seccomp was set by alpha annotations only. */
const seccompBaseline_1_0: CheckPod = (pod) => {
  const bad = new Set<string>();
  const podKey = 'seccomp.security.alpha.kubernetes.io/pod';
  const podValue = pod.annotations[podKey];
  if (podValue !== undefined && !validSeccompAnnotation(podValue)) bad.add(`${podKey}=${JSON.stringify(podValue)}`);
  for (const c of containers(pod)) {
    const key = `container.seccomp.security.alpha.kubernetes.io/${c.name}`;
    const value = pod.annotations[key];
    if (value !== undefined && !validSeccompAnnotation(value)) bad.add(`${key}=${JSON.stringify(value)}`);
  }
  if (bad.size === 0) return ALLOWED;
  return forbidden('seccompProfile', `forbidden ${pluralize('annotation', 'annotations', bad.size)} ${sorted(bad).join(', ')}`);
};

/** The pod and containers that set a seccomp or AppArmor type the policy forbids, and the values. */
function explicitlyBadSeccomp(pod: PodInput): { setters: string[]; values: Set<string>; podValid: boolean } {
  const setters: string[] = [];
  const values = new Set<string>();
  const podProfile: ProfileRef | undefined = pod.spec.securityContext?.seccompProfile;
  let podValid = false;
  if (podProfile) {
    if (!validSeccompType(podProfile.type)) {
      setters.push('pod');
      values.add(podProfile.type ?? '');
    } else {
      podValid = true;
    }
  }
  const bad = containers(pod).filter((c) => {
    const p = c.securityContext?.seccompProfile;
    if (!p || validSeccompType(p.type)) return false;
    values.add(p.type ?? '');
    return true;
  }).map((c) => c.name);
  if (bad.length > 0) setters.push(containerPhrase(bad));
  return { setters, values, podValid };
}

const seccompBaseline_1_19: CheckPod = (pod) => {
  const { setters, values } = explicitlyBadSeccomp(pod);
  if (setters.length === 0) return ALLOWED;
  return forbidden('seccompProfile', `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sorted(values))}`);
};

function sysctlsCheck(allowed: ReadonlySet<string>): CheckPod {
  return (pod) => {
    const bad = (pod.spec.securityContext?.sysctls ?? []).map((s) => s.name).filter((name) => !allowed.has(name));
    return bad.length === 0 ? ALLOWED : forbidden('forbidden sysctls', bad.join(', '));
  };
}

const SYSCTLS_1_0 = new Set(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']);
const SYSCTLS_1_27 = new Set([...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports']);
const SYSCTLS_1_29 = new Set([...SYSCTLS_1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']);
const SYSCTLS_1_32 = new Set([...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']);
const SYSCTLS_1_37 = new Set([...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']);

const windowsHostProcess_1_0: CheckPod = (pod) => {
  const bad = containers(pod).filter((c) => c.securityContext?.windowsOptions?.hostProcess === true).map((c) => c.name);
  const setters = [
    ...(pod.spec.securityContext?.windowsOptions?.hostProcess === true ? ['pod'] : []),
    ...(bad.length > 0 ? [containerPhrase(bad)] : []),
  ];
  return setters.length === 0 ? ALLOWED : forbidden('hostProcess', `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`);
};

// --- Restricted -----------------------------------------------------------------------------------

const allowPrivilegeEscalation_1_8: CheckPod = (pod) => {
  const bad = containers(pod).filter((c) => c.securityContext?.allowPrivilegeEscalation !== false).map((c) => c.name);
  return bad.length === 0 ? ALLOWED : forbidden('allowPrivilegeEscalation != false', `${containerPhrase(bad)} must set securityContext.allowPrivilegeEscalation=false`);
};

/** From 1.25 a pod with `os.name: windows` is exempt: the API forbids these Linux fields there. */
function exemptWindows(check: CheckPod): CheckPod {
  return (pod) => (isWindows(pod) ? ALLOWED : check(pod));
}

const capabilitiesRestricted_1_22: CheckPod = (pod) => {
  const missingDropAll: string[] = [];
  const adding: string[] = [];
  const caps = new Set<string>();
  for (const c of containers(pod)) {
    const capabilities = c.securityContext?.capabilities;
    if (!capabilities) {
      missingDropAll.push(c.name);
      continue;
    }
    if (!(capabilities.drop ?? []).includes('ALL')) missingDropAll.push(c.name);
    const extra = (capabilities.add ?? []).filter((cap) => cap !== 'NET_BIND_SERVICE');
    extra.forEach((cap) => caps.add(cap));
    if (extra.length > 0) adding.push(c.name);
  }
  const details = [
    ...(missingDropAll.length > 0 ? [`${containerPhrase(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`] : []),
    ...(adding.length > 0 ? [`${containerPhrase(adding)} must not include ${joinQuote(sorted(caps))} in securityContext.capabilities.add`] : []),
  ];
  return details.length === 0 ? ALLOWED : forbidden('unrestricted capabilities', details.join('; '));
};

const ALLOWED_VOLUME_SOURCES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);
const RESTRICTED_VOLUME_SOURCES = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder',
  'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos',
];

const restrictedVolumes_1_0: CheckPod = (pod) => {
  const bad: string[] = [];
  const types = new Set<string>();
  for (const volume of pod.spec.volumes) {
    if (volume.sources.some((s) => ALLOWED_VOLUME_SOURCES.has(s))) continue;
    bad.push(volume.name);
    types.add(RESTRICTED_VOLUME_SOURCES.find((s) => volume.sources.includes(s)) ?? 'unknown');
  }
  if (bad.length === 0) return ALLOWED;
  const list = sorted(types);
  return forbidden('restricted volume types',
    `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('restricted volume type', 'restricted volume types', list.length)} ${joinQuote(list)}`);
};

const runAsNonRoot_1_0: CheckPod = (pod) => {
  const setters: string[] = [];
  const podValue = pod.spec.securityContext?.runAsNonRoot;
  if (podValue === false) setters.push('pod');
  const podTrue = podValue === true;
  const explicitlyBad: string[] = [];
  const implicitlyBad: string[] = [];
  for (const c of containers(pod)) {
    const own = c.securityContext?.runAsNonRoot;
    if (own !== undefined) {
      if (!own) explicitlyBad.push(c.name);
    } else if (!podTrue) {
      implicitlyBad.push(c.name);
    }
  }
  if (explicitlyBad.length > 0) setters.push(containerPhrase(explicitlyBad));
  if (setters.length > 0) return forbidden('runAsNonRoot != true', `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`);
  if (implicitlyBad.length > 0) return forbidden('runAsNonRoot != true', `pod or ${containerPhrase(implicitlyBad)} must set securityContext.runAsNonRoot=true`);
  return ALLOWED;
};

const runAsUser_1_23: CheckPod = (pod) => {
  const setters = pod.spec.securityContext?.runAsUser === 0 ? ['pod'] : [];
  const bad = containers(pod).filter((c) => c.securityContext?.runAsUser === 0).map((c) => c.name);
  if (bad.length > 0) setters.push(containerPhrase(bad));
  return setters.length === 0 ? ALLOWED : forbidden('runAsUser=0', `${setters.join(' and ')} must not set runAsUser=0`);
};

/** From 1.35 a pod in its own user namespace (`hostUsers: false`) may run as any user. */
function relaxedInUserNamespace(check: CheckPod): CheckPod {
  return (pod) => (inUserNamespace(pod) ? ALLOWED : check(pod));
}

const seccompRestricted_1_19: CheckPod = (pod) => {
  const { setters, values, podValid } = explicitlyBadSeccomp(pod);
  if (setters.length > 0) {
    return forbidden('seccompProfile', `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sorted(values))}`);
  }
  const implicit = containers(pod).filter((c) => !c.securityContext?.seccompProfile && !podValid).map((c) => c.name);
  if (implicit.length === 0) return ALLOWED;
  return forbidden('seccompProfile', `pod or ${containerPhrase(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`);
};

/** Every check, in the library's registration order (Go runs a package's init functions by file name). */
export const CHECKS: readonly Check[] = [
  { id: 'allowPrivilegeEscalation', level: 'restricted', versions: [
    { minimumVersion: v(8), check: allowPrivilegeEscalation_1_8 },
    { minimumVersion: v(25), check: exemptWindows(allowPrivilegeEscalation_1_8) },
  ] },
  { id: 'appArmorProfile', level: 'baseline', versions: [{ minimumVersion: v(0), check: appArmorProfile_1_0 }] },
  { id: 'capabilities_baseline', level: 'baseline', versions: [{ minimumVersion: v(0), check: capabilitiesBaseline_1_0 }] },
  { id: 'capabilities_restricted', level: 'restricted', versions: [
    { minimumVersion: v(22), check: capabilitiesRestricted_1_22, overrides: ['capabilities_baseline'] },
    { minimumVersion: v(25), check: exemptWindows(capabilitiesRestricted_1_22), overrides: ['capabilities_baseline'] },
  ] },
  { id: 'hostNamespaces', level: 'baseline', versions: [{ minimumVersion: v(0), check: hostNamespaces_1_0 }] },
  { id: 'hostPathVolumes', level: 'baseline', versions: [{ minimumVersion: v(0), check: hostPathVolumes_1_0 }] },
  { id: 'hostPorts', level: 'baseline', versions: [{ minimumVersion: v(0), check: hostPorts_1_0 }] },
  { id: 'hostProbesAndHostLifecycle', level: 'baseline', versions: [{ minimumVersion: v(34), check: hostProbesAndHostLifecycle_1_34 }] },
  { id: 'privileged', level: 'baseline', versions: [{ minimumVersion: v(0), check: privileged_1_0 }] },
  { id: 'procMount', level: 'baseline', versions: [
    { minimumVersion: v(0), check: procMount_1_0 },
    { minimumVersion: v(35), check: procMount_1_35 },
  ] },
  { id: 'procMount_restricted', level: 'restricted', versions: [{ minimumVersion: v(35), check: procMount_1_0, overrides: ['procMount'] }] },
  { id: 'restrictedVolumes', level: 'restricted', versions: [{ minimumVersion: v(0), check: restrictedVolumes_1_0, overrides: ['hostPathVolumes'] }] },
  { id: 'runAsNonRoot', level: 'restricted', versions: [
    { minimumVersion: v(0), check: runAsNonRoot_1_0 },
    { minimumVersion: v(35), check: relaxedInUserNamespace(runAsNonRoot_1_0) },
  ] },
  { id: 'runAsUser', level: 'restricted', versions: [
    { minimumVersion: v(23), check: runAsUser_1_23 },
    { minimumVersion: v(35), check: relaxedInUserNamespace(runAsUser_1_23) },
  ] },
  { id: 'seLinuxOptions', level: 'baseline', versions: [
    { minimumVersion: v(0), check: seLinuxCheck(SELINUX_TYPES_1_0) },
    { minimumVersion: v(31), check: seLinuxCheck(SELINUX_TYPES_1_31) },
  ] },
  { id: 'seccompProfile_baseline', level: 'baseline', versions: [
    { minimumVersion: v(0), check: seccompBaseline_1_0 },
    { minimumVersion: v(19), check: seccompBaseline_1_19 },
  ] },
  { id: 'seccompProfile_restricted', level: 'restricted', versions: [
    { minimumVersion: v(19), check: seccompRestricted_1_19, overrides: ['seccompProfile_baseline'] },
    { minimumVersion: v(25), check: exemptWindows(seccompRestricted_1_19), overrides: ['seccompProfile_baseline'] },
  ] },
  { id: 'sysctls', level: 'baseline', versions: [
    { minimumVersion: v(0), check: sysctlsCheck(SYSCTLS_1_0) },
    { minimumVersion: v(27), check: sysctlsCheck(SYSCTLS_1_27) },
    { minimumVersion: v(29), check: sysctlsCheck(SYSCTLS_1_29) },
    { minimumVersion: v(32), check: sysctlsCheck(SYSCTLS_1_32) },
    { minimumVersion: v(37), check: sysctlsCheck(SYSCTLS_1_37) },
  ] },
  { id: 'windowsHostProcess', level: 'baseline', versions: [{ minimumVersion: v(0), check: windowsHostProcess_1_0 }] },
];

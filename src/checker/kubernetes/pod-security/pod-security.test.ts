import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CheckId } from './checks';
import { evaluatePod, podSecurityLevel } from './evaluate';
import { podInputFrom } from './pod';
import { LATEST, parseVersion, v } from './version';

/** A pod that meets Restricted; each case changes one thing. */
const RESTRICTED = {
  securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [{ name: 'app', image: 'app:1', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
};

type Spec = Record<string, unknown>;

function failing(spec: Spec, level: 'baseline' | 'restricted', minor = LATEST.minor, annotations: Record<string, string> = {}): CheckId[] {
  return evaluatePod(podInputFrom({ annotations }, spec), level, v(minor)).filter((r) => !r.allowed).map((r) => r.id);
}

/** RESTRICTED with the first container's securityContext and the pod's spec changed. */
function changed(container: Spec = {}, pod: Spec = {}): Spec {
  const [first] = RESTRICTED.containers;
  return { ...RESTRICTED, ...pod, containers: [{ ...first, securityContext: { ...first?.securityContext, ...container } }] };
}

describe('each Baseline check, valid and invalid', () => {
  it.each<[string, Spec, CheckId | null]>([
    ['host network', changed({}, { hostNetwork: true }), 'hostNamespaces'],
    ['host PID and IPC false', changed({}, { hostPID: false, hostIPC: false }), null],
    ['privileged', changed({ privileged: true }), 'privileged'],
    ['privileged false', changed({ privileged: false }), null],
    ['NET_RAW added', changed({ capabilities: { drop: ['ALL'], add: ['NET_RAW'] } }), 'capabilities_baseline'],
    ['CHOWN added (default set)', changed({ capabilities: { add: ['CHOWN'] } }), null],
    ['hostPath volume', changed({}, { volumes: [{ name: 'h', hostPath: { path: '/' } }] }), 'hostPathVolumes'],
    ['emptyDir volume', changed({}, { volumes: [{ name: 'e', emptyDir: {} }] }), null],
    ['host port', { ...RESTRICTED, containers: [{ ...RESTRICTED.containers[0], ports: [{ containerPort: 80, hostPort: 8080 }] }] }, 'hostPorts'],
    ['host port 0', { ...RESTRICTED, containers: [{ ...RESTRICTED.containers[0], ports: [{ containerPort: 80, hostPort: 0 }] }] }, null],
    ['AppArmor Unconfined', changed({ appArmorProfile: { type: 'Unconfined' } }), 'appArmorProfile'],
    ['AppArmor Localhost', changed({ appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } }), null],
    ['SELinux type spc_t', changed({ seLinuxOptions: { type: 'spc_t' } }), 'seLinuxOptions'],
    ['SELinux user set', changed({ seLinuxOptions: { user: 'system_u' } }), 'seLinuxOptions'],
    ['SELinux level only', changed({ seLinuxOptions: { level: 's0:c1' } }), null],
    ['procMount Unmasked', changed({ procMount: 'Unmasked' }), 'procMount'],
    ['seccomp Unconfined on the pod', changed({}, { securityContext: { ...RESTRICTED.securityContext, seccompProfile: { type: 'Unconfined' } } }), 'seccompProfile_baseline'],
    ['unsafe sysctl', changed({}, { securityContext: { ...RESTRICTED.securityContext, sysctls: [{ name: 'kernel.msgmax', value: '1' }] } }), 'sysctls'],
    ['safe sysctl', changed({}, { securityContext: { ...RESTRICTED.securityContext, sysctls: [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }] } }), null],
    ['Windows host process', changed({ windowsOptions: { hostProcess: true } }), 'windowsHostProcess'],
    ['probe with a host', { ...RESTRICTED, containers: [{ ...RESTRICTED.containers[0], livenessProbe: { httpGet: { host: '10.0.0.1', port: 80 } } }] }, 'hostProbesAndHostLifecycle'],
  ])('%s', (_name, spec, expected) => {
    expect(failing(spec, 'baseline')).toEqual(expected === null ? [] : [expected]);
  });
});

describe('each Restricted check, valid and invalid', () => {
  it.each<[string, Spec, CheckId | null]>([
    ['the restricted pod', RESTRICTED, null],
    ['escalation allowed', changed({ allowPrivilegeEscalation: true }), 'allowPrivilegeEscalation'],
    ['escalation unset', changed({ allowPrivilegeEscalation: undefined }), 'allowPrivilegeEscalation'],
    ['no drop ALL', changed({ capabilities: { drop: ['NET_RAW'] } }), 'capabilities_restricted'],
    ['NET_BIND_SERVICE added', changed({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }), null],
    ['CHOWN added', changed({ capabilities: { drop: ['ALL'], add: ['CHOWN'] } }), 'capabilities_restricted'],
    ['nfs volume', changed({}, { volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }] }), 'restrictedVolumes'],
    ['a volume with no source is an emptyDir', changed({}, { volumes: [{ name: 'd' }] }), null],
    ['container runAsNonRoot false overrides the pod', changed({ runAsNonRoot: false }), 'runAsNonRoot'],
    ['runAsUser 0 on the container', changed({ runAsUser: 0 }), 'runAsUser'],
    ['no seccomp anywhere', changed({}, { securityContext: { runAsNonRoot: true } }), 'seccompProfile_restricted'],
    ['seccomp on the container only', changed({ seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } }, { securityContext: { runAsNonRoot: true } }), null],
    ['procMount Unmasked', changed({ procMount: 'Unmasked' }), 'procMount_restricted'],
  ])('%s', (_name, spec, expected) => {
    expect(failing(spec, 'restricted')).toEqual(expected === null ? [] : [expected]);
  });

  it('a pod-level runAsNonRoot: true with runAsUser: 10001 covers every container; a container that sets false does not inherit it', () => {
    const spec = {
      ...RESTRICTED,
      containers: [RESTRICTED.containers[0], { ...RESTRICTED.containers[0], name: 'sidecar' }],
      initContainers: [{ ...RESTRICTED.containers[0], name: 'init' }],
    };
    expect(failing(spec, 'restricted')).toEqual([]);
    const pod = podInputFrom({}, { ...spec, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } });
    expect(podSecurityLevel(pod).restricted[0]).toMatchObject({
      id: 'runAsNonRoot', reason: 'runAsNonRoot != true', detail: 'pod or containers "init", "app", "sidecar" must set securityContext.runAsNonRoot=true',
    });
  });
});

describe('checks follow the Kubernetes version', () => {
  it('probe and lifecycle hosts are checked from 1.34', () => {
    const spec = { ...RESTRICTED, containers: [{ ...RESTRICTED.containers[0], lifecycle: { preStop: { httpGet: { host: 'x', port: 1 } } } }] };
    expect(failing(spec, 'baseline', 33)).toEqual([]);
    expect(failing(spec, 'baseline', 34)).toEqual(['hostProbesAndHostLifecycle']);
  });

  it('the safe sysctls grow: tcp_rmem from 1.32, tcp_slow_start_after_idle from 1.37', () => {
    const withSysctl = (name: string): Spec => changed({}, { securityContext: { ...RESTRICTED.securityContext, sysctls: [{ name }] } });
    expect(failing(withSysctl('net.ipv4.tcp_rmem'), 'baseline', 31)).toEqual(['sysctls']);
    expect(failing(withSysctl('net.ipv4.tcp_rmem'), 'baseline', 32)).toEqual([]);
    expect(failing(withSysctl('net.ipv4.tcp_slow_start_after_idle'), 'baseline', 36)).toEqual(['sysctls']);
    expect(failing(withSysctl('net.ipv4.tcp_slow_start_after_idle'), 'baseline', 37)).toEqual([]);
  });

  it('a pod in its own user namespace may run as root from 1.35, and keep an unmasked /proc at Baseline only', () => {
    const root = changed({ runAsNonRoot: false, runAsUser: 0, procMount: 'Unmasked' }, { hostUsers: false });
    expect(failing(root, 'restricted', 34)).toEqual(['procMount', 'runAsNonRoot', 'runAsUser']);
    expect(failing(root, 'baseline', 35)).toEqual([]);
    expect(failing(root, 'restricted', 35)).toEqual(['procMount_restricted']);
  });

  it('container_engine_t is an allowed SELinux type from 1.31', () => {
    const spec = changed({ seLinuxOptions: { type: 'container_engine_t' } });
    expect(failing(spec, 'baseline', 30)).toEqual(['seLinuxOptions']);
    expect(failing(spec, 'baseline', 31)).toEqual([]);
  });

  it('Restricted requires drop ALL from 1.22 and forbids runAsUser 0 from 1.23', () => {
    expect(failing(changed({ capabilities: { add: ['CHOWN'] } }), 'restricted', 21)).toEqual([]);
    expect(failing(changed({ capabilities: { add: ['CHOWN'] } }), 'restricted', 22)).toEqual(['capabilities_restricted']);
    expect(failing(changed({ runAsUser: 0 }), 'restricted', 22)).toEqual([]);
    expect(failing(changed({ runAsUser: 0 }), 'restricted', 23)).toEqual(['runAsUser']);
  });

  it('seccomp is read from the alpha annotations before 1.19, from the fields from 1.19', () => {
    const annotated = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' };
    const plain = changed({}, { securityContext: { runAsNonRoot: true } });
    expect(failing(plain, 'baseline', 18, annotated)).toEqual(['seccompProfile_baseline']);
    expect(failing(plain, 'baseline', 19, annotated)).toEqual([]);
    expect(failing(plain, 'restricted', 18)).toEqual([]);
    expect(failing(plain, 'restricted', 19)).toEqual(['seccompProfile_restricted']);
  });

  it('a Windows pod is exempt from the Linux-only Restricted checks from 1.25', () => {
    const windows = { os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [{ name: 'w', image: 'w:1' }] };
    expect(failing(windows, 'restricted', 24)).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted']);
    expect(failing(windows, 'restricted', 25)).toEqual([]);
  });

  it('a version newer than the newest known is evaluated as the newest; older than 1.0 is not a version', () => {
    expect(parseVersion('1.99')).toEqual({ version: LATEST, clamped: true });
    expect(parseVersion('v1.36')).toEqual({ version: v(36), clamped: false });
    expect(parseVersion('latest')?.version).toEqual(LATEST);
    expect(parseVersion('2.0')).toBeNull();
    expect(parseVersion('1.x')).toBeNull();
  });
});

describe('podSecurityLevel', () => {
  it('names the strictest level met, and what stops the next one', () => {
    const text = 'spec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        add: [NET_ADMIN]\n';
    const pod = parse(text) as { spec: unknown };
    const result = podSecurityLevel(podInputFrom({}, pod.spec), v(36));
    expect(result.level).toBe('privileged');
    expect(result.version).toBe('1.36');
    expect(result.baseline.map((r) => r.id)).toEqual(['capabilities_baseline']);
    expect(podSecurityLevel(podInputFrom({}, RESTRICTED)).level).toBe('restricted');
    expect(podSecurityLevel(podInputFrom({}, changed({ allowPrivilegeEscalation: true }))).level).toBe('baseline');
  });
});

import type { Span } from '../core/types';
import type { Worded } from '../core/worded';
import { settingProblem } from './diagnostics';
import { effectiveCapabilities, isKnownCapability, normalizeCapability } from './capabilities';
import type {
  CapabilityChange, DeviceModel, HostNamespace, MountModel, PortModel, ProfileState, RuntimeModel,
  RuntimeSource, Setting,
} from './model';
import { parseDeviceSpec, parseMountSpec, parsePortSpec, parseTmpfsSpec, parseVolumeSpec } from './specs';

/** Receives problems found while reading a setting (invalid value, unknown option). */
export type ReportProblem = (text: string | Worded, span: Span) => void;

type TextKey = 'name' | 'hostname' | 'image' | 'networkMode' | 'pidMode' | 'ipcMode' | 'utsMode' | 'usernsMode'
  | 'cgroupnsMode' | 'user' | 'memory' | 'memorySwap' | 'cpus' | 'pidsLimit' | 'restart' | 'workdir' | 'entrypoint' | 'runtime';
type SwitchKey = 'privileged' | 'readOnlyRootfs' | 'noNewPrivileges' | 'publishAll';
type ListKey = 'env' | 'groupAdd' | 'sysctls' | 'ulimits';
type LifecycleKey = 'rm' | 'detach' | 'interactive' | 'tty';

const SELINUX_LABEL = /^(disable|nested|(user|role|type|level|filetype):[^:]+(:.*)?)$/;

const HOST_MODE_KEYS: [HostNamespace, TextKey][] = [
  ['net', 'networkMode'], ['pid', 'pidMode'], ['ipc', 'ipcMode'], ['uts', 'utsMode'],
  ['userns', 'usernsMode'], ['cgroupns', 'cgroupnsMode'],
];

/**
 * Collects one container's settings from either syntax (`docker run` flags or Compose keys) and
 * works out what the container really gets, so both front ends share the same meaning.
 */
export class RuntimeBuilder {
  private readonly text: Partial<Record<TextKey, Setting<string>>> = {};
  private readonly switches: Partial<Record<SwitchKey, Setting<boolean>>> = {};
  private readonly lists: Record<ListKey, Setting<string>[]> = { env: [], groupAdd: [], sysctls: [], ulimits: [] };
  private readonly lifecycle: Record<LifecycleKey, boolean> = { rm: false, detach: false, interactive: false, tty: false };
  private readonly capAdd: CapabilityChange[] = [];
  private readonly capDrop: CapabilityChange[] = [];
  private readonly mounts: MountModel[] = [];
  private readonly devices: DeviceModel[] = [];
  private readonly ports: PortModel[] = [];
  private readonly securityOpts: Setting<string>[] = [];
  private seccompOpt: Setting<string> | null = null;
  private apparmorOpt: Setting<string> | null = null;
  private selinuxOpt: Setting<string> | null = null;
  private systemPaths: Span | null = null;

  constructor(
    private readonly source: RuntimeSource,
    private readonly span: Span,
    private readonly report: ReportProblem,
  ) {}

  setText(key: TextKey, value: string, span: Span): void {
    this.text[key] = { value, span };
  }

  setSwitch(key: SwitchKey, value: boolean, span: Span): void {
    this.switches[key] = { value, span };
  }

  addToList(key: ListKey, value: string, span: Span): void {
    this.lists[key].push({ value, span });
  }

  setLifecycle(key: LifecycleKey, value: boolean): void {
    this.lifecycle[key] = value;
  }

  capability(change: 'add' | 'drop', raw: string, span: Span): void {
    for (const part of raw.split(',')) {
      if (part.trim() === '') continue;
      const name = normalizeCapability(part);
      if (!isKnownCapability(name)) {
        this.report(settingProblem('unknownCapability', { capability: part.trim() }), span);
        continue;
      }
      (change === 'add' ? this.capAdd : this.capDrop).push({ name, span });
    }
  }

  /** `--security-opt` / Compose `security_opt`: accepts `key=value` and the older `key:value`. */
  securityOpt(raw: string, span: Span): void {
    const opt = raw.trim();
    this.securityOpts.push({ value: opt, span });
    if (opt === 'no-new-privileges') {
      this.setSwitch('noNewPrivileges', true, span);
      return;
    }
    const match = /^([A-Za-z-]+)[=:](.*)$/s.exec(opt);
    const key = match?.[1]?.toLowerCase();
    const value = match?.[2]?.trim() ?? '';
    switch (key) {
      case 'no-new-privileges':
        if (/^(true|false)$/i.test(value)) this.setSwitch('noNewPrivileges', value.toLowerCase() === 'true', span);
        else this.report(settingProblem('noNewPrivilegesValue', { value }), span);
        return;
      case 'seccomp':
        this.seccompOpt = { value, span };
        return;
      case 'apparmor':
        this.apparmorOpt = { value, span };
        return;
      case 'label':
        if (!SELINUX_LABEL.test(value)) {
          this.report(settingProblem('selinuxOption', { option: opt }), span);
        } else if (value === 'disable' || this.selinuxOpt === null) this.selinuxOpt = { value, span };
        return;
      case 'systempaths':
        if (value === 'unconfined') this.systemPaths = span;
        else this.report(settingProblem('systemPathsValue', { value }), span);
        return;
      case 'writable-cgroups':
        return;
      default:
        this.report(settingProblem('unknownSecurityOption', { option: opt }), span);
    }
  }

  volume(raw: string, span: Span): void {
    const parsed = parseVolumeSpec(raw, span);
    if (parsed.ok) this.mounts.push(parsed.value);
    else this.report(parsed.error, span);
  }

  mount(raw: string, span: Span): void {
    const parsed = parseMountSpec(raw, span);
    if (parsed.ok) this.mounts.push(parsed.value);
    else this.report(parsed.error, span);
  }

  addMount(mount: MountModel): void {
    this.mounts.push(mount);
  }

  tmpfs(raw: string, span: Span): void {
    this.mounts.push(parseTmpfsSpec(raw, span));
  }

  device(raw: string, span: Span): void {
    this.devices.push(parseDeviceSpec(raw, span));
  }

  port(raw: string, span: Span): void {
    const parsed = parsePortSpec(raw, span);
    if (parsed.ok) this.ports.push(parsed.value);
    else this.report(parsed.error, span);
  }

  addPort(port: PortModel): void {
    this.ports.push(port);
  }

  finish(): RuntimeModel {
    const privileged = this.switches.privileged ?? null;
    const isPrivileged = privileged?.value === true;
    const hostNamespaces: Partial<Record<HostNamespace, Span>> = {};
    for (const [ns, key] of HOST_MODE_KEYS) {
      const mode = this.text[key];
      if (mode && mode.value.toLowerCase() === 'host') hostNamespaces[ns] = mode.span;
    }
    return {
      source: this.source,
      span: this.span,
      name: this.text.name ?? null,
      image: this.text.image ?? null,
      privileged,
      capabilities: effectiveCapabilities(isPrivileged, this.capAdd.map((c) => c.name), this.capDrop.map((c) => c.name)),
      capAdd: this.capAdd,
      capDrop: this.capDrop,
      hostNamespaces,
      networkMode: this.text.networkMode ?? null,
      pidMode: this.text.pidMode ?? null,
      ipcMode: this.text.ipcMode ?? null,
      utsMode: this.text.utsMode ?? null,
      hostname: this.text.hostname ?? null,
      usernsMode: this.text.usernsMode ?? null,
      cgroupnsMode: this.text.cgroupnsMode ?? null,
      mounts: this.mounts,
      devices: this.devices,
      user: this.text.user ?? null,
      groupAdd: this.lists.groupAdd,
      seccomp: profileState(this.seccompOpt, isPrivileged, ['builtin']),
      apparmor: profileState(this.apparmorOpt, isPrivileged, ['docker-default']),
      selinux: selinuxState(this.selinuxOpt, isPrivileged),
      securityOpts: this.securityOpts,
      noNewPrivileges: this.switches.noNewPrivileges ?? null,
      systemPathsUnconfined: this.systemPaths,
      readOnlyRootfs: this.switches.readOnlyRootfs ?? null,
      ports: this.ports,
      publishAll: this.switches.publishAll ?? null,
      memory: this.text.memory ?? null,
      memorySwap: this.text.memorySwap ?? null,
      cpus: this.text.cpus ?? null,
      pidsLimit: this.text.pidsLimit ?? null,
      ulimits: this.lists.ulimits,
      restart: this.text.restart ?? null,
      sysctls: this.lists.sysctls,
      env: this.lists.env,
      workdir: this.text.workdir ?? null,
      entrypoint: this.text.entrypoint ?? null,
      runtime: this.text.runtime ?? null,
      ...this.lifecycle,
    };
  }
}

/**
 * An explicit profile wins even under privileged (moby WithSeccomp / WithApparmor); otherwise
 * privileged means no profile at all.
 */
function profileState(opt: Setting<string> | null, privileged: boolean, defaultNames: string[]): ProfileState {
  if (opt && opt.value.toLowerCase() === 'unconfined') return { state: 'unconfined', profile: null, span: opt.span };
  if (opt && opt.value !== '' && !defaultNames.includes(opt.value)) return { state: 'custom', profile: opt.value, span: opt.span };
  if (privileged) return { state: 'unconfined', profile: null, span: null };
  return { state: 'default', profile: null, span: opt?.span ?? null };
}

function selinuxState(opt: Setting<string> | null, privileged: boolean): ProfileState {
  if (opt?.value === 'disable') return { state: 'unconfined', profile: null, span: opt.span };
  if (privileged) return { state: 'unconfined', profile: null, span: null };
  if (opt) return { state: 'custom', profile: opt.value, span: opt.span };
  return { state: 'default', profile: null, span: null };
}

import { oneCapabilityMessageId } from '../apparmor/rules/apparmor-broad-capability';
import { addMessageBase } from '../kubernetes/rules/k8s-capabilities';
import { hostPathMessageId, type HostPathGravity, type HostPathUse } from '../kubernetes/rules/k8s-host-path';
import { perContainer, type ContainerSubjects } from '../kubernetes/rules/report';
import { capabilityMessageId } from '../run/rules/dangerous-capability';

/**
 * Chinese messages that rules word once per entry of a table (a capability, a kind of container), so
 * each entry's meaning stays a sentence of its language instead of English carried as data.
 */

/** What each risky capability lets root in the container do to the host (dangerous-capability). */
const CAPABILITY_EFFECT: Readonly<Record<string, string>> = {
  ALL: '授予了全部能力，等同于特权模式',
  SYS_ADMIN: '允许挂载、命名空间和 cgroup 操作，经典的容器逃逸用的就是这些',
  SYS_MODULE: '可以加载内核模块，也就是在主机内核里运行代码',
  SYS_PTRACE: '可以跟踪其他进程并向其中注入代码',
  DAC_READ_SEARCH: '可以绕过文件读取检查并调用 open_by_handle_at，一种已知的逃逸手法正是基于它',
  BPF: '可以把 eBPF 程序加载进主机内核',
  PERFMON: '可以使用内核性能监控，而它会泄露内核信息',
  SYS_RAWIO: '可以直接访问 I/O 端口和设备内存',
  SYS_BOOT: '可以重启主机或加载新的内核',
  MAC_ADMIN: '可以修改约束容器的 AppArmor 或 SELinux 策略',
  MAC_OVERRIDE: '可以绕过 AppArmor 或 SELinux 的检查',
  NET_ADMIN: '可以重新配置它所在网络命名空间（使用主机网络时就是主机的）的网络接口、路由和防火墙规则',
  SYS_TIME: '可以设置主机时钟，而所有容器共用这个时钟',
  SYSLOG: '可以读取和清空内核日志，从而泄露内核地址',
  LINUX_IMMUTABLE: '可以修改文件的不可变和仅追加标志',
  SYS_RESOURCE: '可以越过资源限制和配额',
  AUDIT_CONTROL: '可以修改主机的审计规则',
};

export const dangerousCapabilityMessages: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CAPABILITY_EFFECT).flatMap(([cap, effect]) => [
    [capabilityMessageId(cap, 'run'), `--cap-add ${cap} ${effect}。`],
    [capabilityMessageId(cap, 'compose'), `cap_add 中的 ${cap} ${effect}。`],
  ]),
);

/** How a Chinese message names the container it is about (see perContainer). */
const CONTAINER_SUBJECTS: ContainerSubjects = {
  container: '容器“{{container}}”',
  initContainer: '初始化容器“{{container}}”',
  ephemeralContainer: '临时容器“{{container}}”',
  unnamedContainer: '一个未命名的容器',
  unnamedInitContainer: '一个未命名的初始化容器',
  unnamedEphemeralContainer: '一个未命名的临时容器',
  // The names come quoted as data, so a space sets them off from the words around them.
  containers: '容器 {{containers}} 和 {{last}} ',
};

/** A Kubernetes finding in Chinese for every way of naming its container; `{{who}}` is the subject. */
export function zhPerContainer(base: string, singular: string, plural?: string): Record<string, string> {
  return perContainer(base, singular, plural, CONTAINER_SUBJECTS);
}

/** What an added capability grants (k8s-capabilities), by capability. */
const CAPABILITY_GRANTS: Readonly<Record<string, string>> = {
  ALL: '全部能力，接近特权容器',
  SYS_ADMIN: '挂载文件系统和许多其他管理类调用的权力，这通常是容器逃逸的第一步',
  NET_ADMIN: '重新配置网络接口、路由和防火墙规则的权力',
  SYS_PTRACE: '跟踪其他进程并向其中注入代码的权力',
  SYS_MODULE: '加载内核模块的权力，也就是在主机内核里运行代码',
  DAC_READ_SEARCH: '绕过文件读取权限、按句柄打开文件的权力，一种已知的容器逃逸就利用了它',
  SYS_RAWIO: '直接访问 I/O 端口和设备的权力',
  BPF: '把 eBPF 程序加载进内核的权力',
};

export const k8sCapabilitiesMessages: Readonly<Record<string, string>> = {
  ...Object.assign({}, ...Object.entries(CAPABILITY_GRANTS).map(([capability, grants]) =>
    zhPerContainer(addMessageBase(capability), `{{who}}添加了 {{capability}}，它授予了${grants}。`))),
  ...zhPerContainer('addsOther', '{{who}}添加了 {{capability}}，它授予了一项超出 Pod 安全标准所允许的默认集合的权力。'),
  ...zhPerContainer('keepsDefaults', '{{who}}保留了运行时默认授予的能力，其中每一项都是攻击者可以继承的内核权力。'),
};

/** What sharing each host namespace exposes (k8s-host-namespaces). */
const NAMESPACE_EFFECT: Readonly<Record<'hostNetwork' | 'hostPID' | 'hostIPC', string>> = {
  hostNetwork: '它能看到主机的每个网络接口，还能访问只监听在节点回环地址上的服务',
  hostPID: '它能看到节点上的每个进程，权限足够时还能向它们发送信号、跟踪或进入它们',
  hostIPC: '它共享节点的共享内存、信号量和消息队列',
};

export const k8sHostNamespacesMessages: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NAMESPACE_EFFECT).flatMap(([key, effect]) => [
    [key, `{{kind}}“{{name}}”设置了 \`${key}: true\`，因此${effect}。`],
    [`${key}Unnamed`, `这个 {{kind}} 设置了 \`${key}: true\`，因此${effect}。`],
  ]),
);

const HOST_PATH_USE: Record<HostPathUse, string> = {
  unmounted: '目前还没有容器挂载它',
  readOnly: '容器“{{container}}”以只读方式挂载了它',
  readWrite: '容器“{{container}}”以读写方式挂载了它',
  sharedReadOnly: '容器 {{readers}} 以只读方式挂载了它',
  sharedReadWrite: '容器 {{writers}} 以读写方式挂载了它',
  sharedMixed: '容器 {{writers}} 以读写方式、容器 {{readers}} 以只读方式挂载了它',
};

const HOST_PATH_GRAVITY: Record<HostPathGravity, string> = {
  sensitive: '这个路径能让容器控制整个节点。',
  other: '这把节点文件系统的一部分放进了容器。',
};

export const k8sHostPathMessages: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(HOST_PATH_GRAVITY) as HostPathGravity[]).flatMap((gravity) => (Object.keys(HOST_PATH_USE) as HostPathUse[]).flatMap((use) =>
    [false, true].map((emptyPath) => [
      hostPathMessageId(gravity, use, emptyPath),
      `卷“{{volume}}”挂载了节点的${emptyPath ? '（空路径）' : ' {{path}}'}，${HOST_PATH_USE[use]}。${HOST_PATH_GRAVITY[gravity]}`,
    ]))),
);

/** What each risky capability an AppArmor profile allows lets the process do (apparmor-broad-capability). */
const APPARMOR_CAPABILITY_RISK: Readonly<Record<string, string>> = {
  sys_admin: '挂载文件系统、加载 BPF 等大量操作，几乎等同于完整的 root',
  sys_module: '加载内核模块，也就是在主机内核里运行代码',
  sys_ptrace: '跟踪其他进程并向其中注入代码',
  sys_rawio: '绕过文件系统直接对设备和端口做 I/O',
  dac_read_search: '绕过对每个文件的读权限检查（“shocker”逃逸就利用了它）',
  mac_admin: '修改强制访问控制策略本身，包括 AppArmor',
  mac_override: '越过强制访问控制策略',
  sys_boot: '重启机器或加载新的内核',
  net_admin: '重新配置网络接口、路由和防火墙规则',
  bpf: '把 BPF 程序加载进内核',
};

export const apparmorCapabilityMessages: Readonly<Record<string, string>> = {
  everyCapability: '单独一条 “capability,” 允许了容器拥有的全部能力。',
  ...Object.fromEntries(Object.entries(APPARMOR_CAPABILITY_RISK).map(([capability, risk]) =>
    [oneCapabilityMessageId(capability), `这条规则允许了 ${capability}，也就是可以${risk}。`])),
  severalCapabilities: '这条规则允许了 {{capabilities}}，其中每一项都可能足以让进程逃逸出容器。',
};

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

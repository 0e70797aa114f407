import type { ExerciseTranslation } from '../../../../src/checker/grading/localize';
import type { PodSecurityMessageId } from './pod-security';

/** The Pod security goals' messages in Simplified Chinese, under the same ids. */
const messages: Record<PodSecurityMessageId, string> = {
  noContainer: '文件中还没有带容器的工作负载。',
  nonRoot: '已设置 runAsNonRoot，并且 runAsUser 和 runAsGroup 都是非零的数字。',
  runAsNonRootMissing: '容器 `{{container}}`：没有任何设置让 kubelet 拒绝以 root 启动它（没有设置 runAsNonRoot）。',
  runAsUserMissing: '容器 `{{container}}`：没有数字形式的 runAsUser，kubelet 只能相信镜像的 USER，而且会拒绝名字形式的用户。',
  runAsUserRoot: '容器 `{{container}}`：`runAsUser: 0` 就是 root，runAsNonRoot 会因此拒绝启动：这个 Pod 永远起不来。',
  runAsGroupMissing: '容器 `{{container}}`：没有 runAsGroup 时，进程使用镜像 /etc/passwd 中该 UID 的组；没有对应条目时就是组 0（root）。',
  runAsGroupRoot: '容器 `{{container}}`：`runAsGroup: 0` 是 root 组。',
  fixNonRoot: '在 Pod 的 securityContext 中设置 `runAsNonRoot: true`、`runAsUser: 10001` 和 `runAsGroup: 10001`。',
  noEscalation: 'allowPrivilegeEscalation 为 false。',
  privileged: '容器 `{{container}}`：它是特权容器，不管其他设置如何，任何提权都被允许。',
  fixPrivileged: '删除 `privileged: true`。',
  escalation: '容器 `{{container}}`：其中的 setuid 程序仍然可以提升它的权限。',
  fixEscalation: '在容器的 securityContext 中设置 `allowPrivilegeEscalation: false`（并且不用特权模式，也不加 SYS_ADMIN）。',
  dropAll: 'capabilities 丢弃了 ALL，没有加回任何能力。',
  defaultCapabilities: '容器 `{{container}}`：它保留了节点运行时默认给出的所有能力。',
  fixDropAll: '在它的 securityContext 中加上 `capabilities: { drop: ["ALL"] }`。',
  addedCapability: '容器 `{{container}}`：它加回了 `{{cap}}`，而应用并不需要。',
  fixAddedCapability: '从 capabilities.add 中删除 `{{cap}}`。',
  readOnlyRoot: 'readOnlyRootFilesystem 为 true。',
  writableRoot: '容器 `{{container}}`：它的根文件系统可写，攻击者可以放入工具或替换二进制文件。',
  fixReadOnlyRoot: '设置 `readOnlyRootFilesystem: true`，并在应用写入的位置挂载一个 emptyDir。',
  seccomp: '已设置 RuntimeDefault 或 Localhost 的 seccomp 配置文件。',
  seccompUnconfined: '容器 `{{container}}`：seccomp 被关闭了（Unconfined），所有系统调用都对它开放。',
  seccompMissing: '容器 `{{container}}`：没有请求 seccomp 配置文件，Kubernetes 于是一个也不应用：所有系统调用都对它开放。',
  fixSeccomp: '设置 `seccompProfile: { type: RuntimeDefault }`。',
  runtimeSocket: '卷 `{{volume}}` 从节点挂载了 {{path}}，谁接管了这个 Pod，谁就能以 root 身份在该节点上创建容器。',
  fixRuntimeSocket: '删除 `{{volume}}` 卷以及使用它的 volumeMount。',
  noRuntimeSocket: 'Pod 访问不到任何运行时套接字。',
};

/** The goals of pod-security.ts in Simplified Chinese, shared by the exercises that use them. */
export const podSecurityGoalsZhCn: ExerciseTranslation['goals'] = {
  'non-root': {
    title: '以经过验证的非 root 用户和组运行',
    why: 'runAsNonRoot 让 kubelet 拒绝 UID 0，但它只能检查数字形式的用户；没有 runAsGroup 时，进程可能在 root 组中运行。',
    messages,
  },
  'no-privilege-escalation': {
    title: '已关闭权限提升',
    why: '不关闭时，setuid 二进制文件和文件能力可以让进程的权限超过它启动时的用户。',
    messages,
  },
  'drop-all-capabilities': {
    title: '已丢弃全部能力',
    why: '不同运行时的默认值不同（Docker 14 项，CRI-O 和 containerd 2 为 9 项）；丢弃 ALL 不依赖其中任何一个。',
    messages,
  },
  'read-only-root': {
    title: '根文件系统是只读的',
    why: '在只读文件系统中，攻击者无法替换二进制文件，也无法放入工具。',
    messages,
  },
  'seccomp-profile': {
    title: '已应用 seccomp 配置文件',
    why: '除非请求了配置文件，否则 Kubernetes 运行容器时不启用 seccomp。',
    messages,
  },
  'no-runtime-socket': {
    title: '没有从节点挂载运行时套接字',
    why: 'containerd、CRI-O 和 Docker 的套接字以运行时的全部权限接受命令：等同于节点上的 root。',
    messages,
  },
};

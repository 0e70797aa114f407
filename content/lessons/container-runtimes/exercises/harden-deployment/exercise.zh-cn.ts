import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "为任意 CRI 运行时加固 Deployment",
  "task": "`api` Deployment 没有任何安全设置，所以镜像和节点运行时默认给什么，它就得到什么。让它用 `runAsNonRoot` 以数字形式的非 root 用户和组运行，禁止权限提升，丢弃全部能力，把根文件系统设为只读（`/tmp` 已经是 emptyDir），并请求 `RuntimeDefault` seccomp 配置文件。",
  "hints": [
    "所有设置都写在 `securityContext` 块里：一个在 Pod 的 `spec` 下（作用于所有容器），一个在容器内部。",
    "Pod 级别：`runAsNonRoot: true`、`runAsUser: 10001`、`runAsGroup: 10001` 和 `seccompProfile: { type: RuntimeDefault }`。",
    "容器级别：`allowPrivilegeEscalation: false`、`readOnlyRootFilesystem: true` 和 `capabilities: { drop: [\"ALL\"] }`。"
  ],
  "run": {
    "title": "api 容器以这些设置启动",
    "why": "模拟终端里没有 kubelet，所以这里像本课的演示一样，用 docker run 向容器运行时请求同样的设置。",
    "passed": "运行时以这些设置启动了 api 容器，并且容器持续运行。"
  },
  "goals": {
    "non-root": {
      "title": "以经过验证的非 root 用户和组运行",
      "why": "runAsNonRoot 让 kubelet 拒绝 UID 0，但它只能检查数字形式的用户；没有 runAsGroup 时，进程可能在 root 组中运行。"
    },
    "no-privilege-escalation": {
      "title": "已关闭权限提升",
      "why": "不关闭时，setuid 二进制文件和文件能力可以让进程的权限超过它启动时的用户。"
    },
    "drop-all-capabilities": {
      "title": "已丢弃全部能力",
      "why": "不同运行时的默认值不同（Docker 14 项，CRI-O 和 containerd 2 为 9 项）；丢弃 ALL 不依赖其中任何一个。"
    },
    "read-only-root": {
      "title": "根文件系统是只读的",
      "why": "在只读文件系统中，攻击者无法替换二进制文件，也无法放入工具。"
    },
    "seccomp-profile": {
      "title": "已应用 seccomp 配置文件",
      "why": "除非请求了配置文件，否则 Kubernetes 运行容器时不启用 seccomp。"
    },
    "no-runtime-socket": {
      "title": "没有从节点挂载运行时套接字",
      "why": "containerd、CRI-O 和 Docker 的套接字以运行时的全部权限接受命令：等同于节点上的 root。"
    }
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "不要让 DaemonSet 挂载 containerd 套接字",
  "task": "`log-shipper` DaemonSet 从每个节点挂载 `/run/containerd/containerd.sock`，只是为了查询容器名，而这些名字完全可以从 `/var/log/pods` 下的日志文件路径中读到。删除套接字卷及其挂载，保留只读的日志挂载和现有的安全设置。（在真实节点上，containerd 以 root 身份、0640 权限写这些日志文件，所以以 UID 10001 运行的日志采集程序还需要在节点上获得读权限，例如给 `/var/log/pods` 设置组或 ACL；本练习只关注套接字。）",
  "hints": [
    "套接字是一个 API 端点，不是用来读取的文件：谁打开了 containerd.sock，谁就能在节点上创建容器。",
    "有两个地方引用了这个套接字：`volumes:` 下的一项，以及容器 `volumeMounts:` 下的一项。",
    "删除 `containerd-sock` 卷，以及 `mountPath: /run/containerd/containerd.sock` 的那个 volumeMount。"
  ],
  "run": {
    "title": "日志采集程序以这些设置启动",
    "why": "模拟终端里没有 kubelet，所以这里像本课的演示一样，用 docker run 向容器运行时请求同样的设置。",
    "passed": "运行时以这些设置启动了日志采集程序，并且它持续运行。"
  },
  "goals": {
    "no-runtime-socket": {
      "title": "没有从节点挂载运行时套接字",
      "why": "containerd、CRI-O 和 Docker 的套接字以运行时的全部权限接受命令：等同于节点上的 root。"
    },
    "mounts-resolve": {
      "title": "每个 volumeMount 都指向 Pod 中定义的卷",
      "why": "如果容器挂载了 Pod 没有定义的卷，API 服务器会拒绝这个 Pod，什么也不会运行。"
    },
    "logs-still-mounted": {
      "title": "Pod 日志仍以只读方式挂载",
      "why": "日志采集程序必须继续工作：它读取 /var/log/pods 下的文件。"
    },
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
    }
  }
};

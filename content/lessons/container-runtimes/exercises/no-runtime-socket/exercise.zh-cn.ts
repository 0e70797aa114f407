import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { podSecurityGoalsZhCn } from '../pod-security.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  danglingMount: '容器 `{{container}}` 挂载了 `{{volume}}`，而它已经不是 Pod 的卷了，所以 API 服务器会拒绝这个 {{kind}}。',
  fixDanglingMount: '把这个 volumeMount 和 `{{volume}}` 卷一起删除。',
  mountsResolve: '每个 volumeMount 都指向 Pod 中定义的卷。',
  logsMissing: '/var/log/pods 上已经没有任何挂载，日志采集程序没有日志可读。',
  fixLogsMissing: '保留挂载在 `/var/log/pods` 的 `pod-logs` volumeMount。',
  logsReadOnly: '日志以只读方式挂载。',
  logsWritable: '节点的 Pod 日志以可写方式挂载，而日志采集程序只需要读取它们。',
  fixLogsWritable: '给这个挂载加上 `readOnly: true`。',
};

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
    ...podSecurityGoalsZhCn,
    "mounts-resolve": {
      "title": "每个 volumeMount 都指向 Pod 中定义的卷",
      "why": "如果容器挂载了 Pod 没有定义的卷，API 服务器会拒绝这个 Pod，什么也不会运行。",
      "messages": messages
    },
    "logs-still-mounted": {
      "title": "Pod 日志仍以只读方式挂载",
      "why": "日志采集程序必须继续工作：它读取 /var/log/pods 下的文件。",
      "messages": messages
    }
  }
};

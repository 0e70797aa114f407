import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { podSecurityGoalsZhCn } from '../pod-security.zh-cn';

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
  "goals": podSecurityGoalsZhCn
};

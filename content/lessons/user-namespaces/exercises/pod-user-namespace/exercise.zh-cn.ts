import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

const messages: Record<keyof typeof MESSAGES, string> = {
  noWorkload: 'deployment.yaml 中已经没有带 `api` 容器的 Pod 模板了。',
  unset: 'Pod 的 spec 没有设置 `hostUsers`，所以这些 Pod 共享节点的用户命名空间：api 容器里的 root 就是节点上的 root，一旦逃逸，落地就是 root。',
  hostUsersTrue: '`hostUsers: true` 让这些 Pod 留在节点的用户命名空间中：api 容器里的 root 就是节点上的 root。',
  hostUsersFix: '在 Pod 的 spec（`spec.template.spec`）中设置 `hostUsers: false`。',
  ownNamespace: '这些 Pod 有了自己的用户命名空间：其中的 root 在节点上只是一个没有特权的 UID。',
  hostNamespace: '`{{field}}: true` 共享了节点的一个命名空间，而有自己用户命名空间的 Pod 不能共享任何一个：API 服务器会拒绝这些 Pod，这个 Deployment 将永远得不到 Pod。',
  hostNamespaceFix: '删除 `{{field}}: true`。',
  noHostNamespace: '这些 Pod 不与节点共享任何命名空间。',
  escalation: 'api 容器不再禁止权限提升，而这个 Deployment 原本是禁止的。',
  escalationFix: '在容器的 `securityContext` 中保留 `allowPrivilegeEscalation: false`。',
  capabilities: 'api 容器不再丢弃全部能力，而这个 Deployment 原本是丢弃的；用户命名空间只是把能力限制在 Pod 内，并没有让它们在 Pod 内变得无害。',
  capabilitiesFix: '在容器的 `securityContext` 中保留 `capabilities: { drop: ["ALL"] }`。',
  hardeningKept: '容器仍然禁止权限提升，并丢弃了全部能力。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '给只能以 root 运行的工作负载一个自己的用户命名空间',
  task: '厂商只支持以 root 运行 `api` 镜像，所以 `runAsNonRoot` 行不通。给这个 Deployment 的 Pod 一个自己的用户命名空间，让其中的 root 在节点上只是一个没有特权的 UID，并确保 API 服务器仍然接受这些 Pod。保留容器已有的加固设置。',
  hints: [
    'Kubernetes 用 Pod spec 中的一个布尔字段给 Pod 自己的用户命名空间，字段名说的就是 Pod 是否使用主机的用户。',
    '有自己用户命名空间的 Pod 不能共享节点的 PID、网络或 IPC 命名空间；模板里还留着其中一个。',
    '在 `spec.template.spec` 中，把 `hostPID: true` 换成 `hostUsers: false`。',
  ],
  run: {
    title: 'api 容器能以这些设置启动',
    why: '模拟终端里没有 kubelet，所以这里像课程的演示那样，用 docker run 向容器运行时请求同样的设置；用户命名空间本身由 kubelet 负责。',
    passed: '容器运行时以这些设置启动了 api 容器，它持续运行。',
  },
  goals: {
    'own-user-namespace': {
      title: 'Pod 有自己的用户命名空间',
      why: '没有它时，容器里的 UID 0 就是节点内核眼中的 UID 0。',
      messages,
    },
    'no-host-namespaces': {
      title: 'Pod 不与节点共享任何命名空间',
      why: 'hostPID、hostNetwork 和 hostIPC 不能与 hostUsers: false 同时使用，否则 Pod 会被拒绝。',
      messages,
    },
    'hardening-kept': {
      title: '容器保留了原有的加固设置',
      why: '用户命名空间是多加的一道防线，不能代替其他防线。',
      messages,
    },
  },
};

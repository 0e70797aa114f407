import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

const NO_DEPLOYMENT = '文件中已经没有命名空间 “shop” 里的 Deployment “shop-web” 了。';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '让 Deployment 通过 Restricted 配置',
  task:
    '`shop` 命名空间强制执行 `restricted`。`kubectl apply` 带着一条警告接受了 `shop-web` Deployment，然后它的 Pod 一个也没有创建出来。' +
    '修改 Pod 模板，直到 Pod 安全准入放行它，同时不能削弱命名空间：Web 服务器必须保留它的镜像、8080 端口和一个可写的 `/var/log/shop`。' +
    '注意哪个 `securityContext` 生效：容器自己的设置会覆盖 Pod 的设置。',
  hints: [
    '在终端中运行 `kubectl apply -f deployment.yaml`：警告会列出每一条原因，`kubectl get events -n shop` 会显示被拒绝的 Pod。',
    'Restricted 要求每个容器：`runAsNonRoot: true` 且没有 `runAsUser: 0`、`allowPrivilegeEscalation: false`、`capabilities.drop: ["ALL"]`（只能加回 `NET_BIND_SERVICE`）、`RuntimeDefault` 或 `Localhost` 的 `seccompProfile`，并且不能有 hostPath 卷。',
    '删除容器的 `runAsUser: 0` 和 `capabilities.add`，给它加上 `allowPrivilegeEscalation: false` 和 `capabilities: { drop: ["ALL"] }`，在 Pod 的 securityContext 中加上 `seccompProfile: { type: RuntimeDefault }` 和 `fsGroup: 10001`，并把日志卷改成 `emptyDir: {}`。',
  ],
  run: {
    title: 'Deployment 的两个 Pod 都已创建并在运行',
    why: '控制器只会得到一条警告就被准入；它的 Pod 是否被拒绝，要看 Deployment 的 READY 列和命名空间的事件。',
    passed: '两个 shop-web Pod 都在 restricted:v1.36 下被准入并在运行。',
  },
  goals: {
    'admitted-under-restricted': {
      title: 'Pod 安全准入在 restricted 下放行这些 Pod',
      why: 'ReplicaSet 创建的每个 Pod 都会按命名空间的强制级别评估；只要有一项检查不通过，它们就全部被拒绝。',
      messages: {
        noDeployment: NO_DEPLOYMENT,
        noPod: '这个 Deployment 没有可以准入的 Pod 模板。',
        refused: '这些 Pod 在 {{policy}} 下仍然被拒绝：`{{reasons}}`。',
        passed: '这些 Pod 满足 {{policy}}。',
        fix: '逐一修改原因中提到的字段；规则的修复建议列出了 Restricted 需要的设置。',
      },
    },
    'namespace-still-restricted': {
      title: '命名空间仍然强制执行 restricted:v1.36',
      why: '降低命名空间的级别确实能让这些 Pod 通过，但同时也放行了其他所有更弱的 Pod。',
      messages: {
        noNamespace: '文件中已经没有 Namespace “shop” 了，也就没有任何东西规定这些 Pod 按什么级别准入。',
        weakened: '命名空间现在强制执行的是 {{policy}} 而不是 restricted:v1.36：这样放行这些 Pod，也放行了更弱的 Pod。',
        passed: '命名空间仍然强制执行 restricted:v1.36。',
        fix: '恢复 `pod-security.kubernetes.io/enforce: restricted` 和 `pod-security.kubernetes.io/enforce-version: v1.36`。',
      },
    },
    'still-serves': {
      title: 'Web 服务器没有变：镜像、端口和副本数',
      why: '加固不能改变 Deployment 运行的东西。',
      messages: {
        noDeployment: NO_DEPLOYMENT,
        image: '容器现在运行的是 `{{image}}`，而不是 `{{expected}}`。',
        noContainer: 'Pod 模板里已经没有容器了。',
        port: '容器不再声明 8080 端口，而商城的 Service 正是把流量发到这个端口。',
        passed: '同一个镜像在 8080 端口上提供服务。',
      },
    },
    'logs-writable': {
      title: '/var/log/shop 仍然是一个可写的卷，而且不是节点的磁盘',
      why: '服务器把日志写在那里；hostPath 卷会把节点上的一个目录交给 Pod，这在 Baseline 下就已经被禁止了。',
      messages: {
        noDeployment: NO_DEPLOYMENT,
        notMounted: '/var/log/shop 上已经没有挂载任何东西，服务器无法写日志。',
        readOnly: '日志卷以只读方式挂载，服务器无法写日志。',
        hostPath: '日志卷仍然是节点上的 hostPath（{{path}}）。',
        passed: '日志写入 Pod 自己的卷。',
        fix: '保留挂载，把卷改成 `emptyDir: {}`。',
      },
    },
  },
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

const PREVIEW = {
  noNamespace: '文件中已经没有 Namespace “payments” 了。',
  modeMissing: '没有 {{mode}} 标签：没有任何东西会提醒团队，下一个 Kubernetes 版本会拒绝哪些 Pod。',
  modeLevel: '`{{mode}}: {{value}}` 预览的级别比命名空间强制执行的级别更弱。',
  modeVersion: '`{{mode}}-version: {{value}}` 让 {{mode}} 停留在旧版本上，永远看不到升级新增的检查。',
  modePassed: '{{mode}} 会按最新版本的 restricted 检查每个 Pod。',
  modeFix: '设置 `pod-security.kubernetes.io/{{mode}}: restricted` 和 `pod-security.kubernetes.io/{{mode}}-version: latest`。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '让命名空间强制执行 Restricted，固定版本，并预览下一个版本',
  task:
    '`payments` 命名空间对违反 Restricted 配置的 Pod 只是警告，所以它们每一个仍然会被准入。让命名空间拒绝它们：强制执行 `restricted`，' +
    '并固定为集群的版本（`v1.36`），这样升级不会突然拒绝正在运行的工作负载；同时把 `warn` 和 `audit` 保持为 `latest` 上的 `restricted`，' +
    '让团队在强制执行之前就看到下一个版本会拒绝什么。',
  hints: [
    'Pod 安全准入从标签中读取三种模式：`enforce` 会拒绝，`warn` 只告诉客户端，`audit` 只写入审计日志。',
    '每种模式都有一个级别标签（`pod-security.kubernetes.io/enforce: restricted`）和一个可选的版本标签（`pod-security.kubernetes.io/enforce-version: v1.36`）；不写版本就是 `latest`。',
    '加上 `pod-security.kubernetes.io/enforce: restricted` 和 `pod-security.kubernetes.io/enforce-version: v1.36`，再加上 `warn-version: latest`，以及 `audit` 和 `audit-version` 这一对。',
  ],
  run: {
    title: '集群接受带这些标签的命名空间',
    why: 'API 服务器读不懂的标签值会被拒绝，命名空间也就不会被创建或修改。',
    passed: 'kubectl 创建了命名空间，并且它带有 enforce 标签。',
  },
  goals: {
    'enforces-restricted': {
      title: '命名空间强制执行 Restricted 级别',
      why: '只有 enforce 会拒绝 Pod；warn 和 audit 会放行每一个 Pod，只做报告。',
      messages: {
        noNamespace: PREVIEW.noNamespace,
        missing: '命名空间没有 enforce 标签，所以每个 Pod 都会被准入，包括特权 Pod；warn 标签只会打印一条警告。',
        weaker: '`enforce: {{value}}` 会准入 Restricted 本该拒绝的 Pod（baseline 下：root 用户、全部默认能力、没有 seccomp 配置文件）。',
        invalid: '`enforce: {{value}}` 不是 API 服务器认识的级别，所以它会拒绝整个命名空间。',
        passed: '命名空间会拒绝每一个违反 Restricted 的 Pod。',
        fix: '加上 `pod-security.kubernetes.io/enforce: restricted`。',
      },
    },
    'enforce-version-pinned': {
      title: '强制执行的级别固定为集群的版本',
      why: '不固定时 enforce 跟随 `latest`：集群升级那天，新版本加入的检查就会开始拒绝昨天还在运行的 Pod。',
      messages: {
        noNamespace: PREVIEW.noNamespace,
        missing: '没有 `enforce-version` 时，enforce 表示 `latest` 上的 restricted，它会随集群的每次升级而变化。',
        latest: '`enforce-version: latest` 会随集群的每次升级而变化。',
        invalid: '`enforce-version: {{value}}` 不是 API 服务器能读懂的版本；它必须是 `latest` 或 `v1.x`。',
        newer: '`enforce-version: {{value}}` 比集群（v1.{{cluster}}）还新，集群会把它当作自己的最新版本来评估：这个固定什么也没固定住。',
        older: '`enforce-version: {{value}}` 固定的版本比集群的 v1.{{cluster}} 旧，命名空间会漏掉此后新增的检查。',
        passed: '强制执行的级别已固定为 v1.{{cluster}}。',
        fix: '加上 `pod-security.kubernetes.io/enforce-version: v1.{{cluster}}`。',
      },
    },
    'warn-previews-latest': {
      title: 'warn 显示最新版本会拒绝什么',
      why: '每次 kubectl apply 时的警告，会在升级之前告诉团队下一个版本的检查会拒绝哪些 Pod。',
      messages: PREVIEW,
    },
    'audit-previews-latest': {
      title: 'audit 在审计日志中记录同样的内容',
      why: '警告只会传给执行 apply 的人；审计注解还能记下控制器创建的 Pod，供平台团队审查。',
      messages: PREVIEW,
    },
  },
};

import type { ExplainWords } from './words';

/** The explanation in Simplified Chinese (terms per docs/glossary.zh-CN.md); the kubelet's own words stay quoted as it prints them. */
export const explainZhCn: ExplainWords = {
  kind: {
    image: '镜像（按不带任何参数的 docker run 运行）',
    'compose-service': 'Compose 服务',
    'docker-run': 'docker run',
    'kubernetes-container': 'Kubernetes 容器',
  },
  role: { container: '容器', initContainer: 'Init 容器', ephemeralContainer: '临时容器' },
  unnamed: '（未命名）',
  label: {
    image: '镜像', user: '用户', root: '以 root 运行', capabilities: '能力', effective: '生效的能力',
    privileged: '特权模式', noNewPrivileges: '禁止提权（no-new-privileges）', readOnly: '只读根文件系统', namespaces: '共享的主机命名空间',
    mounts: '挂载', seccomp: 'Seccomp 配置文件', apparmor: 'AppArmor 配置文件', podSecurity: 'Pod 安全标准',
  },
  source: {
    'user-instruction': '来自 USER',
    'base-image': '来自基础镜像',
    'earlier-stage': '来自前一个阶段',
    runtime: '由运行时设置',
    unknown: '未知',
  },
  yes: '是',
  no: '否',
  unknown: '未知',
  none: '无',
  noneNotRoot: '无（不是 root）',
  dependsOnUser: '未知（取决于用户）',
  unknownUser: '未知：镜像不是由给出的文件构建的，也不是 Shipshape 认识的镜像',
  user: (name, uid, gid, source, where) => `${name}（uid ${uid}，gid ${gid}），${source}${where ? `，位于 ${where}` : ''}`,
  customProfile: (profile, definedIn) => `${profile}${definedIn ? `（定义在 ${definedIn}）` : ''}`,
  profileState: { 'runtime-default': '运行时默认', unconfined: '不受限（unconfined）' },
  builtImage: (reference, dockerfile, stage) =>
    `${reference ? `${reference}，` : ''}由 ${dockerfile} 构建${stage ? `（阶段 ${stage.index}${stage.name ? `“${stage.name}”` : ''}，FROM ${stage.base}）` : ''}`,
  userNamespaceToo: '；还有用户命名空间（没有重映射）',
  anonymous: '（匿名）',
  readOnlyMount: '（只读）',
  podSecurityLevel: (level, version) => `${level}（Kubernetes ${version}）`,
  violation: (level, reason, detail) => `不满足 ${level}：${reason}${detail ? `（${detail}）` : ''}`,
  messages: {
    'user-override-root': ({ imageUser, flag, value }) => `镜像设置了非 root 用户（${imageUser}），但 ${flag} ${value} 让它以 root 运行。`,
    'apparmor-not-given': ({ profile }) =>
      `AppArmor 配置文件“${profile}”不在给出的文件中；必须先在主机上加载它（apparmor_parser -r），否则容器无法启动。`,
    'run-as-non-root-uid-0': () => 'runAsNonRoot 为 true，但 runAsUser 是 0：kubelet 会拒绝启动这个容器。',
    'run-as-non-root-image-root': () =>
      'runAsNonRoot 为 true，但镜像以 root 运行：kubelet 会拒绝启动它（"container has runAsNonRoot and image will run as root"）；请设置 runAsUser，或使用数字形式的非 root USER。',
    'run-as-non-root-named-user': ({ user }) =>
      `runAsNonRoot 为 true，但镜像的 USER 是名字“${user}”，kubelet 无法核实：它会拒绝启动容器（"image has non-numeric user"）；请使用数字形式的 USER，或设置 runAsUser。`,
    'no-seccomp': () =>
      '没有设置 seccomp 配置文件，所以除非 kubelet 以 --seccomp-default 运行，Kubernetes 会以 Unconfined 运行这个容器；请设置 seccompProfile.type: RuntimeDefault。',
    'kind-unknown': ({ path }) => `${path}：无法从文件名或内容判断它的类型，已略过。`,
    'image-unknown': ({ reference }) =>
      `给出的 Dockerfile 中没有一个构建 ${reference}，Shipshape 也不认识这个镜像，所以它的用户未知；请加上那个 Dockerfile，并用一个带 build: 和 image: ${reference} 的 Compose 服务把它们关联起来。`,
    'service-profiles-inactive': ({ service, profiles }) => `服务“${service}”已略过：它的 profile（${profiles.join('、')}）未激活。`,
    'service-build-missing': ({ service, dockerfile }) =>
      `服务“${service}”构建 ${dockerfile}，但它不在给出的文件中；这个镜像的用户未知。`,
  },
  heading: (kind, name) => `${kind}：${name}`,
  findingsInFiles: (count, command) => `这些文件中有 ${count} 个问题：${command} 会列出它们。`,
  note: (text) => `说明：${text}`,
  nothing: '这些文件中没有任何会运行容器的内容。',
};

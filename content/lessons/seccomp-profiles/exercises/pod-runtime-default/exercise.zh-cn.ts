import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { FILTER_MESSAGES, PTRACE_MESSAGES } from './exercise';

const noContainer = '文件里还没有带容器的 Pod。';

const filterMessages: Record<keyof typeof FILTER_MESSAGES, string> = {
  noContainer,
  unconfined: '容器 `{{container}}` 以 seccomp Unconfined 运行：每个系统调用，包括 unshare 和 keyctl，都会直达节点的内核。',
  unset: '容器 `{{container}}` 没有设置 seccompProfile，Pod 也没有：这时 Kubernetes 以 Unconfined 运行它，这一点和 docker run 不同。',
  localhostWithoutProfile: '容器 `{{container}}` 要求 Localhost 配置文件，却没有指明是哪一个；没有 localhostProfile 时 API 服务器会拒绝这个 Pod。',
  unknownType: '容器 `{{container}}` 要求的 seccomp 类型 `{{type}}` Kubernetes 并不认识（这个值区分大小写）：API 服务器会拒绝这个 Pod。',
  passed: '每个容器都在 seccomp 过滤器下运行（{{types}}）。',
  fix: '删除容器里的 `seccompProfile`，并在 Pod 的 `securityContext` 中加上 `seccompProfile: {type: RuntimeDefault}`。',
};

const ptraceMessages: Record<keyof typeof PTRACE_MESSAGES, string> = {
  noContainer,
  added: '容器 `{{container}}` 仍然添加了 `{{capability}}`：它除了能跟踪其他进程，还会在运行时的默认过滤器中放行 ptrace、process_vm_readv 和 kcmp。',
  passed: '没有容器添加 SYS_PTRACE。',
  fix: '删除 `add: ["{{capability}}"]` 这一行；要挂性能分析工具，请在 Pod 的调试副本里挂，不要在生产环境里。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '让 Deployment 的每个容器都使用运行时的默认过滤器',
  task: '为了挂上性能分析工具，`web` Deployment 被改过：它的容器添加了 `SYS_PTRACE`，并以 seccomp `Unconfined` 运行。请把这两处都去掉，并在 Pod 的 `securityContext` 中设置 seccomp 配置文件，让这个 Pod 现在和将来的每个容器都在容器运行时的默认过滤器下运行。',
  hints: [
    '为性能分析工具加了两样东西，都在容器的 `securityContext` 里。',
    'Pod 的 `securityContext` 中的 `seccompProfile` 适用于每个没有自己设置的容器；要求运行时过滤器的类型是 `RuntimeDefault`。',
    '删除 `add: ["SYS_PTRACE"]` 和容器里的 `seccompProfile`，并在 `spec.template.spec.securityContext` 下添加 `seccompProfile:`，写上 `type: RuntimeDefault`。',
  ],
  run: {
    title: 'web 容器在默认过滤器下启动',
    why: '模拟终端里没有 kubelet，所以这里用 docker run 向容器运行时请求同样的设置：没有 seccompProfile 或 Unconfined 都会变成 seccomp=unconfined。',
    passed: '运行时以默认的 seccomp 过滤器启动 web 容器，并且容器持续运行。',
  },
  goals: {
    'every-container-filtered': {
      title: '每个容器都在 seccomp 过滤器下运行',
      why: 'Kubernetes 只在被要求时才应用运行时的默认过滤器：没有 seccompProfile 或者设为 Unconfined 时，每个系统调用都会直达节点的内核。',
      messages: filterMessages,
    },
    'no-ptrace': {
      title: '没有容器添加 SYS_PTRACE',
      why: '能力会放宽默认过滤器：SYS_PTRACE 让容器可以跟踪其他进程、读取它们的内存，并放行做这些事的调用。',
      messages: ptraceMessages,
    },
  },
};

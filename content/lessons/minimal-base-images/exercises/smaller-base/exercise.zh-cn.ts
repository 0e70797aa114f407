import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { numericNonRootGoalZhCn } from '../../../run-as-non-root/exercises/final-user.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noFrom: 'Dockerfile 中还没有 FROM。',
  scratch: 'scratch 什么也不添加。',
  unknownSize: '{{image}} 不在课程的镜像目录中，所以不知道它的大小。',
  tooBig: '{{image}} 压缩后约 {{size}} MB，里面有 shell、包管理器，还有静态二进制文件从不调用的库。',
  tooBigEstimated: '{{image}} 压缩后远超 {{limit}} MB，里面有 shell、包管理器，还有静态二进制文件从不调用的库。',
  fixSmall: '使用 `FROM gcr.io/distroless/static-debian13:nonroot`，并去掉 apt-get 那一步。',
  small: '{{image}} 压缩后约 {{size}} MB。',
  smallEstimated: '{{image}} 压缩后小于 {{limit}} MB。',
  certsCopied: 'CA 证书已复制进镜像。',
  certsInstalled: '镜像安装了 CA 证书。',
  baseShipsCerts: '{{image}} 自带 CA 证书。',
  scratchNoCerts: 'scratch 中没有 CA 证书，服务器发起的每个 TLS 调用都无法通过校验。',
  baseNoCerts: '{{image}} 中没有 CA 证书，服务器发起的每个 TLS 调用都无法通过校验。',
  baseMayLackCerts: '{{image}} 中可能没有 CA 证书，服务器发起的每个 TLS 调用都可能无法通过校验。',
  unnamedBaseNoCerts: '这个基础镜像中没有 CA 证书，服务器发起的每个 TLS 调用都无法通过校验。',
  unnamedBaseMayLackCerts: '这个基础镜像中可能没有 CA 证书，服务器发起的每个 TLS 调用都可能无法通过校验。',
  fixCerts: '使用自带 CA 证书的 distroless static：`FROM gcr.io/distroless/static-debian13:nonroot`。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "用最小基础镜像替换完整的发行版",
  "task": "这个服务器是一个静态链接的二进制文件，运行时唯一需要的是给对外 TLS 连接用的 CA 证书。现在它跑在完整的 Debian 上，带着 bash、apt 和几百个软件包。把它换到一个小于 10 MB、仍然带 CA 证书的基础镜像上，写明标签而不是依赖 `latest`，并继续以数字形式的非 root 用户和组运行。",
  "hints": [
    "静态二进制文件不需要 libc、shell 或包管理器。本课表格中哪些基础镜像只有几 MB？",
    "distroless `static` 包含 CA 证书、时区数据和一个 passwd 文件，没有任何安装软件包的工具。",
    "使用 `FROM gcr.io/distroless/static-debian13:nonroot`（它以 UID 65532 运行），删除 apt-get 那一步，保留 COPY 和 CMD。"
  ],
  "run": {
    "title": "镜像可以构建，服务器可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；在新基础镜像上无法启动的二进制文件，在这里也算失败。",
    "passed": "docker build 成功，服务器在新的基础镜像上启动了。"
  },
  "goals": {
    "small-base": {
      "title": "运行时基础镜像小于 10 MB",
      "why": "基础镜像中的每个软件包，都是需要打补丁的东西，也是攻击者可以利用的东西。",
      "messages": messages
    },
    "ca-certificates": {
      "title": "CA 证书仍然可用",
      "why": "没有它们，服务器发起的每个 TLS 连接都无法通过校验。",
      "messages": messages
    },
    "final-user-numeric-non-root": numericNonRootGoalZhCn
  }
};

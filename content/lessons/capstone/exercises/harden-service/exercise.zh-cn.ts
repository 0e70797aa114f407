import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { fileDecisionMessagesZhCn } from '../../../apparmor-profiles/exercises/file-decision.zh-cn';
import { numericNonRootMessagesZhCn } from '../../../run-as-non-root/exercises/final-user.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  ...fileDecisionMessagesZhCn,
  noService: 'compose.yaml 中已经没有 `orders` 服务了。',
  noProfile: '配置文件中没有 `profile docker-orders { ... }` 块，什么也没有被限制。',
  noFrom: 'Dockerfile 中还没有 FROM。',
  toolchainStage: '最终阶段 FROM {{image}} 阶段开始，也就基于它的工具链，带着只有构建时才需要的 Go 编译器、git 和源代码。',
  toolchainBase: '最终阶段基于 {{image}} 构建，带着只有构建时才需要的 Go 编译器、git 和源代码。',
  wholeContext: '最终阶段复制了整个构建上下文，连源代码也在其中。',
  fixToolchain: '在 `golang:1.27-alpine3.24 AS build` 阶段中构建，最后一个阶段从 `FROM gcr.io/distroless/static-debian13:nonroot` 开始，只把二进制文件复制过去。',
  onlyProgram: '只有构建出的程序进入了运行时镜像。',
  untagged: '`{{image}}` 没有标签，也就是 :latest：下次构建可能拿到不同的软件。',
  movingTag: '`{{image}}` 跟随会变动的 `{{tag}}` 标签：下次构建可能拿到不同的软件。',
  fixPin: '写明一个发行版本，例如 `golang:1.27-alpine3.24`。',
  pinned: '每个阶段都从固定的发行版本开始。',
  privileged: '`privileged: true` 给了服务所有能力和主机的所有设备，还关闭了 seccomp 和 AppArmor。',
  fixPrivileged: '删除 `privileged: true`。',
  notPrivileged: '不是特权模式。',
  hostNetwork: '`network_mode: host` 让服务使用主机的网络栈，和主机上只监听回环地址的管理 API 挨在一起。',
  fixHostNetwork: '删除 `network_mode: host`。',
  ownNetwork: '有自己的网络命名空间。',
  socket: '服务拿到了 {{socket}}，可以随意启动任何容器：等同于主机上的 root。',
  fixSocket: '删除这个套接字卷。',
  noSocket: '没有挂载运行时套接字。',
  notPublished: '没有发布 8080 端口，主机上的反向代理访问不到这个服务。',
  allInterfaces: '`{{port}}` 监听主机的所有网络接口，而不只是反向代理所在的地方。',
  fixPort: '发布为 `ports: ["127.0.0.1:8080:8080"]`。',
  loopbackPort: '8080 端口只在回环地址上发布。',
  oneCapability: '服务仍然有一项能力，而在 8080 端口上运行的 Go 服务器一项都不需要。',
  capabilities: '服务仍然有 {{count}} 项能力，而在 8080 端口上运行的 Go 服务器一项都不需要。',
  fixDropAll: '加上 `cap_drop: [ALL]`。',
  noCapabilities: '没有任何能力。',
  writable: '根文件系统可写，而服务从不往里面写东西。',
  fixReadOnly: '加上 `read_only: true`。',
  readOnly: '根文件系统只读。',
  setuid: '镜像中的 setuid 程序仍然可以提升进程的权限。',
  fixNoNewPrivileges: '在 `security_opt` 下加上 `no-new-privileges:true`。',
  noNewPrivileges: '已设置 no-new-privileges。',
  rootUser: '`user: "{{user}}"` 让服务以 root 运行，不管镜像设置的 USER 是什么。',
  fixRootUser: '删除 `user:` 那一行。',
  noRootOverride: '没有用 root 覆盖用户。',
  profileApplied: '已应用 AppArmor 配置文件 {{name}}。',
  otherProfile: '服务在 `{{profile}}` 配置文件下运行，而不是在你正在编写的 {{name}} 下。',
  noAppArmor: '服务根本没有 AppArmor 配置文件，而不是在你正在编写的 {{name}} 下运行。',
  defaultProfile: '服务在 Docker 的默认配置文件下运行，而不是在你正在编写的 {{name}} 下。',
  fixProfileApplied: '在 `security_opt` 下加上 `apparmor={{name}}`：这个选项接受的是配置文件的名字。',
  enforce: 'enforce 模式。',
  notEnforcing: '配置文件处于 {{mode}} 模式：它没有允许的访问只会被记录，从不会被阻止。',
  fixNotEnforcing: '从配置文件的 flags 中删除 `{{mode}}`。',
  writesDenied: '/etc 和 /home 下的写入和硬链接都被拒绝。',
  fixWrites: '加上 `deny /etc/** wl,` 和 `deny /home/** wl,`。',
  readsWork: '读取仍然正常。',
  fixReads: '在 `/etc/**` 和 `/home/**` 下只拒绝 `wl`，并保留 `file,`。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "从头到尾加固 orders 服务",
  "task": "`orders` 服务（一个监听 8080 端口的 Go 程序）在完整的工具链镜像上以 root 构建，以特权模式运行在主机网络上，还挂载了 Docker 套接字，而它的 AppArmor 配置文件只会 complain。修复全部三个文件：使用固定镜像和数字形式非 root 用户的多阶段构建；一个没有特权、端口绑定在 127.0.0.1、没有能力、根文件系统只读、设置了 no-new-privileges 并使用 `docker-orders` 配置文件的 Compose 服务；以及一个强制执行并禁止写入 /etc 和 /home 的配置文件。",
  "hints": [
    "一个文件一个文件地改。Dockerfile：谁在运行程序，镜像里还有什么？compose.yaml：哪些设置与主机共享？配置文件：flags 和 deny 规则。",
    "Dockerfile：`golang:1.27-alpine3.24 AS build` 阶段用 `CGO_ENABLED=0` 构建；第二个阶段 `FROM gcr.io/distroless/static-debian13:nonroot`（如果想要一个调试用的 shell，也可以用 `alpine:3.24`），用 `COPY --from=build --chmod=555` 只复制二进制文件，最后写 `USER 10001:10001`。",
    "compose.yaml：删除 `privileged`、`network_mode` 和套接字卷；添加 `ports: [\"127.0.0.1:8080:8080\"]`、`read_only: true`、`cap_drop: [ALL]`，以及带 `no-new-privileges:true` 和 `apparmor=docker-orders` 的 `security_opt`。",
    "配置文件：从 flags 中删除 `complain`，把 `network,` 和 `capability,` 换成 `network inet tcp,` 和 `network inet udp,`，再加上 `deny /etc/** wl,`、`deny /home/** wl,` 和 `deny mount,`。在 AppArmor 4 主机上，还要加上 AppArmor 那一课中的 `signal` 规则，这样 `docker stop` 才能正常工作。"
  ],
  "run": {
    "title": "镜像可以构建，服务在它的配置文件下启动",
    "why": "终端就是这样处理这三个文件的：构建镜像、加载配置文件、用 Compose 启动服务。",
    "passed": "镜像构建成功，apparmor_parser 加载了 docker-orders，`docker compose up -d` 在它之下启动了服务。"
  },
  "goals": {
    "numeric-non-root-user": {
      "title": "镜像以数字形式的非 root 用户和组运行",
      "why": "只有最终阶段的 USER 才算数，而 Kubernetes 的 runAsNonRoot 只能验证数字。",
      "messages": numericNonRootMessagesZhCn
    },
    "small-runtime-stage": {
      "title": "最终镜像中没有构建工具链",
      "why": "运行时镜像中的编译器和源代码树，等于把工具交到了攻击者手里。",
      "messages": messages
    },
    "pinned-images": {
      "title": "构建用到的每个镜像都已固定",
      "why": "会变动的标签让别人可以改变你构建和发布的内容。",
      "messages": messages
    },
    "not-privileged": {
      "title": "服务不是特权模式",
      "why": "特权模式会给出全部能力和全部主机设备。",
      "messages": messages
    },
    "own-network": {
      "title": "服务有自己的网络命名空间",
      "why": "在主机网络上，主机中只监听回环地址的数据库和管理 API 都能被访问到。",
      "messages": messages
    },
    "no-runtime-socket": {
      "title": "没有挂载 Docker 套接字",
      "why": "Docker 套接字就等于主机上的 root。",
      "messages": messages
    },
    "loopback-port": {
      "title": "8080 端口只发布在 127.0.0.1 上",
      "why": "只有主机上的反向代理应该能访问这个服务。",
      "messages": messages
    },
    "no-capabilities": {
      "title": "已丢弃全部能力",
      "why": "监听 8080 端口的 Go 服务器不需要任何能力。",
      "messages": messages
    },
    "read-only-rootfs": {
      "title": "根文件系统是只读的",
      "why": "服务不写任何文件，所以什么都不应该可写。",
      "messages": messages
    },
    "no-new-privileges": {
      "title": "已设置 no-new-privileges",
      "why": "它阻止 setuid 程序提升权限。",
      "messages": messages
    },
    "non-root-at-runtime": {
      "title": "Compose 保留镜像的非 root 用户",
      "why": "compose.yaml 中把 `user:` 设为 root，会丢掉镜像中非 root 的 USER。",
      "messages": messages
    },
    "profile-applied": {
      "title": "服务在 docker-orders 配置文件下运行",
      "why": "配置文件只保护用它启动的容器。",
      "messages": messages
    },
    "profile-enforces": {
      "title": "配置文件处于强制模式",
      "why": "在 complain 模式下，配置文件没有允许的操作也不会被阻止。",
      "messages": messages
    },
    "profile-denies-writes": {
      "title": "配置文件禁止写入 /etc 和 /home",
      "why": "即使是容器中的 root，也不能修改系统文件或用户文件。",
      "messages": messages
    },
    "profile-keeps-reads": {
      "title": "服务仍能读取它的文件",
      "why": "程序和 C 库在启动时会读取 /etc 和二进制文件本身。",
      "messages": messages
    }
  }
};

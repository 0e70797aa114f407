import type { RuleText } from './index';
import { apparmorCapabilityMessages, dangerousCapabilityMessages, k8sCapabilitiesMessages, k8sHostNamespacesMessages, k8sHostPathMessages, zhPerContainer } from './zh-cn-tables';

/** The rules in Simplified Chinese, by rule id; identifiers stay in code form, as the rules write them. */
export const zhCnRules: Readonly<Record<string, RuleText>> = {
  'add-instead-of-copy': {
    title: '用 ADD 复制本地文件',
    why: 'ADD 还会解压归档文件、下载 URL，一行看似无害的指令可能做的不只是复制；COPY 只做一件事，更容易审查。',
    fix: '从构建上下文或其他阶段复制文件和目录时，把 ADD 换成 COPY。',
    messages: {
      copiesLocalFiles: 'ADD 从构建上下文复制 {{sources}}：这件事 COPY 就能做，而 ADD 还会解压归档、下载 URL，容易带来意外。',
    },
  },
  'add-remote-url': {
    title: 'ADD 下载 URL 却不校验校验和',
    why: '构建当天服务器返回什么，就不加验证地放进镜像：下载内容一旦被篡改或替换，会悄无声息地发布出去。',
    fix: '固定下载内容：ADD --checksum=sha256:<hash> <url> <dest>，或者 RUN curl -fsSL <url> -o file && echo "<hash>  file" | sha256sum -c -。',
    messages: {
      unverifiedDownload: 'ADD 下载 {{url}} 时不做任何校验：服务器返回什么，镜像里就是什么。',
    },
  },
  'apk-add-without-no-cache': {
    title: 'apk add 没有加 --no-cache',
    why: '不加 --no-cache 时，apk 会把软件包索引留在 /var/cache/apk，增大这一层的体积，之后的 RUN 也无法再把它删掉。',
    fix: '使用 apk add --no-cache <packages>（这样也不再需要单独执行 apk update）。',
    messages: {
      keepsIndex: 'apk add 把软件包索引留在了这一层里，之后的 RUN 无法再把它删掉。',
    },
  },
  'app-files-writable-by-runtime-user': {
    title: '容器的运行用户可以写应用文件',
    why: '如果运行用户拥有或可以写入应用本身，拿到代码执行权限的攻击者就能替换代码或配置，长期占据这个立足点。',
    fix: '让应用文件归 root 所有，对运行用户只读：COPY --chown=0:0 --chmod=555；只对数据目录（例如 /tmp 或某个 VOLUME）授予写权限。',
    messages: {
      ownerOnCopy: '“{{instruction}} --chown={{owner}}”让运行用户成为 {{path}} 的所有者，它因此可以改写应用。',
      writableOnCopy: '“--chmod={{mode}}”让任何用户都能写入 {{path}}，容器的运行用户也就能改写应用。',
      ownerByChown: '“chown {{owner}} {{paths}}”把应用交给了运行用户，它因此可以改写应用。',
      writableByChmod: '“chmod {{mode}} {{paths}}”让任何用户都能写入这些路径，容器的运行用户也就能改写应用。',
    },
  },
  'apparmor-broad-capability': {
    title: '配置文件允许所有能力或危险的能力',
    why: '单独一条 `capability,` 会让受限进程使用容器拥有的全部能力，而 sys_admin、sys_module 或 dac_read_search 这样的能力足以让进程逃逸出容器。',
    fix: '只列出应用需要的能力，例如 `capability net_bind_service,` `capability setuid,` `capability setgid,`。',
    messages: apparmorCapabilityMessages,
  },
  'apparmor-change-profile-unconfined': {
    title: '配置文件可以把自己切换为 unconfined',
    why: '`change_profile -> unconfined`（或者允许任意目标的 `change_profile,`）让受限进程随时可以脱离限制，其他所有规则都形同虚设。',
    fix: '删除这条规则，或者写明进程可以切换到的那个受限配置文件：`change_profile -> my-restricted-profile,`。',
    messages: {
      noTarget: '没有 “-> target” 的 “change_profile” 规则允许进程切换到任意配置文件，包括 unconfined。',
      unconfinedTarget: '“{{rule}}” 让进程可以随时摆脱约束。',
    },
  },
  'apparmor-complain-mode': {
    title: '处于 complain 模式的配置文件什么也不拦截',
    why: '在 complain 模式下，AppArmor 只记录配置文件本该拒绝的操作，然后放行；只有显式的 deny 规则仍然生效。它是编写配置文件的工具，不能用来保护容器。',
    fix: '等日志表明配置文件已经允许应用所需的一切后，从 `flags=(...)` 中删除 `complain`（或改用 `enforce`）。',
    messages: {
      complainMode: '配置文件 {{profile}} 处于 complain 模式：违规只会被记录，不会被阻止。',
    },
  },
  'apparmor-link-is-not-list': {
    title: '“l”表示链接（link），不是列出（list）',
    why: '在 AppArmor 中，`l` 允许创建硬链接。列出目录需要的是对带结尾斜杠的目录路径的 `r` 权限，所以 `deny /etc/** wl` 阻止不了 `ls /etc`。',
    fix: '要禁止列出目录，就对目录本身拒绝 `r`：`deny /etc/ r,`（子目录用 `deny /etc/**/ r,`）。',
    messages: {
      linkOnDirectory: '目录 {{path}} 上的 “l” 说的是硬链接，不是列出目录。列出一个目录需要的是对它本身的 “r”。',
      listingNeedsRead: '注释说的是列出目录，但 “l” 是链接（创建硬链接）。列出 {{directory}} 需要对这个目录本身的 “r”。',
      denyDoesNotStopListing: '注释说的是列出目录，但 “l” 是链接（创建硬链接）。这条规则拦不住 “ls {{directory}}”。',
    },
  },
  'apparmor-mount-allowed': {
    title: '配置文件允许挂载',
    why: '挂载能让进程改造它看到的文件系统，例如在配置文件保护的路径上覆盖挂载，或者挂载主机设备、cgroup 文件系统，这是典型的逃逸步骤。Docker 的默认配置文件会拒绝挂载。',
    fix: '删除 `mount`/`remount`/`pivot_root` 规则，并加上 `deny mount,`。',
    messages: {
      bareMount: '单独一条 “{{kind}},” 允许了所有挂载，容器可以挂载到受保护的路径上。',
      barePivotRoot: '单独一条 “pivot_root,” 允许了任意切换根目录。',
      mountRule: '“{{rule}}” 允许容器挂载文件系统。',
    },
  },
  'apparmor-no-profile': {
    title: '文件必须声明一个配置文件',
    why: '规则只有写在 profile 块里才生效，而 `--security-opt apparmor=NAME` 需要一个同名的配置文件；没有声明配置文件的文件什么也限制不了。',
    fix: '把规则包进 `profile NAME flags=(attach_disconnected,mediate_deleted) { ... }`，再用 `apparmor_parser -r -W` 加载。',
    messages: {
      noProfile: '这个文件没有声明任何配置文件，因此什么也约束不了。',
    },
  },
  'apparmor-unconfined': {
    title: 'AppArmor 配置文件被关闭',
    why: 'Docker 默认的 AppArmor 配置文件禁止写入 /proc 和 /sys 的内部文件，并阻止挂载；unconfined 去掉了这一层防护。',
    fix: '删除 apparmor=unconfined，或者加载一个为这个应用编写的配置文件，并用 apparmor=<profile> 指定它。',
    messages: {
      unconfinedRun: 'apparmor=unconfined 让这个容器在没有任何 AppArmor 配置文件的情况下运行，少了阻止写入 /proc、/sys 和挂载的那层保护。',
      unconfinedCompose: 'apparmor:unconfined 让这个服务在没有任何 AppArmor 配置文件的情况下运行，少了阻止写入 /proc、/sys 和挂载的那层保护。',
    },
  },
  'apparmor-unconfined-exec': {
    title: '程序在不受限制的状态下执行',
    why: '`ux`/`Ux` 模式以及 `pux`/`cux` 回退模式启动的程序完全没有 AppArmor 配置文件；手册页指出，使用它们的配置文件几乎不提供安全性，因为程序可以做用户能做的任何事。',
    fix: '用 `ix` 让程序继续受这个配置文件约束，或者用 `px`/`Px`（`cx`/`Cx`）给它单独的配置文件。',
    messages: {
      fallbackUnconfined: '一旦 {{path}} 自己的配置文件缺失，“{{mode}}” 就会让它在不受约束的情况下运行。',
      unconfined: '“{{mode}}” 让 {{path}} 完全不受 AppArmor 约束地运行。',
    },
  },
  'apt-lists-not-cleaned': {
    title: 'apt 软件包列表留在了镜像里',
    why: '/var/lib/apt/lists 下的列表会给这一层增加几十 MB，在之后的 RUN 中删除也无法让镜像变小。',
    fix: '在同一个 RUN 的末尾执行 rm -rf /var/lib/apt/lists/*，或者把 /var/lib/apt 挂载为缓存（RUN --mount=type=cache,target=/var/lib/apt）。',
    messages: {
      archivesKept: 'docker-clean 钩子已被删除，下载的软件包会留在这一层的 /var/cache/apt 中。',
      listsKept: '这个 RUN 把 apt 软件包列表留在了它的镜像层里，之后的 RUN 无法再把它们从这一层删掉。',
    },
  },
  'apt-no-install-recommends': {
    title: 'apt-get install 没有加 --no-install-recommends',
    why: '默认会安装推荐的软件包：镜像更大、程序更多、CVE 更多，而服务根本用不到它们。',
    fix: '给 apt-get install 加上 --no-install-recommends。',
    messages: {
      installsRecommends: '“{{program}} install”还会装上推荐的软件包：镜像更大，而服务用不到它们。',
    },
  },
  'apt-update-alone': {
    title: '在单独的 RUN 中更新软件包索引',
    why: '构建缓存会保留单独执行 `apt-get update` 的那一层，之后的安装用的是过期的索引，会悄悄装上未打补丁的旧版本（或者直接失败）。',
    fix: '在同一个 RUN 中更新并安装：RUN apt-get update && apt-get install -y --no-install-recommends pkg && rm -rf /var/lib/apt/lists/*。',
    messages: {
      updateAlone: '这个 RUN 只刷新软件包索引，单独成为一层，构建缓存会让这份索引一直过期。',
      installsWithStaleIndex: '这个 RUN 安装软件包时，用的是第 {{line}} 行单独执行 update 取得的索引，而构建缓存可能让这份索引一直过期。',
    },
  },
  'base-image-not-pinned-by-digest': {
    title: '基础镜像只按标签固定，没有按摘要固定',
    why: '标签只是一个指针，任何对该仓库有推送权限的人都能挪动它：下一次构建会从它那时指向的镜像开始。摘要只对应唯一一个镜像，对不上时构建会直接失败，而不是换一个镜像继续。',
    fix: '在标签后面加上摘要：FROM image:tag@sha256:<digest>，并让 Dependabot 或 Renovate 以拉取请求的方式提出新的摘要，经评审后合并。',
    messages: {
      notPinned: 'FROM {{image}} 只按标签固定；镜像仓库可以在同一个标签下给下一次构建另一个镜像。',
      malformedDigest: '“{{digest}}”不是镜像摘要：Docker 要求 sha256: 后跟 64 位小写十六进制数字，所以这个引用无法解析。',
    },
  },
  'build-tools-in-final-image': {
    title: '构建工具留在了最终镜像中',
    why: '编译器、JDK、软件包下载工具和 git 会让镜像变大，还给入侵者送上现成的工具，方便他们下载和构建自己的攻击载荷。',
    fix: '使用多阶段构建：在工具链阶段编译，然后只用 COPY --from=build 把产物复制到运行时镜像（JRE、distroless 或 slim 基础镜像）中。',
    messages: {
      toolchainBase: '最终镜像基于构建工具链镜像 {{image}}，编译器等构建工具都会随它进入最终镜像。',
      buildPackages: '最终阶段安装了 {{packages}}，运行中的服务并不需要它们。',
      devDependencies: '“{{command}}”没有加 --omit=dev，开发依赖会进入最终镜像。',
    },
  },
  'copy-entire-stage-filesystem': {
    title: '从另一个阶段复制了整个文件系统',
    why: 'COPY --from=<stage> / / 会把构建阶段的编译器、缓存和密钥都带进最终镜像，多阶段构建也就失去了意义。',
    fix: '只复制服务需要的产物，例如 COPY --from=build /src/target/app.jar /opt/app/。',
    messages: {
      wholeFileSystem: '“COPY --from={{stage}} / /”复制了那个阶段的整个文件系统，其中的工具和缓存也一并进入最终镜像。',
    },
  },
  'curl-pipe-shell': {
    title: '下载的脚本直接通过管道交给 shell 执行',
    why: '构建会以 root 身份执行服务器发来的任何内容，而且不留下任何记录；脚本一旦被篡改或替换，就会神不知鬼不觉地进入镜像。',
    fix: '先下载到文件，校验校验和或签名，再执行：curl -fsSLo install.sh <url> && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh。',
    messages: {
      runsDownload: '{{program}} 执行了下载得到的内容，构建因此运行了未经校验的代码。',
      pipesDownload: '{{downloader}} 把下载内容直接通过管道交给 {{interpreter}}，构建因此运行了未经校验的代码。',
    },
  },
  'dangerous-capability': {
    title: '添加了危险的能力',
    why: 'SYS_ADMIN、SYS_MODULE、SYS_PTRACE 等能力让容器内的 root 拥有控制主机内核和其他进程的权力，隔离基本被抵消。',
    fix: '删除这个能力；如果确实需要某一个，就在丢弃 ALL 之后只添加这一个，并在旁边写明原因。',
    messages: dangerousCapabilityMessages,
  },
  'docker-socket-mount': {
    title: '挂载了容器引擎的套接字',
    why: '能和 docker.sock 通信的人就控制了守护进程：他可以启动一个挂载主机 / 的特权容器，从而成为主机上的 root。',
    fix: '不要挂载这个套接字；如果某个工具确实需要这个 API，就给它一个受限的代理，或者在容器之外运行它。',
    messages: {
      socketRun: '这个挂载把 {{socket}} 交给了容器，也就是对容器引擎的完全控制，等于主机上的 root。',
      socketReadOnlyRun: '这个挂载把 {{socket}} 交给了容器，也就是对容器引擎的完全控制，等于主机上的 root。只读挂载也无济于事：API 照样通过这个套接字工作。',
      socketCompose: '这个卷把 {{socket}} 交给了容器，也就是对容器引擎的完全控制，等于主机上的 root。',
      socketReadOnlyCompose: '这个卷把 {{socket}} 交给了容器，也就是对容器引擎的完全控制，等于主机上的 root。只读挂载也无济于事：API 照样通过这个套接字工作。',
    },
  },
  'docker-socket-volume': {
    title: 'Docker 套接字被声明为卷',
    why: '能和 /var/run/docker.sock 通信的人就能启动一个挂载主机磁盘的特权容器：能访问这个套接字就等于是主机上的 root。',
    fix: '删除 docker.sock 的 VOLUME；如果某个工具确实需要 Docker API，就改为给它一个受限的代理或一个 rootless 守护进程。',
    messages: {
      socketVolume: '为 /var/run/docker.sock 声明 VOLUME，就是在引导别人挂载 Docker 套接字，而这会让容器拿到主机上的 root 权限。',
    },
  },
  'host-device': {
    title: '把主机设备传进了容器',
    why: '设备节点让容器可以直接访问主机硬件：磁盘设备可以在容器内被挂载、读取或改写，绕过文件权限。',
    fix: '除非工作负载需要，否则删除这个设备；如果需要，就只授予它所需的权限（只读用 :r）。',
    messages: {
      deviceRun: '--device 把主机的 {{device}} 以“{{permissions}}”权限交给了容器，容器可以直接访问这块主机硬件。',
      deviceReadOnlyRun: '--device 把主机的 {{device}} 以只读方式交给了容器，容器可以直接读取这块主机硬件。',
      deviceCompose: 'devices: 把主机的 {{device}} 以“{{permissions}}”权限交给了容器，容器可以直接访问这块主机硬件。',
      deviceReadOnlyCompose: 'devices: 把主机的 {{device}} 以只读方式交给了容器，容器可以直接读取这块主机硬件。',
    },
  },
  'host-ipc': {
    title: '容器共享主机的 IPC 命名空间',
    why: '主机的 IPC 命名空间会把主机的共享内存段、信号量和消息队列暴露给容器。',
    fix: '删除主机 IPC 模式；只有两个容器确实需要时，才与某个特定容器共享 IPC（container:<name>）。',
    messages: {
      hostIpcRun: '--ipc=host 让这个容器拿到了主机的共享内存和消息队列。',
      hostIpcCompose: 'ipc: host 让这个服务拿到了主机的共享内存和消息队列。',
    },
  },
  'host-network': {
    title: '容器共享主机的网络命名空间',
    why: '使用主机网络时，容器能看到主机的每一个网络接口，也能访问只绑定在主机回环地址上的服务，包括本地的管理套接字。',
    fix: '使用默认的 bridge 网络（或用户自定义网络），只发布客户端需要的端口。',
    messages: {
      hostNetworkRun: '--network host 把这个容器放在主机的网络栈上，它能访问只绑定在主机回环地址上的服务。',
      hostNetworkPublishingRun: '--network host 把这个容器放在主机的网络栈上，它能访问只绑定在主机回环地址上的服务。在主机网络模式下，它发布的端口反正也会被丢弃。',
      hostNetworkCompose: 'network_mode: host 把这个服务放在主机的网络栈上，它能访问只绑定在主机回环地址上的服务。',
      hostNetworkPublishingCompose: 'network_mode: host 把这个服务放在主机的网络栈上，它能访问只绑定在主机回环地址上的服务。在主机网络模式下，它发布的端口反正也会被丢弃。',
    },
  },
  'host-pid': {
    title: '容器共享主机的 PID 命名空间',
    why: '在主机的 PID 命名空间中，容器能看到主机上的所有进程；有了 ptrace 或 SYS_ADMIN，它就能向这些进程发信号、查看它们或进入它们（nsenter --target 1）。',
    fix: '删除主机 PID 模式；调试时使用 docker exec，或者使用只共享目标容器 PID 命名空间的 sidecar。',
    messages: {
      hostPidRun: '--pid=host 让这个容器能看到主机上的每一个进程，并向它们发送信号。',
      hostPidCompose: 'pid: host 让这个服务能看到主机上的每一个进程，并向它们发送信号。',
    },
  },
  'host-userns': {
    title: '容器不使用用户命名空间重映射',
    why: '在启用了 userns-remap 的守护进程上，使用主机用户命名空间会让容器内的 root 重新成为主机上真正的 root。',
    fix: '删除主机 userns 模式，让守护进程的重映射对这个容器生效。',
    messages: {
      hostUsernsRun: '--userns=host 为这个容器关闭了用户命名空间重映射，容器里的 root 就是主机的 root。',
      hostUsernsCompose: 'userns_mode: host 为这个服务关闭了用户命名空间重映射，容器里的 root 就是主机的 root。',
    },
  },
  'host-uts': {
    title: '容器共享主机的 UTS 命名空间',
    why: '在主机的 UTS 命名空间中，容器能看到主机的主机名和域名；有了 SYS_ADMIN，它还能为整台主机修改它们。',
    fix: '删除主机 UTS 模式；如果应用需要主机名，用 --hostname（Compose 中为 hostname:）设置。',
    messages: {
      hostUtsRun: '--uts=host 让这个容器共享主机的主机名。',
      hostUtsCompose: 'uts: host 让这个服务共享主机的主机名。',
    },
  },
  'image-verify-not-enforced': {
    title: '签名检查拦不住容器启动',
    why: 'cosign verify 只有在三种情况下才起作用：它失败时 docker run 不会执行；它检查的正是要运行的那个镜像；它指明了谁可以签名。否则，一个看起来做过验证的脚本照样会启动未签名或被重新打标签的镜像。',
    fix: '脚本开头写 set -eu（或者用 && 连接各步），验证你要运行的那个摘要，用 --certificate-identity 和 --certificate-oidc-issuer 指明签名者，然后运行同一个摘要。',
    messages: {
      notEnforced: '第 {{line}} 行的 cosign verify 失败时拦不住这条 docker run，未签名的 {{image}} 照样会启动。',
      verifiedAfterRun: '{{image}} 在这里就启动了，而第 {{line}} 行的 cosign verify 在它之后才检查：先验证，再运行。',
      runsUnverified: 'docker run 启动的 {{image}} 没有被这个脚本里的任何验证检查过；运行之前先验证这个确切的引用。',
      tagVerified: '{{image}} 是按标签验证、按标签运行的：每条命令都会重新解析标签，等到 docker run 拉取时它可能已经指向另一个镜像。',
      anyIdentity: '{{flag}} {{pattern}} 匹配任何签名者，任何有 Sigstore 登录的人所做的签名都能通过。',
    },
  },
  'k8s-allow-privilege-escalation': {
    title: '没有禁止权限提升',
    why: '除非 `allowPrivilegeEscalation` 为 false，否则进程可以获得它启动时没有的权限，例如通过 sudo 这样的 setuid 二进制文件。',
    fix: '在每个容器的 securityContext 中设置 `allowPrivilegeEscalation: false`（它会给进程设置 no_new_privs）。',
    messages: {
      ...zhPerContainer('notSet', '{{who}}没有设置 `allowPrivilegeEscalation: false`，setuid 程序仍然可以提升它的权限。'),
      ...zhPerContainer('setTrue', '{{who}}设置了 `allowPrivilegeEscalation: true`，setuid 程序可以提升它的权限。'),
      ...zhPerContainer('escalatesAnyway', '{{who}}设置了 `allowPrivilegeEscalation: false`，但它是特权容器或添加了 SYS_ADMIN，无论哪一种都让它照样能获得更多权限。'),
    },
  },
  'k8s-apparmor-annotation-deprecated': {
    title: '通过已弃用的注解设置 AppArmor',
    why: '在 Kubernetes 1.30 之前，AppArmor 是用 `container.apparmor.security.beta.kubernetes.io/<container>` 注解选择的；这个注解已被弃用，改用 `appArmorProfile` 字段。',
    fix: '把设置移到容器（或 Pod）的 `securityContext.appArmorProfile` 中，并删除这个注解。',
    messages: {
      deprecated: '容器“{{container}}”的 AppArmor 注解自 Kubernetes 1.30 起已被弃用，取代它的是 securityContext 中的 `appArmorProfile` 字段。',
    },
  },
  'k8s-apparmor-unconfined': {
    title: 'AppArmor 被关闭',
    why: 'Unconfined 的 AppArmor 配置文件去掉了运行时默认配置文件提供的强制访问控制，例如禁止写入 /proc 和 /sys、禁止挂载。',
    fix: '使用 `appArmorProfile: {type: RuntimeDefault}`，或者使用 `type: Localhost` 并指定一个已在每个节点上加载的 `localhostProfile`。',
    messages: {
      ...zhPerContainer('unconfined', '{{who}}在没有 AppArmor 的情况下运行（Unconfined），少了运行时默认配置文件提供的强制访问控制。', '{{who}}在没有 AppArmor 的情况下运行（Unconfined），少了运行时默认配置文件提供的强制访问控制。'),
      unknownAnnotation: '对容器“{{container}}”来说，“{{value}}”不是 Kubernetes 接受的 AppArmor 配置文件。',
    },
  },
  'k8s-capabilities': {
    title: '没有丢弃能力，或者添加了危险的能力',
    why: '留下的每一项能力都是攻击者可以继承的内核权力；SYS_ADMIN、NET_ADMIN、SYS_PTRACE 或 SYS_MODULE 会让一个被攻破的容器变成一个被攻破的节点。',
    fix: '设置 `capabilities: {drop: [ALL]}`，只加回进程需要的能力，通常是 NET_BIND_SERVICE，或者什么也不加。',
    messages: k8sCapabilitiesMessages,
  },
  'k8s-container-runtime-socket': {
    title: '挂载了容器运行时的套接字',
    why: 'Docker、containerd 或 CRI-O 的套接字就是在节点上启动容器的 API。能写这个套接字的人就能启动一个挂载了主机 / 的特权容器，也就是节点上的 root。',
    fix: '删除这个 hostPath 卷。用无需守护进程的构建工具构建镜像，通过 Kubernetes API 而不是运行时读取容器状态。',
    messages: {
      runtimeSocket: '卷“{{volume}}”暴露了节点的容器运行时套接字（{{socket}}），能使用它的人就能控制节点上的每一个容器。',
    },
  },
  'k8s-host-namespaces': {
    title: 'Pod 共享主机的命名空间',
    why: 'hostNetwork、hostPID 和 hostIPC 会去掉 Pod 与节点之间网络栈、进程表或 IPC 的隔离。',
    fix: '删除该字段或把它设为 false；通过 Service 暴露端口，而不是使用主机网络。',
    messages: k8sHostNamespacesMessages,
  },
  'k8s-host-path': {
    title: 'hostPath 卷',
    why: 'hostPath 卷会把节点文件系统的一部分放进容器。/、/etc、/proc、/var/lib/kubelet 或运行时套接字这样的路径会让容器控制整个节点。',
    fix: '改用 emptyDir、ConfigMap、Secret 或 PersistentVolumeClaim；如果确实需要主机上的文件，就只挂载范围最小的路径，并设为只读。',
    messages: k8sHostPathMessages,
  },
  'k8s-host-users': {
    title: 'Pod 共享主机的用户命名空间',
    why: '没有自己的用户命名空间时，Pod 里的 UID 0 就是节点内核眼中的 UID 0，它持有的能力在节点上同样有效：容器一旦逃逸，落地就是 root。设置 `hostUsers: false` 后，同一个进程在节点上只是一个没有特权的高位 UID。',
    fix: '在 Pod 的 spec 中设置 `hostUsers: false`（自 Kubernetes v1.36 起为稳定特性；节点需要 Linux 6.3 及以上、containerd 2.0+ 或 CRI-O 1.25+，以及 runc 1.2+ 或 crun 1.9+）。',
    messages: {
      unset: '{{kind}} "{{name}}" 没有设置 `hostUsers`，它的 Pod 共享节点的用户命名空间：其中的 root 就是节点上的 root。',
      unsetUnnamed: '这个 {{kind}} 没有设置 `hostUsers`，它的 Pod 共享节点的用户命名空间：其中的 root 就是节点上的 root。',
      hostUsersTrue: '`hostUsers: true` 让 {{kind}} "{{name}}" 的 Pod 留在节点的用户命名空间中：其中的 root 就是节点上的 root。',
      hostUsersTrueUnnamed: '`hostUsers: true` 让这个 {{kind}} 的 Pod 留在节点的用户命名空间中：其中的 root 就是节点上的 root。',
    },
  },
  'k8s-image-latest': {
    title: '镜像没有固定版本',
    why: '没有标签的镜像就是 `:latest`，它会在你不知情时变化：不同节点可能运行不同的代码，被推送上去的恶意或损坏镜像会在下一次重启时被拉取。',
    fix: '使用具体的版本标签，最好再加上摘要（`name:1.27.1@sha256:...`）。',
    messages: {
      ...zhPerContainer('untagged', '{{who}}使用的“{{image}}”没有标签，也就是 :latest，它的内容会在你不知情时改变。'),
      ...zhPerContainer('latestTag', '{{who}}使用了“{{image}}”的 :latest 标签，它的内容会在你不知情时改变。'),
    },
  },
  'k8s-namespace-pod-security': {
    title: '命名空间没有强制执行 Pod 安全级别',
    why: '没有 pod-security.kubernetes.io/enforce 标签（或者取值为 privileged）时，内置的 Pod 安全准入会放行进入该命名空间的任何 Pod，包括特权 Pod，除非集群另设了默认值。API 服务器读不懂的标签值会被拒绝，命名空间也就不会被创建或修改。',
    fix: '给命名空间加标签：pod-security.kubernetes.io/enforce: restricted（暂时做不到 Restricted 的地方用 baseline），把 pod-security.kubernetes.io/enforce-version 固定为集群的次版本号，再把 warn 和 audit 设为 latest，提前看到下一个版本会拒绝什么。',
    messages: {
      noEnforce: '命名空间 “{{name}}” 没有 {{label}} 标签，Pod 安全准入因此会放行所有 Pod，包括特权 Pod。',
      enforcePrivileged: '命名空间 “{{name}}” 强制执行的是 privileged 级别，它什么都允许：任何 Pod，包括特权 Pod，都会被准入。',
      invalidLabel: 'API 服务器会拒绝命名空间 “{{name}}”：标签 {{label}} 的值 “{{value}}” 无效（{{reason}}），命名空间不会被创建或修改。',
    },
  },
  'k8s-pod-security-admission': {
    title: 'Pod 安全准入会拒绝这个 Pod',
    why: '打了 pod-security.kubernetes.io/enforce 标签的命名空间会拒绝所有违反其级别的 Pod。单独的 Pod 在 apply 时就被拒绝；Deployment、Job 等控制器只会得到一条警告就被创建，之后却一个 Pod 也建不出来，服务始终起不来。',
    fix: '修改 Pod 规约，直到它满足命名空间的级别：消息里的每条原因都指出了要设置的字段（Restricted 需要 runAsNonRoot: true、allowPrivilegeEscalation: false、capabilities.drop: ["ALL"]、seccompProfile.type: RuntimeDefault）。',
    messages: {
      podRefused: '命名空间 “{{namespace}}” 按 PodSecurity “{{policy}}” 拒绝 Pod “{{name}}”：{{failure}}。',
      templateRefused: '{{kind}} “{{name}}” 会带着警告被创建，但命名空间 “{{namespace}}” 按 PodSecurity “{{policy}}” 拒绝它创建的每个 Pod：{{failure}}。什么也跑不起来。',
    },
  },
  'k8s-privileged': {
    title: '容器以特权模式运行',
    why: '特权容器拥有全部能力和全部主机设备，Kubernetes 还会忽略它的 seccomp 和 AppArmor 配置文件：容器内的 root 可以接管节点。',
    fix: '删除 `privileged: true`，只在 `securityContext.capabilities.add` 中加回进程需要的那几项能力。',
    messages: {
      ...zhPerContainer('privileged', '{{who}}以特权模式运行：它拥有全部能力和主机设备，它的 seccomp 和 AppArmor 配置文件也会被忽略。'),
    },
  },
  'k8s-run-as-root': {
    title: '容器可能以 root 运行',
    why: '除非 Pod 拥有自己的用户命名空间（`hostUsers: false`），否则容器中的 root 就是节点内核上的 root：离主机只差一个逃逸漏洞或一次疏忽的挂载。没有 `runAsNonRoot: true` 或非零的 `runAsUser` 时，由镜像的 USER 决定，而集群看不到它。',
    fix: '在 Pod 或容器的 securityContext 中设置 `runAsNonRoot: true` 和数字形式的 `runAsUser`（例如 10001）。只设置 `runAsNonRoot` 时，镜像需要数字形式的 USER：如果 USER 是一个名字，kubelet 无法证明它不是 root，就会拒绝启动容器。',
    messages: {
      ...zhPerContainer('rootNotRuledOut', '{{who}}既没有设置 `runAsNonRoot: true`，也没有设置非零的 `runAsUser`，所以由镜像的 USER 决定，而它可能是 root。'),
      ...zhPerContainer('uidZero', '{{who}}以 root 身份运行，因为 `runAsUser` 是 0。', '{{who}}以 root 身份运行，因为 `runAsUser` 是 0。'),
      ...zhPerContainer('nonRootFalse', '{{who}}可能以 root 身份运行：`runAsNonRoot` 为 false，又没有设置 `runAsUser`，所以由镜像的 USER 决定。', '{{who}}可能以 root 身份运行：`runAsNonRoot` 为 false，又没有设置 `runAsUser`，所以由镜像的 USER 决定。'),
    },
  },
  'k8s-seccomp-unconfined': {
    title: '没有 seccomp 过滤',
    why: '没有 seccomp 配置文件时，所有系统调用都能到达内核，包括 mount、unshare、keyctl 以及以往容器逃逸中用到的其他调用。除非设置了配置文件，或者 kubelet 打开了 SeccompDefault 选项，否则 Kubernetes 以 Unconfined 运行容器。',
    fix: '在 Pod 的 securityContext 中设置 `seccompProfile: {type: RuntimeDefault}`（或者使用经过测试的 Localhost 配置文件）。',
    messages: {
      ...zhPerContainer('unconfined', '{{who}}以 seccomp Unconfined 运行，每一个系统调用都会直达内核。', '{{who}}以 seccomp Unconfined 运行，每一个系统调用都会直达内核。'),
      ...zhPerContainer('unset', '{{who}}没有设置 seccompProfile，而 Kubernetes 不会自行应用运行时的默认过滤器。'),
    },
  },
  'k8s-writable-root-filesystem': {
    title: '根文件系统可写',
    why: '可写的根文件系统让攻击者能修改应用的文件，或者放下一直留存到容器被替换为止的工具。',
    fix: '设置 `readOnlyRootFilesystem: true`，并在应用必须写入的每个路径（例如 /tmp）挂载一个 `emptyDir` 卷。',
    messages: {
      ...zhPerContainer('setFalse', '{{who}}设置了 `readOnlyRootFilesystem: false`，它的文件在运行时可以被修改。'),
      ...zhPerContainer('notSet', '{{who}}可以写入自己的根文件系统，攻击者可以改动应用的文件或留下工具。'),
    },
  },
  'latest-or-untagged-base-image': {
    title: '基础镜像没有版本标签，或者用的是 latest',
    why: '没有标签或标为 :latest 的基础镜像会在你不知情时变化：即使 Dockerfile 一个字没改，下一次构建也可能拉到不同的操作系统、运行时或默认用户。',
    fix: '固定一个版本标签，例如 node:24.22-slim，最好再加上摘要（node:24.22-slim@sha256:...），并有计划地更新它。',
    messages: {
      untagged: '“FROM {{image}}”没有标签，等同于 :latest，每次发布新版本它都会变。',
      latest: '“FROM {{image}}”跟随 :latest，每次发布新版本它都会变。',
    },
  },
  'malformed-json-form': {
    title: '本应是 JSON 数组的指令不是合法的 JSON',
    why: '只有文本恰好是一个由字符串组成的 JSON 数组时，Docker 才按 exec 形式读取。否则它会变成一条 shell 命令或一个以空格分隔的列表，而 SHELL 会直接拒绝，结果镜像构建失败或容器无法启动。',
    fix: '数组要用双引号，元素之间用逗号分隔，以 "]" 结尾，后面不要再写任何内容，例如 CMD ["node", "server.js"]。',
    messages: {
      notStrings: '{{keyword}} 是一个 JSON 数组，但其中有不是字符串的元素，构建会停止：“when using JSON array syntax, arrays must be comprised of strings only”。',
      shellEmpty: 'SHELL 是一个空的 JSON 数组，构建会停止：“SHELL requires at least one argument”。',
      shellTrailingText: 'SHELL 的 JSON 数组后面紧跟着多余的文本，构建会停止：“SHELL requires the arguments to be in JSON form”。',
      shellInvalid: 'SHELL 不是一个由字符串组成的合法 JSON 数组，构建会停止：“SHELL requires the arguments to be in JSON form”。',
      listTrailingText: '{{keyword}} 的 JSON 数组后面紧跟着多余的文本，Docker 因此改为按空格拆分这一行：方括号、引号和逗号都成了路径的一部分。',
      listInvalid: '{{keyword}} 看起来像 JSON 数组，却不是合法的 JSON（缺了逗号或引号，或者用了单引号），Docker 因此改为按空格拆分这一行：方括号、引号和逗号都成了路径的一部分。',
      runTrailingText: 'RUN 的 JSON 数组后面紧跟着多余的文本，Docker 不会按 exec 形式读取它，而是把整行交给 /bin/sh -c，构建因此失败。',
      runInvalid: 'RUN 看起来像 JSON 数组，却不是合法的 JSON（缺了逗号或引号，或者用了单引号），Docker 不会按 exec 形式读取它，而是把整行交给 /bin/sh -c，构建因此失败。',
      healthcheckTrailingText: 'HEALTHCHECK 的 JSON 数组后面紧跟着多余的文本，Docker 不会按 exec 形式读取它，而是把整行交给 /bin/sh -c，健康检查因此总是失败。',
      healthcheckInvalid: 'HEALTHCHECK 看起来像 JSON 数组，却不是合法的 JSON（缺了逗号或引号，或者用了单引号），Docker 不会按 exec 形式读取它，而是把整行交给 /bin/sh -c，健康检查因此总是失败。',
      commandTrailingText: '{{keyword}} 的 JSON 数组后面紧跟着多余的文本，Docker 不会按 exec 形式读取它，而是把整行交给 /bin/sh -c，容器因此无法启动它的命令。',
      commandInvalid: '{{keyword}} 看起来像 JSON 数组，却不是合法的 JSON（缺了逗号或引号，或者用了单引号），Docker 不会按 exec 形式读取它，而是把整行交给 /bin/sh -c，容器因此无法启动它的命令。',
    },
  },
  'missing-healthcheck': {
    title: '最终镜像中没有 HEALTHCHECK',
    why: '没有健康检查时，Docker 会把卡死或只启动了一半的服务报告为运行中，也没有任何机制去重启或替换它。',
    fix: '添加 HEALTHCHECK CMD <probe>（例如对服务做一次 HTTP 检查）；如果由编排器负责探测，就写 HEALTHCHECK NONE。',
    messages: {
      noHealthcheck: '最终镜像没有 HEALTHCHECK，服务卡死了看起来也仍然健康。',
    },
  },
  'no-cap-drop': {
    title: '保留了默认能力',
    why: 'Docker 默认授予 14 项能力（CHOWN、DAC_OVERRIDE、NET_RAW、SETUID 等）；大多数应用一项也用不到。',
    fix: '丢弃全部能力，只加回应用需要的那些，通常一项都不需要，或者只需要 NET_BIND_SERVICE。',
    messages: {
      defaultCapabilitiesRun: '这个容器保留了 Docker 默认授予的 14 项能力，而大多数应用一项也用不上。',
      defaultCapabilitiesCompose: '服务“{{service}}”保留了 Docker 默认授予的 14 项能力，而大多数应用一项也用不上。',
    },
  },
  'no-memory-limit': {
    title: '容器没有内存限制',
    why: '没有内存限制时，一个内存泄漏或被攻破的容器可以一直占用主机内存，直到内核的 OOM killer 开始结束进程，而它选中的可能是另一个容器，甚至是 Docker 守护进程。',
    fix: '按服务实际用量设置内存上限：`docker run` 用 `--memory 256m`，Compose 用 `mem_limit: 256m` 或 `deploy.resources.limits.memory`。这样到达上限时被 OOM kill 的是容器自己的进程（退出码 137），而不是主机上的进程。',
    messages: {
      missingRun: '这个容器可以用光主机的全部内存。',
      missingCompose: '服务“{{service}}”可以用光主机的全部内存。',
      unlimited: '{{setting}} {{value}} 等于没有任何限制。',
    },
  },
  'no-new-privileges-missing': {
    title: '进程可以通过 setuid 二进制文件获得权限',
    why: '没有 no-new-privileges 时，镜像中的 setuid 或 setcap 二进制文件（su、sudo、ping）可以在容器内提升进程的权限。',
    fix: '添加 no-new-privileges 安全选项：这样 setuid 和 setgid 位不再改变用户，文件能力也无法再让进程获得它启动时没有的能力。',
    messages: {
      setFalseRun: 'no-new-privileges 被设为 false，setuid 二进制文件仍然可以提升权限。',
      setFalseCompose: 'no-new-privileges 被设为 false，setuid 二进制文件仍然可以提升权限。',
      missingRun: '这个容器允许 su 这样的 setuid 二进制文件提升权限。',
      missingCompose: '服务“{{service}}”允许 su 这样的 setuid 二进制文件提升权限。',
    },
  },
  'no-pids-limit': {
    title: '容器没有进程数限制',
    why: '没有 PIDs 限制时，容器里的一个 fork 炸弹就能占满主机的进程表：其他容器和主机本身都再也无法创建进程。',
    fix: '限制容器可以拥有的进程数：`docker run` 用 `--pids-limit 200`，Compose 用 `pids_limit: 200`（或 `deploy.resources.limits.pids`）。超过上限的 fork 只会在这个容器里失败。',
    messages: {
      missingRun: '这个容器可以不断创建进程，直到占满主机的进程表。',
      missingCompose: '服务“{{service}}”可以不断创建进程，直到占满主机的进程表。',
      unlimited: '{{setting}} {{value}} 表示不限制。',
    },
  },
  'pipe-without-pipefail': {
    title: 'RUN 中用了管道却没有设置 pipefail',
    why: '管道只报告最后一条命令的退出状态，所以 `curl ... | tar x` 或 `wget ... | sh` 即使下载失败，构建也可能照样成功，产出一个损坏的镜像。',
    fix: '在这个 RUN 之前设置 SHELL ["/bin/bash", "-o", "pipefail", "-c"]，或者在支持它的 shell 中以 set -o pipefail 开始脚本。',
    messages: {
      shellMayNotSupportAsh: 'SHELL 指定的 {{shell}} 不一定支持 -o pipefail，这个管道可能掩盖失败（这个镜像的 shell 是 BusyBox ash，没有 bash）。',
      shellMayNotSupportBash: 'SHELL 指定的 {{shell}} 不一定支持 -o pipefail，这个管道可能掩盖失败。',
      pipeHidesFailureAsh: '这个 RUN 把 {{program}} 的输出通过管道交给另一条命令，却没有设置 pipefail，{{program}} 失败了也不会被发现（这个镜像的 shell 是 BusyBox ash，没有 bash）。',
      pipeHidesFailureBash: '这个 RUN 把 {{program}} 的输出通过管道交给另一条命令，却没有设置 pipefail，{{program}} 失败了也不会被发现。',
    },
  },
  'port-on-all-interfaces': {
    title: '端口发布在主机的所有网络接口上',
    why: '不带地址发布的端口会监听主机的所有地址（0.0.0.0 和 ::），任何能访问到主机的机器都能连接，而且 Docker 自己的防火墙规则会放行这些流量，即使 ufw 或 firewalld 本来会拦截。',
    fix: '把端口绑定到客户端使用的地址上；只有本机需要访问时，绑定 127.0.0.1。',
    messages: {
      allInterfacesRun: '-p {{port}} 监听主机的所有网络接口，其他机器都可以连接进来。',
      allInterfacesCompose: '“{{port}}”监听主机的所有网络接口，其他机器都可以连接进来。',
      publishAll: '-P 把每个暴露的端口都发布在主机的所有网络接口上。',
    },
  },
  privileged: {
    title: '容器以特权模式运行',
    why: '特权容器拥有全部能力和全部主机设备，还会失去默认的 seccomp 和 AppArmor 配置文件；容器内的 root 可以接管主机。',
    fix: '去掉特权模式，只授予工作负载需要的那一项能力或那一个设备。',
    messages: {
      privilegedRun: '--privileged 让这个容器拥有全部能力和每一个主机设备，而且没有 seccomp 或 AppArmor 配置文件。',
      privilegedCompose: 'privileged: true 让这个服务拥有全部能力和每一个主机设备，而且没有 seccomp 或 AppArmor 配置文件。',
    },
  },
  'relative-workdir': {
    title: 'WORKDIR 使用了相对路径',
    why: '相对路径的 WORKDIR 取决于之前所有的 WORKDIR，包括基础镜像里的，基础镜像一变，文件就会落到谁也没想到的地方。',
    fix: '使用绝对路径，例如 WORKDIR /opt/app。',
    messages: {
      relativePath: '“WORKDIR {{path}}”是相对路径，它最终落在哪里，取决于之前的每一个 WORKDIR。',
    },
  },
  'run-as-root-user': {
    title: '容器以 root 身份启动',
    why: '把用户覆盖为 root（或 uid 0）会丢掉镜像中非 root 的 USER；应用中的任何漏洞都会以 root 身份、带着 root 的全部能力被利用。',
    fix: '删除这个覆盖，让镜像的 USER 生效，或者指定一个非 root 的 uid，例如 10001。',
    messages: {
      rootRun: '-u {{user}} 让进程以 root 身份运行，无论镜像设置的 USER 是什么。',
      rootCompose: 'user: "{{user}}" 让服务以 root 身份运行，无论镜像设置的 USER 是什么。',
    },
  },
  'runs-as-root': {
    title: '容器以 root 运行',
    why: '以 uid 0 运行的进程一旦被攻破，就能改写应用、读取镜像中的所有文件，再配合任何一个容器逃逸，就能以 root 身份操作主机。',
    fix: '创建或选择一个非特权用户，在最终阶段的末尾写上数字形式的 USER，例如 USER 10001:10001。',
    messages: {
      emptyUser: '“USER {{written}}”是空的：这个变量在本阶段没有值（FROM 之前的 ARG 必须在 FROM 之后重新声明），而空的 USER 以 uid 0 运行。',
      switchesToRoot: '最终阶段用“USER {{written}}”切换到了 root，容器因此以 uid 0 运行。',
      unverifiedDefaultUser: '无法确认“{{image}}”的默认用户，而本阶段没有设置 USER。',
      imageRunsAsRoot: '最终阶段基于“{{image}}”，这个镜像以 root 运行，而本阶段从未设置 USER，所以容器以 uid 0 运行。',
      stageRunsAsRoot: '最终阶段基于阶段“{{stage}}”，那个阶段以 root 运行，而本阶段从未设置 USER，所以容器以 uid 0 运行。',
      scratchHasNoUser: '最终阶段基于 scratch，其中根本没有用户，而本阶段从未设置 USER，所以容器以 uid 0 运行。',
    },
  },
  'seccomp-dangerous-syscall': {
    title: '配置文件放行了容器逃逸常用的系统调用',
    why: 'Docker 的默认配置文件拒绝 mount、unshare、setns、keyctl、bpf、kexec_load、open_by_handle_at、userfaultfd 等调用，因为大多数容器逃逸和内核漏洞利用都从它们开始。无条件放行它们，就放弃了这层保护。',
    fix: '把这些名字从 SCMP_ACT_ALLOW 规则里删掉。如果程序确实需要其中某个调用，就像 Docker 那样只在拥有对应能力时放行（"includes": {"caps": [...]}），并授予那个能力。',
    messages: {
      mount: '放行了 {{syscall}}：挂载（主机磁盘、proc、新的文件系统）是最经典的容器逃逸手法，Docker 在没有 {{capability}} 时会拒绝它。',
      namespace: '放行了 {{syscall}}：新建或加入命名空间会打开那些信任“命名空间里的 root”的内核代码，很多提权漏洞都从这里开始；Docker 在没有 {{capability}} 时会拒绝它。',
      keyring: '放行了 {{syscall}}：内核密钥环没有命名空间隔离，容器可以读取或塞满其他用户的密钥；无论容器拥有什么能力，Docker 都拒绝它。',
      kexec: '放行了 {{syscall}}：它会加载一个新内核并引导进去；无论容器拥有什么能力，Docker 都拒绝它。',
      kernelCode: '放行了 {{syscall}}：它会加载或卸载内核模块，也就是以内核全部权限运行的代码；Docker 在没有 {{capability}} 时会拒绝它。',
      bpf: '放行了 {{syscall}}：这是一个功能强大、可利用漏洞记录很长的内核接口；Docker 在没有 {{capability}} 时会拒绝它。',
      handle: '放行了 {{syscall}}：它可以通过句柄打开容器根目录之外的文件，正是 “shocker” 逃逸用到的调用；Docker 在没有 {{capability}} 时会拒绝它。',
      trace: '对所有内核版本都放行了 {{syscall}}：在 Linux 4.8 之前，跟踪者可以在 seccomp 检查之后改写调用；Docker 只在 4.8 及以后（"minKernel"）或拥有 {{capability}} 时放行它。',
      exploit: '放行了 {{syscall}}：它是内核漏洞利用最爱用的原语，普通服务用不到；无论容器拥有什么能力，Docker 都拒绝它。',
      host: '放行了 {{syscall}}：它影响的是整台主机（时钟、交换区、重启、I/O 端口），而不只是容器。',
    },
  },
  'seccomp-default-allow': {
    title: '配置文件放行所有没有列出的系统调用',
    why: '把 SCMP_ACT_ALLOW 或 SCMP_ACT_LOG 作为默认动作，配置文件就成了黑名单：漏写的调用、以及新内核增加的调用，都会直达内核。Docker 自己的配置文件默认是拒绝的。',
    fix: '设置 "defaultAction": "SCMP_ACT_ERRNO"，再用 SCMP_ACT_ALLOW 列出程序需要的调用，最好从 Docker 的默认配置文件改起。',
    messages: {
      allow: '"defaultAction": "{{action}}" 让配置文件没有列出的所有系统调用都直达内核。',
      log: '"defaultAction": "{{action}}" 对没有列出的调用只记日志、照样放行；它是用来记录程序调用了什么的，不是用来运行程序的。',
      missing: '配置文件既没有 defaultAction，也没有任何规则，runc 因此根本不安装过滤器。',
    },
  },
  'seccomp-trace-notify': {
    title: 'Docker 配置文件中使用了 SCMP_ACT_TRACE 或 SCMP_ACT_NOTIFY',
    why: 'SCMP_ACT_TRACE 把调用交给 ptrace 跟踪者：没有跟踪者时调用以 ENOSYS（“Function not implemented”）失败，有跟踪者时由它决定。SCMP_ACT_NOTIFY 需要一个 Docker 从不设置的监听套接字，runc 会拒绝启动容器（“listenerPath is not set”）。',
    fix: '要拒绝调用就用 SCMP_ACT_ERRNO（需要别的错误码时加 "errnoRet"），要放行就用 SCMP_ACT_ALLOW。',
    messages: {
      trace: '{{action}} 把 {{what}} 交给 ptrace 跟踪者：没有跟踪者时调用以 ENOSYS 失败，而容器里的跟踪者可以放它通过。',
      notify: '{{action}} 需要一个 seccomp 监听者，而 Docker 不会设置：runc 会拒绝启动容器（“listenerPath is not set”）。',
    },
  },
  'seccomp-unconfined': {
    title: 'seccomp 过滤被关闭',
    why: 'Docker 默认的 seccomp 配置文件会阻止大约 44 个有风险的系统调用，例如 mount、unshare、keyctl、bpf 和 kexec_load；unconfined 让它们全部可用。',
    fix: '删除 seccomp=unconfined；如果缺少某个系统调用，就以 Docker 的默认配置文件为基础，只放行那一个调用。',
    messages: {
      unconfinedRun: 'seccomp=unconfined 去掉了系统调用过滤器，mount、unshare 和 bpf 这样的调用会直达主机内核。',
      unconfinedCompose: 'seccomp:unconfined 去掉了系统调用过滤器，mount、unshare 和 bpf 这样的调用会直达主机内核。',
    },
  },
  'secret-file-in-layer': {
    title: '密钥文件被复制进了镜像层',
    why: '每个 COPY 都是一层：即使之后的 RUN 删除了它，密钥或令牌文件在镜像中仍然可以读到（docker save、docker history）。',
    fix: '把密钥文件写进 .dockerignore，用 RUN --mount=type=secret,id=... 传递构建密钥；绝不要先 COPY 再 rm。',
    messages: {
      removedLater: '{{instruction}} 把 {{files}} 放进了一个镜像层；第 {{line}} 行的 rm 只是把它藏了起来，镜像里仍然有它。',
      inImage: '{{instruction}} 把 {{files}} 放进了镜像，任何拉取镜像的人都能读到。',
      inCopiedDirectory: '“{{instruction}} {{sources}}”把 {{file}} 复制进了一个镜像层，第 {{line}} 行的 rm 并不能把它从镜像中去掉。',
    },
  },
  'secrets-in-env-or-arg': {
    title: '通过 ENV 或 ARG 传递密钥',
    why: 'ENV 的值保存在镜像配置中，ARG 的值保存在构建历史中：任何能拉取镜像的人都能用 docker inspect 或 docker history 读到它们。',
    fix: '只为需要它的那一步挂载密钥：RUN --mount=type=secret,id=token ...，并执行 docker build --secret id=token,src=token.txt；运行时用到的密钥在运行时提供，不要放进镜像。',
    messages: {
      envUrlWithPassword: 'ENV {{name}} 的值是一个带密码的 URL，任何拿到镜像的人都能用 docker inspect 看到它。',
      argUrlWithPassword: 'ARG {{name}} 的值是一个带密码的 URL，任何拿到镜像的人都能用 docker history 看到它。',
      envSecret: 'ENV {{name}} 把密钥存进了镜像配置，任何拿到镜像的人都能用 docker inspect 看到它。',
      argSecret: 'ARG {{name}} 把密钥作为构建参数传入，docker history 会把它保留在镜像中。',
    },
  },
  'selinux-disabled': {
    title: 'SELinux 标签被关闭',
    why: '在启用 SELinux 的主机上，容器标签让容器无法接触主机文件和其他容器；label=disable 去掉了这道屏障。',
    fix: '删除 label=disable；改为用 :z 或 :Z 给绑定挂载重新打标签。',
    messages: {
      disabledRun: 'label=disable 为这个容器关闭了 SELinux 隔离。',
      disabledCompose: 'label:disable 为这个服务关闭了 SELinux 隔离。',
    },
  },
  'sensitive-host-mount': {
    title: '挂载了敏感的主机目录',
    why: '/、/etc、/proc 或 /var/lib/docker 这样的主机目录里有密码哈希、密钥、内核接口和其他容器的数据；挂载进容器后，它们可以被读取，而且往往还能被修改。',
    fix: '只挂载容器需要的那个应用目录，或者使用命名卷。',
    messages: {
      writableRun: '这个挂载把主机的 {{source}} 暴露给了容器。容器可以读取并修改主机上那里的文件。',
      readOnlyRun: '这个挂载把主机的 {{source}} 暴露给了容器。即使只读，其中的内容（密钥、密码哈希、其他容器的文件）也会泄露。',
      writableCompose: '这个卷把主机的 {{source}} 暴露给了容器。容器可以读取并修改主机上那里的文件。',
      readOnlyCompose: '这个卷把主机的 {{source}} 暴露给了容器。即使只读，其中的内容（密钥、密码哈希、其他容器的文件）也会泄露。',
    },
  },
  'shell-form-without-shell': {
    title: '在没有 shell 的镜像上使用 shell 形式',
    why: 'shell 形式会通过 /bin/sh -c 运行命令。scratch 和 distroless 镜像里没有 /bin/sh，所以容器无法启动（或者 RUN 构建失败）。',
    fix: '使用 exec 形式，例如 ENTRYPOINT ["/app/server"] 或 CMD ["java", "-jar", "/app/app.jar"]，并把 RUN 的工作放到前面一个有 shell 的阶段中。',
    messages: {
      runShellForm: '这个 RUN 使用 shell 形式，但 {{image}} 里没有 /bin/sh，构建会失败。',
      commandShellForm: '{{keyword}} 使用 shell 形式，需要 /bin/sh，而 {{image}} 里没有：容器将无法启动。',
    },
  },
  'ssh-server-or-port-22': {
    title: '镜像中有 SSH 服务器或 22 端口',
    why: 'SSH 守护进程是又一个需要打补丁、会被暴力破解的服务，它的密钥和密码还会被固化进镜像；进入容器应该用 docker exec 或 kubectl exec。',
    fix: '删除 SSH 服务器和 EXPOSE 22；调试时使用 docker exec / kubectl exec。',
    messages: {
      exposesSsh: 'EXPOSE 22 对外声明了一个 SSH 端口。',
      rangeIncludesSsh: 'EXPOSE {{ports}} 包含 22 端口（SSH）。',
      installsServer: '这一步安装了 SSH 服务器 {{packages}}。',
    },
  },
  'sudo-usage': {
    title: 'Dockerfile 中使用了 sudo',
    why: 'sudo 在容器中的 TTY 和信号行为难以预料，而带有 sudo 的镜像会给任何拿到该用户的进程留下一条回到 root 的路。',
    fix: '在 USER 之前（以 root 身份）执行需要特权的步骤，然后切换到非特权用户；不要安装 sudo。',
    messages: {
      viaSudo: '“sudo {{program}}” 通过 sudo 执行这一步，镜像里也因此带上了 sudo。',
    },
  },
  'tls-verification-disabled': {
    title: 'TLS 证书校验被关闭',
    why: '不校验证书时，网络路径上的任何人都能替换下载内容，构建会把他们的代码固化进镜像。',
    fix: '删除 -k、--insecure、--no-check-certificate、--trusted-host 之类的选项；改为安装服务器所需的 CA 证书。',
    messages: {
      insecureEnv: 'ENV {{name}}={{value}} 关闭了证书校验：之后的每一次下载和运行中的应用都不再校验证书。',
      insecureOption: '{{option}} 关闭了证书校验，下载内容被篡改也不会被发现。',
      aptChecksOff: '{{program}} 的设置关闭了证书或签名校验，下载内容被篡改也不会被发现。',
    },
  },
  'unnecessary-tools-in-image': {
    title: '镜像中有交互式工具或调试工具',
    why: '生产镜像中的编辑器、调试器和网络探测工具给入侵者准备好了一套现成的工具箱，方便他们探查、嗅探和横向移动；而在 RUN 步骤中执行 top、vim 或 service 这样的交互式命令，在构建镜像时什么也不会做。',
    fix: '从最终阶段删除这些软件包，从 RUN 中删除这些命令；调试运行中的容器时使用 docker exec、临时调试容器或单独的调试镜像。',
    messages: {
      interactiveCommand: 'RUN 调用了 {{program}}，它需要终端、登录会话或正在运行的系统，在构建镜像时起不到任何作用。',
      oneTool: '最终镜像安装了 {{tools}}：服务用不到它，它却是入侵者现成的工具。',
      manyTools: '最终镜像安装了 {{tools}}：服务用不到它们，它们却是入侵者现成的一套工具箱。',
    },
  },
  'untrusted-registry': {
    title: '镜像来自团队不信任的镜像仓库',
    why: '从没人审查过的镜像仓库拉取的镜像可能带有任何东西，主机名里的一个笔误就会从抢注了它的人那里拉取镜像；把镜像限制在团队信任的镜像仓库（.shipshape.yaml 中的 trustedRegistries），就把这件事变成了一次审查。',
    fix: '从受信任的镜像仓库之一拉取镜像（必要时先把镜像同步过去），或者在审查后把它的镜像仓库加入 trustedRegistries。',
    messages: {
      untrustedRegistry: '“{{image}}” 来自 {{host}}，它不在受信任的镜像仓库（{{trusted}}）之列。',
    },
  },
  'user-not-numeric': {
    title: 'USER 是名字，不是数字 id',
    why: 'Kubernetes 的 runAsNonRoot 无法验证用户名，会拒绝启动容器（"image has non-numeric user"）；只有数字形式的 uid 不用读取 /etc/passwd 就能检查。',
    fix: '写出这个名字对应的 uid（和 gid），例如用 USER 10001:10001 代替 USER app。',
    messages: {
      knownId: '“USER {{user}}”写的是名字（对应的 id 是 {{id}}），Kubernetes 的 runAsNonRoot 无法验证名字。',
      unknownId: '“USER {{user}}”写的是名字，Kubernetes 的 runAsNonRoot 无法验证名字，而且无从得知这个名字对应哪个 uid。',
    },
  },
  'writable-root-filesystem': {
    title: '容器可以写入自己的根文件系统',
    why: '根文件系统可写时，在容器里执行了代码的攻击者可以修改它的脚本和配置，或者放进自己的工具，并一直保留到容器被删除。',
    fix: '以只读方式挂载根文件系统（`--read-only`，Compose 中为 `read_only: true`），并在服务必须写入的每个路径上提供 tmpfs（`--tmpfs /tmp`，Compose 中为 `tmpfs: [/tmp]`）或卷。',
    messages: {
      missingRun: '这个容器可以修改镜像中的文件。',
      missingCompose: '服务“{{service}}”可以修改镜像中的文件。',
      switchedOff: '{{setting}} 让根文件系统保持可写。',
    },
  },
};

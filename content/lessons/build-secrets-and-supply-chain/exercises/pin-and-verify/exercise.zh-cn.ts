import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  oneSpace: '{{program}} -c 读取的行格式是 `<hash>  <file>`，两者之间有两个空格；`{{text}}` 只有一个，所以 {{program}} 会拒绝它，构建失败。',
  notHashAndName: '`{{text}}` 不是一个 {{algorithm}} 加一个文件名，所以 {{program}} -c 会拒绝它，构建失败。',
  notDigest: '`{{hash}}` 不是 {{algorithm}}：{{algorithm}} 是 {{length}} 位十六进制数字，所以 {{program}} -c 会拒绝这一行，构建失败。',
  partialHash: '`{{hash}}` 不是完整的哈希值，grep 会匹配任何文件哈希值中的一部分。',
  hashDownloaded: '{{sums}} 中的预期哈希值是在构建时下载的，很可能来自同一台服务器：能改脚本的人也能改哈希值。',
  hashComputed: '{{sums}} 中的预期哈希值是从下载的文件本身算出来的，所以不管文件内容是什么，检查都会通过。',
  hashNowhere: '{{program}} -c 的预期哈希值从哪里来，在这个 RUN 中看不到，所以没有任何东西表明它是固定的。',
  streamed: '{{program}} 把下载内容直接送进 {{reader}}，没有任何机会先检查它。',
  fixStreamed: '先保存到文件，用 `echo "<发布说明中的 sha256>  <文件>" | sha256sum -c -` 检查，然后再使用。',
  fixPublisherHash: '用发布者公布的哈希值检查它：`echo "<发布说明中的 sha256>  {{file}}" | sha256sum -c -`。',
  checkNamesOther: '校验和这一行没有写 {{file}}，所以没有任何东西检查被使用的那个文件。',
  runUnchecked: '{{file}} 在检查哈希值之前就被运行了，服务器发来什么，镜像里就有什么。',
  usedUnchecked: '{{file}} 在检查哈希值之前就被使用了，服务器发来什么，镜像里就有什么。',
  fixCheckBetween: '在下载和使用之间检查它：`&& echo "<发布说明中的 sha256>  {{file}}" | sha256sum -c - &&`。',
  checkedLate: '{{file}} 要等 `{{use}}` 用过之后才被检查：到那时，被篡改的脚本早已完成了它的工作。',
  fixCheckEarlier: '把检查移到 `{{use}}` 之前。',
  checkPiped: '检查的结果通过管道交给了 `{{reader}}`，它的退出状态取代了检查的结果，所以即使哈希值不匹配，`{{use}}` 也会运行。',
  checkIgnoredRun: '{{operator}} 让 `{{use}}` 在检查失败时也会运行，哈希值不对的文件仍然会被运行。',
  checkIgnoredUse: '{{operator}} 让 `{{use}}` 在检查失败时也会运行，哈希值不对的文件仍然会被使用。',
  fixJoin: '用 `&&` 把检查和它之后的所有命令连起来。',
  untagged: '`{{image}}` 没有标签，也就是 :latest：下次构建可能基于不同的软件，而你这边什么也没改。',
  majorTag: '`{{image}}` 跟随每个 {{tag}}.x 版本：下次构建可能基于不同的软件，而你这边什么也没改。',
  movingTag: '`{{image}}` 跟随会变动的 `{{tag}}` 标签：下次构建可能基于不同的软件，而你这边什么也没改。',
  fixPin: '固定一个发行版本，例如 `FROM alpine:3.24`，或者固定摘要：`FROM alpine:3.24@sha256:…`。',
  pinned: '每个基础镜像都固定到了发行版本或摘要。',
  verified: '每个下载的文件在使用之前，都会与固定的 SHA-256 比对哈希值。',
  addUnchecked: '这条 ADD 获取 {{url}} 时不做任何检查，服务器返回什么，构建就发布什么。',
  addBadChecksum: '`--checksum={{checksum}}` 不是 BuildKit 接受的摘要：应为 `sha256:` 加 64 位十六进制数字，所以构建会停止。',
  fixAddChecksum: '给 ADD 加上 `--checksum=sha256:<hash>`，哈希值取自发布者的发布说明。',
  addsChecked: '每个远程 ADD 都有有效的 --checksum。',
  noAdd: '没有 ADD 下载任何东西。',
  piped: '{{program}} 把脚本直接通过管道交给 {{shell}}，脚本边下载边运行，没有人来得及检查。',
  fixPiped: '把脚本保存到文件（`wget -qO /tmp/install.sh URL`），检查它的 SHA-256，然后再运行。',
  notPiped: '没有任何网络下载通过管道交给 shell。',
  insecure: '`{{program}}` 被要求不检查证书，网络路径上的任何人都能给它换一个文件。',
  fixInsecure: '删除 `{{option}}`。',
  tlsOn: '证书检查保持开启。',
  noInstaller: '没有下载采集器的安装脚本。',
  versioned: '{{url}} 指明了发行版本。',
  unversioned: '{{url}} 中没有版本号，它提供的内容可能在你固定的哈希值之下悄悄改变。',
  fixVersioned: '改为下载 `https://get.example.com/collector/install-2.1.0.sh`。',
  collectorMissing: '已经没有任何东西从 get.example.com/collector/ 下载采集器的安装脚本，采集器不会被安装。',
  fixCollectorMissing: '继续下载 `https://get.example.com/collector/install-2.1.0.sh`。',
  collectorNotRun: '采集器的安装脚本下载了，但从未运行，所以采集器没有安装。',
  fixCollectorNotRun: '在检查过它的哈希值之后，用 `sh` 运行它。',
  installed: '采集器和报告程序都已安装。',
  reporterMissing: '已经没有任何东西把报告程序放到 {{path}}，而 ENTRYPOINT 要运行它。',
  fixReporterMissing: '保留把报告程序二进制文件 `ADD` 到 `/usr/local/bin/reporter` 的那一行。',
};


/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "固定基础镜像并校验每一次下载",
  "task": "这个镜像基于 `alpine:latest` 构建，在关闭证书校验的情况下把安装脚本直接通过管道交给 `sh`，还用 `ADD` 下载一个二进制文件却不做校验。固定基础镜像，保持 TLS 校验开启，从带版本号的脚本 `install-2.1.0.sh` 安装指标采集器：先保存为文件，运行前检查它的 SHA-256；再给 `ADD` 加上 `--checksum`。",
  "hints": [
    "这里有四个独立的问题：基础镜像标签、管道到 sh、一个证书选项，以及一个未校验的 ADD。",
    "使用 `alpine:3.24`。用 `wget -qO` 把带版本号的安装脚本 `install-2.1.0.sh` 下载到文件，在 `sh` 运行它之前用 `sha256sum -c` 检查，每一步都用 `&&` 连接。",
    "对于二进制文件，`ADD --checksum=sha256:<hash> URL DEST` 会在文件不一致时让构建失败；哈希值来自发布者的发行说明。"
  ],
  "run": {
    "title": "镜像可以构建，报告程序可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；在那里构建或启动失败，在这里也算失败。",
    "passed": "docker build 成功，报告程序以 UID 10001 启动。"
  },
  "goals": {
    "pinned-base": {
      "title": "每个基础镜像都已固定",
      "why": "会变动的标签让别人可以改变你发布的内容，而你这边什么也没改。",
      "messages": messages
    },
    "no-pipe-to-shell": {
      "title": "没有把下载内容通过管道交给 shell",
      "why": "通过管道交给 sh 的脚本，在任何人检查收到的内容之前就已经运行了。",
      "messages": messages
    },
    "tls-verified": {
      "title": "TLS 证书经过校验",
      "why": "不校验证书时，网络路径上的任何人都能替换下载内容。",
      "messages": messages
    },
    "script-verified": {
      "title": "每个下载在使用前都与固定的 SHA-256 比对",
      "why": "固定的哈希值会在文件变化时让构建失败；检查得太晚，或者忽略了检查结果，就什么也拦不住。",
      "messages": messages
    },
    "add-checksum": {
      "title": "下载的二进制文件带有有效的 --checksum",
      "why": "ADD --checksum 让 BuildKit 拒绝摘要与你固定的值不一致的文件。",
      "messages": messages
    },
    "versioned-installer": {
      "title": "采集器来自带版本号的安装脚本",
      "why": "不带版本号的 URL 明天可能提供另一个脚本；带版本号的是你审查并固定过的发行版本。",
      "messages": messages
    },
    "still-installs": {
      "title": "采集器和报告程序仍然会被安装",
      "why": "镜像必须继续完成它的工作：运行采集器的安装脚本，并带上报告程序的二进制文件。",
      "messages": messages
    }
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

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
      "why": "会变动的标签让别人可以改变你发布的内容，而你这边什么也没改。"
    },
    "no-pipe-to-shell": {
      "title": "没有把下载内容通过管道交给 shell",
      "why": "通过管道交给 sh 的脚本，在任何人检查收到的内容之前就已经运行了。"
    },
    "tls-verified": {
      "title": "TLS 证书经过校验",
      "why": "不校验证书时，网络路径上的任何人都能替换下载内容。"
    },
    "script-verified": {
      "title": "每个下载在使用前都与固定的 SHA-256 比对",
      "why": "固定的哈希值会在文件变化时让构建失败；检查得太晚，或者忽略了检查结果，就什么也拦不住。"
    },
    "add-checksum": {
      "title": "下载的二进制文件带有有效的 --checksum",
      "why": "ADD --checksum 让 BuildKit 拒绝摘要与你固定的值不一致的文件。"
    },
    "versioned-installer": {
      "title": "采集器来自带版本号的安装脚本",
      "why": "不带版本号的 URL 明天可能提供另一个脚本；带版本号的是你审查并固定过的发行版本。"
    },
    "still-installs": {
      "title": "采集器和报告程序仍然会被安装",
      "why": "镜像必须继续完成它的工作：运行采集器的安装脚本，并带上报告程序的二进制文件。"
    }
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { numericNonRootGoalZhCn } from '../../../run-as-non-root/exercises/final-user.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noFrom: 'Dockerfile 中还没有 FROM。',
  shellForm: '这条命令是 shell 形式，Docker 会以 `/bin/sh -c "…"` 运行它，而 distroless 中没有 /bin/sh：容器无法启动。',
  noCommand: '最终阶段已经没有 CMD 或 ENTRYPOINT，容器没有东西可以启动。',
  otherCommand: '容器启动的是 `{{argv}}`，而不是任务要求保留的 `/server --port 8080`。',
  fixExecForm: '把命令写成 JSON 数组：`CMD ["/server", "--port", "8080"]`。',
  direct: '容器直接运行 {{argv}}，不经过 shell。',
  noShell: '{{image}} 中没有 shell。',
  unnamedNoShell: '最终的基础镜像中没有 shell。',
  unknownShell: '课程不认识 `{{image}}`，所以无法判断这个镜像里有没有 shell。',
  hasShell: '`{{image}}` 中有 shell，也就有了攻击者想要的工具；这个练习的目的就是不用 shell 启动程序。',
  fixNoShell: '保留没有 shell 的 distroless 基础镜像，例如 `gcr.io/distroless/static-debian13:nonroot`，改为修改命令。',
  exactBase: '最终阶段明确写出了它的起点：{{image}}。',
  untagged: '`{{image}}` 没有标签，也就是 :latest：下一次推送到那里的是什么，你发布的就是什么，而且不带变体的标签以 root 运行。',
  latest: '`{{image}}` 跟随 :latest：下一次推送到那里的是什么，你发布的就是什么，而且不带变体的标签以 root 运行。',
  fixTag: '写明以非 root 用户运行的变体：`FROM gcr.io/distroless/static-debian13:nonroot`（加上 `@sha256:…` 可以彻底固定它）。',
  namedTag: '最终阶段写明了标签 {{tag}}。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "在没有 shell 的镜像中启动程序",
  "task": "这个 Go 服务换成了 distroless 镜像，现在容器启动不了。让它不经过 shell 启动 `/server --port 8080`，并写明一个 distroless 标签，而不是隐式的 `latest`：选择以非 root 用户运行的那个变体。最终镜像保持 distroless。（`:nonroot` 仍然是会变动的标签；要实现可重现的构建，还需要加上它的摘要。）",
  "hints": [
    "以纯文本写的命令（shell 形式）会以 /bin/sh -c \"...\" 的方式运行。distroless 里缺少哪个文件？",
    "exec 形式是一个字符串组成的 JSON 数组，每个参数一项。distroless 镜像有一个以 UID 65532 运行的标签。",
    "使用 `FROM gcr.io/distroless/static-debian13:nonroot` 和 `CMD [\"/server\", \"--port\", \"8080\"]`。"
  ],
  "run": {
    "title": "镜像可以构建，服务器可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；在那里无法启动的容器，在这里也算失败。",
    "passed": "docker build 成功，容器不经过 shell 启动了 /server，并且持续运行。"
  },
  "goals": {
    "exec-form": {
      "title": "服务器直接启动，不经过 /bin/sh",
      "why": "distroless 镜像里没有 shell，shell 形式的命令无法启动。",
      "messages": messages
    },
    "still-minimal": {
      "title": "最终镜像中仍然没有 shell",
      "why": "换回带 shell 的基础镜像，就会带回攻击者想要的工具。",
      "messages": messages
    },
    "named-tag": {
      "title": "写明了 distroless 标签，而不是留给 latest",
      "why": "不带标签的镜像就是 :latest，发布者会移动它；普通的 distroless 标签还会以 root 运行。",
      "messages": messages
    },
    "final-user-numeric-non-root": numericNonRootGoalZhCn
  }
};

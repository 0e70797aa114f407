import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { numericNonRootGoalZhCn } from '../final-user.zh-cn';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "不起作用的 USER",
  "task": "这个 Dockerfile 声明了 `USER 10001:10001`，但它构建出的容器仍以 root 运行。找出原因，让最终发布的镜像以这个数字用户运行。",
  "hints": [
    "构建镜像，在其中运行 `id`：容器来自哪个阶段？",
    "USER 的作用持续到所在阶段结束。下一个 FROM 会从基础镜像的用户重新开始。",
    "把 `USER 10001:10001` 从构建阶段移到最终阶段，放在 `FROM alpine:3.24` 之后。"
  ],
  "run": {
    "title": "镜像可以构建，服务器可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；在那里构建或启动失败，在这里也算失败。",
    "passed": "docker build 在构建阶段编译了服务器，最终镜像启动了它并保持运行。"
  },
  "goals": {
    "final-user-numeric-non-root": numericNonRootGoalZhCn
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { numericNonRootGoalZhCn } from '../final-user.zh-cn';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "不再以 root 运行",
  "task": "`alpine` 基础镜像没有设置用户，所以这个服务器以 root 运行。让容器以非特权的数字用户和组运行，写成 `UID:GID`。这个 UID 不必存在于 /etc/passwd 中。",
  "hints": [
    "没有 USER 指令时，容器以基础镜像的用户运行，对 alpine 来说就是 root。",
    "最终阶段中的 USER 指令决定 CMD 和 ENTRYPOINT 的用户。即使不存在这样的用户，数字也能生效；但只写用户、不写组时，进程会在组 0 中运行。",
    "在 FROM 之后加一行 `USER 10001:10001`，例如放在 CMD 之前。"
  ],
  "run": {
    "title": "镜像可以构建，服务器可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；在那里构建或启动失败，在这里也算失败。",
    "passed": "docker build 成功，服务器输出了 \"listening on :8080\"。"
  },
  "goals": {
    "final-user-numeric-non-root": numericNonRootGoalZhCn
  }
};

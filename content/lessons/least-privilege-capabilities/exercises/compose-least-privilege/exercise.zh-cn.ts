import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { leastPrivilegeGoalsZhCn } from '../runtime-goals.zh-cn';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "在 Compose 中做同样的加固",
  "task": "还是同一个 Web 服务，现在定义在 `compose.yaml` 中：它以非 root 用户在 8080 端口上运行，并把临时文件写到 `/tmp`。不给服务任何它不需要的能力，阻止权限提升，并让它的根文件系统只读、`/tmp` 可写。",
  "hints": [
    "每个 `docker run` 选项都有对应的 Compose 键：`cap_drop`、`cap_add`、`security_opt`、`read_only` 和 `tmpfs`。",
    "把 `cap_add: [SYS_ADMIN]` 换成 `cap_drop: [ALL]`；服务在 8080 端口上不需要加回任何能力。",
    "在 `web:` 下添加 `cap_drop: [ALL]`、`security_opt: [no-new-privileges:true]`、`read_only: true` 和 `tmpfs: [/tmp]`，并删除 `cap_add`。"
  ],
  "run": {
    "title": "`docker compose up` 启动 Web 服务，并且服务持续运行",
    "why": "终端就是这样处理 compose.yaml 的；在这些设置下无法启动或会停止的服务，不算修复。",
    "passed": "`docker compose up -d` 启动了 Web 服务，`docker compose ps` 显示它正在运行。"
  },
  "goals": leastPrivilegeGoalsZhCn
};

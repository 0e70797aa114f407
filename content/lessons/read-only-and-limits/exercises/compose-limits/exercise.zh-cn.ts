import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { limitGoalsZhCn } from '../limit-goals.zh-cn';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "在 Compose 中设置同样的限制",
  "task": "还是同一个 Web 服务，定义在 `compose.yaml` 中。让它的根文件系统只读、`/tmp` 可写，给它加上内存限制和进程数限制，并设置一个失败几次后就放弃的重启策略。`docker compose up` 必须仍然能启动它。",
  "hints": [
    "Compose 的键名和选项对应：`read_only`、`tmpfs`、`mem_limit`、`pids_limit` 和 `restart`。",
    "`deploy.resources.limits`（`memory`、`pids`）也可以。`restart: always` 永远不会放弃；`on-failure` 可以带最大次数。",
    "在 `web:` 下加上 `read_only: true`、`tmpfs: [/tmp]`、`mem_limit: 256m` 和 `pids_limit: 200`，并把 `restart` 改成 `on-failure:5`。"
  ],
  "run": {
    "title": "`docker compose up` 启动 Web 服务，并且服务持续运行",
    "why": "终端就是这样处理 compose.yaml 的；在这些设置下无法启动或会停止的服务，不算修复。",
    "passed": "`docker compose up -d` 启动了 Web 服务，`docker compose ps` 显示它正在运行。"
  },
  "goals": limitGoalsZhCn
};

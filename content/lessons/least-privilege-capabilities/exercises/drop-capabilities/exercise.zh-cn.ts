import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { leastPrivilegeGoalsZhCn } from '../runtime-goals.zh-cn';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "以最小权限启动容器",
  "task": "这个 Web 服务以非 root 用户在 8080 端口上运行，并把临时文件写到 `/tmp`。它启动时加了 `SYS_ADMIN`，还保留了 Docker 的全部默认设置。改写这条 `docker run` 命令，让它不保留任何不需要的能力、无法获得更多权限，并且根文件系统只读、`/tmp` 可写。",
  "hints": [
    "添加一项能力时，默认的十四项也都还在。从零开始，只加回服务确实需要的能力。",
    "在 8080 端口监听的非 root 进程根本不需要任何能力。`--security-opt no-new-privileges` 阻止 setuid 二进制文件提升权限。",
    "删除 `--cap-add SYS_ADMIN`，并在镜像名之前加上 `--cap-drop ALL --security-opt no-new-privileges --read-only --tmpfs /tmp`。"
  ],
  "run": {
    "title": "`run.sh` 启动 Web 服务，并且服务持续运行",
    "why": "终端就是这样处理 run.sh 的；在这些设置下无法启动或会停止的服务，不算修复。",
    "passed": "`sh run.sh` 启动了 web 容器，它仍在运行。"
  },
  "goals": leastPrivilegeGoalsZhCn
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import { limitGoalsZhCn } from '../limit-goals.zh-cn';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "只读、有限制，而且照样运行",
  "task": "这个 Web 服务以非 root 用户在 8080 端口上运行，启动时会在 `/tmp` 下创建临时文件。修改这行 `docker run`：让根文件系统只读，同时 `/tmp` 可写但不能运行程序；限制它的内存和进程数；不要让它无休止地重启。服务必须仍然能启动。",
  "hints": [
    "四个问题各有一个选项：一个管根文件系统，一个让 /tmp 可写，一个管内存，一个管进程数。重启策略可以带一个最大次数。",
    "`--ulimit nproc` 不是你要的进程限制：它按用户在整台主机上计数。`--tmpfs /tmp` 默认是 noexec，除非你加上 `exec`。",
    "加上 `--read-only --tmpfs /tmp --memory 256m --pids-limit 200`，并把 `--restart always` 换成 `--restart on-failure:5`。"
  ],
  "run": {
    "title": "run.sh 启动 Web 服务，并且服务持续运行",
    "why": "终端就是这样处理 run.sh 的；在这些设置下无法启动或会停止的服务，不算修复。",
    "passed": "`sh run.sh` 启动了 web 容器，它仍在运行，根文件系统只读，资源也在限制之内。"
  },
  "goals": limitGoalsZhCn
};

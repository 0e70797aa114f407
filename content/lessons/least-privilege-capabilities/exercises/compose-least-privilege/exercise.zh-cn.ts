import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

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
  "goals": {
    "drops-all": {
      "title": "容器从零能力开始启动",
      "why": "从空集合开始，就只会授予你点名的能力，不管引擎的默认值是什么。"
    },
    "only-needed": {
      "title": "只加回服务需要的能力",
      "why": "Web 服务不需要任何管理类能力；单是 SYS_ADMIN 就足以实现大多数容器逃逸。"
    },
    "no-new-privileges": {
      "title": "已阻止权限提升",
      "why": "设置 no_new_privs 后，setuid 二进制文件和文件能力都无法提升进程的权限。"
    },
    "read-only-rootfs": {
      "title": "根文件系统是只读的",
      "why": "在只读文件系统中，攻击者无法放入工具，也无法修改应用。"
    },
    "tmp-writable": {
      "title": "/tmp 仍然可写",
      "why": "服务会写临时文件；在 /tmp 上挂载 tmpfs 或卷，服务在只读文件系统上也能正常工作。"
    },
    "non-root-user": {
      "title": "服务仍然以非 root 用户运行",
      "why": "镜像以非 root 用户运行服务；把它覆盖为 root，会带回剩下的所有能力，以及 DAC_OVERRIDE 那种无视文件权限的能力。"
    }
  }
};

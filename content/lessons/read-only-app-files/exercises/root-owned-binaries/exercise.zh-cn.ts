import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "让应用对它自己的用户只读",
  "task": "服务器以 UID 10001 运行，但它拥有自己的二进制文件，而且 `/app` 下的一切权限都是 777。让 `/app/server` 归 root 所有、权限为 555，只给 UID 10001 对 `/app/data` 的写权限，服务器把上传的文件存放在那里。",
  "hints": [
    "除非传入 --chown，否则 COPY 复制的文件归 root 所有，但它会保留构建上下文中的文件权限。",
    "删除 `--chown=10001:10001` 和 `chmod -R 777`；用 `COPY --chmod=555` 设置二进制文件的权限。",
    "写 `COPY --chown=0:0 --chmod=555 server /app/server`，然后在 USER 那一行之前写 `RUN mkdir -p /app/data && chown 10001:10001 /app/data`。"
  ],
  "run": {
    "title": "镜像可以构建，服务器可以保存上传的文件",
    "why": "终端就是这样处理你的 Dockerfile 的：服务器以 UID 10001 启动，并写入 /app/data。",
    "passed": "docker build 成功，服务器启动并写入了 /app/data。"
  },
  "goals": {
    "binary-read-only": {
      "title": "运行用户可以运行 /app/server，但不能修改它",
      "why": "运行用户无法修改的代码，攻击者即使接管了这个用户，也无法在其中植入后门。"
    },
    "data-dir-writable": {
      "title": "运行用户可以写入 /app/data",
      "why": "应用仍然需要保存数据；只有那个目录需要写权限。"
    }
  }
};

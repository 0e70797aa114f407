import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { npmSecretMessagesZhCn } from '../npm-secret.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  ...npmSecretMessagesZhCn,
  secretEnv: '`ENV {{name}}` 把令牌存进了镜像配置，`docker inspect` 和容器中的每个进程都能读到它。',
  secretArg: '`ARG {{name}}` 把令牌放进了镜像历史：它之后的每个 RUN 都会记录这个值。',
  fixDeleteLine: '删除 `{{kind}} {{name}}` 这一行。',
  noSecretVariables: '没有凭据被声明为 ARG 或 ENV。',
  npmrcWritten: '这个 RUN 把令牌写进了 `.npmrc`，即使之后执行了 `rm`，那一层仍然保留着这个文件。',
  fixNpmrcWritten: '去掉 `echo … > .npmrc` 和 `rm`；密钥挂载会提供这个文件。',
  npmrcCopied: '这条 {{instruction}} 把带有令牌的 `.npmrc` 从构建上下文复制进了镜像的一层。',
  fixNpmrcCopied: '只按名字复制应用需要的文件：`COPY server.js ./`。',
  noNpmrc: '没有 .npmrc 进入任何镜像层。',
};


/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "以构建密钥的方式传递 npm 令牌",
  "task": "构建需要一个 npm 令牌来安装私有软件包，现在它通过 `ARG` 和 `ENV` 传递，任何拉取镜像的人都能读到。把两者都删掉，通过 BuildKit 的密钥挂载把 `.npmrc` 文件交给 `npm ci`：id 为 `npmrc`，挂载到 `/root/.npmrc`，npm 会在这里查找 root 用户的配置。镜像用 `docker build --secret id=npmrc,src=$HOME/.npmrc -t app .` 构建。",
  "hints": [
    "ARG 和 ENV 对任何持有镜像的人都是可见的（`docker history`、`docker inspect`）。令牌绝不能放在其中任何一个里。",
    "BuildKit 可以只为某一个 RUN 挂载文件：`RUN --mount=type=secret,id=ID,target=PATH command`。以 root 运行时，npm 会读取 `/root/.npmrc`。",
    "删除 `ARG` 和 `ENV` 两行，改用 `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev`。"
  ],
  "run": {
    "title": "镜像可以带着密钥构建，服务器可以启动",
    "why": "终端就是这样用任务中的构建命令处理你的 Dockerfile 的；在那里构建或启动失败，在这里也算失败。",
    "passed": "带 npmrc 密钥的 docker build 成功，容器正在运行。"
  },
  "goals": {
    "no-secret-variables": {
      "title": "ARG 和 ENV 中没有凭据",
      "why": "ENV 保存在镜像配置中，ARG 的值会出现在镜像历史里。",
      "messages": messages
    },
    "install-uses-secret-mount": {
      "title": "npm ci 从密钥挂载中读取令牌",
      "why": "密钥挂载只在那个 RUN 执行期间存在，永远不会写入镜像层或历史。",
      "messages": messages
    },
    "no-npmrc-in-layers": {
      "title": "镜像中没有写入 .npmrc",
      "why": "某一步写入的文件会一直留在那一层，即使之后的步骤删除了它。",
      "messages": messages
    }
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { npmSecretMessagesZhCn } from '../../../build-secrets-and-supply-chain/exercises/npm-secret.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  ...npmSecretMessagesZhCn,
  noFrom: 'Dockerfile 中还没有 FROM。',
  missingOne: 'npm ci 运行之前，镜像中需要有 {{file}}；没有它，安装会报错停止。',
  missingBoth: 'npm ci 运行之前，镜像中需要有 package.json 和 package-lock.json；没有它们，安装会报错停止。',
  fixPackageFiles: '在安装之前按名字复制它们：`COPY package.json package-lock.json ./`。',
  serverMissing: 'server.js 不再被复制，`node server.js` 没有东西可以启动。',
  fixServer: '在安装之后复制它：`COPY server.js ./`。',
  filesCopied: 'package.json、package-lock.json 和 server.js 都按名字复制，没有复制别的文件。',
  notCopied: '没有 COPY 或 ADD 从构建上下文中带走 .npmrc。',
  copied: '这条 {{instruction}} 把 .npmrc 从构建上下文复制进了一个镜像层。后面的 rm 只是把它藏了起来：任何拉取镜像的人都能解开那一层，读到令牌。',
  fixCopied: '把 `COPY . .` 换成按名字列出文件的 COPY：安装之前 `COPY package.json package-lock.json ./`，安装之后 `COPY server.js ./`。',
};


/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "把镜像仓库令牌从镜像中拿出去",
  "task": "构建需要 `.npmrc` 中的令牌来安装私有软件包，而 `rm` 让人以为这个文件已经没了。其实没有：`COPY . .` 已经把它存进了一个镜像层。只复制构建需要的文件，并通过 BuildKit 的密钥挂载把令牌交给 `npm ci`：id 为 `npmrc`，挂载到 `/root/.npmrc`，npm 会在这里查找 root 用户的配置。镜像用 `docker build --secret id=npmrc,src=$HOME/.npmrc -t app .` 构建。",
  "hints": [
    "在后面的指令中删除文件，只会让容器看不到它，文件仍然留在添加它的那一层里。",
    "把 `COPY . .` 换成几行 COPY，分别写出 package.json、package-lock.json 和 server.js；在 npm ci 之后再复制 server.js，这样修改代码时依赖层仍能命中缓存。",
    "把安装步骤写成 `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev`，并删除 `rm`。令牌在构建时通过 `docker build --secret id=npmrc,src=$HOME/.npmrc .` 传入。"
  ],
  "run": {
    "title": "镜像可以带着密钥构建，服务器可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；在那里构建或启动失败，在这里也算失败。",
    "passed": "带 npmrc 密钥的 docker build 成功，容器正在运行。"
  },
  "goals": {
    "token-not-copied": {
      "title": ".npmrc 不在任何镜像层中",
      "why": "复制进镜像层的文件会一直留在镜像里，即使之后的指令删除了它。",
      "messages": messages
    },
    "token-mounted": {
      "title": "npm ci 从密钥挂载中获得令牌",
      "why": "密钥挂载只在一个 RUN 执行期间存在，永远不会写入镜像层或历史。",
      "messages": messages
    },
    "app-files-copied": {
      "title": "构建仍然拥有它需要的文件",
      "why": "没有 package.json 和 package-lock.json，npm ci 会拒绝运行；容器启动的是 server.js。",
      "messages": messages
    }
  }
};

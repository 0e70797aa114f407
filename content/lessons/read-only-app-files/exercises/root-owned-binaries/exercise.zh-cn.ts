import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  fixKeepUser: '在最终阶段的末尾保留 `USER 10001:10001`。',
  rootBinary: '最终阶段不再以非 root 用户运行，而 root 会无视文件权限位，所以任何所有者或权限位都保护不了这个二进制文件。',
  noBinary: '已经没有任何东西把服务器放到 {{binary}}，容器没有东西可以启动。',
  fixNoBinary: '把它复制到那里：`COPY --chown=0:0 --chmod=555 server {{binary}}`。',
  ownsBinary: '{{binary}} 归 UID {{uid}} 所有，也就是服务器运行时的用户，而所有者总是可以修改自己的文件：被攻破的服务器可以改写自己的代码。',
  fixOwnsBinary: '让 root 拥有它：去掉 `--chown=10001:10001`，或者写成 `--chown=0:0`。',
  contextMode: '{{binary}} 的权限位来自构建上下文，Docker 会原样复制，所以它很可能对所有人都可写。',
  fixContextMode: '在 COPY 中直接用 `--chmod=555` 设置权限位。',
  writableBinary: '{{binary}} 的权限位是 {{mode}}，UID {{uid}} 可以写入它，被攻破的服务器就能替换自己的代码。',
  fixWritableBinary: '把权限位设为 555：所有人可读可执行，没有人可写。',
  notExecutable: '{{binary}} 的权限位是 {{mode}}，UID {{uid}} 无法再执行它，容器无法启动。',
  fixNotExecutable: '权限位 555 让所有人都保留读和执行权限。',
  binaryReadOnly: '{{binary}} 归 UID {{owner}} 所有，权限位是 {{mode}}：运行用户可以运行它，但不能修改它。',
  rootData: '最终阶段不再以非 root 用户运行，所以无法判断那个用户可以写什么。',
  noDataDir: '服务器把上传的文件存放在 {{dir}}，但没有任何指令创建这个目录。',
  fixDataDir: '创建这个目录，并只把它交给该用户：在 USER 那一行之前加上 `RUN mkdir -p {{dir}} && chown 10001:10001 {{dir}}`。',
  dataReadOnly: '{{dir}} 归 UID {{owner}} 所有，权限位是 {{mode}}，所以 UID {{uid}} 无法在那里存放上传的文件。',
  dataReadOnlyContextMode: '{{dir}} 归 UID {{owner}} 所有，权限位来自构建上下文，所以 UID {{uid}} 无法在那里存放上传的文件。',
  dataWritable: 'UID {{uid}} 可以写入 {{dir}}。',
};

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
      "why": "运行用户无法修改的代码，攻击者即使接管了这个用户，也无法在其中植入后门。",
      "messages": messages
    },
    "data-dir-writable": {
      "title": "运行用户可以写入 /app/data",
      "why": "应用仍然需要保存数据；只有那个目录需要写权限。",
      "messages": messages
    }
  }
};

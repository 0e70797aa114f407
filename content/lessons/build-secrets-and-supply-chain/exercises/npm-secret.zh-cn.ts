import type { NpmSecretMessageId } from './npm-secret';

/** installReadsSecret's messages in Simplified Chinese, under the same ids. */
export const npmSecretMessagesZhCn: Record<NpmSecretMessageId, string> = {
  noInstall: '已经没有 RUN 安装软件包了，应用启动时会缺少它的依赖。',
  noMount: '这次 npm 安装没有密钥挂载，npm 找不到令牌，私有软件包就无法获取。',
  wrongId: '密钥挂载的 id 是 {{ids}}，但构建以 `--secret id={{id}}` 传递令牌，所以这个挂载是空的。',
  noId: '密钥挂载没有 id，BuildKit 于是使用“{{name}}”；但构建以 `--secret id={{id}}` 传递令牌，所以这个挂载是空的。',
  reads: 'npm 从位于 {{target}} 的 {{id}} 密钥读取令牌，而且只在这个 RUN 执行期间。',
  noTarget: '没有 target 时，密钥挂载在 {{target}}，npm 从不读取这个文件，所以安装时没有令牌。',
  projectConfig: '密钥挂载在 {{target}}。npm 也会读取那里的项目配置，但任务和课程都把令牌挂载为 root 的用户配置 {{userConfig}}，也就是 `src=$HOME/.npmrc` 所代表的文件，并让它和项目自己的设置分开。',
  elsewhere: '密钥挂载在 {{target}}，npm 从不读取这个文件，所以安装时没有令牌。',
  fixMount: '在调用 npm 的 RUN 上挂载令牌：`RUN --mount=type=secret,id={{id}},target={{userConfig}} npm ci --omit=dev`。',
};

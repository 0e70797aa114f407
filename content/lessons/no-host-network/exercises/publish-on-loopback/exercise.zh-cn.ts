import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noCommand: 'run.sh 中已经没有启动 Web 应用的 `docker run` 命令。',
  hostNetwork: '容器共享主机的网络栈：主机绑定在回环地址上的每个服务它都能访问，比如 8500 端口上的管理 API，而且任何 -p 都会被忽略。',
  fixHostNetwork: '删除 `--net=host`（或 `--network host`）。',
  ownNetwork: '容器有自己的网络命名空间。',
  published: '容器的 8080 端口已发布。',
  hostPort: '在主机网络上，应用目前直接监听主机的 8080 端口。',
  notPublished: '没有发布容器的 8080 端口，主机上的反向代理再也访问不到应用。',
  fixNotPublished: '用 `-p 127.0.0.1:8080:8080` 发布它。',
  publishAll: '`-P` 会把每个暴露的端口发布到主机的所有网络接口上，任何能访问主机的人都能连上来。',
  fixPublishAll: '把它换成 `-p 127.0.0.1:8080:8080`。',
  allInterfaces: '`{{port}}` 监听主机的所有网络接口，通常也包括公网接口，而不只是反向代理所在的地方。',
  fixAllInterfaces: '在前面加上 `127.0.0.1:`，写成 `-p 127.0.0.1:8080:8080`。',
  loopback: '每个发布的端口都绑定在回环地址上。',
  hostNetworkEverywhere: '在主机网络上，应用监听主机的所有网络接口，没有任何东西把它限制在回环地址上。',
  fixHostNetworkEverywhere: '离开主机网络，并用 `-p 127.0.0.1:8080:8080` 发布端口。',
  noPort: '没有在任何网络接口上发布端口。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "离开主机网络，在回环地址上发布端口",
  "task": "这个 Web 应用以 `--net=host` 运行，好让同一台主机上的反向代理能访问 8080 端口。把它自己的网络命名空间还给它，并只在 `127.0.0.1` 上发布 8080 端口。",
  "hints": [
    "同一台主机上的代理要访问应用，并不需要主机网络：在回环地址上发布端口就够了。",
    "去掉 `--net=host`，然后用 `-p HOST_IP:HOST_PORT:CONTAINER_PORT` 发布端口。",
    "使用 `docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3`。"
  ],
  "run": {
    "title": "`run.sh` 启动应用，反向代理可以访问它",
    "why": "终端就是这样处理 run.sh 的：应用必须启动，并在代理连接的 127.0.0.1:8080 上响应。",
    "passed": "`sh run.sh` 启动了应用，它在 http://127.0.0.1:8080/ 上响应。"
  },
  "goals": {
    "own-network": {
      "title": "容器有自己的网络命名空间",
      "why": "在主机网络上，容器能访问主机所有只监听回环地址的服务，而且 -p 会被忽略。",
      "messages": messages
    },
    "app-port-published": {
      "title": "8080 端口已发布",
      "why": "应用离开主机网络后，反向代理仍然必须能访问它。",
      "messages": messages
    },
    "loopback-only": {
      "title": "发布的端口只监听回环地址",
      "why": "不写地址时，Docker 会在主机的所有网络接口上发布端口，通常包括公网接口。",
      "messages": messages
    }
  }
};

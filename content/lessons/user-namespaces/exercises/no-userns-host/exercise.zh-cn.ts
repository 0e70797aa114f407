import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

const messages: Record<keyof typeof MESSAGES, string> = {
  noService: 'compose.yaml 的 `services:` 下已经没有 `web` 服务了。',
  usernsHost: '`userns_mode: {{mode}}` 让这个服务脱离了守护进程的重映射，于是其中的 root 又成了主机的 root，而它恰恰是最需要重映射的那个容器。',
  usernsFix: '删除 `userns_mode: {{mode}}`。',
  remapped: '守护进程的用户命名空间重映射对这个服务生效。',
  privileged: '`privileged: true` 给了服务全部能力和全部主机设备；启用重映射的守护进程会拒绝它，而为了让它被接受所加的退出选项，又让它成了主机的 root。',
  privilegedFix: '删除 `privileged: true`。',
  notPrivileged: '不是特权模式。',
  hostNetwork: '`network_mode: host` 把服务放进主机的网络命名空间：启用重映射的守护进程不允许被重映射的容器这样做，而 Web 服务器也根本不需要它。',
  hostNetworkFix: '删除 `network_mode: host`，改为发布端口：`ports: ["127.0.0.1:8080:8080"]`。',
  ownNetwork: '服务有自己的网络命名空间。',
  notPublished: 'Web 服务器在容器内监听 8080；不用主机网络后，如果没有发布这个端口，主机就访问不到它。',
  publishFix: '在回环地址上发布它：`ports: ["127.0.0.1:8080:8080"]`。',
  published: '端口 8080 已在主机上发布为 {{address}}。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '让守护进程的重映射对 Web 服务生效',
  task: '主机上的守护进程改成了 `userns-remap`，Web 服务随即起不来了，于是有人加上了 `userns_mode: host`、`privileged: true` 和 `network_mode: host`，直到它又能启动。一个监听 8080 端口的 Web 服务器一样都用不着。把这三项都删掉，让服务在重映射下运行，并把 8080 端口发布到 127.0.0.1，让主机仍然能访问它。',
  hints: [
    '这三行各是为了绕过启用重映射的守护进程的一次拒绝而加的。一个监听 8080 的 Web 服务器真正需要主机提供什么？',
    '除非容器退出重映射，否则启用重映射的守护进程会拒绝特权模式和主机网络；去掉这两项之后，退出选项也就没有存在的理由了。',
    '删除 `userns_mode: host`、`privileged: true` 和 `network_mode: host`，再加上 `ports: ["127.0.0.1:8080:8080"]`。',
  ],
  run: {
    title: '在启用重映射的守护进程上，docker compose up 能启动 Web 服务',
    why: '这里先像团队的主机那样，在终端的守护进程上打开 userns-remap，再在上面启动 compose.yaml：被重映射守护进程拒绝的服务不算修复。',
    passed: '打开 userns-remap 后，docker compose up -d 启动了 Web 服务，它持续运行，并在 127.0.0.1:8080 上应答。',
  },
  goals: {
    'remapped': {
      title: '服务没有被排除在重映射之外',
      why: 'userns_mode: host 让容器使用主机的用户命名空间：容器内的 root 就是主机的 root。',
      messages,
    },
    'not-privileged': {
      title: '服务不是特权模式',
      why: '特权模式给出全部能力和全部主机设备；在启用重映射的守护进程上，它还需要主机的用户命名空间。',
      messages,
    },
    'own-network': {
      title: '服务不使用主机网络',
      why: '主机网络去掉了网络隔离，而且被重映射的容器不能加入它。',
      messages,
    },
    'port-published': {
      title: '主机仍然能访问 8080 端口',
      why: '服务必须继续工作：主机通过 8080 端口访问它。',
      messages,
    },
  },
};

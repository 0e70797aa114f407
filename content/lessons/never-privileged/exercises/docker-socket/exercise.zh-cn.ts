import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noService: 'compose.yaml 的 `services:` 下已经没有 `dashboard` 服务了。',
  socket: '仪表盘拿到了 {{socket}}，谁控制了它，谁就能启动一个挂载主机 / 的特权容器。`:ro` 也没用：API 照样接受所有命令。',
  fixSocket: '删除 `{{socket}}` 那一行卷配置。',
  noSocket: '容器访问不到任何运行时套接字。',
  privileged: '`privileged: true` 给了仪表盘所有能力和主机的所有设备，而它的工作只是读取文件。',
  fixPrivileged: '删除 `privileged: true`。',
  notPrivileged: '不是特权模式。',
  dashboardsMissing: '仪表盘从 /etc/dashboard 读取文件，而那里已经没有任何挂载了。',
  fixDashboardsMissing: '在 `volumes:` 下保留 `./dashboards:/etc/dashboard:ro`。',
  dashboardsReadOnly: 'dashboards 以只读方式挂载。',
  dashboardsWritable: 'dashboards 以可写方式挂载，而服务只会读取它们。',
  fixDashboardsWritable: '给这个挂载加上 `:ro`。',
  noCapabilities: '没有剩下任何能力。',
  oneCapability: '服务仍然有一项能力，而渲染文件和在 3000 端口上提供 HTTP 服务一项能力都不需要。',
  capabilities: '服务仍然有 {{count}} 项能力，而渲染文件和在 3000 端口上提供 HTTP 服务一项能力都不需要。',
  fixDropAll: '给服务加上 `cap_drop: [ALL]`。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "收回仪表盘的 Docker 套接字和特权模式",
  "task": "这个仪表盘只渲染 `./dashboards` 中的文件，但有人给了它 `privileged: true` 和主机的 Docker 套接字，说是“为了看到容器”。把两者都删掉，保留只读的 dashboards 挂载，并丢弃它不需要的能力。",
  "hints": [
    "看看仪表盘做什么：读取文件、提供一个网页。哪些设置远远超出了这些？",
    "挂载的 Docker 套接字即使加了 `:ro` 也等同于 root。套接字卷和 `privileged` 都必须去掉。",
    "删除 `privileged: true` 和 `/var/run/docker.sock` 那一行，然后添加 `cap_drop:`，写上 `- ALL`。"
  ],
  "run": {
    "title": "`docker compose up` 启动仪表盘，并且它持续运行",
    "why": "终端就是这样处理 compose.yaml 的；没有套接字就无法启动的仪表盘，不算修复。",
    "passed": "`docker compose up -d` 启动了仪表盘，`docker compose ps` 显示它正在运行。"
  },
  "goals": {
    "no-runtime-socket": {
      "title": "没有挂载容器运行时的套接字",
      "why": "能和 Docker 套接字通信的人，就能启动一个挂载了主机 / 的特权容器：它等同于主机上的 root。",
      "messages": messages
    },
    "not-privileged": {
      "title": "服务不是特权模式",
      "why": "特权模式会给出全部能力和全部主机设备。",
      "messages": messages
    },
    "dashboards-still-mounted": {
      "title": "dashboards 仍以只读方式挂载",
      "why": "加固不能破坏服务：它渲染的是 ./dashboards 中的文件。",
      "messages": messages
    },
    "capabilities-dropped": {
      "title": "已丢弃全部能力",
      "why": "渲染文件、在 3000 端口提供 HTTP 服务，都不需要任何能力。",
      "messages": messages
    }
  }
};

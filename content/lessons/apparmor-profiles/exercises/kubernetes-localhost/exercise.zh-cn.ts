import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noContainer: '文件中还没有带容器的 Pod。',
  noProfile: '容器 `{{container}}` 没有自己的 AppArmor 配置文件，于是使用运行时的默认配置，它可以随处写入。',
  fromAnnotation: '容器 `{{container}}` 仍然从已弃用的注解中获取配置文件（{{type}}）。',
  otherProfile: '容器 `{{container}}` 在 {{type}} 下运行，而不是在节点上已加载的 {{expected}} 配置文件下。',
  otherLocalhostProfile: '容器 `{{container}}` 在 {{type}}（{{profile}}）下运行，而不是在节点上已加载的 {{expected}} 配置文件下。',
  fixProfile: '在 Pod 的 securityContext 中加上 `appArmorProfile: { type: Localhost, localhostProfile: {{expected}} }`。',
  everyContainer: '每个容器都在 {{expected}} 下运行。',
  annotation: 'metadata 中仍有容器 `{{container}}` 的 AppArmor 注解；它已被弃用，配置文件应该只通过这个字段设置。',
  fixAnnotation: '删除整个 `annotations:` 块。',
  noAnnotation: '没有已弃用的注解。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "在 Kubernetes 中应用 Localhost AppArmor 配置文件",
  "task": "`shop-web` Pod 在 metadata 中用已弃用的 AppArmor 注解关闭了 AppArmor。删除这个注解，并通过 `securityContext.appArmorProfile`（type 为 `Localhost`）应用已在每个节点上加载的 `docker-app` 配置文件。",
  "hints": [
    "要改两处：删除 `metadata` 下的注解，并在某个 `securityContext` 下添加一个字段。",
    "这个字段是 `appArmorProfile`，其中 `type: Localhost`，`localhostProfile:` 设为配置文件的名字，而不是文件路径。",
    "在 Pod 的 `securityContext` 下添加 `appArmorProfile:`，写上 `type: Localhost` 和 `localhostProfile: docker-app`，并删除整个 `annotations:` 块。"
  ],
  "run": {
    "title": "web 容器在它的配置文件下启动",
    "why": "模拟终端里没有 kubelet，所以这里像本课的演示一样，用 docker run 向容器运行时请求同样的设置。",
    "passed": "节点上加载了 docker-app 后，运行时在它之下启动 web 容器，并且容器持续运行。"
  },
  "goals": {
    "localhost-profile": {
      "title": "每个容器都在 docker-app 下运行",
      "why": "没有配置文件时，容器会退回到运行时的默认配置，它允许所有文件写入；Unconfined 则允许一切。",
      "messages": messages
    },
    "no-deprecated-annotation": {
      "title": "没有残留的 AppArmor 注解",
      "why": "这个注解自 Kubernetes 1.30 起已被弃用，由 securityContext 中的字段取代。",
      "messages": messages
    }
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { fileDecisionMessagesZhCn } from '../file-decision.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  ...fileDecisionMessagesZhCn,
  noProfile: '文件中没有 `profile docker-app { ... }` 块，什么也没有被限制。',
  enforce: 'enforce 模式：配置文件没有允许的访问都会被阻止。',
  notEnforcing: '配置文件处于 {{mode}} 模式：它没有允许的访问只会被记录，从不会被阻止。',
  fixNotEnforcing: '从它的 flags 中删除 `{{mode}}`。',
  etcDenied: '/etc 下的写入和硬链接都被拒绝。',
  fixEtc: '加上 `deny /etc/** wl,`：`w` 是写入，`l` 是硬链接。',
  homeDenied: '/home 下的写入和硬链接都被拒绝。',
  fixHome: '加上 `deny /home/** wl,`。',
  readsWork: '读取 /etc 下的文件、列出 /etc 以及写入 /tmp 仍然正常。',
  fixReads: '在 `/etc/**` 下只拒绝 `wl`，不要拒绝 `r`，也不要动 `/etc/` 本身和 /tmp。',
  unconfinedExec: '`{{rule}}` 让报告渲染程序完全不受限制地运行，这个配置文件的所有规则对它都不起作用。',
  fixUnconfinedExec: '改用 `ix`，让它继承这个配置文件。',
  confined: '每个程序都仍然受到限制。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "禁止写入 /etc 和 /home",
  "task": "`docker-app` 配置文件处于 complain 模式，对 /etc 和 /home 下的文件没有任何限制，还让报表渲染程序不受限制地运行。让它进入强制模式，禁止在 `/etc` 和 `/home` 下写入和创建硬链接，保留读取权限，并让渲染程序在同一个配置文件下运行，而不是用 `ux`。",
  "hints": [
    "要改三处：配置文件的 flags、渲染程序的执行模式，以及两条新的 deny 规则。",
    "保留 `file,`（它允许一切），再用 `deny PATH PERMISSIONS,` 减去权限。`w` 是写，`l` 是链接；`/etc/**` 匹配 /etc 下的一切。",
    "从 flags 中删除 `complain`，把 `ux` 改成 `ix`，再加上 `deny /etc/** wl,` 和 `deny /home/** wl,`。"
  ],
  "run": {
    "title": "配置文件可以加载，受它约束的容器仍能正常工作",
    "why": "终端就是这样做的：apparmor_parser 必须接受这个配置文件，受它约束的容器也必须仍能读取 /etc、写入 /tmp。",
    "passed": "apparmor_parser 加载了 docker-app，受限容器可以读取 /etc/hostname 并写入 /tmp。"
  },
  "goals": {
    "enforce-mode": {
      "title": "配置文件强制执行它的规则",
      "why": "在 complain 模式下，配置文件不允许的访问只会被记录，不会被阻止。",
      "messages": messages
    },
    "etc-read-only": {
      "title": "/etc 下的文件无法被修改",
      "why": "改写 /etc/passwd 或某个服务的配置，是保持访问或扩大权限的经典手法。",
      "messages": messages
    },
    "home-read-only": {
      "title": "/home 下的文件无法被修改",
      "why": "在主目录中放入 SSH 密钥或 shell 启动文件，攻击者就有了再次进入的途径。",
      "messages": messages
    },
    "app-still-works": {
      "title": "应用仍能读取配置并使用 /tmp",
      "why": "C 库在启动时会读取 /etc，应用把临时文件放在 /tmp：封锁它们会让应用无法工作。",
      "messages": messages
    },
    "no-unconfined-exec": {
      "title": "没有程序在不受限制的状态下运行",
      "why": "通过 ux 规则启动的程序完全没有配置文件，上面的一切对它都不再适用。",
      "messages": messages
    }
  }
};

import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { DANGER_MESSAGES, DEFAULT_MESSAGES, SERVICE_MESSAGES } from './exercise';

const unreadable = 'profile.json 还不是 Docker 能读取的 seccomp 配置文件。';

const defaultMessages: Record<keyof typeof DEFAULT_MESSAGES, string> = {
  unreadable,
  missing: '配置文件没有 defaultAction，没有列出的调用会怎样全凭运气；应当拒绝它们。',
  allows: '使用 "defaultAction": "{{action}}" 时，配置文件没有列出的每个调用都会直达内核，包括还没人想到的那些。',
  trace: 'SCMP_ACT_TRACE 把没有列出的每个调用交给跟踪者：没有跟踪者时它们以 ENOSYS 失败，有跟踪者时由容器里的跟踪者自己决定。',
  other: '"defaultAction": "{{action}}" 不是拒绝调用的写法。',
  passed: '配置文件没有列出的调用都会被拒绝（{{action}}）。',
  fix: '设置 "defaultAction": "SCMP_ACT_ERRNO"。',
};

const dangerMessages: Record<keyof typeof DANGER_MESSAGES, string> = {
  unreadable,
  allowed: '配置文件仍然放行 {{calls}}：这些是容器逃逸常用、Docker 自己的配置文件会拒绝的调用，而服务从来不用它们。',
  passed: '容器逃逸常用的调用一个都没有放行。',
  fix: '删除放行 {{calls}} 的第二条规则，或者把它的 action 改为 SCMP_ACT_ERRNO。',
};

const serviceMessages: Record<keyof typeof SERVICE_MESSAGES, string> = {
  unreadable,
  missing: '服务需要 {{calls}}，而配置文件不再放行它们：服务会启动失败，或者在第一个请求时崩溃。',
  passed: '服务用到的 {{count}} 个调用仍然全部放行。',
  fix: '保持第一条规则里的名字不变：{{calls}} 必须继续放行。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '把记录用的配置文件改成白名单',
  task: '一位同事把 `SCMP_ACT_LOG` 作为默认动作，记录了 web 服务调用了哪些系统调用，之后又为一次调试放行了几个调用。请让 `profile.json` 拒绝所有没有列出的调用，并去掉调试用的那些调用，同时服务自己的调用（第一条规则）要继续放行。终端会用 `--security-opt seccomp=profile.json` 启动这个服务。',
  hints: [
    '先看 `defaultAction`：`SCMP_ACT_LOG` 会放行一切，只是记一笔。',
    '默认拒绝的配置文件用 `SCMP_ACT_ERRNO` 作为默认动作；第二条规则只是为调试加的。',
    '设置 `"defaultAction": "SCMP_ACT_ERRNO"`，并删除整个第二条规则（mount、umount2、unshare、setns、ptrace、keyctl）。',
  ],
  run: {
    title: 'web 服务在 profile.json 下启动',
    why: '终端就是这样使用这个配置文件的；被 Docker 拒绝、或者让服务停下来的配置文件都不算修好了。',
    passed: 'docker run 加载了 profile.json，web 容器在它之下持续运行。',
  },
  goals: {
    'denies-by-default': {
      title: '配置文件没有列出的调用会被拒绝',
      why: '白名单在出错时是关闭的：没人列出的调用、或者新内核增加的调用，会被拒绝，而不是直达内核。',
      messages: defaultMessages,
    },
    'no-escape-calls': {
      title: '不放行任何容器逃逸常用的调用',
      why: 'mount、unshare、setns、ptrace 和 keyctl 是大多数容器逃逸的第一步；服务不需要它们，配置文件就不能放行它们。',
      messages: dangerMessages,
    },
    'service-calls-allowed': {
      title: '服务自己的调用仍然放行',
      why: '拒绝程序要用的调用会让它坏掉：Go 运行时没有 mmap 或 futex 就会崩溃，没有 socket 或 bind 服务器就无法监听。',
      messages: serviceMessages,
    },
  },
};

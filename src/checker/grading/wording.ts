import type { Kind } from '../core/types';
import type { Locale } from '../../i18n/locales';

/** How the checks list words its own sentences (not the rules' findings), one catalogue per language. */
export interface GradingWords {
  readable: Record<Kind, { title(file: string): string; passed: string; why: string }>;
  /** After the first problem that stops a file: how many more the editor marks. */
  moreProblems(first: string, more: number): string;
  cannotCheck(reason: string): string;
  done: string;
  notYet: string;
  /** The title of the check that guards against the exercise's other rules, per kind of file. */
  otherRulesTitle: Record<Kind, (file: string) => string>;
  nonePresent(titles: readonly string[]): string;
  otherRulesWhy: string;
  /** How a finding reads where the rule's own message has no translation: the rule's title. */
  problem(title: string): string;
  running: string;
  notRun(message: string): string;
  cannotCommand(reason: string): string;
  cannotSimulate(command: string, reason: string): string;
  fails(command: string, status: number, reason: string): string;
  failsSilently(command: string, status: number): string;
  explainShows(command: string, reason: string): string;
  missingOutput(command: string, expected: string, printed: string): string;
  missingOutputSilent(command: string, expected: string): string;
  realToolingStops(message: string): string;
  /** Why a run step has no command, by id. */
  unavailable: Record<'no-container', string>;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** What a real tool printed, in code form: it is quoted as printed, never translated. */
const printed = (s: string) => `\`${s.replace(/`/g, "'")}\``;

const en: GradingWords = {
  readable: {
    dockerfile: {
      title: (file) => `${file} can be built`,
      passed: 'Docker can read every instruction.',
      why: 'A Dockerfile with an unknown instruction, no FROM or a broken JSON array stops the build before its first step, so nothing else about it matters yet.',
    },
    run: {
      title: (file) => `${file} is a valid docker run script`,
      passed: 'The shell and docker run can read every line.',
      why: 'An unknown option or an unclosed quote makes docker run refuse the line, so the container never starts.',
    },
    apparmor: {
      title: (file) => `${file} can be loaded by apparmor_parser`,
      passed: 'apparmor_parser can read the whole profile.',
      why: 'apparmor_parser refuses a profile with a syntax error, so nothing is confined by it.',
    },
    compose: {
      title: (file) => `${file} can be read by Docker Compose`,
      passed: 'Compose can read the whole file.',
      why: 'Compose refuses a file that is not valid YAML or has settings of the wrong type, so no service starts.',
    },
    kubernetes: {
      title: (file) => `${file} can be read by kubectl`,
      passed: 'kubectl can read every document in the file.',
      why: 'kubectl rejects a manifest that is not valid YAML, so nothing is deployed.',
    },
    seccomp: {
      title: (file) => `${file} can be read by Docker`,
      passed: 'Docker can read the whole profile and runc knows every action in it.',
      why: 'Docker refuses a profile that is not valid JSON or has values of the wrong type, and runc refuses an unknown action, so the container does not start.',
    },
  },
  moreProblems: (first, more) => `${first} The editor marks ${more} more problem${more === 1 ? '' : 's'} that stop${more === 1 ? 's' : ''} it too.`,
  cannotCheck: (reason) => `This cannot be checked until the file is complete (${reason}).`,
  done: 'Done.',
  notYet: 'Not yet.',
  otherRulesTitle: {
    dockerfile: (file) => `Nothing else in ${file} weakens the image`,
    run: (file) => `Nothing else in ${file} weakens the container`,
    compose: (file) => `Nothing else in ${file} weakens the service`,
    kubernetes: (file) => `Nothing else in ${file} weakens the Pod`,
    apparmor: (file) => `Nothing else in ${file} weakens the profile`,
    seccomp: (file) => `Nothing else in ${file} weakens the filter`,
  },
  nonePresent: (titles) =>
    `None of these ${titles.length === 1 ? 'problems is' : `${titles.length} problems are`} present: ${titles.map(lowerFirst).join('; ')}.`,
  otherRulesWhy: 'Each of these is another way to hand an attacker more than the application needs; the rule pages explain them.',
  problem: (title) => `${title}.`,
  running: 'Building and starting it in the simulator…',
  notRun: (message) => `Not run: ${message}`,
  cannotCommand: (reason) => `The file cannot be turned into a command yet (${reason}).`,
  cannotSimulate: (command, reason) => `\`${command}\` could not be simulated (${reason}).`,
  fails: (command, status, reason) => `\`${command}\` fails (exit status ${status}): ${reason}`,
  failsSilently: (command, status) => `\`${command}\` fails (exit status ${status}) without printing why.`,
  explainShows: (command, reason) => ` \`${command}\` shows: ${reason}`,
  missingOutput: (command, expected, printed) => `\`${command}\` runs, but does not print “${expected}”; it prints: ${printed}.`,
  missingOutputSilent: (command, expected) => `\`${command}\` runs, but does not print “${expected}”, it prints nothing.`,
  realToolingStops: (message) => `The simulator gets through, but real Docker tooling would stop first: ${message}`,
  unavailable: { 'no-container': 'The manifest has no container with an image to start yet.' },
};

const zhCn: GradingWords = {
  readable: {
    dockerfile: {
      title: (file) => `${file} 可以构建`,
      passed: 'Docker 能读懂每一条指令。',
      why: '如果 Dockerfile 里有未知指令、没有 FROM 或者 JSON 数组写错了，构建在第一步之前就会停下，其他方面暂时都无从谈起。',
    },
    run: {
      title: (file) => `${file} 是有效的 docker run 脚本`,
      passed: 'shell 和 docker run 能读懂每一行。',
      why: '未知的选项或没有闭合的引号会让 docker run 拒绝这一行，容器根本不会启动。',
    },
    apparmor: {
      title: (file) => `${file} 可以被 apparmor_parser 加载`,
      passed: 'apparmor_parser 能读懂整个配置文件。',
      why: 'apparmor_parser 会拒绝有语法错误的配置文件，这样它什么也限制不了。',
    },
    compose: {
      title: (file) => `${file} 可以被 Docker Compose 读取`,
      passed: 'Compose 能读懂整个文件。',
      why: '如果文件不是合法的 YAML，或者设置的类型不对，Compose 会拒绝它，任何服务都不会启动。',
    },
    kubernetes: {
      title: (file) => `${file} 可以被 kubectl 读取`,
      passed: 'kubectl 能读懂文件中的每一个文档。',
      why: 'kubectl 会拒绝不是合法 YAML 的清单，什么也不会被部署。',
    },
    seccomp: {
      title: (file) => `${file} 可以被 Docker 读取`,
      passed: 'Docker 能读懂整个配置文件，其中每个动作 runc 都认识。',
      why: '不是合法 JSON、或者值的类型不对的配置文件会被 Docker 拒绝，未知的动作会被 runc 拒绝，容器都不会启动。',
    },
  },
  moreProblems: (first, more) => `${first} 编辑器还标出了另外 ${more} 处同样会导致失败的问题。`,
  cannotCheck: (reason) => `文件写完整之前无法检查（${reason}）。`,
  done: '已完成。',
  notYet: '尚未完成。',
  otherRulesTitle: {
    dockerfile: (file) => `${file} 中没有其他削弱镜像安全的写法`,
    run: (file) => `${file} 中没有其他削弱容器安全的写法`,
    compose: (file) => `${file} 中没有其他削弱服务安全的写法`,
    kubernetes: (file) => `${file} 中没有其他削弱 Pod 安全的写法`,
    apparmor: (file) => `${file} 中没有其他削弱配置文件的写法`,
    seccomp: (file) => `${file} 中没有其他削弱过滤器的写法`,
  },
  nonePresent: (titles) => `以下 ${titles.length} 个问题都不存在：${titles.join('；')}。`,
  otherRulesWhy: '这些写法中的每一种，都会让攻击者拿到超出应用所需的东西；规则页面有详细说明。',
  problem: (title) => `${title}。`,
  running: '正在模拟器中构建并启动…',
  notRun: (message) => `未运行：${message}`,
  cannotCommand: (reason) => `这个文件暂时还无法转换为命令（${reason}）。`,
  cannotSimulate: (command, reason) => `无法模拟 \`${command}\`（${reason}）。`,
  fails: (command, status, reason) => `\`${command}\` 失败（退出状态 ${status}）：${printed(reason)}`,
  failsSilently: (command, status) => `\`${command}\` 失败（退出状态 ${status}），没有输出原因。`,
  explainShows: (command, reason) => ` \`${command}\` 显示：${printed(reason)}`,
  missingOutput: (command, expected, output) => `\`${command}\` 可以运行，但没有输出 ${printed(expected)}；它输出的是：${printed(output)}。`,
  missingOutputSilent: (command, expected) => `\`${command}\` 可以运行，但没有输出 ${printed(expected)}，什么也没有输出。`,
  realToolingStops: (message) => `模拟器可以运行，但真实的 Docker 工具会先停下来：${message}`,
  unavailable: { 'no-container': '清单中还没有带镜像、可以启动的容器。' },
};

const WORDS: Record<Locale, GradingWords> = { en, 'zh-cn': zhCn };

export function gradingWords(locale: Locale = 'en'): GradingWords {
  return WORDS[locale];
}

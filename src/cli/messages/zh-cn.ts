import { HELP_ZH_CN } from '../help.zh-cn';
import type { EntryKind } from '../io';
import type { CliMessages } from './en';

const KIND_WORDS: Partial<Record<EntryKind, string>> = {
  fifo: '命名管道（FIFO）',
  'char-device': '字符设备',
  'block-device': '块设备',
  socket: '套接字',
};

/** The CLI's own words in Simplified Chinese (terms per docs/glossary.zh-CN.md); options, ids and commands stay as typed. */
export const cliZhCn: CliMessages = {
  help: HELP_ZH_CN,
  usage: {
    giveCommand: '请给出一个命令：lint、explain 或 rules。',
    unknownCommand: (given) => `未知命令“${given}”；请使用 lint、explain 或 rules。`,
    unknownOption: (option, command) => `${command} 没有选项 ${option}。`,
    takesNoValue: (option) => `${option} 不接受值。`,
    needsValue: (option) => `${option} 需要一个值。`,
    onlyOnce: (option) => `${option} 只能给出一次。`,
    mustBeOneOf: (option, allowed, given) => `${option} 必须是 ${allowed.join('、')} 之一，而不是“${given}”。`,
    formatFor: (command, given) => `${command} 的 --format 必须是 text 或 json，而不是“${given}”。`,
    stdinOnce: '标准输入（-）只能读取一次。',
    configAndNoConfig: '--config 和 --no-config 不能同时使用。',
    explainNeedsFile: 'explain 至少需要一个文件。',
    runHelp: '运行 shipshape --help 查看用法。',
    kubernetesVersion: (given) => `--kubernetes-version 必须是 Kubernetes 的次版本号，例如 1.36，而不是“${given}”。`,
  },
  notice: {
    note: '说明',
    warning: '警告',
    kubernetesClamped: (newest, given) => `Shipshape 知道的 Pod 安全标准最高到 ${newest}；${given} 按 ${newest} 评估。`,
    noRule: (ids) => `没有规则 ${ids.join('、')}；shipshape rules 会列出所有规则。`,
    profileInactive: (service, profiles) =>
      `服务“${service}”未检查：它的 profile（${profiles.join('、')}）未激活；传入 --profile ${profiles[0] ?? ''} 或 --profile '*' 来检查它。`,
    mergedApplication: (files) => `${files.join(' + ')} 作为一个应用一起检查，与 docker compose 合并它们的方式相同。`,
    ignoredExplicit: (path) => `${path} 被 .shipshapeignore 或配置中的 ignore 列表忽略，未检查。`,
    skipped: (path, reason) => `已跳过 ${path}：${reason}。`,
    template: '它是一个模板（{{ }}）；请先渲染它（例如用 helm template），再检查输出',
    kindUnknownStdin: (path) => `无法判断 ${path} 是哪种文件；请传入 --kind。`,
    kindUnknown: (path) => `无法判断 ${path} 是哪种文件；请按 Dockerfile、run.sh 或 compose.yaml 这样的方式命名，或传入 --kind。`,
    directoryUnreadable: (problem) => `${problem}其中的文件未检查。`,
    linkSkipped: (problem) => `已跳过：${problem}`,
    sarifCapped: (found, kept) =>
      `共发现 ${found} 个结果；这份日志只保留最严重的 ${kept} 个，这是 GitHub 代码扫描一次运行接受的上限。运行 shipshape lint --format json 查看全部结果。`,
  },
  read: {
    standardInput: '标准输入',
    tooLarge: (name, megabytes) =>
      `${name} 有 ${megabytes === null ? '超过 5' : megabytes} MB，大于 Shipshape 读取的上限 5 MB，未检查；请检查更小的文件，或把它拆开。`,
    notFound: (name) => `${name}：没有这个文件或目录。`,
    permission: (name) => `${name}：权限不足。`,
    linkLoop: (name) => `${name} 是一个指回自身的符号链接。`,
    directory: (name) => `${name} 是一个目录。`,
    changed: (name) => `${name} 在读取时变成了普通文件以外的东西，未检查。`,
    unreadable: (name, reason) => `无法读取 ${name}（${reason}）。`,
    notRegular: (name, kind) => `${name} 是${KIND_WORDS[kind] ?? '特殊文件'}，不是普通文件，未读取。`,
  },
  config: {
    registry: '必须是镜像仓库主机名，例如 docker.io、ghcr.io、registry.example.com:5000 或 *.gcr.io',
    ruleSetting: '必须是 off、info、warning 或 error',
    severitySetting: '必须是 info、warning 或 error',
    wrongType: (expected) => `必须是${expected === 'record' || expected === 'object' ? '映射' : expected === 'array' ? '列表' : expected === 'string' ? '字符串' : ` ${expected}`}`,
    notEmpty: '不能为空',
    topLevel: '（顶层）',
    unknownKeys: (keys) => `${keys}：未知的键；可用的键是 rules、ignore、failOn、trustedRegistries 和 podSecurity。`,
    podSecurity: '必须是 Pod 安全级别，可以带版本：restricted、baseline:v1.36 或 restricted:latest',
    issue: (key, message) => `${key}：${message}。`,
    notYaml: (path, reason) => `${path}：不是有效的 YAML（${reason}）。`,
    hasProblems: (path) => `${path} 有以下问题：`,
    unconfigurable: (id) => `rules.${id}：不能配置；它报告的是 Shipshape 无法检查的文件，这样的文件绝不能算作通过。`,
    unknownRule: (id, near) => `rules.${id}：未知规则${near ? `；你是不是想写 ${near}？` : '；shipshape rules 会列出所有规则。'}`,
    unreadable: (problem) => `配置文件：${problem}`,
  },
  text: {
    none: (files) => `在 ${files} 个文件中没有发现问题。`,
    found: (total, errors, warnings, infos, files) =>
      `在 ${files} 个文件中发现 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）。`,
    learnMore: '每条规则为什么重要、如何修复：',
  },
  rules: {
    header: { id: 'ID', severity: '严重性', kinds: '文件类型', title: '标题' },
    count: (count) => `共 ${count} 条规则。shipshape rules RULE-ID 解释其中一条。`,
    why: '为什么：',
    fix: '修复：',
    bad: '会触发它：',
    good: '不会触发：',
    lesson: (url, site) => `课程：Shipshape 网站上的 ${url}${site ? `（${site}）` : ''}`,
    elsewhere: (refs) => `其他工具中的同类检查：${refs}`,
  },
  sarif: {
    lessonText: (lesson) => `课程：${lesson}`,
    why: '**为什么：**',
    learnMore: (link) => `在课程中了解更多：${link}`,
    lessonOffline: (lesson, id) => `Shipshape 网站上的 \`${lesson}\`（或运行 \`shipshape rules ${id}\`）`,
    builtIn: {
      'input-too-large': '文件大于 5 MB，未分析。',
      'binary-input': '文件包含 NUL 字节，不是文本，未分析。',
      'unused-suppression': '这条“# shipshape ignore=”注释没有屏蔽任何问题，可能会掩盖将来的问题。',
      'internal-error': '有一项检查无法在这个输入上运行，它的结果缺失，所以不能认为这个文件已通过。',
      'compose-merge': '无法像 docker compose 那样合并这些 Compose 文件。',
    },
    builtInOther: '读取文件时（在任何规则运行之前）发现的问题。',
  },
  junit: {
    atLine: (ruleId, line, column) => `${ruleId}，第 ${line} 行第 ${column} 列`,
    clean: '没有发现问题',
  },
};

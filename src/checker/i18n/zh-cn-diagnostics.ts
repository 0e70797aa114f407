import { crashMessages } from '../core/internal-error';
import type { Kind } from '../core/types';
import { refusalMessages } from '../registry/input-guard';
import type { DiagnosticTranslation } from './diagnostics';

/**
 * Diagnostics in Simplified Chinese. They have no rule, so no `fix` is shown after them: unlike a
 * rule's message, each one also says how to get the file read. `{{detail}}` is the YAML library's
 * own (English) text.
 */

const KIND_LABEL: Readonly<Record<Kind, string>> = {
  dockerfile: 'Dockerfile',
  run: '运行脚本',
  apparmor: 'AppArmor 配置文件',
  compose: 'Compose 文件',
  kubernetes: 'Kubernetes 清单',
  seccomp: 'seccomp 配置文件',
};

const SETTING = {
  unknownCapability: '“{{capability}}”不是 Linux 能力，请检查拼写（例如 NET_BIND_SERVICE）。',
  noNewPrivilegesValue: 'no-new-privileges 只接受 true 或 false，而不是“{{value}}”。',
  selinuxOption: '“{{option}}”不是 SELinux 标签选项（disable、user:、role:、type:、level:）；没有 SELinux 时 Docker 会忽略它，有 SELinux 时 Docker 会拒绝启动这个容器。',
  systemPathsValue: 'systempaths 只接受“unconfined”，而不是“{{value}}”。',
  unknownSecurityOption: '“{{option}}”不是 Docker 认识的安全选项；可用的有 apparmor=、seccomp=、label=、no-new-privileges 和 systempaths=。',
} as const;

const REFUSALS = refusalMessages(KIND_LABEL,
  (kind) => `这个${kind}超过了 5 MB，这是 Shipshape 能分析的上限；请检查一个更小的文件，或者把它拆开。`,
  (kind) => `这段输入含有 NUL 字节，是二进制数据而不是${kind}；请传入文本文件本身。`);

export const zhCnDiagnostics: DiagnosticTranslation = {
  'run-syntax': {
    ...SETTING,
    commentEndsCommand: '这一行注释结束了上面的命令：shell 会把注释读到行尾，换行符随即结束命令，下面几行的选项根本到不了这条命令。请把注释移到命令上方。',
    unclosedQuote: '这个引号没有闭合，脚本剩下的部分都会被当成一个参数；请把它闭合。',
    unclosedBackquote: '这个反引号没有闭合，脚本剩下的部分都会被当成一个参数；请把它闭合。',
    unclosedSubstitution: '这个 $( 命令替换没有闭合，脚本剩下的部分都会被当成一个参数；请把它闭合。',
    switchValue: '{{flag}} 是开关选项；请写 {{flag}} 或 {{flag}}=false，而不是“{{value}}”。',
    needsValue: '{{flag}} 后面需要一个值。',
    unknownOptionDidYouMean: 'docker run 没有 --{{name}} 选项；你是想写 --{{suggestion}} 吗？',
    unknownOption: 'docker run 没有 --{{name}} 选项；请对照 docker run --help 检查拼写。',
    unknownShortOption: 'docker run 没有 -{{letter}} 选项；请对照 docker run --help 检查拼写。',
    noImage: '这条命令没有指定镜像；请把镜像放在选项之后，例如 docker run --rm alpine。',
  },
  'compose-syntax': {
    ...SETTING,
    yamlError: 'YAML 错误：{{detail}}',
    unreadable: '无法把这个文件当作 YAML 读取：{{detail}}',
    notAMapping: 'Compose 文件应当是一个带有 services: 部分的映射。',
    serviceNotMapping: '服务“{{service}}”应当是一个由设置组成的映射。',
    notSingleValue: '{{key}} 在这里应当是单个值，而不是列表或映射。',
    notBoolean: '{{key}} 只接受 true 或 false。',
    notList: '{{key}} 应当是一个列表。',
    itemNotSingleValue: '{{key}} 的每一项都应当是单个值。',
    volumeNeedsTarget: '长语法写的卷需要一个 target（容器内的路径）。',
    notVolumeType: '“{{type}}”不是卷的类型；请使用 bind、volume 或 tmpfs。',
    portNeedsTarget: '长语法写的端口需要一个 target（容器端口）。',
  },
  'kubernetes-syntax': {
    yamlError: 'YAML 错误：{{detail}} 在它能被解析之前，这个文档的其余部分都不会被检查。',
    unreadable: '无法读取这个清单：{{detail}}',
  },
  'apparmor-syntax': {
    needsComma: '这条规则的末尾需要一个逗号。',
    needsCommaBeforeNextLine: '这条规则的末尾需要一个逗号；没有它，AppArmor 会把下一行当成同一条规则的一部分。',
    strayClose: '这个“}”没有闭合任何东西：它前面没有打开的“{”。',
    unclosedBlock: '这个“{”从未闭合；请在配置文件末尾加上“}”。',
    incomplete: '“{{statement}}”不完整：请以“,”结束它，或者用“{”开始一个配置文件。',
    nestedHeader: '“{{word}}”不能在这里开始一个块；嵌套的块必须是“profile NAME {”或“^hat {”。是不是少了一个逗号？',
    notProfileHeader: '“{{word}}”不是配置文件的开头；请写“profile {{word}} {”（不是路径的名字需要 profile 关键字）。',
    variableInProfile: '变量要在配置文件之前声明，而不是在它里面。',
    appendToUndeclared: '{{variable}} += 是在给一个从未声明过的变量追加值；请先用“=”声明。',
    declaredTwice: '{{variable}} 被声明了两次；追加值请用“+=”。',
    undefinedVariable: '{{variable}} 从未定义；请声明它（“{{variable}}=/some/path”），或者包含定义它的 tunables（#include <tunables/global>）。',
  },
  'input-too-large': REFUSALS,
  'binary-input': REFUSALS,
  'internal-error': crashMessages({
    kindLabel: KIND_LABEL,
    checker: {
      tooDeep: (kind) => `这个${kind}嵌套得太深，Shipshape 读不了，因此它没有被检查，不能当作通过；请减少嵌套。`,
      tooLarge: (kind) => `这个${kind}中的某个值增长得太大，无法计算，因此它没有被检查，不能当作通过；请找找那些会展开成巨大文本的变量。`,
      bug: (kind) => `由于 Shipshape 自身的故障，这个${kind}没能检查完，不能当作通过；请报告这个文件。`,
    },
    rule: {
      tooDeep: '检查 {{rule}} 没能完成，因为输入嵌套得太深；它的结果缺失了，所以这个文件不能当作通过。',
      tooLarge: '检查 {{rule}} 没能完成，因为输入中的某个值增长得太大；它的结果缺失了，所以这个文件不能当作通过。',
      bug: '由于 Shipshape 自身的故障，检查 {{rule}} 没能完成；它的结果缺失了，所以这个文件不能当作通过。请报告这个文件。',
    },
  }),
};

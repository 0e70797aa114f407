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
  unclosedIpv6: '“{{spec}}”中的 IPv6 地址没有闭合；请写成 [::1]:8080:80 这样的形式。',
  tooManyColons: '“{{spec}}”作为端口映射，冒号太多了。',
  noContainerPort: '“{{spec}}”的结尾不是容器端口，例如 80 或 8080/udp。',
  invalidHostPort: '“{{spec}}”中的主机端口“{{port}}”无效。',
  unknownProtocol: '“{{spec}}”使用了未知的协议“{{protocol}}”；请使用 tcp、udp 或 sctp。',
  notVolumeSpec: '“{{spec}}”不是有效的卷写法；请写 SOURCE:TARGET[:ro]，或者只写 TARGET。',
  unknownMountType: '“{{spec}}”使用了未知的挂载类型“{{type}}”；请使用 bind、volume 或 tmpfs。',
  mountNeedsTarget: '“{{spec}}”没有 target；请加上 target=/path/in/container。',
  bindNeedsSource: '“{{spec}}”是一个没有 source 的绑定挂载；请加上 source=/path/on/host。',
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
    ulimitShape: 'ulimits.{{limit}} 需要同时给出 soft 和 hard，或者只写一个数字。',
  },
  'compose-merge': {
    mappingReplacedByList: '{{path}} 在前面的文件里是映射，不能被列表替换。',
    mappingReplacedByValue: '{{path}} 在前面的文件里是映射，不能被单个值替换。',
    listReplacedByMapping: '{{path}} 在前面的文件里是列表，不能被映射替换。',
    listReplacedByValue: '{{path}} 在前面的文件里是列表，不能被单个值替换。',
    includeNotFollowed: '这里不会跟随 include:，它引入的服务不会和这个文件一起检查；请分别检查被包含的文件。',
    extendsShape: 'extends 接受一个服务名，或者一个带 service（以及 file）的映射。',
    extendsLoop: 'extends 绕回到了服务“{{service}}”。',
    extendsUnreadable: 'extends 指向的 {{file}} 无法读取；这个服务在没有它的情况下接受检查。',
    extendsMissingInFile: 'extends 指向服务“{{service}}”，但 {{file}} 中没有定义它。',
    extendsMissing: 'extends 指向服务“{{service}}”，但这个文件中没有定义它。',
    tooComplex: '这些 Compose 文件太复杂，无法合并（展开别名后超过 100,000 个 YAML 节点），因此没有被检查；Compose 自己也会拒绝这样的文件。',
    aliasWithoutAnchor: '别名 *{{alias}} 指向的锚点在它之前并没有定义。',
    selfAnchor: '这个锚点引用了它自己，因此无法展开。',
    keysPlainText: 'Compose 的键必须是纯文本。',
    mergeKeyShape: '<< 合并键接受一个映射，或者由映射组成的列表。',
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
    unclosedString: '这个带引号的字符串没有用第二个 " 闭合。',
    unclosedParen: '这条规则中的“(”没有在同一行用“)”闭合。',
    allowAndDeny: '一条规则不能既是 allow 又是 deny；请只保留其中一个。',
    qualifiersOnly: '这条规则只有限定词，后面没有规则。',
    unknownCapability: '“{{name}}”不是 Linux 能力的名称（请用小写、不带 CAP_ 来写，例如 net_bind_service）。',
    unknownNetworkWord: '“{{word}}”在这里不是网络协议族、套接字类型或协议（例如“network inet tcp,”）。',
    profileAfterArrow: '请在“->”后面写出配置文件的名字。',
    setNeedsRlimit: '“set”后面必须跟“rlimit”，例如“set rlimit nofile <= 1024,”。',
    linkForm: 'link 规则要写成“link /new/name -> /existing/target,”。',
    afterLinkTarget: 'link 目标之后出现了意外的“{{word}}”。',
    unknownKeyword: '“{{keyword}}”不是 AppArmor 规则关键字（应当是路径、file、capability、network、mount、signal、ptrace、change_profile 等）。',
    fileRuleNeedsPath: '文件规则需要一个以“/”或“@{”开头的绝对路径或通配模式，例如“/etc/passwd r,”。',
    addPermissions: '请在 {{path}} 后面加上权限，例如用“{{path}} r,”允许读取它。',
    targetAfterArrow: '请在“->”后面写出目标配置文件的名字。',
    unexpectedInFileRule: '这条文件规则中出现了意外的“{{word}}”；是不是它前面少了一个逗号？',
    execNeedsX: '在“{{permissions}}”中：“{{mode}}”后面必须跟“x”（执行模式写作 ix、px、cx 这样的形式）。',
    twoExecModes: '在“{{permissions}}”中：给出了两种执行模式；请只保留一种。',
    denyPlainX: '在“{{permissions}}”中：deny 规则只接受单独的“x”，而不是“{{mode}}”。',
    allowNeedsExecMode: '在“{{permissions}}”中：allow 规则需要 ix、px 或 cx 这样的执行模式，而不是单独的“x”。',
    unknownExecMode: '在“{{permissions}}”中：“{{mode}}”不是 AppArmor 认识的执行模式。',
    unknownPermission: '在“{{permissions}}”中：“{{letter}}”不是文件权限字母（有效的有 r w a l k m 和各种 x 模式）。',
    writeAndAppend: '在“{{permissions}}”中：“w”和“a”相互冲突，“w”已经包含了追加。',
    globUnclosedClass: '在 {{pattern}} 中：“[”字符类没有用“]”闭合。',
    globTooDeep: '在 {{pattern}} 中：“{”备选项嵌套超过了 {{depth}} 层。',
    globUnclosedAlternation: '在 {{pattern}} 中：“{”备选项没有用“}”闭合。',
    globUnmatched: '在 {{pattern}} 中：“{{bracket}}”没有对应的左括号。',
  },
  'apparmor-template': {
    template: '这个文件是模板（含有 Go 的 {{ }} 动作），不是配置文件：AppArmor 无法按原样加载它，Shipshape 也没有检查它。请先渲染模板（例如填入你的工具会填入的值），再检查渲染结果。',
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

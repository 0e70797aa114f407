/** `shipshape --help` in Simplified Chinese: commands, options and values stay as they are typed. */
export const HELP_ZH_CN = `用法：
  shipshape lint [选项] [PATH...]         检查文件和目录（默认：.）
  shipshape explain [选项] FILE...        真正会运行的是什么：用户、能力、命名空间……
  shipshape rules [--format text|json] [RULE-ID...]
  shipshape --help | --version

检查 Dockerfile、docker run 脚本、AppArmor 配置文件、Compose 文件和 Kubernetes
清单中 Shipshape 课程讲到的容器安全错误。

lint：
  PATH 可以是文件、目录（会遍历：遵守 .gitignore 和 .shipshapeignore，跳过
  node_modules 和 .git，只检查 Shipshape 认识的文件），或 -（标准输入）。
  --format FORMAT            text（默认）、json、sarif（用于代码扫描的 SARIF 2.1.0）、
                             github（工作流注解）、junit、checkstyle 或 gitlab
                             （Code Quality）。路径相对于工作目录写出：请在仓库根目录运行。
  --kind KIND                把每个指名的文件（不包括遍历找到的文件）当作 KIND 读取：
                             dockerfile、run、apparmor、compose 或 kubernetes。
  -f, --file FILE            一个 Compose 文件；多个文件按顺序合并，与 docker compose -f
                             相同。没有 -f 时，compose.yaml 与旁边的 compose.override.yaml
                             合并。
  --profile NAME             激活一个 Compose profile（可重复；* 表示全部）；
                             默认取 COMPOSE_PROFILES。
  --min-severity LEVEL       info、warning 或 error（默认：info）：低于 LEVEL 的问题
                             不显示也不计数。
  --fail-on LEVEL            只有出现 LEVEL 及以上的问题时才以 1 退出（默认：配置中的
                             failOn，否则 info）。
  --config FILE              配置文件（默认：工作目录或其上层直到仓库根目录中的
                             .shipshape.yaml）。
  --no-config                忽略所有 .shipshape.yaml。
  --no-color                 纯文本。设置了 NO_COLOR 或输出不是终端时也不使用颜色。
  --verbose                  同时说明哪些文件被跳过、合并或排除。
  --ignore-unknown           跳过指名但 Shipshape 不认识的文件，而不是报错
                             （用于会传入所有文件的 pre-commit）。
  --lang en|zh-CN            消息的语言（默认取 LC_ALL、LC_MESSAGES 或 LANG；
                             zh_CN.UTF-8 表示中文）。规则 id 和链接不变。

explain：
  --format text|json         输出格式（默认：text）。
  --kubernetes-version X.Y   使用该 Kubernetes 版本的 Pod 安全标准
                             （默认：Shipshape 知道的最新版本）。
  -f, --file FILE, --profile NAME, --kind KIND, --lang   与 lint 相同。

用上一行的注释屏蔽一个问题，或屏蔽整个文件中的问题：
  # shipshape ignore=rule-id
  # shipshape global ignore=rule-id

.shipshape.yaml：
  rules: { rule-id: off | info | warning | error }
  ignore: [ "vendor/**" ]          gitignore 风格的通配符，相对于该文件
  failOn: warning
  trustedRegistries: [ docker.io, ghcr.io ]
  podSecurity: restricted:v1.36    文件中没有定义的命名空间所用的 Pod 安全级别

shipshape rules RULE-ID 离线解释一条规则（为什么重要、如何修复）；也接受 --lang。

退出状态：
  0  没有达到或超过 fail-on 级别的问题
  1  至少有一个达到或超过该级别的问题
  2  用法或配置错误、无法读取的文件、无法判断类型的文件，或无法运行的检查
     （其他文件仍会检查）
`;

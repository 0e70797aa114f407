export const HELP = `Usage:
  shipshape lint [options] [PATH...]      check files and directories (default: .)
  shipshape explain [options] FILE...     what will really run: user, capabilities, namespaces...
  shipshape rules [--format text|json] [RULE-ID...]
  shipshape --help | --version

Checks Dockerfiles, docker run scripts, AppArmor profiles, Compose files and
Kubernetes manifests for the container security mistakes the Shipshape course teaches.

lint:
  PATH may be a file, a directory (walked: .gitignore and .shipshapeignore are
  honoured, node_modules and .git skipped, and only files Shipshape recognises
  are checked) or - for standard input.
  --format FORMAT            text (default), json, sarif (SARIF 2.1.0 for code
                             scanning), github (workflow annotations), junit,
                             checkstyle or gitlab (Code Quality). Paths are written
                             relative to the working directory: run it from the
                             repository root.
  --kind KIND                Read each named file (not files found by walking) as
                             KIND: dockerfile, run, apparmor, compose, kubernetes or seccomp.
  -f, --file FILE            A Compose file; several are merged in order, as
                             docker compose -f does. Without -f, compose.yaml is
                             merged with compose.override.yaml beside it.
  --profile NAME             Activate a Compose profile (repeatable; * for all);
                             default COMPOSE_PROFILES.
  --min-severity LEVEL       info, warning or error (default: info): findings below
                             LEVEL are not shown or counted.
  --fail-on LEVEL            Exit 1 only for findings at or above LEVEL (default:
                             failOn from the configuration, else info).
  --config FILE              Configuration file (default: .shipshape.yaml in the
                             working directory or above it, up to the repository root).
  --no-config                Ignore any .shipshape.yaml.
  --no-color                 Plain text. Colour is also off when NO_COLOR is set or
                             the output is not a terminal.
  --verbose                  Also say which files were skipped, merged or left out.
  --ignore-unknown           Skip named files Shipshape does not recognise instead
                             of failing (for pre-commit, which passes every file).
  --lang en|zh-CN            Language of the messages (default: from LC_ALL, LC_MESSAGES
                             or LANG; zh_CN.UTF-8 gives Chinese). Rule ids and links stay.

explain:
  --format text|json         Output format (default: text).
  --kubernetes-version X.Y   Pod Security Standards of that Kubernetes release
                             (default: the newest Shipshape knows).
  -f, --file FILE, --profile NAME, --kind KIND, --lang   as for lint.

Silence a finding with a comment on the line above it, or for the whole file:
  # shipshape ignore=rule-id
  # shipshape global ignore=rule-id

.shipshape.yaml:
  rules: { rule-id: off | info | warning | error }
  ignore: [ "vendor/**" ]          gitignore-style globs, relative to the file
  failOn: warning
  trustedRegistries: [ docker.io, ghcr.io ]
  podSecurity: restricted:v1.36    the Pod Security level of namespaces that are
                                   not in the file being checked

shipshape rules RULE-ID explains a rule (why it matters, how to fix it) offline; it takes --lang too.

Exit status:
  0  nothing found at or above the fail-on level
  1  at least one finding at or above it
  2  usage or configuration error, a file that could not be read or whose kind
     could not be told, or a check that could not run (the other files are
     still checked)
`;

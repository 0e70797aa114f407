import type { Finding, Span } from '../core/types';

/** A user account an image ships or a Dockerfile creates. */
export interface KnownUser {
  name: string;
  uid: number;
  gid: number;
}

/** A group of an image's /etc/group, with the users it lists as members. */
export interface KnownGroup {
  name: string;
  gid: number;
  members: string[];
}

/** A user a RUN creates (`useradd -u 10001 app`, `adduser -D -u 1000 app`). */
export interface CreatedUser {
  name: string;
  uid: number | null;
  gid: number | null;
  line: number;
}

/**
 * What a useradd/adduser/groupadd/addgroup in a RUN does to /etc/passwd and /etc/group, in order,
 * with the fields the tool writes; or why it refuses (its message and exit code), failing the RUN.
 */
export type AccountChange =
  | {
    kind: 'user';
    user: CreatedUser;
    line: number;
    gecos: string;
    home: string;
    shell: string;
    /** The home directory is made, owned by the user, with this mode; null when the tool makes none. */
    homeMode: number | null;
    /** A group of the user's name is made with its gid. */
    ownGroup: boolean;
  }
  | { kind: 'group'; name: string; gid: number | null; line: number }
  | { kind: 'member'; group: string; user: string; line: number }
  | { kind: 'refused'; program: string; message: string; exitCode: number; line: number };

export type PackageManager = 'apk' | 'apt' | 'none';
export type Libc = 'musl' | 'glibc' | 'none';

/** What the curated catalogue knows about a base image (see catalogue.ts). */
export interface BaseImageInfo {
  /** Catalogue entry id, e.g. "alpine", "distroless-static-nonroot". */
  id: string;
  /** Short human description for the simulator's `docker images` and lesson text. */
  description: string;
  /** USER in the image config, as the image sets it: "" when it sets none (root), "0", "65532", "payara", "101". */
  defaultUser: string;
  /** Numeric uid of the default user. */
  defaultUid: number;
  defaultGid: number;
  /** /etc/passwd and /etc/group as the image ships them; null when not known, so names cannot be checked. */
  accounts: { passwd: string; group: string } | null;
  /** The users and groups of `accounts`. */
  users: KnownUser[];
  groups: KnownGroup[];
  /** Whether /bin/sh exists (false for scratch and non-debug distroless). */
  shell: boolean;
  packageManager: PackageManager;
  /** Approximate compressed (pull) size in MB, linux/amd64; null when no source states it. */
  compressedMB: number | null;
  /** Approximate on-disk size in MB; null when no source states it. */
  uncompressedMB: number | null;
  /**
   * Where the sizes come from: docker-library repo-info or the image's README, or a rough estimate
   * (order of magnitude only, for the simulator; lessons should not quote it).
   */
  sizeSource: 'repo-info' | 'readme' | 'estimate';
  /** A compiler, JDK or build tool image: fine for building, too much for running. */
  toolchain: boolean;
  libc: Libc;
  /** Notable programs present beyond the shell (for the simulator): "curl", "git", "javac"... */
  tools: string[];
}

/** The FROM of a stage, after ARG substitution. */
export interface BaseRef {
  /** The image argument as written, e.g. "${BASE}:${TAG}". */
  raw: string;
  /** After substituting ARGs declared before the first FROM. */
  resolved: string;
  /**
   * image: a registry image; stage: an earlier stage of this Dockerfile; scratch: the empty image;
   * unresolved: a variable without a default, or nothing at all after FROM.
   */
  kind: 'image' | 'stage' | 'scratch' | 'unresolved';
  /** Some variable in the reference had no value, so part of it (often the tag) is unknown. */
  unresolvedVariables: boolean;
  /** Registry host when written, e.g. "gcr.io"; null for Docker Hub. */
  registry: string | null;
  /** Repository without registry and without "library/", e.g. "node", "distroless/static-debian13". */
  repository: string;
  tag: string | null;
  digest: string | null;
  platform: string | null;
  /** Index into ImageModel.stages when kind is "stage". */
  stageIndex: number | null;
  /** Catalogue facts when the image is known; null for stages, unknown images and unresolved names. */
  info: BaseImageInfo | null;
  line: number;
  /** The image reference as written in FROM; the whole FROM line when there is none. */
  span: Span;
}

/** A user as a stage runs it. */
export interface UserSpec {
  /** The value as Docker stores it in Config.User (after quote removal and substitution), e.g. "app", "1000:1000", "". */
  raw: string;
  /** The value as written in the Dockerfile, e.g. "${APP_UID}"; the same as `raw` when inherited. */
  written: string;
  user: string;
  group: string | null;
  uid: number | null;
  gid: number | null;
  /** true = root, false = certainly not root, null = cannot tell (unknown base image). */
  isRoot: boolean | null;
  /**
   * Why the daemon refuses to start a container as this user, in its words ("unable to find user
   * app: no matching entries in passwd file"); null when it starts, or when the image's accounts are unknown.
   */
  error: string | null;
  /** A variable in the value had no value, so Docker stored an empty or shortened user. */
  unresolvedVariables: boolean;
  /** Where the user comes from: a USER instruction, the base image, an earlier stage, or nobody knows. */
  source: 'instruction' | 'base-image' | 'stage' | 'unknown';
  /** The USER line, or the FROM line when inherited. */
  line: number;
  /** The value after USER; the whole FROM line when inherited. */
  span: Span;
}

/** A COPY or ADD. */
export interface FileAdd {
  instruction: 'COPY' | 'ADD';
  sources: string[];
  dest: string;
  /** Value of --from, as written. */
  from: string | null;
  /** Stage index when --from names (or numbers) an earlier stage. */
  fromStage: number | null;
  chown: string | null;
  chmod: string | null;
  link: boolean;
  checksum: string | null;
  /** Owner of the created files: 0:0 without --chown; null parts when a name cannot be resolved. */
  owner: { uid: number | null; gid: number | null };
  /** Why the builder refuses --chown ("can't find uid for user app: no such user: app"); null when it resolves or cannot be checked. */
  ownerError: string | null;
  /** --chmod as an octal number; null when absent or symbolic. */
  mode: number | null;
  /** Inline files from heredocs (`COPY <<EOF /dest`), name -> content. */
  inline: { name: string; content: string }[];
  line: number;
  endLine: number;
  /** Where the keyword, each source (parallel to `sources`) and the --chown and --chmod flags are. */
  spans: { keyword: Span; sources: Span[]; chown: Span | null; chmod: Span | null };
}

/** A BuildKit `RUN --mount=...`. */
export interface Mount {
  type: string;
  target: string | null;
  source: string | null;
  id: string | null;
  from: string | null;
  raw: string;
}

/** One simple command of a RUN script, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  /** Words after quote removal, including leading VAR=value assignments. */
  words: string[];
  /** Where each word is written, parallel to `words`. */
  wordSpans: Span[];
  /** Leading VAR=value assignments. */
  assignments: { name: string; value: string }[];
  /** The program run (basename of the first word after the assignments and `sudo`/`env` wrappers); "" for none. */
  program: string;
  /** Words after the program. */
  args: string[];
  /** Whether the command is run through sudo. */
  sudo: boolean;
  /** Operator that ends this command: the next command receives its output when it is "|". */
  next: '&&' | '||' | ';' | '|' | null;
  /** Output redirections, e.g. `> /etc/app.conf`. */
  redirects: { op: string; target: string }[];
  line: number;
  /**
   * Runs inside a command substitution or a script handed to `sh -c`/`eval`: its output feeds
   * another command, and its exit status seldom decides whether the RUN fails.
   */
  nested?: boolean;
}

export interface Heredoc {
  name: string;
  /** Whether the delimiter was quoted, which disables expansion in the body. */
  quoted: boolean;
  /** `<<-`: leading tabs are stripped. */
  stripTabs: boolean;
  body: string;
  /** First line of the body. */
  line: number;
  /** Tabs `<<-` removed from the start of each body line, to place findings on the written text. */
  indents: number[];
}

export interface RunStep {
  form: 'shell' | 'exec';
  /** The script as the shell sees it (continuations joined), without flags; for exec form, the argv joined. */
  script: string;
  /** For exec form, the argv. */
  argv: string[];
  mounts: Mount[];
  /** --network=none|host|default when given. */
  network: string | null;
  heredocs: Heredoc[];
  /** Commands of the script, and of heredoc bodies run as scripts, in order. */
  commands: ShellCommand[];
  /** The shell that runs it: the stage's SHELL at this point, or the default ["/bin/sh", "-c"]. */
  shell: string[];
  line: number;
  endLine: number;
  /** The RUN's first line. */
  span: Span;
}

/** A file-system effect of a RUN the simulator can replay. */
export interface FileWrite {
  kind: 'chmod' | 'chown' | 'rm' | 'write' | 'mkdir' | 'touch';
  paths: string[];
  recursive: boolean;
  /** chmod mode as written ("777", "o+w"); chown owner as written ("app:app"). */
  value: string | null;
  /** What a `write` puts in the file when the script says it (`echo text > file`, a heredoc). */
  content: string | null;
  line: number;
  /** The command that makes it. */
  span: Span;
}

export interface KeyValue {
  name: string;
  /** null when declared without a value (`ARG TOKEN`). */
  value: string | null;
  line: number;
  /** Where the name is written. */
  span: Span;
}

export interface ExecSpec {
  form: 'exec' | 'shell';
  args: string[];
  line: number;
  /** The instruction's first line. */
  span: Span;
}

export interface Healthcheck {
  /** HEALTHCHECK NONE disables a health check inherited from the base. */
  none: boolean;
  command: ExecSpec | null;
  line: number;
}

export interface ExposedPort {
  raw: string;
  port: number | null;
  protocol: string;
  line: number;
  span: Span;
}

/** One instruction, in order, for a simulator to replay. */
export interface Step {
  /** Upper-case keyword, e.g. "RUN". */
  keyword: string;
  /** Argument text as written (continuations joined). */
  args: string;
  line: number;
  endLine: number;
  /** The user in effect when this step runs. */
  user: UserSpec;
}

export interface Stage {
  index: number;
  /**
   * true for the stand-in stage that holds instructions written before any FROM (a fragment or a
   * broken file): run-time rules skip it, instruction rules still check it.
   */
  implicit: boolean;
  /** The `AS name`, lower-cased as the builder treats it; null when unnamed. */
  name: string | null;
  base: BaseRef;
  line: number;
  endLine: number;
  /** The FROM line. */
  span: Span;
  /** The user when the stage starts (inherited) and at its end (what its image runs as). */
  initialUser: UserSpec;
  user: UserSpec;
  /** USER instructions of this stage, in order. */
  userInstructions: UserSpec[];
  /** Users the stage can resolve by name: those of its base plus those its RUNs create. */
  knownUsers: KnownUser[];
  /** Users created by RUN useradd/adduser in this stage; uid/gid null when the command leaves them to the system. */
  createdUsers: CreatedUser[];
  /** Every change RUNs make to the stage's accounts, in order. */
  accountChanges: AccountChange[];
  steps: Step[];
  adds: FileAdd[];
  runs: RunStep[];
  writes: FileWrite[];
  env: KeyValue[];
  args: KeyValue[];
  workdirs: { path: string; line: number; span: Span }[];
  expose: ExposedPort[];
  entrypoint: ExecSpec | null;
  cmd: ExecSpec | null;
  healthcheck: Healthcheck | null;
  volumes: { path: string; line: number; span: Span }[];
  labels: KeyValue[];
  /** SHELL instructions. */
  shells: { args: string[]; line: number }[];
  /** Whether the stage's file system has a shell: from the base (catalogue or earlier stage); null when unknown. */
  hasShell: boolean | null;
}

export interface ImageModel {
  /** Parser directives at the top (`# syntax=...`, `# escape=...`), lower-cased names. */
  directives: { name: string; value: string; line: number }[];
  escape: string;
  /** ARGs declared before the first FROM. */
  globalArgs: KeyValue[];
  stages: Stage[];
  /** The last stage, which `docker build` produces unless --target says otherwise; null for an empty file. */
  final: Stage | null;
  lineCount: number;
  diagnostics: Finding[];
}

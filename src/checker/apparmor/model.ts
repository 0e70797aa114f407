import type { Finding } from '../core/types';

/** The file accesses a profile can be asked about; each maps to one permission letter. */
export type FileAccess = 'read' | 'write' | 'append' | 'link' | 'lock' | 'mmap' | 'exec';

/**
 * How an `x` permission runs the new program: `i` inherit this profile, `p`/`P` its own profile,
 * `c`/`C` a child profile, `u`/`U` unconfined. Capitals scrub the environment; a trailing fallback
 * (`pix`, `cux`...) says what happens when the target profile is missing. Plain `x` only exists in deny rules.
 */
export type ExecMode =
  | 'x'
  | 'ix'
  | 'px' | 'Px' | 'cx' | 'Cx' | 'ux' | 'Ux'
  | 'pix' | 'Pix' | 'cix' | 'Cix'
  | 'pux' | 'PUx' | 'cux' | 'CUx';

/** The non-exec file permission letters of one rule. `w` also grants append, as in AppArmor. */
export interface FilePermissions {
  read: boolean;
  write: boolean;
  append: boolean;
  link: boolean;
  lock: boolean;
  mmap: boolean;
  exec?: ExecMode;
}

/** Where a rule sits in the source, and how it was written. */
export interface RuleSource {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The rule as written, whitespace collapsed, ending with its comma: `deny /etc/** wl,`. */
  text: string;
  /** A `# comment` on the rule's last line, without the `#`. */
  comment?: string;
}

interface Qualified extends RuleSource {
  /** `audit`: log the access even when it is allowed (or the denial when combined with deny). */
  audit: boolean;
  /** `deny`: subtract from what allow rules grant; deny always wins, whatever the order. */
  deny: boolean;
}

export interface FileRule extends Qualified {
  kind: 'file';
  /** `owner`: the rule only applies to files owned by the task's fsuid. */
  owner: boolean;
  /** The path glob as written; undefined for the bare `file,` rule, which covers every path. */
  path?: string;
  /** The glob after variable expansion and slash collapsing, the form that is matched. */
  glob?: string;
  permissions: FilePermissions;
  /** The permission letters as written, e.g. `wl` or `rix`. Empty for bare `file,`. */
  permissionText: string;
  /** `-> target` of an exec transition. */
  target?: string;
}

/** `link [subset] /new/name -> /existing/file,`: may create hard link /new/name to the target. */
export interface LinkRule extends Qualified {
  kind: 'link';
  owner: boolean;
  subset: boolean;
  path: string;
  glob: string;
  target: string;
  targetGlob: string;
}

export interface CapabilityRule extends Qualified {
  kind: 'capability';
  /** Lower-case names without the CAP_ prefix; empty for bare `capability,`, which means all. */
  capabilities: string[];
}

export interface NetworkRule extends Qualified {
  kind: 'network';
  /** Address family, e.g. inet, inet6, unix, packet; undefined means any. */
  domain?: string;
  /** Socket type: stream, dgram, seqpacket, rdm, raw, packet; undefined means any. */
  type?: string;
  /** Protocol: tcp, udp, icmp...; undefined means any. */
  protocol?: string;
}

export interface MountRule extends Qualified {
  kind: 'mount' | 'remount' | 'umount' | 'pivot_root';
  /** Everything after the keyword (options, source, mount point); empty for the bare form. */
  details: string;
}

export interface ChangeProfileRule extends Qualified {
  kind: 'change_profile';
  /** Executable the change is restricted to, if any. */
  exec?: string;
  /** `-> target` profile; undefined for bare `change_profile,`, which allows any profile. */
  target?: string;
}

/** Rules kept for completeness but not interpreted: signal, ptrace, unix, dbus, rlimit and newer classes. */
export interface OtherRule extends Qualified {
  kind: 'signal' | 'ptrace' | 'unix' | 'dbus' | 'rlimit' | 'userns' | 'io_uring' | 'mqueue' | 'all';
  details: string;
}

export type ProfileRule =
  | FileRule
  | LinkRule
  | CapabilityRule
  | NetworkRule
  | MountRule
  | ChangeProfileRule
  | OtherRule;

export interface Include {
  line: number;
  /** As written between the brackets or quotes, e.g. `abstractions/base`. */
  path: string;
  /** `<...>` (relative to the policy directory) rather than `"..."`. */
  magic: boolean;
  ifExists: boolean;
}

export type ProfileMode = 'enforce' | 'complain' | 'kill' | 'unconfined';

export interface Profile {
  /** The name given to `--security-opt apparmor=<name>`; for the short form, the attachment path. */
  name: string;
  /** Executable path glob the profile attaches to, if any. */
  attachment?: string;
  flags: string[];
  mode: ProfileMode;
  /** A hat (`^name {}` or `hat name {}`) rather than a profile. */
  hat: boolean;
  /** Line of the header and of the closing brace (the last line when the brace is missing). */
  line: number;
  column: number;
  endLine: number;
  /** The header as written up to its `{`. */
  header: string;
  includes: Include[];
  rules: ProfileRule[];
  /** Child profiles and hats declared inside this one. */
  children: Profile[];
}

export interface Comment {
  line: number;
  column: number;
  /** Without the leading `#`. */
  text: string;
}

export interface AppArmorModel {
  /** Top-level profiles in source order; children live in `Profile.children`. */
  profiles: Profile[];
  /**
   * An abstraction, tunables or other include file: rules, includes or variables but no profile
   * block. Such a file confines nothing by itself; profiles pull it in with `include`.
   */
  includeFile: boolean;
  /** The rules of an include file, written outside any profile. */
  includeRules: ProfileRule[];
  /**
   * The text is a template (Go text/template `{{ }}` actions, as in moby's profile generator):
   * it must be rendered before AppArmor can read it, so it is not parsed as a profile.
   */
  template?: boolean;
  /** Includes outside any profile, such as `#include <tunables/global>`. */
  includes: Include[];
  /** Variables after all assignments, including the standard tunables pulled in by includes. */
  variables: Record<string, string[]>;
  abi?: string;
  comments: Comment[];
  diagnostics: Finding[];
}

/** The answer to "may this profile do X?", with the rule that decided it. */
export interface Decision {
  allowed: boolean;
  /** The kernel writes an audit record for it (an `audit` rule, an implicit denial, or complain mode). */
  audited: boolean;
  /** The deciding rule; absent when nothing matched. */
  rule?: { line: number; text: string };
  /** A sentence for the learner: what decided, and why. */
  reason: string;
}

export interface FileDecision extends Decision {
  /** For exec: how the program would run. */
  execMode?: ExecMode;
  /** For exec: the profile it would transition to, when the rule names one. */
  target?: string;
}

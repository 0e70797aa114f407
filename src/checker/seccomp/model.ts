import type { Finding, Span } from '../core/types';

export interface Located<T> {
  value: T;
  span: Span;
}

/** One entry of `syscalls`: an action for some system calls, possibly only for some arguments or capabilities. */
export interface SyscallRule {
  span: Span;
  /** `names`, or the old single `name`. */
  names: Located<string>[];
  action: Located<string> | null;
  errnoRet: Located<number> | null;
  /** The rule compares arguments, so it covers only some calls of these names. */
  hasArgs: boolean;
  /** Docker's conditions: the rule only applies with these capabilities, architectures or kernel version. */
  includes: { caps: string[]; arches: string[]; minKernel: string | null };
  excludes: { caps: string[]; arches: string[] };
}

export interface SeccompModel {
  /** `profile`: a Docker or bare OCI seccomp object; `oci-config`: a runtime config.json whose `linux.seccomp` was read. */
  format: 'profile' | 'oci-config' | 'none';
  /** The seccomp object, or null when the text is not one. */
  span: Span | null;
  defaultAction: Located<string> | null;
  defaultErrnoRet: Located<number> | null;
  /** `architectures` as written; null when absent. */
  architectures: Located<string>[] | null;
  /** Docker's `archMap` is present (it takes the place of `architectures`). */
  archMap: boolean;
  syscalls: SyscallRule[];
  /** Go's encoding/json error for malformed text, the one Docker's client prints; null when the text is JSON. */
  jsonError: string | null;
  /** What the daemon says when it cannot decode the profile's types; null when it can. */
  decodeError: string | null;
  diagnostics: Finding[];
}

/** The actions runc knows; any other string stops the container ("is not a valid action for seccomp"). */
export const SECCOMP_ACTIONS = [
  'SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD', 'SCMP_ACT_TRAP', 'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE', 'SCMP_ACT_ALLOW', 'SCMP_ACT_LOG', 'SCMP_ACT_NOTIFY',
] as const;

/** Actions that let the call reach the kernel. */
export const ALLOWING_ACTIONS: ReadonlySet<string> = new Set(['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG']);

export const SECCOMP_ARCHES = [
  'SCMP_ARCH_X86', 'SCMP_ARCH_X86_64', 'SCMP_ARCH_X32', 'SCMP_ARCH_ARM', 'SCMP_ARCH_AARCH64', 'SCMP_ARCH_MIPS',
  'SCMP_ARCH_MIPS64', 'SCMP_ARCH_MIPS64N32', 'SCMP_ARCH_MIPSEL', 'SCMP_ARCH_MIPSEL64', 'SCMP_ARCH_MIPSEL64N32',
  'SCMP_ARCH_PPC', 'SCMP_ARCH_PPC64', 'SCMP_ARCH_PPC64LE', 'SCMP_ARCH_S390', 'SCMP_ARCH_S390X', 'SCMP_ARCH_PARISC',
  'SCMP_ARCH_PARISC64', 'SCMP_ARCH_RISCV64', 'SCMP_ARCH_LOONGARCH64', 'SCMP_ARCH_M68K', 'SCMP_ARCH_SH', 'SCMP_ARCH_SHEB',
] as const;

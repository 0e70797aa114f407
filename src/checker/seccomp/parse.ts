import type { Finding, Span } from '../core/types';
import { member, parseJson, type JsonNode } from './json';
import { SECCOMP_ACTIONS, SECCOMP_ARCHES, type Located, type SeccompModel, type SyscallRule } from './model';

export const SYNTAX_RULE_ID = 'seccomp-syntax';

const WHOLE: Span = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** Go's name for a JSON value's type in "cannot unmarshal X". */
function goType(node: JsonNode): string {
  return node.type === 'boolean' ? 'bool' : node.type;
}

class Reader {
  readonly diagnostics: Finding[] = [];
  decodeError: string | null = null;

  report(span: Span, message: string): void {
    this.diagnostics.push({ ruleId: SYNTAX_RULE_ID, severity: 'error', message, ...span });
  }

  /** A value of the wrong JSON type: the daemon refuses the whole profile with Go's message for the first one. */
  wrongType(node: JsonNode, field: string, goField: string, want: string, wantWords: string): void {
    this.decodeError ??= `Decoding seccomp profile failed: json: cannot unmarshal ${goType(node)} into Go struct field ${goField} of type ${want}`;
    this.report(node.span, `"${field}" must be ${wantWords}, not a JSON ${node.type}; Docker refuses the profile.`);
  }

  string(node: JsonNode | undefined, field: string, goField: string, goWant: string): Located<string> | null {
    if (!node || node.type === 'null') return null;
    if (node.type !== 'string') {
      this.wrongType(node, field, goField, goWant, 'a string');
      return null;
    }
    return { value: node.value, span: node.span };
  }

  unsigned(node: JsonNode | undefined, field: string, goField: string): Located<number> | null {
    if (!node || node.type === 'null') return null;
    if (node.type !== 'number' || !Number.isInteger(node.value) || node.value < 0) {
      if (node.type === 'number') this.decodeError ??= `Decoding seccomp profile failed: json: cannot unmarshal number ${node.value} into Go struct field ${goField} of type uint`;
      this.wrongType(node, field, goField, 'uint', 'a non-negative whole number');
      return null;
    }
    return { value: node.value, span: node.span };
  }

  strings(node: JsonNode | undefined, field: string, goField: string, goItem: string): Located<string>[] | null {
    if (!node || node.type === 'null') return null;
    if (node.type !== 'array') {
      this.wrongType(node, field, goField, `[]${goItem}`, 'a list of strings');
      return null;
    }
    const out: Located<string>[] = [];
    for (const item of node.items) {
      const value = this.string(item, field, goField, goItem);
      if (value) out.push(value);
    }
    return out;
  }

  action(node: JsonNode | undefined, field: string, goField: string): Located<string> | null {
    const action = this.string(node, field, goField, 'specs.LinuxSeccompAction');
    if (action && !(SECCOMP_ACTIONS as readonly string[]).includes(action.value)) {
      this.report(action.span, `"${action.value}" is not a seccomp action; runc refuses to start the container. Use one of ${SECCOMP_ACTIONS.join(', ')}.`);
    }
    return action;
  }

  conditions(node: JsonNode | undefined, field: string): { caps: string[]; arches: string[]; minKernel: string | null } {
    if (!node || node.type === 'null') return { caps: [], arches: [], minKernel: null };
    if (node.type !== 'object') {
      this.wrongType(node, field, `Syscall.syscalls.${field}`, 'seccomp.Filter', 'an object');
      return { caps: [], arches: [], minKernel: null };
    }
    const caps = this.strings(member(node, 'caps')?.value, `${field}.caps`, `Syscall.syscalls.${field}.caps`, 'string') ?? [];
    const arches = this.strings(member(node, 'arches')?.value, `${field}.arches`, `Syscall.syscalls.${field}.arches`, 'string') ?? [];
    const minKernel = this.string(member(node, 'minKernel')?.value, `${field}.minKernel`, `Syscall.syscalls.${field}.minKernel`, '*seccomp.KernelVersion');
    return { caps: caps.map((c) => c.value), arches: arches.map((a) => a.value), minKernel: minKernel?.value ?? null };
  }

  rule(node: JsonNode): SyscallRule | null {
    if (node.type === 'null') return null;
    if (node.type !== 'object') {
      this.wrongType(node, 'syscalls', 'Seccomp.syscalls', 'seccomp.Syscall', 'a list of objects');
      return null;
    }
    const names = this.strings(member(node, 'names')?.value, 'names', 'Syscall.syscalls.names', 'string') ?? [];
    const single = this.string(member(node, 'name')?.value, 'name', 'Syscall.syscalls.name', 'string');
    if (single) names.push(single);
    const action = this.action(member(node, 'action')?.value, 'action', 'Syscall.syscalls.action');
    const errnoRet = this.unsigned(member(node, 'errnoRet')?.value, 'errnoRet', 'Syscall.syscalls.errnoRet');
    const args = member(node, 'args')?.value;
    let hasArgs = false;
    if (args && args.type !== 'null') {
      if (args.type !== 'array') this.wrongType(args, 'args', 'Syscall.syscalls.args', '[]*specs.LinuxSeccompArg', 'a list of objects');
      else hasArgs = args.items.length > 0;
    }
    if (names.length === 0) this.report(node.span, 'This rule names no system call; give it "names": [...].');
    if (!action && !member(node, 'action')) {
      this.report(node.span, 'This rule has no "action"; runc refuses to start the container ("string  is not a valid action for seccomp").');
    }
    if (errnoRet && action && action.value !== 'SCMP_ACT_ERRNO' && action.value !== 'SCMP_ACT_TRACE') {
      this.report(errnoRet.span, `"errnoRet" only applies to SCMP_ACT_ERRNO and SCMP_ACT_TRACE, not ${action.value}.`);
    }
    return {
      span: node.span, names, action, errnoRet, hasArgs,
      includes: this.conditions(member(node, 'includes')?.value, 'includes'),
      excludes: (({ caps, arches }) => ({ caps, arches }))(this.conditions(member(node, 'excludes')?.value, 'excludes')),
    };
  }
}

function emptyModel(extra: Partial<SeccompModel>): SeccompModel {
  return {
    format: 'none', span: null, defaultAction: null, defaultErrnoRet: null, architectures: null, archMap: false,
    syscalls: [], jsonError: null, decodeError: null, diagnostics: [], ...extra,
  };
}

/** Parses a seccomp profile (Docker's format, a bare OCI seccomp object, or an OCI config.json); never throws. */
export function parseSeccompText(text: string): SeccompModel {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, span } = parsed.error;
    return emptyModel({
      jsonError: message,
      diagnostics: [{ ruleId: SYNTAX_RULE_ID, severity: 'error', message: `This is not valid JSON: ${message}. Docker refuses the profile.`, ...span }],
    });
  }
  const root = parsed.value;
  const reader = new Reader();
  if (root.type !== 'object') {
    return emptyModel({
      decodeError: `Decoding seccomp profile failed: json: cannot unmarshal ${goType(root)} into Go value of type seccomp.Seccomp`,
      diagnostics: [{ ruleId: SYNTAX_RULE_ID, severity: 'error', message: 'A seccomp profile is a JSON object ({ "defaultAction": ..., "syscalls": [...] }).', ...(root.span ?? WHOLE) }],
    });
  }
  const linux = member(root, 'linux')?.value;
  const nested = member(linux, 'seccomp')?.value;
  const format = nested?.type === 'object' ? 'oci-config' : 'profile';
  const profile = nested?.type === 'object' ? nested : root;
  const defaultAction = reader.action(member(profile, 'defaultAction')?.value, 'defaultAction', 'Seccomp.defaultAction');
  const defaultErrnoRet = reader.unsigned(member(profile, 'defaultErrnoRet')?.value, 'defaultErrnoRet', 'Seccomp.defaultErrnoRet');
  const architectures = reader.strings(member(profile, 'architectures')?.value, 'architectures', 'Seccomp.architectures', 'specs.Arch');
  for (const arch of architectures ?? []) {
    if (!(SECCOMP_ARCHES as readonly string[]).includes(arch.value)) reader.report(arch.span, `"${arch.value}" is not a seccomp architecture; runc refuses to start the container.`);
  }
  const archMapNode = member(profile, 'archMap')?.value;
  if (archMapNode && archMapNode.type !== 'array' && archMapNode.type !== 'null') reader.wrongType(archMapNode, 'archMap', 'Seccomp.archMap', '[]seccomp.Architecture', 'a list of objects');
  const syscallsNode = member(profile, 'syscalls')?.value;
  const syscalls: SyscallRule[] = [];
  if (syscallsNode && syscallsNode.type !== 'null') {
    if (syscallsNode.type !== 'array') reader.wrongType(syscallsNode, 'syscalls', 'Seccomp.syscalls', '[]*seccomp.Syscall', 'a list of rules');
    else for (const item of syscallsNode.items) {
      const rule = reader.rule(item);
      if (rule) syscalls.push(rule);
    }
  }
  if (defaultErrnoRet && defaultAction && defaultAction.value !== 'SCMP_ACT_ERRNO' && defaultAction.value !== 'SCMP_ACT_TRACE') {
    reader.report(defaultErrnoRet.span, `"defaultErrnoRet" only applies when defaultAction is SCMP_ACT_ERRNO or SCMP_ACT_TRACE, not ${defaultAction.value}.`);
  }
  return {
    format, span: profile.span, defaultAction, defaultErrnoRet, architectures,
    archMap: archMapNode?.type === 'array', syscalls, jsonError: null, decodeError: reader.decodeError,
    diagnostics: reader.diagnostics,
  };
}

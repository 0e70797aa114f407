import type { MessageData } from '../core/types';
import { worded, type Worded } from '../core/worded';

/**
 * `seccomp-syntax` findings: what stops Docker or runc from loading the profile. `{{detail}}` is Go's
 * encoding/json text, the one Docker's client prints; `{{got}}` is a JSON type name.
 */
export const SECCOMP_SYNTAX_MESSAGES = {
  notJson: 'This is not valid JSON: {{detail}}. Docker refuses the profile.',
  notObject: 'A seccomp profile is a JSON object ({ "defaultAction": ..., "syscalls": [...] }).',
  wantString: '"{{field}}" must be a string, not a JSON {{got}}; Docker refuses the profile.',
  wantUnsigned: '"{{field}}" must be a non-negative whole number, not a JSON {{got}}; Docker refuses the profile.',
  wantStrings: '"{{field}}" must be a list of strings, not a JSON {{got}}; Docker refuses the profile.',
  wantObjects: '"{{field}}" must be a list of objects, not a JSON {{got}}; Docker refuses the profile.',
  wantObject: '"{{field}}" must be an object, not a JSON {{got}}; Docker refuses the profile.',
  unknownAction: '"{{action}}" is not a seccomp action; runc refuses to start the container. Use one of {{actions}}.',
  unknownArch: '"{{arch}}" is not a seccomp architecture; runc refuses to start the container.',
  noNames: 'This rule names no system call; give it "names": [...].',
  noAction: 'This rule has no "action"; runc refuses to start the container ("string  is not a valid action for seccomp").',
  errnoRetOnly: '"errnoRet" only applies to SCMP_ACT_ERRNO and SCMP_ACT_TRACE, not {{action}}.',
  defaultErrnoRetOnly: '"defaultErrnoRet" only applies when defaultAction is SCMP_ACT_ERRNO or SCMP_ACT_TRACE, not {{action}}.',
} as const;

export type SeccompSyntaxId = keyof typeof SECCOMP_SYNTAX_MESSAGES;

export function seccompProblem(id: SeccompSyntaxId, data?: MessageData): Worded {
  return worded(SECCOMP_SYNTAX_MESSAGES, id, data);
}

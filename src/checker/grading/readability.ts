import type { Finding } from '../core/types';

/**
 * Findings that mean the tool at the other end cannot take the file at all: Docker stops before the
 * first step, apparmor_parser or Compose refuses the file, or the checker could not read it. Every
 * exercise grades them for every file, whatever rules it lists.
 */
const UNREADABLE = new Set([
  // Dockerfile: the BuildKit frontend stops on each of these before anything is built.
  'no-from', 'unknown-instruction', 'instruction-before-from', 'unterminated-heredoc', 'unresolved-base-image',
  'malformed-json-form', 'parse-error',
  // Any kind: syntax errors, and input the checker refuses or could not analyse.
  'run-syntax', 'compose-syntax', 'kubernetes-syntax', 'apparmor-syntax', 'seccomp-syntax',
  'input-too-large', 'binary-input', 'internal-error',
]);

export function isUnreadable(finding: Finding): boolean {
  return UNREADABLE.has(finding.ruleId);
}

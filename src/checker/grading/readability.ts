import type { Finding, Kind } from '../core/types';

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
  'run-syntax', 'compose-syntax', 'kubernetes-syntax', 'apparmor-syntax',
  'input-too-large', 'binary-input', 'internal-error',
]);

export function isUnreadable(finding: Finding): boolean {
  return UNREADABLE.has(finding.ruleId);
}

interface Wording {
  title(file: string): string;
  passed: string;
  why: string;
}

/** How each kind says "this file can be used", in the words of the tool that uses it. */
export const READABLE_WORDING: Record<Kind, Wording> = {
  dockerfile: {
    title: (file) => `${file} can be built`,
    passed: 'Docker can read every instruction.',
    why: 'A Dockerfile with an unknown instruction, no FROM or a broken JSON array stops the build before its first step, so nothing else about it matters yet.',
  },
  run: {
    title: (file) => `${file} is a valid docker run script`,
    passed: 'The shell and docker run can read every line.',
    why: 'An unknown option or an unclosed quote makes docker run refuse the line, so the container never starts.',
  },
  apparmor: {
    title: (file) => `${file} can be loaded by apparmor_parser`,
    passed: 'apparmor_parser can read the whole profile.',
    why: 'apparmor_parser refuses a profile with a syntax error, so nothing is confined by it.',
  },
  compose: {
    title: (file) => `${file} can be read by Docker Compose`,
    passed: 'Compose can read the whole file.',
    why: 'Compose refuses a file that is not valid YAML or has settings of the wrong type, so no service starts.',
  },
  kubernetes: {
    title: (file) => `${file} can be read by kubectl`,
    passed: 'kubectl can read every document in the file.',
    why: 'kubectl rejects a manifest that is not valid YAML, so nothing is deployed.',
  },
};

import { formatMessage } from '../core/messages';
import type { Finding, MessageData, Severity, Span } from '../core/types';

/**
 * What the Dockerfile parser says when Docker would not get as far as the rules: by diagnostic id (the
 * finding's ruleId), then message id, in English. Diagnostics belong to no rule, so no RuleMeta carries
 * these; the translations in src/checker/i18n word the same ids, typed as DiagnosticTexts so none is missed.
 */
export const DOCKERFILE_DIAGNOSTICS = {
  'no-from': {
    noFrom: 'This Dockerfile has no FROM instruction: every build starts from a base image, e.g. FROM alpine:3.24.',
  },
  'unknown-instruction': {
    notAnInstruction: '"{{keyword}}" is not a Dockerfile instruction; the build stops here. Check the spelling, or the line continuation of the line above.',
  },
  'instruction-before-from': {
    beforeFrom: '{{keyword}} comes before the first FROM; only ARG may appear there. Move it below FROM.',
  },
  'unterminated-heredoc': {
    unterminated: 'The heredoc <<{{name}} is never closed: add a line containing only {{name}} after its content.',
  },
  'unresolved-base-image': {
    noImage: 'FROM needs an image name, e.g. FROM alpine:3.24.',
    unsetVariable: 'The base image "{{image}}" uses a variable without a value; give the ARG a default before the first FROM.',
  },
  'variable-too-long': {
    tooLong: '{{name}} expands to more than 64 KB (variables that double themselves grow without bound); Shipshape checks the file with the value cut short. Give it a plain value.',
  },
  'parse-error': {
    // BuildKit's own words for it, which is what `docker build` prints.
    userWithoutArgument: 'USER requires exactly one argument',
    unreadable: 'This file could not be read as a Dockerfile ({{detail}}).',
  },
} as const;

export type DockerfileDiagnosticId = keyof typeof DOCKERFILE_DIAGNOSTICS;

/** A parser finding, worded by message id like a rule's, so every language can say it. */
export function diagnostic<I extends DockerfileDiagnosticId>(
  ruleId: I,
  messageId: keyof (typeof DOCKERFILE_DIAGNOSTICS)[I] & string,
  severity: Severity,
  span: Span,
  data?: MessageData,
): Finding {
  const messages: Readonly<Record<string, string>> = DOCKERFILE_DIAGNOSTICS[ruleId];
  return { ruleId, severity, message: formatMessage(messages[messageId] ?? '', data), messageId, ...(data ? { data } : {}), ...span };
}

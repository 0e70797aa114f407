import { APPARMOR_SYNTAX_MESSAGES, APPARMOR_TEMPLATE_MESSAGES } from '../apparmor/diagnostics';
import { COMPOSE_SYNTAX_MESSAGES } from '../compose/diagnostics';
import { COMPOSE_MERGE_MESSAGES } from '../compose/merge/diagnostics';
import { INTERNAL_ERROR, INTERNAL_ERROR_MESSAGES } from '../core/internal-error';
import { KUBERNETES_SYNTAX_MESSAGES } from '../kubernetes/diagnostics';
import { BINARY_INPUT, INPUT_TOO_LARGE, REFUSAL_MESSAGES } from '../registry/input-guard';
import { RUN_SYNTAX_MESSAGES } from '../run/diagnostics';
import { SECCOMP_SYNTAX_MESSAGES } from '../seccomp/diagnostics';
import { SUPPRESSION_MESSAGES, UNUSED_SUPPRESSION } from '../core/suppression-messages';

/**
 * The English catalogues of findings no rule reports, by their rule id: syntax diagnostics of the
 * parsers, refused input and internal errors. A translation words the same ids (zh-cn-diagnostics.ts).
 */
export const DIAGNOSTIC_MESSAGES = {
  'run-syntax': RUN_SYNTAX_MESSAGES,
  'compose-syntax': COMPOSE_SYNTAX_MESSAGES,
  'compose-merge': COMPOSE_MERGE_MESSAGES,
  'kubernetes-syntax': KUBERNETES_SYNTAX_MESSAGES,
  'apparmor-syntax': APPARMOR_SYNTAX_MESSAGES,
  'apparmor-template': APPARMOR_TEMPLATE_MESSAGES,
  'seccomp-syntax': SECCOMP_SYNTAX_MESSAGES,
  [INPUT_TOO_LARGE]: REFUSAL_MESSAGES,
  [BINARY_INPUT]: REFUSAL_MESSAGES,
  [INTERNAL_ERROR]: INTERNAL_ERROR_MESSAGES,
  [UNUSED_SUPPRESSION]: SUPPRESSION_MESSAGES,
} as const;

/** A translation of every diagnostic catalogue: each message id of the English one, worded in the language. */
export type DiagnosticTranslation = { readonly [R in keyof typeof DIAGNOSTIC_MESSAGES]: Readonly<Record<keyof (typeof DIAGNOSTIC_MESSAGES)[R], string>> };

import { worded, type Worded } from '../core/worded';

/** `kubernetes-syntax` findings; `{{detail}}` is the YAML library's own text. */
export const KUBERNETES_SYNTAX_MESSAGES = {
  yamlError: 'YAML error: {{detail}} The rest of this document is not checked until it parses.',
  unreadable: 'This manifest could not be read: {{detail}}',
} as const;

export function kubernetesProblem(id: keyof typeof KUBERNETES_SYNTAX_MESSAGES, detail: string): Worded {
  return worded(KUBERNETES_SYNTAX_MESSAGES, id, { detail });
}

import { formatMessage } from './messages';
import type { Finding, MessageData } from './types';

/**
 * A finding's text that comes from no rule (a parser diagnostic, an internal error): its English
 * sentence, and the id and data a reader in another language words it again from. Sentences still
 * written as plain text (a library's own error) carry no id.
 */
export type Worded = Pick<Finding, 'message' | 'messageId' | 'data'>;

/** A message of a diagnostics catalogue, with its placeholders filled. */
export function worded<C extends Readonly<Record<string, string>>>(catalogue: C, messageId: keyof C & string, data?: MessageData): Worded {
  return { message: formatMessage(catalogue[messageId] ?? '', data), messageId, ...(data ? { data } : {}) };
}

/** Plain text as a Worded, so reporters take either. */
export function asWorded(text: string | Worded): Worded {
  return typeof text === 'string' ? { message: text } : text;
}

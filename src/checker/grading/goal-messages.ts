import type { GoalResult } from './exercise';

type Data = Readonly<Record<string, string | number>>;

interface Details<Id extends string> {
  fix?: Id;
  data?: Data;
  line?: number;
  file?: string;
}

export interface Say<Id extends string> {
  pass(messageId: Id, data?: Data): GoalResult;
  fail(messageId: Id, details?: Details<Id>): GoalResult;
}

/**
 * Results worded by message id, typed against one table of messages, so a goal can only name a
 * message its table (and therefore every translation of it) has.
 */
export function sayFrom<M extends Readonly<Record<string, string>>>(_messages: M): Say<keyof M & string> {
  return {
    pass: (messageId, data) => ({ pass: true, messageId, ...(data ? { data } : {}) }),
    fail: (messageId, details = {}) => ({
      pass: false,
      messageId,
      ...(details.fix !== undefined ? { fixId: details.fix } : {}),
      ...(details.data ? { data: details.data } : {}),
      ...(details.line !== undefined ? { line: details.line } : {}),
      ...(details.file !== undefined ? { file: details.file } : {}),
    }),
  };
}

/** A list of names as the course words it: all of them up to four, else the first three and a count. */
export function nameList(names: readonly string[]): { names: string; more: number } {
  return names.length <= 4 ? { names: names.join(', '), more: 0 } : { names: names.slice(0, 3).join(', '), more: names.length - 3 };
}

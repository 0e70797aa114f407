import { KIND_LABEL, KINDS } from '../core/internal-error';
import type { Finding, Kind } from '../core/types';
import { worded } from '../core/worded';

/** Larger inputs are refused: no real Dockerfile, profile or manifest comes near it, and a page must stay responsive. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export const INPUT_TOO_LARGE = 'input-too-large';
export const BINARY_INPUT = 'binary-input';

/** `inputTooLargeCompose`, `binaryInputRun`: one message per kind, so the kind's name is a word of the message's language. */
export function refusalId(ruleId: typeof INPUT_TOO_LARGE | typeof BINARY_INPUT, kind: Kind): string {
  const camel = ruleId.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `${camel}${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}`;
}

/** The refusals of a language, by id, from its name for each kind. */
export function refusalMessages(kindLabel: Readonly<Record<Kind, string>>, tooLarge: (kind: string) => string, binary: (kind: string) => string): Readonly<Record<string, string>> {
  return Object.fromEntries(KINDS.flatMap((kind) => [
    [refusalId(INPUT_TOO_LARGE, kind), tooLarge(kindLabel[kind])],
    [refusalId(BINARY_INPUT, kind), binary(kindLabel[kind])],
  ]));
}

export const REFUSAL_MESSAGES = refusalMessages(KIND_LABEL,
  (kind) => `This ${kind} is larger than 5 MB, the most Shipshape analyses; check a smaller file or split this one.`,
  (kind) => `This input contains NUL bytes, so it is binary data rather than a ${kind}; pass the text file itself.`);

/** UTF-8 size, computed only when the UTF-16 length leaves the answer open (each code unit is 1 to 3 bytes). */
function exceedsLimit(text: string): boolean {
  if (text.length > MAX_INPUT_BYTES) return true;
  if (text.length * 3 <= MAX_INPUT_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_INPUT_BYTES;
}

function endOfFirstLine(text: string): number {
  const end = text.search(/\r|\n/);
  return 1 + Math.min(end === -1 ? text.length : end, 200);
}

/**
 * Says why a text is not analysed at all, or returns null when it can be.
 * Both checks keep the answer instant: a binary or huge paste gets one clear finding instead of a frozen page.
 */
export function refuseInput(kind: Kind, text: string): Finding | null {
  const span = { line: 1, column: 1, endLine: 1 };
  if (exceedsLimit(text)) {
    return {
      ruleId: INPUT_TOO_LARGE,
      severity: 'error',
      ...worded(REFUSAL_MESSAGES, refusalId(INPUT_TOO_LARGE, kind)),
      ...span,
      endColumn: 1,
    };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return {
      ruleId: BINARY_INPUT,
      severity: 'error',
      ...worded(REFUSAL_MESSAGES, refusalId(BINARY_INPUT, kind)),
      ...span,
      endColumn: endOfFirstLine(text),
    };
  }
  return null;
}

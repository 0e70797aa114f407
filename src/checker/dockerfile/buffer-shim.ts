/**
 * dockerfile-ast checks for a UTF-8 byte-order mark with Node's `Buffer.from(char, 'UTF-8')`, which
 * browsers lack. Where there is no Buffer, give it the one method it calls, backed by TextEncoder,
 * so the same parser runs unchanged in the page, in tests and in the CLI.
 */
const scope = globalThis as { Buffer?: unknown };
if (typeof scope.Buffer === 'undefined') {
  const encoder = new TextEncoder();
  scope.Buffer = { from: (text: string) => encoder.encode(text) };
}

export {};

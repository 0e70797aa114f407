/** Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF and unpaired surrogates): written as visible escapes. */
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visible(text: string): string {
  return text.replace(INVALID, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text content. */
export function xmlText(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; line breaks survive as character references. */
export function xmlAttr(text: string | number): string {
  return xmlText(String(text)).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function attrs(pairs: readonly [string, string | number][]): string {
  return pairs.map(([k, v]) => ` ${k}="${xmlAttr(v)}"`).join('');
}

/**
 * English prose left in a Chinese text: common English words, once what stays as written is taken
 * out (quoted tool output, code spans, options, paths, ids with `-`, `.`, `_`, `/` or `:`, command names, and ASCII
 * glosses in full-width brackets such as “（unconfined）”).
 */
const WORDS = /\b(?:the|is|are|was|were|not|and|but|from|with|its|which|given|unknown|none|yes|no|runs|of|in|to|or|for|be|can|cannot|could|must|this|that|these|files?|found|problems?|checked|skipped|usage|lists|needs?|only|once|one|give|use|option|command|value|lesson|site|why|fix|note)\b/i;

const COMMANDS = /\b(?:shipshape|docker|run|lint|explain|rules|compose|kubectl|helm|template|apparmor_parser)\b/g;

export function strippedProse(text: string): string {
  return text
    .replace(COMMANDS, ' ')
    .replace(/"[^"\n]*"|`[^`\n]*`|“[^”\n]*[a-z][^”\n]*”/g, ' ')
    .replace(/（[\x20-\x7e]+）|\([\x20-\x7e]*\)/g, ' ')
    .replace(/--?[\w-]+|\S*[.:_/=*\\-]\S*|\b[A-Z][A-Z0-9_]+\b/g, ' ');
}

/** The first English word found in the prose, or null. */
export function englishIn(text: string): string | null {
  return WORDS.exec(strippedProse(text))?.[0] ?? null;
}

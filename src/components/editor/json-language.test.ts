import { describe, expect, it } from 'vitest';
import { jsonConfiguration, jsonLanguageId, jsonMonarch } from './json-language';

/** The first rule of the grammar that matches at the start of `text`, and its token. */
function tokenAt(text: string): string | undefined {
  for (const rule of jsonMonarch.tokenizer.root ?? []) {
    if (!Array.isArray(rule)) continue;
    const [regex, action] = rule;
    const match = new RegExp(`^(?:${(regex instanceof RegExp ? regex.source : String(regex))})`).exec(text);
    if (match && match[0].length > 0) return typeof action === 'string' ? action : undefined;
  }
  return undefined;
}

describe('the JSON grammar of the editor', () => {
  it('registers as json with bracket pairs', () => {
    expect(jsonLanguageId).toBe('json');
    expect(jsonConfiguration.brackets).toEqual([['{', '}'], ['[', ']']]);
  });

  it('tells keys, seccomp constants, strings and numbers apart', () => {
    expect(tokenAt('"defaultAction": "SCMP_ACT_ERRNO"')).toBe('attribute.name');
    expect(tokenAt('"SCMP_ACT_ERRNO",')).toBe('keyword');
    expect(tokenAt('"mount", "unshare"')).toBe('string');
    expect(tokenAt('13 }')).toBe('number');
    expect(tokenAt('null')).toBe('keyword');
    expect(tokenAt('{')).toBe('delimiter.curly');
  });
});

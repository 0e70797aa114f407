/** Values visible to an instruction: ARG and ENV names; null for an ARG declared without a default. */
export type Scope = Pick<ReadonlyMap<string, string | null>, 'get' | 'has'>;

export interface Substituted {
  value: string;
  /** A variable had no value and no default, so the result is not what the build will use. */
  unresolved: boolean;
}

/**
 * The longest value an expansion produces; the rest is cut. No real ARG or ENV comes near it, and
 * self-doubling ARGs (`ARG V1=$V0$V0`, thirty times) would otherwise grow past what a string can hold.
 */
export const MAX_EXPANSION = 64 * 1024;

/** Sticky patterns, matched in place so each `$` costs only the length of its own reference. */
const BRACED = /\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}/y;
const BARE = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `${VAR+alt}`
 * the way the Dockerfile frontend does for FROM, USER, COPY and friends.
 */
export function substitute(text: string, scope: Scope, escape = '\\'): Substituted {
  if (!text.includes('$')) return { value: text, unresolved: false };
  let value = '';
  let unresolved = false;
  for (let i = 0; i < text.length && value.length <= MAX_EXPANSION; i++) {
    const c = text[i] ?? '';
    if (c === escape && text[i + 1] === '$') {
      value += '$';
      i++;
      continue;
    }
    if (c !== '$') {
      value += c;
      continue;
    }
    BRACED.lastIndex = i + 1;
    const braced = BRACED.exec(text);
    if (braced) {
      const name = braced[1] ?? '';
      const op = braced[2];
      const word = braced[3] ?? '';
      const has = scope.has(name);
      const current = scope.get(name) ?? null;
      const set = has && current !== null;
      const nonEmpty = set && current !== '';
      if (op === ':-') value += nonEmpty ? current : word;
      else if (op === '-') value += set ? current : word;
      else if (op === ':+') value += nonEmpty ? word : '';
      else if (op === '+') value += set ? word : '';
      else if (set) value += current;
      else unresolved = true;
      i += braced[0].length;
      continue;
    }
    BARE.lastIndex = i + 1;
    const bare = BARE.exec(text);
    if (bare) {
      const current = scope.get(bare[0]) ?? null;
      if (current === null) unresolved = true;
      else value += current;
      i += bare[0].length;
      continue;
    }
    value += c;
  }
  if (value.length > MAX_EXPANSION) return { value: value.slice(0, MAX_EXPANSION), unresolved };
  return { value, unresolved };
}

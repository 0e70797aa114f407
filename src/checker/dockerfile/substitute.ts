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

/**
 * One word as the Dockerfile frontend reads it for USER, ENV and ARG values (BuildKit's shell lexer,
 * ProcessWord): quotes are removed, single quotes keep everything literal, the escape character
 * escapes the next character (inside double quotes only `"`, `$` and itself), and variables expand;
 * an unset variable is empty. `${NAME:?message}` and pattern operators are kept as written. Like
 * `substitute`, the result stops at MAX_EXPANSION characters.
 */
export function expandWord(text: string, scope: Scope, escape = '\\'): Substituted {
  let unresolved = false;
  let i = 0;

  const lookup = (name: string): string | null => (scope.has(name) ? scope.get(name) ?? null : null);

  function name(): string {
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^\d+/.exec(text.slice(i));
    const found = m?.[0] ?? '';
    i += found.length;
    return found;
  }

  /** Reads up to `stop` (the closing brace of a modifier) or the end, expanding as it goes. */
  function until(stop: string | null): string {
    let out = '';
    while (i < text.length && out.length <= MAX_EXPANSION) {
      const c = text[i] ?? '';
      if (stop !== null && c === stop) { i++; return out; }
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        if (end === -1) { out += text.slice(i + 1); i = text.length; return out; }
        out += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          const d = text[i] ?? '';
          if (d === '$') out += dollar();
          else if (d === escape && ['"', '$', escape].includes(text[i + 1] ?? '')) { out += text[i + 1]; i += 2; }
          else { out += d; i++; }
        }
        i++;
      } else if (c === '$') {
        out += dollar();
      } else if (c === escape) {
        if (i + 1 < text.length) out += text[i + 1];
        i += 2;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  function dollar(): string {
    const start = i;
    i++;
    if (text[i] !== '{') {
      const n = name();
      if (n === '') return '$';
      const v = lookup(n);
      if (v === null) unresolved = true;
      return v ?? '';
    }
    i++;
    const n = name();
    const op = /^(?::[-+?]|[-+?])/.exec(text.slice(i))?.[0];
    if (text[i] === '}') {
      i++;
      const v = lookup(n);
      if (v === null) unresolved = true;
      return v ?? '';
    }
    if (n === '' || op === undefined) {
      // Pattern operators and malformed references: keep the text, and say the value is unknown.
      const close = text.indexOf('}', i);
      i = close === -1 ? text.length : close + 1;
      unresolved = true;
      return text.slice(start, i);
    }
    i += op.length;
    const word = until('}');
    const v = lookup(n);
    const set = v !== null;
    const nonEmpty = set && v !== '';
    const colon = op.startsWith(':');
    const kind = op.slice(-1);
    if (kind === '-') return (colon ? nonEmpty : set) ? v ?? '' : word;
    if (kind === '+') return (colon ? nonEmpty : set) ? word : '';
    if (!set) unresolved = true;
    return v ?? '';
  }

  const value = until(null).slice(0, MAX_EXPANSION);
  return { value, unresolved };
}

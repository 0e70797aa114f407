import type { List, Word, WordPart } from './ast';
import { evaluateArithmetic } from './arithmetic';

/** What expanding a word needs from the shell running it. */
export interface ExpansionContext {
  /** A variable's value (shell variables, then the environment); undefined when unset. */
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  /** $1, $2...; $0 is `lookup('0')`. */
  positional: readonly string[];
  /** The home directory of a user for `~user`; null when the user is unknown. */
  home(user: string): string | null;
  /** Runs a command substitution and returns what it printed on stdout. */
  substitute(list: List): string;
  /** Paths matching a pattern (backslash quotes a character), sorted; empty when nothing matches. */
  glob(pattern: string): string[];
  /** `set -u`: expanding an unset variable is an error. */
  nounset: boolean;
}

/** An expansion the shell refuses (`${X:?}`, `set -u`): the message after the shell's prefix. */
export class ExpansionError extends Error {}

const IFS_WHITESPACE = new Set([' ', '\t', '\n']);
const GLOB_CHARS = /[*?[]/;

interface Segment {
  text: string;
  /** Quoted text is never split into fields and never globbed. */
  quoted: boolean;
}

class Fields {
  readonly done: Segment[][] = [];
  private current: Segment[] | null = null;

  add(text: string, quoted: boolean): void {
    this.current ??= [];
    this.current.push({ text, quoted });
  }

  /** Unquoted expansion results split at blanks; runs of blanks separate fields and make none. */
  addSplitting(text: string): void {
    let buffer = '';
    for (const ch of text) {
      if (IFS_WHITESPACE.has(ch)) {
        if (buffer !== '') this.add(buffer, false);
        buffer = '';
        this.end();
      } else buffer += ch;
    }
    if (buffer !== '') this.add(buffer, false);
  }

  end(): void {
    if (this.current) this.done.push(this.current);
    this.current = null;
  }
}

function parameterValue(name: string, ctx: ExpansionContext): string | undefined {
  if (/^\d+$/.test(name) && name !== '0') return ctx.positional[Number(name) - 1];
  if (name === '#') return String(ctx.positional.length);
  if (name === '@' || name === '*') return ctx.positional.join(' ');
  return ctx.lookup(name);
}

function trimPattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const regex = globRegex(pattern);
  if (op === '#' || op === '##') {
    const lengths = [...Array(value.length + 1).keys()];
    for (const n of op === '#' ? lengths : lengths.reverse()) if (regex.test(value.slice(0, n))) return value.slice(n);
    return value;
  }
  const starts = [...Array(value.length + 1).keys()];
  for (const n of op === '%' ? starts.reverse() : starts) if (regex.test(value.slice(n))) return value.slice(0, n);
  return value;
}

/** `${NAME...}`: the value and whether it came out quoted. */
function expandParameter(part: Extract<WordPart, { kind: 'parameter' }>, ctx: ExpansionContext): string {
  const value = parameterValue(part.name, ctx);
  const argument = (): string => (part.argument ? expandToString(part.argument, ctx) : '');
  const unsetOrNull = value === undefined || value === '';
  switch (part.op) {
    case null:
      if (value === undefined && ctx.nounset && !['@', '*', '#', '?', '$', '!', '-', '0'].includes(part.name)) {
        throw new ExpansionError(`${part.name}: parameter not set`);
      }
      return value ?? '';
    case 'length': return String((value ?? '').length);
    case ':-': return unsetOrNull ? argument() : value;
    case '-': return value === undefined ? argument() : value;
    case ':=': case '=': {
      if (part.op === ':=' ? unsetOrNull : value === undefined) {
        const assigned = argument();
        ctx.assign(part.name, assigned);
        return assigned;
      }
      return value ?? '';
    }
    case ':+': return unsetOrNull ? '' : argument();
    case '+': return value === undefined ? '' : argument();
    case ':?': case '?': {
      if (part.op === ':?' ? unsetOrNull : value === undefined) {
        const message = argument();
        throw new ExpansionError(`${part.name}: ${message || (value === undefined ? 'parameter not set' : 'parameter null or not set')}`);
      }
      return value ?? '';
    }
    default: return trimPattern(value ?? '', part.argument?.source ?? '', part.op);
  }
}

/** Command substitution drops trailing newlines. */
function substitution(list: List, ctx: ExpansionContext): string {
  return ctx.substitute(list).replace(/\n+$/, '');
}

function expandParts(parts: WordPart[], ctx: ExpansionContext, fields: Fields): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'literal': fields.add(part.text, part.quoted); break;
      case 'tilde': {
        const home = part.user === '' ? ctx.lookup('HOME') ?? '' : ctx.home(part.user);
        fields.add(home ?? `~${part.user}`, true);
        break;
      }
      case 'parameter': {
        if (part.name === '@' && part.quoted && part.op === null) {
          ctx.positional.forEach((arg, i) => {
            if (i > 0) fields.end();
            fields.add(arg, true);
          });
          break;
        }
        const value = expandParameter(part, ctx);
        if (part.quoted) fields.add(value, true);
        else fields.addSplitting(value);
        break;
      }
      case 'command': {
        const value = substitution(part.list, ctx);
        if (part.quoted) fields.add(value, true);
        else fields.addSplitting(value);
        break;
      }
      case 'arithmetic': {
        const value = String(evaluateArithmetic(part.expression, (name) => ctx.lookup(name)));
        if (part.quoted) fields.add(value, true);
        else fields.addSplitting(value);
        break;
      }
    }
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/** Expands a word into fields: parameters, substitutions, field splitting, then pathname expansion. */
export function expandWord(word: Word, ctx: ExpansionContext): string[] {
  const fields = new Fields();
  expandParts(word.parts, ctx, fields);
  fields.end();
  return fields.done.flatMap((segments) => {
    const text = segments.map((s) => s.text).join('');
    const globbing = segments.some((s) => !s.quoted && GLOB_CHARS.test(s.text));
    if (!globbing) return [text];
    const pattern = segments.map((s) => (s.quoted ? escapeGlob(s.text) : s.text)).join('');
    const matches = ctx.glob(pattern);
    return matches.length > 0 ? matches : [text];
  });
}

/** Expands a word to one string, without field splitting or globbing (assignments, redirection targets, here-documents). */
export function expandToString(word: Word, ctx: ExpansionContext): string {
  let out = '';
  for (const part of word.parts) {
    if (part.kind === 'literal') out += part.text;
    else if (part.kind === 'tilde') out += part.user === '' ? ctx.lookup('HOME') ?? '' : ctx.home(part.user) ?? `~${part.user}`;
    else if (part.kind === 'parameter') out += expandParameter(part, ctx);
    else if (part.kind === 'command') out += substitution(part.list, ctx);
    else out += String(evaluateArithmetic(part.expression, (name) => ctx.lookup(name)));
  }
  return out;
}

/** A regular expression for a shell pattern (`*`, `?`, `[...]`, backslash quoting). */
export function globRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\' && i + 1 < pattern.length) {
      source += escapeRegex(pattern[++i] ?? '');
    } else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else source += escapeRegex(ch);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`);
}

/** Whether a pattern component has an unquoted glob character. */
export function hasGlob(component: string): boolean {
  for (let i = 0; i < component.length; i++) {
    if (component[i] === '\\') i++;
    else if (GLOB_CHARS.test(component[i] ?? '')) return true;
  }
  return false;
}

/** Removes backslash quoting from a pattern component. */
export function unescapePattern(component: string): string {
  return component.replace(/\\(.)/gs, '$1');
}

import type { PortSource, ProgramSpec, Route, ServerSpec } from './programs';

/**
 * What `go build` makes of a main package, read from its source. Only the shapes the course's
 * services use are understood: an http.ListenAndServe (or an http.Server's Addr) with a literal, flag
 * or environment port, handlers that write literal text, and fmt.Print* of literals. Anything else
 * keeps the simulator's old behaviour for a binary it cannot read (it runs and exits 0 without
 * output), because guessing a server or an output would show the learner something the program
 * might never do.
 */

/** Source with comments blanked out, strings kept, so patterns never match inside a comment. */
function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    const next = source[i + 1] ?? '';
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      out += ' ';
      continue;
    }
    if (c === '"' || c === '`' || c === '\'') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += c !== '`' && source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|` + '`[^`]*`';

/** The value of a Go string literal. */
function unquote(literal: string): string {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  return literal.slice(1, -1).replace(/\\(.)/g, (_m, ch: string) => ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' })[ch] ?? ch);
}

/** The text from an opening `(` or `{` at `open` to its partner, strings skipped. */
function balanced(source: string, open: number): string {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '"' || c === '`' || c === '\'') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += c !== '`' && source[j] === '\\' ? 2 : 1;
      i = j;
      continue;
    }
    const close = pairs[c];
    if (close) stack.push(close);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return source.slice(open, i + 1);
    }
  }
  return source.slice(open);
}

/** Splits a call's argument list at its top-level commas. */
function argumentsOf(call: string): string[] {
  const inner = call.slice(1, -1);
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] ?? '';
    if (c === '"' || c === '`' || c === '\'') {
      let j = i + 1;
      while (j < inner.length && inner[j] !== c) j += c !== '`' && inner[j] === '\\' ? 2 : 1;
      i = j;
    } else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last !== '') args.push(last);
  return args;
}

/** Every call of `name(` in the source, with its argument list. */
function calls(source: string, name: RegExp): { at: number; args: string[]; text: string }[] {
  const found: { at: number; args: string[]; text: string }[] = [];
  for (const match of source.matchAll(new RegExp(`${name.source}\\s*\\(`, 'g'))) {
    const open = (match.index ?? 0) + match[0].length - 1;
    const text = balanced(source, open);
    found.push({ at: match.index ?? 0, args: argumentsOf(text), text });
  }
  return found;
}

type Value = { kind: 'text'; text: string } | { kind: 'port'; prefix: string; source: PortSource };

/** A variable bound to a flag or an environment variable, with the default the code gives it. */
function bindingOf(source: string, name: string): PortSource | null {
  const escaped = name.replace(/[$]/g, '\\$');
  const flag = new RegExp(`\\b${escaped}\\s*:?=\\s*flag\\.String\\(\\s*(${STRING})\\s*,\\s*(${STRING})`).exec(source)
    ?? new RegExp(`flag\\.StringVar\\(\\s*&${escaped}\\s*,\\s*(${STRING})\\s*,\\s*(${STRING})`).exec(source);
  if (flag) {
    const fallback = unquote(flag[2] ?? '""').replace(/^:/, '');
    return /^\d+$/.test(fallback) ? { kind: 'flag', name: unquote(flag[1] ?? '""'), fallback: Number(fallback) } : null;
  }
  const env = new RegExp(`\\b${escaped}\\s*:?=\\s*os\\.Getenv\\(\\s*(${STRING})\\s*\\)`).exec(source);
  if (env) {
    const fallback = new RegExp(`if\\s+${escaped}\\s*==\\s*""\\s*\\{\\s*${escaped}\\s*=\\s*(${STRING})`).exec(source);
    const value = unquote(fallback?.[1] ?? '""').replace(/^:/, '');
    return /^\d+$/.test(value) ? { kind: 'env', name: unquote(env[1] ?? '""'), fallback: Number(value) } : null;
  }
  return null;
}

/** A string expression: literals, and at most one flag or environment variable joined with `+`. */
function evaluate(source: string, expression: string): Value | null {
  let text = '';
  let port: PortSource | null = null;
  for (const raw of expression.split('+').map((t) => t.trim())) {
    if (new RegExp(`^(?:${STRING})$`).test(raw)) {
      if (port) return null;
      text += unquote(raw);
      continue;
    }
    const name = /^\*?([A-Za-z_]\w*)$/.exec(raw)?.[1];
    const bound = name ? bindingOf(source, name) : null;
    if (!bound || port) return null;
    port = bound;
  }
  return port ? { kind: 'port', prefix: text, source: port } : { kind: 'text', text };
}

/** What a handler body writes to its ResponseWriter, when every write is a literal. */
function writesIn(body: string): string {
  let out = '';
  const pattern = new RegExp(`\\bw\\.Write\\(\\s*\\[\\]byte\\(\\s*(${STRING})\\s*\\)\\s*\\)|\\bfmt\\.Fprint(ln|f)?\\(\\s*w\\s*,\\s*(${STRING})\\s*\\)|\\bio\\.WriteString\\(\\s*w\\s*,\\s*(${STRING})\\s*\\)`, 'g');
  for (const m of body.matchAll(pattern)) {
    if (m[1]) out += unquote(m[1]);
    else if (m[3]) out += unquote(m[3]) + (m[2] === 'ln' ? '\n' : '');
    else if (m[4]) out += unquote(m[4]);
  }
  return out;
}

/** net/http sniffs the first bytes of a body to pick its Content-Type. */
function sniff(body: string): string {
  return /^\s*<(!DOCTYPE HTML|html|head|body|p|h1|div)/i.test(body) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
}

function routesOf(source: string): Route[] {
  return calls(source, /\b(?:http|mux|\w+)\.HandleFunc/).flatMap(({ args }) => {
    const [pattern = '', handler = ''] = args;
    if (!new RegExp(`^(?:${STRING})$`).test(pattern)) return [];
    const body = writesIn(handler);
    return [{ pattern: unquote(pattern), body, contentType: sniff(body) }];
  });
}

function serverIn(source: string): ServerSpec | 'unknown' | null {
  const listen = calls(source, /\bhttp\.ListenAndServe/)[0];
  const server = /\bAddr\s*:\s*([^,\n}]+)/.exec(source);
  const method = /\.ListenAndServe\(\s*\)/.test(source);
  if (!listen && !(server && method)) return null;
  const address = listen ? listen.args[0] ?? '' : server?.[1]?.trim() ?? '';
  const value = evaluate(source, address);
  if (!value) return 'unknown';
  const text = value.kind === 'text' ? value.text : value.prefix;
  const hostPort = /^([^:]*):(\d*)$/.exec(text);
  if (!hostPort) return 'unknown';
  let port: PortSource;
  if (value.kind === 'port') {
    if (hostPort[2] !== '') return 'unknown';
    port = value.source;
  } else {
    // ":" alone asks the kernel for any free port; the course never does that, so it is not modelled.
    if (hostPort[2] === '') return 'unknown';
    port = { kind: 'fixed', port: Number(hostPort[2]) };
  }
  const handler = listen ? (listen.args[1] ?? 'nil') : /\bHandler\s*:\s*([^,\n}]+)/.exec(source)?.[1]?.trim() ?? 'nil';
  const inline = /^http\.HandlerFunc\(/.test(handler) ? writesIn(handler) : null;
  const routes = inline !== null ? [{ pattern: '/', body: inline, contentType: sniff(inline) }] : routesOf(source);
  const fatal = listen ? /log\.Fatal(?:ln|f)?\(\s*$/.test(source.slice(0, listen.at)) : /log\.Fatal(?:ln|f)?\(\s*\w+\.ListenAndServe\(\s*\)/.test(source);
  return { host: hostPort[1] ?? '', port, routes, fatal };
}

/** fmt.Print, Println and Printf of literals, in source order, outside the handlers. */
function printedBy(source: string): string {
  let out = '';
  const handlers = calls(source, /\b(?:http|mux|\w+)\.HandleFunc|\bhttp\.HandlerFunc/).map((c) => [c.at, c.at + c.text.length] as const);
  for (const call of calls(source, /\bfmt\.Print(?:ln|f)?/)) {
    if (handlers.some(([from, to]) => call.at > from && call.at < to)) continue;
    const literals = call.args.map((a) => (new RegExp(`^(?:${STRING})$`).test(a) ? unquote(a) : null));
    if (literals.some((l) => l === null)) return '';
    const kind = /fmt\.Print(ln|f)?/.exec(source.slice(call.at))?.[1];
    if (kind === 'ln') out += `${literals.join(' ')}\n`;
    else if (kind === 'f') out += literals[0] ?? '';
    else out += literals.join('');
  }
  return out;
}

/** The behaviour of the program built from these Go files (one package); null when it is not one the simulator can read. */
export function goProgram(files: readonly string[]): ProgramSpec | null {
  const source = files.map(withoutComments).join('\n');
  if (!/\bpackage\s+main\b/.test(source) || !/\bfunc\s+main\s*\(\s*\)/.test(source)) return null;
  const server = serverIn(source);
  if (server === 'unknown') return null;
  return { stdout: printedBy(source), exitCode: 0, server };
}

import { checkAccess } from '../access';
import { absolute, follow, readFile } from './fsops';
import type { Execution, Streams } from './run';
import { messagePrefix } from './state';
import { fail, ok, type Output } from './types';

/** Ends the shell that reads the current input (`exit`, `set -e`, a failed `exec`). */
export class ExitSignal {
  constructor(readonly code: number) {}
}

export interface BuiltinContext {
  execution: Execution;
  args: string[];
  stdin: string;
  line: number;
  streams: Streams;
}

export type Builtin = (ctx: BuiltinContext) => Output;

function prefix(ctx: BuiltinContext): string {
  return messagePrefix(ctx.execution.state, ctx.line);
}

const cd: Builtin = (ctx) => {
  const { execution, args } = ctx;
  const proc = execution.proc;
  const operand = args.filter((a) => a !== '-L' && a !== '-P')[0];
  const home = proc.env.HOME ?? '/';
  const target = operand === undefined ? home : operand === '-' ? proc.env.OLDPWD ?? proc.cwd : operand;
  const path = absolute(proc, target);
  const { node } = follow(proc, path);
  const dialect = execution.state.dialect;
  const failure = (reason: string): Output => fail(dialect === 'bash' ? `${prefix(ctx)}cd: ${target}: ${reason}\n` : `${prefix(ctx)}cd: can't cd to ${target}${dialect === 'ash' ? `: ${reason}` : ''}\n`, dialect === 'dash' ? 2 : 1);
  if (!node) return failure('No such file or directory');
  if (node.type !== 'dir') return failure('Not a directory');
  if (checkAccess(proc, path, node, 'exec')) return failure('Permission denied');
  proc.env.OLDPWD = proc.cwd;
  if (Object.hasOwn(proc.env, 'PWD')) proc.env.PWD = path;
  proc.cwd = path;
  return ok(operand === '-' ? `${path}\n` : '');
};

const pwd: Builtin = ({ execution }) => ok(`${execution.proc.cwd}\n`);

const exportBuiltin: Builtin = ({ execution, args }) => {
  const names = args.filter((a) => a !== '-p' && a !== '-n');
  if (names.length === 0) {
    const env = execution.proc.env;
    const quote = (v: string): string => (execution.state.dialect === 'bash' ? `"${v.replace(/["\\$`]/g, '\\$&')}"` : `'${v.replace(/'/g, "'\\''")}'`);
    const lead = execution.state.dialect === 'bash' ? 'declare -x' : 'export';
    return ok(Object.keys(env).sort().map((k) => `${lead} ${k}=${quote(env[k] ?? '')}\n`).join(''));
  }
  for (const pair of names) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? execution.state.vars[key] : pair.slice(eq + 1);
    if (value !== undefined) execution.proc.env[key] = value;
    else if (!Object.hasOwn(execution.proc.env, key)) execution.proc.env[key] = '';
    delete execution.state.vars[key];
  }
  return ok();
};

const unset: Builtin = ({ execution, args }) => {
  for (const name of args.filter((a) => !a.startsWith('-'))) {
    delete execution.proc.env[name];
    delete execution.state.vars[name];
  }
  return ok();
};

const exit: Builtin = ({ execution, args }) => {
  const code = args[0] === undefined ? execution.state.status : Number(args[0]);
  throw new ExitSignal(Number.isInteger(code) ? ((code % 256) + 256) % 256 : 2);
};

/** Backslash escapes as `echo -e`, dash's echo and `printf %b` read them. */
function escapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[++i] ?? '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', e: '\x1b' };
    if (next === 'c') return { text: out, stop: true };
    if (simple[next] !== undefined) out += simple[next];
    else if (next === '0' || /[1-7]/.test(next)) {
      const digits = /^[0-7]{0,3}/.exec(text.slice(next === '0' ? i + 1 : i))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8));
      i += next === '0' ? digits.length : digits.length - 1;
    } else out += `\\${next}`;
  }
  return { text: out, stop: false };
}

const echo: Builtin = ({ execution, args }) => {
  let newline = true;
  let interpret = execution.state.dialect === 'dash';
  let i = 0;
  if (execution.state.dialect !== 'dash' || args[0] === '-n') {
    for (; i < args.length && /^-[neE]+$/.test(args[i] ?? ''); i++) {
      for (const flag of (args[i] ?? '').slice(1)) {
        if (flag === 'n') newline = false;
        else if (flag === 'e') interpret = true;
        else interpret = false;
      }
    }
  }
  const joined = args.slice(i).join(' ');
  if (!interpret) return ok(newline ? `${joined}\n` : joined);
  const { text, stop } = escapes(joined);
  return ok(newline && !stop ? `${text}\n` : text);
};

const printf: Builtin = (ctx) => {
  const [format, ...rest] = ctx.args;
  if (format === undefined) return fail(`${prefix(ctx)}printf: usage: printf format [arguments]\n`, 2);
  let out = '';
  let args = rest;
  do {
    let used = 0;
    const next = (): string => args[used++] ?? '';
    const piece = format.replace(/%([-+ 0#]*\d*(?:\.\d+)?)([sdibxXoc%])/g, (_, flags: string, conv: string) => {
      if (conv === '%') return '%';
      const value = next();
      const width = Number(/\d+/.exec(flags.replace(/^[-+ 0#]*/, ''))?.[0] ?? 0);
      const pad = (text: string): string => (flags.includes('-') ? text.padEnd(width) : text.padStart(width, flags.includes('0') && conv !== 's' ? '0' : ' '));
      if (conv === 's') return pad(value);
      if (conv === 'b') return escapes(value).text;
      if (conv === 'c') return value.slice(0, 1);
      const number = Number(value || 0);
      if (conv === 'x') return pad(Math.trunc(number).toString(16));
      if (conv === 'X') return pad(Math.trunc(number).toString(16).toUpperCase());
      if (conv === 'o') return pad(Math.trunc(number).toString(8));
      return pad(String(Math.trunc(Number.isFinite(number) ? number : 0)));
    });
    out += escapes(piece).text;
    args = args.slice(used);
    if (used === 0) break;
  } while (args.length > 0);
  return ok(out);
};

/** `test` / `[`: file tests, string and integer comparisons, `!`, `-a`, `-o`. */
function evaluateTest(ctx: BuiltinContext, words: string[]): boolean | string {
  const proc = ctx.execution.proc;
  const unary = (op: string, operand: string): boolean | string => {
    const { path, node } = follow(proc, operand);
    switch (op) {
      case '-n': return operand !== '';
      case '-z': return operand === '';
      case '-e': case '-a': return node !== undefined;
      case '-f': return node?.type === 'file';
      case '-d': return node?.type === 'dir';
      case '-h': case '-L': return proc.vfs.stat(absolute(proc, operand))?.type === 'symlink';
      case '-S': return node?.type === 'socket';
      case '-b': case '-c': return node?.type === 'device';
      case '-s': return node !== undefined && (node.size ?? node.content.length) > 0;
      case '-r': return node !== undefined && checkAccess(proc, path, node, 'read') === null;
      case '-w': return node !== undefined && checkAccess(proc, path, node, 'write') === null;
      case '-x': return node !== undefined && checkAccess(proc, path, node, 'exec') === null;
      default: return `${op}: unary operator expected`;
    }
  };
  const binary = (left: string, op: string, right: string): boolean | string => {
    const integers = (): [number, number] | string => {
      const a = Number(left);
      const b = Number(right);
      if (!/^\s*-?\d+\s*$/.test(left)) return `${left}: integer expression expected`;
      if (!/^\s*-?\d+\s*$/.test(right)) return `${right}: integer expression expected`;
      return [a, b];
    };
    if (op === '=' || op === '==') return left === right;
    if (op === '!=') return left !== right;
    const pair = integers();
    if (typeof pair === 'string') return pair;
    const [a, b] = pair;
    switch (op) {
      case '-eq': return a === b;
      case '-ne': return a !== b;
      case '-lt': return a < b;
      case '-le': return a <= b;
      case '-gt': return a > b;
      case '-ge': return a >= b;
      default: return `${op}: binary operator expected`;
    }
  };
  const single = (w: string[]): boolean | string => {
    if (w[0] === '!') {
      const inner = single(w.slice(1));
      return typeof inner === 'string' ? inner : !inner;
    }
    if (w.length === 0) return false;
    if (w.length === 1) return (w[0] ?? '') !== '';
    if (w.length === 2) return unary(w[0] ?? '', w[1] ?? '');
    if (w.length === 3) return binary(w[0] ?? '', w[1] ?? '', w[2] ?? '');
    return 'too many arguments';
  };
  const or = words.indexOf('-o');
  if (or > 0) {
    const a = evaluateTest(ctx, words.slice(0, or));
    const b = evaluateTest(ctx, words.slice(or + 1));
    return typeof a === 'string' ? a : typeof b === 'string' ? b : a || b;
  }
  const and = words.indexOf('-a', 1);
  if (and > 0 && words.length > 3) {
    const a = evaluateTest(ctx, words.slice(0, and));
    const b = evaluateTest(ctx, words.slice(and + 1));
    return typeof a === 'string' ? a : typeof b === 'string' ? b : a && b;
  }
  return single(words);
}

function testBuiltin(bracket: boolean): Builtin {
  return (ctx) => {
    let words = ctx.args;
    const name = bracket ? '[' : 'test';
    if (bracket) {
      if (words[words.length - 1] !== ']') return fail(`${prefix(ctx)}[: missing ]\n`, 2);
      words = words.slice(0, -1);
    }
    const result = evaluateTest(ctx, words);
    if (typeof result === 'string') return fail(`${prefix(ctx)}${name}: ${result}\n`, 2);
    return { stdout: '', stderr: '', code: result ? 0 : 1 };
  };
}

const OPTION_LETTERS: Record<string, 'errexit' | 'nounset' | 'xtrace'> = { e: 'errexit', u: 'nounset', x: 'xtrace' };
const OPTION_NAMES = new Set(['errexit', 'nounset', 'xtrace', 'pipefail']);

const set: Builtin = (ctx) => {
  const { execution } = ctx;
  const options = execution.state.options;
  const args = [...ctx.args];
  if (args.length === 0) {
    const vars = { ...execution.proc.env, ...execution.state.vars };
    return ok(Object.keys(vars).sort().map((k) => `${k}='${(vars[k] ?? '').replace(/'/g, "'\\''")}'\n`).join(''));
  }
  while (args.length > 0) {
    const arg = args.shift() ?? '';
    if (arg === '--') {
      execution.state.positional = args.splice(0);
      break;
    }
    const match = /^([-+])(\w+)$/.exec(arg);
    if (!match) {
      execution.state.positional = [arg, ...args.splice(0)];
      break;
    }
    const on = match[1] === '-';
    for (const letter of match[2] ?? '') {
      if (letter === 'o') {
        const name = args.shift();
        if (name === undefined) {
          const lines = [...OPTION_NAMES].map((n) => `${n.padEnd(15)}\t${options[n as keyof typeof options] ? 'on' : 'off'}`);
          return ok(`${lines.join('\n')}\n`);
        }
        if (!OPTION_NAMES.has(name)) return fail(`${prefix(ctx)}set: ${execution.state.dialect === 'dash' ? 'Illegal option -o ' : ''}${name}${execution.state.dialect === 'dash' ? '' : ': invalid option name'}\n`, 2);
        options[name as keyof typeof options] = on;
      } else {
        const option = OPTION_LETTERS[letter];
        if (option) options[option] = on;
        else if (!'hvfCbmnaBHT'.includes(letter)) return fail(`${prefix(ctx)}set: ${execution.state.dialect === 'bash' ? `-${letter}: invalid option` : `Illegal option -${letter}`}\n`, 2);
      }
    }
  }
  return ok();
};

const shift: Builtin = (ctx) => {
  const count = Number(ctx.args[0] ?? 1);
  const positional = ctx.execution.state.positional;
  if (!Number.isInteger(count) || count > positional.length) return fail(`${prefix(ctx)}shift: can't shift that many\n`, ctx.execution.state.dialect === 'bash' ? 1 : 2);
  ctx.execution.state.positional = positional.slice(count);
  return ok();
};

const command: Builtin = (ctx) => {
  const [flag, ...names] = ctx.args;
  if (flag === '-v' || flag === '-V') {
    let stdout = '';
    let code = 0;
    for (const name of names) {
      const found = ctx.execution.runtime.lookup(ctx.execution.proc, name);
      if (!found) code = 1;
      else if (flag === '-v') stdout += `${found.kind === 'builtin' ? name : found.path}\n`;
      else stdout += found.kind === 'builtin' ? `${name} is a shell builtin\n` : `${name} is ${found.path}\n`;
    }
    return { stdout, stderr: '', code };
  }
  return run(ctx, ctx.args);
};

const type: Builtin = (ctx) => {
  let stdout = '';
  let stderr = '';
  let code = 0;
  for (const name of ctx.args) {
    const found = ctx.execution.runtime.lookup(ctx.execution.proc, name);
    if (!found) {
      code = 1;
      stderr += ctx.execution.state.dialect === 'bash' ? `${prefix(ctx)}type: ${name}: not found\n` : '';
      stdout += ctx.execution.state.dialect === 'bash' ? '' : `${name}: not found\n`;
    } else stdout += found.kind === 'builtin' ? `${name} is a shell builtin\n` : `${name} is ${found.path}\n`;
  }
  return { stdout, stderr, code };
};

/** Runs the words as a command line of their own in this shell (`command`, `exec`). */
function run(ctx: BuiltinContext, words: string[]): Output {
  if (words.length === 0) return ok();
  const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
  const code = ctx.execution.evaluate(quoted, ctx.streams, ctx.line);
  return { stdout: '', stderr: '', code };
}

const source: Builtin = (ctx) => {
  const [file, ...args] = ctx.args;
  if (file === undefined) return fail(`${prefix(ctx)}.: filename argument required\n`, 2);
  const content = readFile(ctx.execution.proc, file);
  if ('error' in content) {
    const dialect = ctx.execution.state.dialect;
    return fail(dialect === 'bash' ? `${prefix(ctx)}${file}: No such file or directory\n` : `${prefix(ctx)}.: cannot open ${file}: No such file\n`, dialect === 'bash' ? 1 : 2);
  }
  const saved = ctx.execution.state.positional;
  if (args.length) ctx.execution.state.positional = args;
  const code = ctx.execution.evaluate(content.content, ctx.streams, ctx.line);
  ctx.execution.state.positional = saved;
  return { stdout: '', stderr: '', code };
};

const evalBuiltin: Builtin = (ctx) => ({ stdout: '', stderr: '', code: ctx.execution.evaluate(ctx.args.join(' '), ctx.streams, ctx.line) });

const exec: Builtin = (ctx) => {
  if (ctx.args.length === 0) return ok();
  const result = run(ctx, ctx.args);
  throw new ExitSignal(result.code);
};

const read: Builtin = (ctx) => {
  const names = ctx.args.filter((a) => !a.startsWith('-'));
  const raw = ctx.args.includes('-r');
  const [first = '', ...rest] = ctx.stdin.split('\n');
  const text = raw ? first : first.replace(/\\(.)/g, '$1');
  const fields = text.trim().split(/\s+/);
  const targets = names.length ? names : ['REPLY'];
  targets.forEach((name, i) => {
    const value = i === targets.length - 1 ? fields.slice(i).join(' ') : fields[i] ?? '';
    ctx.execution.assign(name, value);
  });
  return { stdout: '', stderr: '', code: ctx.stdin === '' || (rest.length === 0 && first === '') ? 1 : 0 };
};

const noop: Builtin = () => ok();

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  cd, pwd, export: exportBuiltin, unset, exit, echo, printf, set, shift, command, type, read,
  true: noop, ':': noop, false: () => fail('', 1), test: testBuiltin(false), '[': testBuiltin(true),
  source, '.': source, eval: evalBuiltin, exec, wait: noop, umask: (ctx) => ok(ctx.args.length ? '' : '0022\n'),
};

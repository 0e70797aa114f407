import { checkAccess, checkChmod, checkChown, checkCreate, checkRemove, newOwner } from '../../access';
import type { Proc } from '../../process';
import { readGroups, readPasswd } from '../../users';
import { parentOf } from '../../vfs/paths';
import { dir } from '../../vfs/tree';
import { absolute, follow, readFile, writeFile } from '../fsops';
import { toolError } from '../messages';
import { lines, ok, type Command, type CommandContext, type Output } from '../types';

function operands(args: string[]): { flags: Set<string>; paths: string[] } {
  const flags = new Set<string>();
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') && arg.length > 1) for (const ch of arg.slice(1)) flags.add(ch);
    else paths.push(arg);
  }
  return { flags, paths };
}

function each(paths: string[], run: (path: string) => string): Output {
  let stderr = '';
  for (const path of paths) stderr += run(path);
  return { stdout: '', stderr, code: stderr ? 1 : 0 };
}

export const cat: Command = ({ proc, args, stdin }) => {
  const { paths } = operands(args);
  if (paths.length === 0) return ok(stdin);
  let stdout = '';
  let stderr = '';
  for (const path of paths) {
    const result = readFile(proc, path);
    if ('error' in result) stderr += toolError(proc, 'cat', 'open', path, result.error);
    else stdout += result.content;
  }
  return { stdout, stderr, code: stderr ? 1 : 0 };
};

export const touch: Command = ({ proc, args }) =>
  each(operands(args).paths, (path) => {
    const { node, path: real } = follow(proc, path);
    const denied = node ? checkAccess(proc, real, node, 'write') : undefined;
    if (node) return denied ? toolError(proc, 'touch', 'touch', path, denied) : '';
    const error = writeFile(proc, path, '', true);
    return error ? toolError(proc, 'touch', 'touch', path, error) : '';
  });

export const rm: Command = ({ proc, args }) => {
  const { flags, paths } = operands(args);
  return each(paths, (path) => {
    const full = absolute(proc, path);
    const node = proc.vfs.stat(full);
    if (!node) return flags.has('f') ? '' : toolError(proc, 'rm', 'remove', path, 'ENOENT');
    if (node.type === 'dir' && !flags.has('r') && !flags.has('R')) return proc.busybox ? `rm: '${path}' is a directory\n` : `rm: cannot remove '${path}': Is a directory\n`;
    const denied = checkRemove(proc, full, node);
    if (denied) return toolError(proc, 'rm', 'remove', path, denied);
    const { tree, inner } = proc.vfs.resolve(full);
    tree.remove(inner);
    return '';
  });
};

export const mkdir: Command = ({ proc, args }) => {
  const { flags, paths } = operands(args);
  return each(paths, (path) => {
    const full = absolute(proc, path);
    if (proc.vfs.stat(full)) return flags.has('p') ? '' : toolError(proc, 'mkdir', 'mkdir', path, 'EEXIST');
    const missing: string[] = [];
    for (let p = full; !proc.vfs.stat(p); p = parentOf(p)) missing.unshift(p);
    if (missing.length > 1 && !flags.has('p')) return toolError(proc, 'mkdir', 'mkdir', path, 'ENOENT');
    for (const p of missing) {
      const denied = checkCreate(proc, p);
      if (denied) return toolError(proc, 'mkdir', 'mkdir', path, denied);
      const { tree, inner } = proc.vfs.resolve(p);
      const owner = newOwner(proc, p);
      tree.set(inner, dir(0o755, owner.uid, owner.gid));
    }
    return '';
  });
};

/** Octal modes and the common symbolic forms (u+x, go-w, a=r, +x). */
export function applyMode(current: number, spec: string): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = current;
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)([+=-])([rwxXst]*)$/.exec(clause);
    if (!match) return null;
    const [, who = '', op, perms = ''] = match;
    const targets = who === '' || who.includes('a') ? 'ugo' : who;
    let bits = 0;
    for (const t of targets) {
      const shift = t === 'u' ? 6 : t === 'g' ? 3 : 0;
      if (perms.includes('r')) bits |= 4 << shift;
      if (perms.includes('w')) bits |= 2 << shift;
      if (perms.includes('x') || perms.includes('X')) bits |= 1 << shift;
    }
    if (op === '+') mode |= bits;
    else if (op === '-') mode &= ~bits;
    else {
      let clear = 0;
      for (const t of targets) clear |= 7 << (t === 'u' ? 6 : t === 'g' ? 3 : 0);
      mode = (mode & ~clear) | bits;
    }
  }
  return mode;
}

/** The path and, with -R, everything below it in the same file system, as the shown name and the real path. */
function treeOf(proc: Proc, shown: string, real: string, recursive: boolean): { shown: string; real: string }[] {
  const { tree, inner } = proc.vfs.resolve(real);
  if (!recursive || tree.get(inner)?.type !== 'dir') return [{ shown, real }];
  return tree.walk(inner).map((key) => {
    const rest = key.slice(inner === '/' ? 0 : inner.length);
    return { shown: rest === '' ? shown : `${shown.replace(/\/$/, '')}${rest}`, real: rest === '' ? real : `${real === '/' ? '' : real}${rest}` };
  });
}

export const chmod: Command = ({ proc, args }) => {
  const recursive = args.includes('-R');
  const { paths } = operands(args.filter((a) => a !== '-R'));
  const [spec = '', ...targets] = paths;
  return each(targets, (path) => {
    const { node: top, path: topReal } = follow(proc, path);
    if (!top) return toolError(proc, 'chmod', 'chmod', path, 'ENOENT');
    let errors = '';
    for (const { shown, real } of treeOf(proc, path, topReal, recursive)) {
      const node = proc.vfs.stat(real);
      if (!node || node.type === 'symlink') continue;
      const denied = checkChmod(proc, real, node);
      if (denied) {
        errors += toolError(proc, 'chmod', 'chmod', shown, denied);
        continue;
      }
      const mode = applyMode(node.mode, spec);
      if (mode === null) return `chmod: invalid mode '${spec}'\n`;
      const { tree, inner } = proc.vfs.resolve(real);
      tree.set(inner, { ...node, mode });
    }
    return errors;
  });
};

export const chown: Command = ({ proc, args }) => {
  const recursive = args.includes('-R');
  const { paths } = operands(args.filter((a) => a !== '-R'));
  const [spec = '', ...targets] = paths;
  const [userPart = '', groupPart] = spec.split(':');
  const passwd = readPasswd(proc.vfs);
  const user = /^\d+$/.test(userPart) ? { uid: Number(userPart), gid: undefined } : passwd.find((p) => p.name === userPart);
  if (userPart && !user) return { stdout: '', stderr: `chown: unknown user ${userPart}\n`, code: 1 };
  const group = groupPart === undefined || groupPart === '' ? undefined : /^\d+$/.test(groupPart) ? Number(groupPart) : readGroups(proc.vfs).find((g) => g.name === groupPart)?.gid;
  if (groupPart && group === undefined) return { stdout: '', stderr: `chown: unknown group ${groupPart}\n`, code: 1 };
  return each(targets, (path) => {
    const { node: top, path: topReal } = follow(proc, path);
    if (!top) return toolError(proc, 'chown', 'chown', path, 'ENOENT');
    let errors = '';
    for (const { shown, real } of treeOf(proc, path, topReal, recursive)) {
      const node = proc.vfs.stat(real);
      if (!node) continue;
      const denied = checkChown(proc, real, node);
      if (denied) {
        errors += toolError(proc, 'chown', 'chown', shown, denied);
        continue;
      }
      const { tree, inner } = proc.vfs.resolve(real);
      tree.set(inner, { ...node, uid: user?.uid ?? node.uid, gid: group ?? node.gid });
    }
    return errors;
  });
};

export const echo: Command = ({ args }) => {
  const noNewline = args[0] === '-n';
  const text = (noNewline ? args.slice(1) : args).join(' ');
  return ok(noNewline ? text : `${text}\n`);
};

function inputOf(ctx: Parameters<Command>[0], paths: string[]): { text: string; error: string } {
  if (paths.length === 0) return { text: ctx.stdin, error: '' };
  let text = '';
  let error = '';
  for (const path of paths) {
    const result = readFile(ctx.proc, path);
    if ('error' in result) error += toolError(ctx.proc, ctx.args[0] ?? 'grep', 'open', path, result.error);
    else text += result.content;
  }
  return { text, error };
}

/** A grep pattern as a JavaScript regular expression: basic (BRE), extended (-E) or fixed (-F). */
function grepRegex(pattern: string, mode: 'basic' | 'extended' | 'fixed', flags: { ignoreCase: boolean; word: boolean; line: boolean }): RegExp | null {
  let source: string;
  if (mode === 'fixed') source = pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  else if (mode === 'extended') source = pattern;
  else {
    // In a BRE, \( \) \{ \} \| \+ \? are the operators and the bare characters are literal.
    source = pattern.replace(/\\([(){}|+?])|([(){}|+?])/g, (_, escaped: string | undefined, bare: string | undefined) => (escaped ? escaped : `\\${bare ?? ''}`));
  }
  if (flags.word) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (flags.line) source = `^(?:${source})$`;
  try {
    return new RegExp(source, flags.ignoreCase ? 'i' : '');
  } catch {
    return null;
  }
}

export const grep: Command = (ctx) => {
  const patterns: string[] = [];
  const letters = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const arg = ctx.args[i] ?? '';
    if (arg === '-e') patterns.push(ctx.args[++i] ?? '');
    else if (arg.startsWith('--')) letters.add({ '--count': 'c', '--quiet': 'q', '--invert-match': 'v', '--ignore-case': 'i', '--line-number': 'n' }[arg] ?? '');
    else if (arg.startsWith('-') && arg.length > 1 && rest.length === 0 && patterns.length === 0) {
      for (const ch of arg.slice(1)) letters.add(ch);
    } else rest.push(arg);
  }
  if (patterns.length === 0) {
    const first = rest.shift();
    if (first === undefined) return { stdout: '', stderr: ctx.proc.busybox ? 'BusyBox v1.37.0 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFExz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n' : "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", code: 2 };
    patterns.push(first);
  }
  const mode = letters.has('F') ? 'fixed' : letters.has('E') || (ctx.args[0] ?? '').endsWith('egrep') ? 'extended' : 'basic';
  const regexes = patterns.map((p) => grepRegex(p, mode, { ignoreCase: letters.has('i'), word: letters.has('w'), line: letters.has('x') }));
  if (regexes.some((r) => r === null)) return { stdout: '', stderr: 'grep: Unmatched ( or \\(\n', code: 2 };
  const matches = (line: string): boolean => regexes.some((r) => r?.test(line)) !== letters.has('v');
  const files = rest;
  const sources = files.length === 0 ? [{ name: '(standard input)', text: ctx.stdin, error: '' }] : files.map((name) => {
    const result = readFile(ctx.proc, name);
    return 'error' in result ? { name, text: '', error: letters.has('s') ? '' : toolError(ctx.proc, 'grep', 'open', name, result.error) } : { name, text: result.content, error: '' };
  });
  let stdout = '';
  let stderr = '';
  let found = false;
  for (const source of sources) {
    stderr += source.error;
    if (source.error) continue;
    const lines = source.text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const hits = lines.map((line, i) => ({ line, n: i + 1 })).filter((l) => matches(l.line));
    if (hits.length > 0) found = true;
    const label = files.length > 1 && !letters.has('h') ? `${source.name}:` : '';
    if (letters.has('q')) continue;
    if (letters.has('l')) stdout += hits.length ? `${source.name}\n` : '';
    else if (letters.has('c')) stdout += `${label}${hits.length}\n`;
    else if (letters.has('o') && !letters.has('v')) {
      for (const hit of hits) for (const r of regexes) for (const m of hit.line.matchAll(new RegExp(r?.source ?? '', `g${r?.flags ?? ''}`))) if (m[0]) stdout += `${label}${m[0]}\n`;
    } else stdout += hits.map((h) => `${label}${letters.has('n') ? `${h.n}:` : ''}${h.line}\n`).join('');
  }
  return { stdout, stderr, code: stderr && !found ? 2 : found ? 0 : 1 };
};

function countArg(args: string[]): { count: number; rest: string[] } {
  const index = args.indexOf('-n');
  if (index >= 0) return { count: Number(args[index + 1] ?? 10), rest: args.filter((_, i) => i !== index && i !== index + 1) };
  const short = args.find((a) => /^-\d+$/.test(a));
  return { count: short ? Number(short.slice(1)) : 10, rest: args.filter((a) => a !== short) };
}

export const head: Command = (ctx) => {
  const { count, rest } = countArg(ctx.args);
  const { text, error } = inputOf({ ...ctx, args: ['head'] }, rest);
  const selected = text.split('\n').filter((_, i, all) => i < all.length - 1 || all[i] !== '').slice(0, count);
  return { stdout: lines(selected.join('\n')), stderr: error, code: error ? 1 : 0 };
};

export const tail: Command = (ctx) => {
  const { count, rest } = countArg(ctx.args);
  // /dev/zero never ends a line, so tail buffers it all: memory grows until the OOM killer sends SIGKILL.
  if (rest.some((path) => isZeroDevice(ctx, path))) return { stdout: '', stderr: ctx.proc.kind === 'host' ? 'Killed\n' : '', code: 137 };
  const { text, error } = inputOf({ ...ctx, args: ['tail'] }, rest);
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return { stdout: lines(all.slice(-count).join('\n')), stderr: error, code: error ? 1 : 0 };
};

function isZeroDevice(ctx: CommandContext, path: string): boolean {
  const node = ctx.proc.vfs.stat(absolute(ctx.proc, path));
  return node?.type === 'device' && node.content === '1,5';
}

export const wc: Command = (ctx) => {
  const { flags, paths } = operands(ctx.args);
  const { text, error } = inputOf({ ...ctx, args: ['wc'] }, paths);
  const count = text.split('\n').length - 1;
  return { stdout: flags.has('l') ? `${count}\n` : `${count} ${text.split(/\s+/).filter(Boolean).length} ${text.length}\n`, stderr: error, code: error ? 1 : 0 };
};

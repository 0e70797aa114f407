import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { List, SimpleCommand } from './ast';
import { expandWord, type ExpansionContext } from './expand';
import { parseShell } from './parse';

function context(vars: Record<string, string> = {}, positional: string[] = []): ExpansionContext {
  return {
    lookup: (name) => (name === '?' ? '0' : vars[name]),
    assign: (name, value) => { vars[name] = value; },
    positional,
    home: (user) => (user === 'root' ? '/root' : null),
    substitute: () => 'substituted\n',
    glob: () => [],
    nounset: false,
  };
}

function list(text: string): List {
  const result = parseShell(text);
  if (result.kind !== 'ok') throw new Error(`not parsed: ${JSON.stringify(result)}`);
  return result.list;
}

/** The argv of every simple command, in order, expanded against `vars`. */
function argvs(text: string, vars: Record<string, string> = {}): string[][] {
  const out: string[][] = [];
  for (const item of list(text).items) {
    for (const pipeline of [item.command.first, ...item.command.rest.map((r) => r.pipeline)]) {
      for (const command of pipeline.commands) {
        if (command.kind === 'simple') out.push(command.words.flatMap((w) => expandWord(w, context(vars))));
      }
    }
  }
  return out;
}

function firstSimple(text: string): SimpleCommand {
  const command = list(text).items[0]?.command.first.commands[0];
  if (command?.kind !== 'simple') throw new Error('no simple command');
  return command;
}

/** Quotes a word so any POSIX shell reads it back unchanged. */
function quote(word: string): string {
  return `'${word.replace(/'/g, "'\\''")}'`;
}

describe('the shell reader', () => {
  it('joins backslash-newline continuations into one command, as in the lessons\' run.sh files', () => {
    const script = 'docker run -d --name web -p 127.0.0.1:8080:8080 \\\n  --cap-drop ALL \\\n  --security-opt no-new-privileges \\\n  example/web:1.4\n';
    expect(argvs(script)).toEqual([['docker', 'run', '-d', '--name', 'web', '-p', '127.0.0.1:8080:8080', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', 'example/web:1.4']]);
    expect(argvs('echo a\\\r\nb')).toEqual([['echo', 'ab']]);
  });

  it('reads lists, and-or chains and pipelines', () => {
    const parsed = list('a; b && c || d | e &\nf');
    expect(parsed.items.map((i) => i.background)).toEqual([false, true, false]);
    const andOr = parsed.items[1]?.command;
    expect(andOr?.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(andOr?.rest[1]?.pipeline.commands).toHaveLength(2);
  });

  it('keeps comments out, but not a # inside a word', () => {
    expect(argvs('#!/bin/sh\n# a comment\necho a#b # trailing\n')).toEqual([['echo', 'a#b']]);
  });

  it('removes quotes the way the shell does', () => {
    expect(argvs(`echo 'a  b' "c  d" e\\ f "\\$HOME" '$HOME' ""`)).toEqual([['echo', 'a  b', 'c  d', 'e f', '$HOME', '$HOME', '']]);
  });

  it('expands variables, defaults and lengths, splitting unquoted results', () => {
    const vars = { HOME: '/home/learner', SPACED: 'a   b', EMPTY: '' };
    expect(argvs('echo $HOME ${HOME}/x "$SPACED" $SPACED $EMPTY ${UNSET:-dflt} ${#HOME} ~ ~root ~nobody', vars)).toEqual([
      ['echo', '/home/learner', '/home/learner/x', 'a   b', 'a', 'b', 'dflt', '13', '/home/learner', '/root', '~nobody'],
    ]);
    expect(argvs('echo ${HOME#/home/} ${HOME%/*}', vars)).toEqual([['echo', 'learner', '/home']]);
  });

  it('reads the secret flag of lesson 11 with $HOME inside a word', () => {
    expect(argvs('docker build --secret id=npmrc,src=$HOME/.npmrc -t app .', { HOME: '/home/learner' })).toEqual([
      ['docker', 'build', '--secret', 'id=npmrc,src=/home/learner/.npmrc', '-t', 'app', '.'],
    ]);
  });

  it('reads redirections with descriptors, in order', () => {
    const command = firstSimple('cmd >out 2>&1 <in 2>>log &>all');
    expect(command.redirects.map((r) => [r.fd, r.op, r.target.source])).toEqual([
      [null, '>', 'out'], [2, '>&', '1'], [null, '<', 'in'], [2, '>>', 'log'], [null, '&>', 'all'],
    ]);
    expect(command.words.map((w) => w.source)).toEqual(['cmd']);
  });

  it('reads here-documents', () => {
    const command = firstSimple("cat <<EOF >f\nhello $USER\nEOF\n");
    expect(command.redirects[0]?.body?.parts).toEqual([
      { kind: 'literal', text: 'hello ', quoted: true },
      { kind: 'parameter', name: 'USER', quoted: true, op: null, argument: null },
      { kind: 'literal', text: '\n', quoted: true },
    ]);
    expect(firstSimple("cat <<'EOF'\n$x\nEOF\n").redirects[0]?.body?.source).toBe('$x\n');
  });

  it('tells assignments from arguments', () => {
    const command = firstSimple('A=1 B="x y" env C=2');
    expect(command.assignments.map((a) => a.name)).toEqual(['A', 'B']);
    expect(command.words.map((w) => w.source)).toEqual(['env', 'C=2']);
  });

  it('reads command substitution and groups', () => {
    const command = firstSimple('echo "$(pwd)" `id -u`');
    expect(command.words[1]?.parts[0]?.kind).toBe('command');
    expect(command.words[2]?.parts[0]?.kind).toBe('command');
    expect(argvs('echo $(pwd)')).toEqual([['echo', 'substituted']]);
    expect(list('(cd /tmp; ls) && { echo a; }').items[0]?.command.first.commands[0]?.kind).toBe('group');
  });

  it('says when input stops in the middle, so the terminal can ask for more', () => {
    for (const [text, expecting] of [['echo "abc', '"'], ["echo 'a", "'"], ['docker run \\', '\\'], ['a &&', '&&'], ['a |', '|'], ['echo $(ls', ')'], ['cat <<EOF\nx', 'here-document']]) {
      expect(parseShell(text ?? '')).toMatchObject({ kind: 'incomplete', expecting });
    }
  });

  it('names the unexpected token of a syntax error', () => {
    expect(parseShell('&& ls')).toMatchObject({ kind: 'error', token: '&&' });
    expect(parseShell('ls ;;')).toMatchObject({ kind: 'error', token: ';;' });
    expect(parseShell('echo >')).toMatchObject({ kind: 'error', token: 'newline' });
    expect(parseShell('echo a )')).toMatchObject({ kind: 'error', token: ')' });
    expect(parseShell('a\nb\n| c')).toMatchObject({ kind: 'error', token: '|', line: 3 });
  });

  it('never throws and never hangs, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const result = parseShell(text);
      expect(['ok', 'incomplete', 'error']).toContain(result.kind);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '"', "'", '\\', '\n', '$', '{', '}', '(', ')', '`', '|', '&', ';', '<', '>', '#', '~', '*'), { maxLength: 60 }), (chars) => {
      expect(['ok', 'incomplete', 'error']).toContain(parseShell(chars.join('')).kind);
    }), { numRuns: 3000 });
    expect(parseShell('('.repeat(10_000)).kind).toBe('error');
    expect(parseShell(`echo ${'x'.repeat(300_000)}`).kind).toBe('error');
  });

  it('gives back any argv that was quoted for the shell', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }), (words) => {
      expect(argvs(words.map(quote).join(' '))).toEqual([words]);
    }), { numRuns: 500 });
  });

  it('reads the same command whether or not it is split with backslash-newlines', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_./:=,-]{1,10}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (words, breaks) => {
      const joined = words.join(' ');
      const split = words.map((w, i) => (i > 0 && breaks[i] ? ` \\\n  ${w}` : ` ${w}`)).join('').trimStart();
      expect(argvs(split)).toEqual(argvs(joined));
    }), { numRuns: 500 });
  });

  it('keeps double-quoted text whole, whatever it contains', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (text) => {
      const escaped = `"${text.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
      expect(argvs(`echo ${escaped}`)).toEqual([['echo', text]]);
    }), { numRuns: 500 });
  });
});

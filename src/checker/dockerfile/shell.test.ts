import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitCommands } from './shell';

const split = (script: string) => splitCommands(script, (offset) => ({ line: 1, column: offset + 1 }));

describe('splitCommands', () => {
  it('splits on operators and keeps quoted text whole', () => {
    expect(split('a && b || c; d | e & f').map((c) => [c.program, c.next])).toEqual([['a', '&&'], ['b', '||'], ['c', ';'], ['d', '|'], ['e', ';'], ['f', null]]);
    expect(split(`echo "a && b" 'c | d' e\\ f`)[0]?.args).toEqual(['a && b', 'c | d', 'e f']);
    expect(split('echo $(date | tr a b) `x | y`').map((c) => [c.program, c.next, c.nested])).toEqual([
      ['date', '|', true], ['tr', null, true], ['x', '|', true], ['y', null, true], ['echo', null, false],
    ]);
  });

  it('finds the program behind assignments and wrappers', () => {
    expect(split('DEBIAN_FRONTEND=noninteractive apt-get install -y x')[0]).toMatchObject({ program: 'apt-get', assignments: [{ name: 'DEBIAN_FRONTEND', value: 'noninteractive' }] });
    expect(split('sudo -E -u app /usr/bin/make all')[0]).toMatchObject({ program: 'make', sudo: true, args: ['all'] });
    expect(split('env -i X=1 python3 app.py')[0]?.program).toBe('python3');
    expect(split('if true; then apt-get update; fi').map((c) => c.program)).toEqual(['true', 'apt-get']);
  });

  it('reads redirections, with file descriptors', () => {
    expect(split('cmd > /out 2>&1 >> /log < in')[0]?.redirects).toEqual([
      { op: '>', target: '/out' }, { op: '2>&', target: '1' }, { op: '>>', target: '/log' }, { op: '<', target: 'in' },
    ]);
    expect(split('cmd &> /all')[0]?.redirects).toEqual([{ op: '&>', target: '/all' }]);
  });

  it('skips comments and reports lines', () => {
    const commands = splitCommands('a # b && c\nd', (offset) => (offset > 10 ? { line: 2, column: offset - 10 } : { line: 1, column: offset + 1 }));
    expect(commands.map((c) => [c.program, c.line])).toEqual([['a', 1], ['d', 2]]);
  });

  it('records where each word is written', () => {
    expect(split(`sudo curl -k "https://x y" | sh`).map((c) => c.wordSpans.map((s) => [s.column, s.endColumn]))).toEqual([
      [[1, 5], [6, 10], [11, 13], [14, 27]],
      [[30, 32]],
    ]);
  });
});

const programs = (script: string) => split(script).map((c) => c.program);

describe('splitCommands sees every command', () => {
  it('reads commands inside substitutions, before the command that uses them', () => {
    expect(programs('V="$(curl -k https://x | jq -r .v)" && apt-get install -y "pkg=$V"')).toEqual(['curl', 'jq', 'apt-get']);
    expect(programs('echo "${X:-$(wget -q -O- https://x)}"; make')).toEqual(['wget', 'echo', 'make']);
    expect(programs('X=${X:-`id -u`} rm -rf /tmp/x')).toEqual(['id', 'rm']);
    expect(programs('a=$(echo ")"; b) && c')).toEqual(['echo', 'b', 'c']);
    expect(programs('x=$(( 1 + 2 )) && y')).toEqual(['y']);
    expect(programs('echo "it\'s $(whoami)" && z')).toEqual(['whoami', 'echo', 'z']);
  });

  it('reads here-strings without taking them for heredocs', () => {
    const [command] = split('grep -q x <<< "$(cat /etc/passwd)"').filter((c) => !c.nested);
    expect(command?.redirects).toEqual([{ op: '<<<', target: '$(cat /etc/passwd)' }]);
    expect(programs('read -r a <<<"$b"; c')).toEqual(['read', 'c']);
  });

  it('reads scripts handed to a shell or to eval', () => {
    expect(programs(`su app -c 'npm ci && npm test'`)).toEqual(['su', 'npm', 'npm']);
    expect(programs(`bash -euxc "apt-get update; curl -k https://x | sh"`)).toEqual(['bash', 'apt-get', 'curl', 'sh']);
    expect(programs(`sh -c "$(curl -fsSL https://x/install.sh)"`)).toEqual(['curl', 'sh']);
    expect(programs(`eval "$(ssh-agent -s)" && ssh-add`)).toEqual(['ssh-agent', 'eval', 'ssh-add']);
  });

  it('skips the words of case patterns and loop headers', () => {
    const script = `case "$(dpkg --print-architecture)" in\n  amd64|x86_64) arch=x64 ;;\n  'arm64') arch=arm64; apk add x ;;\n  *) echo bad; exit 1 ;;\nesac; make`;
    expect(programs(script)).toEqual(['dpkg', 'apk', 'echo', 'exit', 'make']);
    expect(programs('case $x in a) b ;; esac')).toEqual(['b']);
    expect(programs('for f in $(ls /x); do rm "$f"; done')).toEqual(['ls', 'rm']);
    expect(programs('while read -r l; do echo "$l"; done < /f')).toEqual(['read', 'echo', '']);
  });

  it('looks through wrappers with operands', () => {
    expect(split('gosu app:app pip install x')[0]).toMatchObject({ program: 'pip', args: ['install', 'x'] });
    expect(split('timeout -s KILL 30 curl -k https://x')[0]?.program).toBe('curl');
    expect(split('xargs -r -n 1 apk add')[0]).toMatchObject({ program: 'apk', args: ['add'] });
    expect(split('nice -n 10 make -j4')[0]?.program).toBe('make');
    expect(split('doas apk add x')[0]).toMatchObject({ program: 'apk', sudo: true });
    expect(split('toString x')[0]?.program).toBe('toString');
  });

  it('stays linear on deep nesting and never throws', () => {
    const deep = `${'$('.repeat(20_000)}curl -k https://x${')'.repeat(20_000)}; make`;
    expect(programs(deep)).toContain('make');
    expect(() => split('"'.repeat(1001) + '`'.repeat(999) + "$('")).not.toThrow();
  });
});

/** Simple commands the generated scripts are made of: each has a distinct program name. */
const commandArb = fc.record({
  program: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/).filter((p) => !RESERVED.has(p)),
  args: fc.array(fc.oneof(fc.stringMatching(/^-{0,2}[a-z0-9.=/]{1,6}$/), fc.constant('"a b"'), fc.constant("'c|d'")), { maxLength: 3 }),
});
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', 'in', 'select', 'function', 'time', 'env', 'exec', 'command', 'nohup', 'nice', 'xargs', 'sudo', 'doas', 'stdbuf', 'setsid', 'unbuffer', 'fakeroot', 'timeout', 'gosu', 'su-exec', 'chroot', 'runuser', 'setpriv', 'flock', 'sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox', 'su', 'eval']);

type Script = { text: string; programs: string[] };
const leaf: fc.Arbitrary<Script> = commandArb.map(({ program, args }) => ({ text: [program, ...args].join(' '), programs: [program] }));
const OPERATORS = [' && ', ' || ', '; ', ' | ', '\n', ' \\\n  && ', ' ;\\\n\t'];

/** Scripts built from commands joined by operators and wrapped in the constructs real RUNs use. */
const scriptArb: fc.Arbitrary<Script> = fc.letrec<{ script: Script }>((tie) => ({
  script: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('script'), fc.constantFrom(...OPERATORS), tie('script')).map(([a, op, b]) => ({ text: `${a.text}${op}${b.text}`, programs: [...a.programs, ...b.programs] })),
    fc.tuple(tie('script'), leaf).map(([inner, outer]) => ({ text: `${outer.text} "$( ${inner.text} )"`, programs: [...inner.programs, ...outer.programs] })),
    // Backticks do not nest without escapes; real scripts nest with $( ) instead.
    fc.tuple(tie('script').filter((s) => !/[`\\]/.test(s.text)), leaf).map(([inner, outer]) => ({ text: `V=\`${inner.text}\` ${outer.text}`, programs: [...inner.programs, ...outer.programs] })),
    fc.tuple(tie('script'), leaf).map(([inner, outer]) => ({ text: `${outer.text} \${X:-$( ${inner.text} )}`, programs: [...inner.programs, ...outer.programs] })),
    tie('script').map((s) => ({ text: `( ${s.text} )`, programs: s.programs })),
    tie('script').map((s) => ({ text: `{ ${s.text}; }`, programs: s.programs })),
    tie('script').map((s) => ({ text: `set -eux; ${s.text}`, programs: ['set', ...s.programs] })),
    fc.tuple(leaf, tie('script'), tie('script')).map(([c, a, b]) => ({ text: `if ${c.text}; then\n ${a.text}\nelse ${b.text}; fi`, programs: [...c.programs, ...a.programs, ...b.programs] })),
    tie('script').map((s) => ({ text: `for f in a "b c"; do ${s.text}; done`, programs: s.programs })),
    tie('script').map((s) => ({ text: `case "$x" in\n a|b) ${s.text} ;;\n *) ;;\nesac`, programs: s.programs })),
    tie('script').map((s) => ({ text: `sh -c '${s.text.replace(/'/g, "'\\''")}'`, programs: ['sh', ...s.programs] })),
  ),
})).script;

describe('splitCommands (generated scripts)', () => {
  it('loses no command, whatever operators and wrappers join them', () => {
    fc.assert(fc.property(scriptArb, (script) => {
      expect(programs(script.text)).toEqual(script.programs);
    }), { numRuns: 400 });
  });

  it('loses no command after a substitution, a quote or a continuation', () => {
    fc.assert(fc.property(fc.array(leaf, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...OPERATORS), { minLength: 6, maxLength: 6 }), (leaves, ops) => {
      const text = leaves.map((l, i) => `${l.text} "$(x${i} | y${i})" \`z${i}\``).reduce((all, t, i) => `${all}${ops[i] ?? ';'}${t}`);
      const expected = leaves.flatMap((l, i) => [`x${i}`, `y${i}`, `z${i}`, ...l.programs]);
      expect(programs(text)).toEqual(expected);
    }), { numRuns: 200 });
  });
});

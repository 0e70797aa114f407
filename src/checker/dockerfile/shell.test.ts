import { describe, expect, it } from 'vitest';
import { splitCommands } from './shell';

const split = (script: string) => splitCommands(script, (offset) => ({ line: 1, column: offset + 1 }));

describe('splitCommands', () => {
  it('splits on operators and keeps quoted text whole', () => {
    expect(split('a && b || c; d | e & f').map((c) => [c.program, c.next])).toEqual([['a', '&&'], ['b', '||'], ['c', ';'], ['d', '|'], ['e', ';'], ['f', null]]);
    expect(split(`echo "a && b" 'c | d' e\\ f`)[0]?.args).toEqual(['a && b', 'c | d', 'e f']);
    expect(split('echo $(date | tr a b) `x | y`')).toHaveLength(1);
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

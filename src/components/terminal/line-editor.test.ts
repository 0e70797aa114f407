import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor';

function setup() {
  const ran: string[] = [];
  let interrupted = 0;
  const editor = new LineEditor({
    prompt: () => '$ ',
    run: (line) => {
      ran.push(line);
      return line === 'clear' ? '\x1b[2J\x1b[3J\x1b[H' : `ran ${line}\n`;
    },
    complete: (line) => ['docker', 'dockerd-not', 'echo'].filter((c) => c.startsWith(line.split(' ').pop() ?? '')),
    interrupt: () => {
      interrupted += 1;
    },
  });
  return { editor, ran, interrupted: () => interrupted };
}

describe('LineEditor', () => {
  it('runs a typed line on Enter and prints the output and a new prompt', () => {
    const { editor, ran } = setup();
    expect(editor.input('echo hi')).toBe('echo hi');
    expect(editor.input('\r')).toBe('\r\nran echo hi\r\n$ ');
    expect(ran).toEqual(['echo hi']);
  });

  it('edits in the middle of the line with the cursor keys, Home, End, Backspace and Delete', () => {
    const { editor, ran } = setup();
    editor.input('ech hi');
    editor.input('\x1b[D\x1b[D\x1b[D');
    editor.input('o');
    editor.input('\x1b[H');
    editor.input('\x1b[3~');
    editor.input('E');
    editor.input('\x1b[F');
    editor.input('\x7f');
    editor.input('\r');
    expect(ran).toEqual(['Echo h']);
  });

  it('recalls history with Up and Down, without duplicates in a row', () => {
    const { editor, ran } = setup();
    editor.input('one\r');
    editor.input('two\r');
    editor.input('two\r');
    editor.input('\x1b[A\x1b[A');
    expect(editor.line).toBe('one');
    editor.input('\x1b[B');
    expect(editor.line).toBe('two');
    editor.input('\x1b[B');
    expect(editor.line).toBe('');
    editor.input('\x1b[A\r');
    expect(ran).toEqual(['one', 'two', 'two', 'two']);
  });

  it('abandons the line on Ctrl-C and tells the interpreter', () => {
    const { editor, ran, interrupted } = setup();
    editor.input('rm -rf /');
    expect(editor.input('\x03')).toBe('^C\r\n$ ');
    expect(editor.line).toBe('');
    expect(interrupted()).toBe(1);
    expect(ran).toEqual([]);
  });

  it('clears the screen on Ctrl-L and keeps the line being typed', () => {
    const { editor } = setup();
    editor.input('doc');
    expect(editor.input('\x0c')).toBe('\x1b[2J\x1b[3J\x1b[H$ doc');
  });

  it('runs each line of a multi-line paste', () => {
    const { editor, ran } = setup();
    editor.input('first\r\nsecond\nthird');
    expect(ran).toEqual(['first', 'second']);
    expect(editor.line).toBe('third');
  });

  it('completes a unique word, extends a common prefix, and lists several', () => {
    const { editor } = setup();
    editor.input('ec');
    expect(editor.input('\t')).toBe('ho ');
    const other = setup().editor;
    other.input('do');
    expect(other.input('\t')).toBe('cker');
    expect(other.input('\t')).toBe('\r\ndocker  dockerd-not\r\n$ docker');
  });

  it('starts with an empty line: nothing is typed for the learner', () => {
    const { editor, ran } = setup();
    expect(editor.start()).toBe('$ ');
    expect(editor.line).toBe('');
    editor.input('docker build -t app .\r');
    expect(ran).toEqual(['docker build -t app .']);
  });

  it('runs a suggested command in plain sight and keeps it in the history', () => {
    const { editor, ran } = setup();
    expect(editor.run('docker build -t app .')).toBe('\r\x1b[K$ docker build -t app .\r\nran docker build -t app .\r\n$ ');
    expect(ran).toEqual(['docker build -t app .']);
    expect(editor.line).toBe('');
    editor.input('\x1b[A');
    expect(editor.line).toBe('docker build -t app .');
  });

  it('puts a half-typed line back after running a suggestion, with the cursor where it was', () => {
    const { editor, ran } = setup();
    editor.input('docker ps\x1b[D\x1b[D');
    const out = editor.run('id');
    expect(out.endsWith('$ docker ps\x1b[2D')).toBe(true);
    expect(ran).toEqual(['id']);
    editor.input('-a \r');
    expect(ran).toEqual(['id', 'docker -a ps']);
  });

  it('runs a suggestion with a line break in it as one line', () => {
    const { editor, ran } = setup();
    editor.run('echo a\necho b');
    expect(ran).toEqual(['echo a echo b']);
  });

  it('shows control characters in the output as text, never as terminal commands', () => {
    const ran: string[] = [];
    const editor = new LineEditor({
      prompt: () => '\x1b[1m\x1b[32mroot@\x1b]0;title\x07x\x1b[0m\x1b[0m# ',
      run: (line) => {
        ran.push(line);
        return '\x1b[2J\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07\n';
      },
      complete: () => ['\x1b[2Jfile'],
      interrupt: () => undefined,
    });
    const out = editor.input('cat notes\r');
    expect(out).toBe('cat notes\r\n^[[2J^[]8;;https://evil.example/^Glink^[]8;;^G\r\n\x1b[1m\x1b[32mroot@^[]0;title^Gx\x1b[0m\x1b[0m# ');
    expect(editor.input('cat \t')).toBe('cat [2Jfile ');
  });

  it('wipes the screen only for clear, not for output that starts with the same bytes', () => {
    const editor = new LineEditor({
      prompt: () => '$ ',
      run: () => '\x1b[2J\x1b[3J\x1b[Hgotcha\n',
      complete: () => [],
      interrupt: () => undefined,
    });
    expect(editor.input('cat wipe.txt\r')).toBe('cat wipe.txt\r\n^[[2J^[[3J^[[Hgotcha\r\n$ ');
  });

  it('keeps C1 controls and escape sequences out of the typed line', () => {
    const { editor, ran } = setup();
    editor.input('echo a\x9b2J\x1b[2Jb\u00a0c\r');
    expect(ran).toEqual(['echo a2Jb\u00a0c']);
  });

  it('passes the clear sequence through without an extra blank line', () => {
    const { editor } = setup();
    editor.input('clear');
    expect(editor.input('\r')).toBe('\x1b[2J\x1b[3J\x1b[H$ ');
  });
});

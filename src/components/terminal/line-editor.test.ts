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

  it('replays a demo: each Enter runs the pre-filled command and fills in the next', () => {
    const { editor, ran } = setup();
    editor.replay(['docker build -t app .', 'docker run --rm app id']);
    expect(editor.line).toBe('docker build -t app .');
    const out = editor.input('\r');
    expect(out.endsWith('$ docker run --rm app id')).toBe(true);
    editor.input('\r');
    expect(ran).toEqual(['docker build -t app .', 'docker run --rm app id']);
    expect(editor.line).toBe('');
  });

  it('passes the clear sequence through without an extra blank line', () => {
    const { editor } = setup();
    editor.input('clear');
    expect(editor.input('\r')).toBe('\x1b[2J\x1b[3J\x1b[H$ ');
  });
});

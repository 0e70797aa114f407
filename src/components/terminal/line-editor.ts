import { showControls } from '../../sim/ansi';

/**
 * Readline-style editing of one command line, independent of xterm: it takes the raw input the
 * terminal reports (keys as escape sequences, pasted text) and returns what to write back. The line
 * holds only what the learner typed; a suggested command runs through `run`, in plain sight.
 */
export interface LineEditorHost {
  prompt(): string;
  /** Runs a finished line and returns its output ("\n" line ends). */
  run(line: string): string;
  complete(line: string): string[];
  interrupt(): void;
}

const CSI = '\x1b[';
const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';
const MAX_HISTORY = 200;

/** A character that goes on the line as typed: not a C0 or C1 control, which the terminal would act on. */
function printable(ch: string): boolean {
  return (ch >= ' ' && ch < '\x7f') || ch > '\x9f';
}

function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export class LineEditor {
  private buffer = '';
  private cursor = 0;
  private readonly history: string[] = [];
  private historyIndex = 0;

  constructor(private readonly host: LineEditorHost) {}

  get line(): string {
    return this.buffer;
  }

  /** Prints the first prompt. */
  start(): string {
    return this.prompt();
  }

  /**
   * Runs a suggested command as if it had been typed and entered: it appears on the prompt, runs, and
   * goes into the history. A half-typed line is put back on the next prompt, untouched.
   */
  run(command: string): string {
    const typed = this.buffer;
    const at = this.cursor;
    this.buffer = [...command.replace(/[\r\n]+/g, ' ')].filter(printable).join('');
    this.cursor = this.buffer.length;
    const out = this.redraw() + this.enter();
    this.buffer = typed;
    this.cursor = at;
    return out + this.buffer + this.moveBack();
  }

  /** Handles one chunk of input from the terminal; returns the text to write. */
  input(data: string): string {
    let out = '';
    let i = 0;
    while (i < data.length) {
      const rest = data.slice(i);
      const seq = /^(\x1b\[[0-9;]*[A-Za-z~]|\x1bO[A-Za-z]|\x1b.)/.exec(rest)?.[0];
      if (seq) {
        out += this.escape(seq);
        i += seq.length;
        continue;
      }
      const ch = data[i] ?? '';
      i += 1;
      if (ch === '\r' || ch === '\n') {
        if (ch === '\n' && data[i - 2] === '\r') continue;
        out += this.enter();
      } else if (ch === '\x7f' || ch === '\b') out += this.backspace();
      else if (ch === '\x03') out += this.interrupt();
      else if (ch === '\x0c') out += CLEAR_SCREEN + this.prompt() + this.buffer + this.moveBack();
      else if (ch === '\x01') out += this.moveTo(0);
      else if (ch === '\x05') out += this.moveTo(this.buffer.length);
      else if (ch === '\x15') out += this.killBefore();
      else if (ch === '\t') out += this.complete();
      else if (printable(ch)) out += this.insert(ch);
    }
    return out;
  }

  private escape(seq: string): string {
    switch (seq) {
      case `${CSI}D`: return this.moveTo(this.cursor - 1);
      case `${CSI}C`: return this.moveTo(this.cursor + 1);
      case `${CSI}A`: return this.recall(-1);
      case `${CSI}B`: return this.recall(1);
      case `${CSI}H`: case '\x1bOH': case `${CSI}1~`: return this.moveTo(0);
      case `${CSI}F`: case '\x1bOF': case `${CSI}4~`: return this.moveTo(this.buffer.length);
      case `${CSI}3~`: return this.deleteForward();
      default: return '';
    }
  }

  /** The simulator's prompt carries a container's host name, which a learner can set to anything. */
  private prompt(): string {
    return showControls(this.host.prompt());
  }

  private redraw(): string {
    return `\r${CSI}K${this.prompt()}${this.buffer}${this.moveBack()}`;
  }

  private moveBack(): string {
    const back = this.buffer.length - this.cursor;
    return back > 0 ? `${CSI}${back}D` : '';
  }

  private moveTo(position: number): string {
    const next = Math.max(0, Math.min(this.buffer.length, position));
    const delta = next - this.cursor;
    this.cursor = next;
    if (delta === 0) return '';
    return delta > 0 ? `${CSI}${delta}C` : `${CSI}${-delta}D`;
  }

  private insert(text: string): string {
    this.buffer = this.buffer.slice(0, this.cursor) + text + this.buffer.slice(this.cursor);
    this.cursor += text.length;
    return this.cursor === this.buffer.length ? text : this.redraw();
  }

  private backspace(): string {
    if (this.cursor === 0) return '';
    this.buffer = this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor);
    this.cursor -= 1;
    return this.redraw();
  }

  private deleteForward(): string {
    if (this.cursor >= this.buffer.length) return '';
    this.buffer = this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1);
    return this.redraw();
  }

  private killBefore(): string {
    this.buffer = this.buffer.slice(this.cursor);
    this.cursor = 0;
    return this.redraw();
  }

  private recall(direction: -1 | 1): string {
    if (this.history.length === 0) return '';
    const next = Math.max(0, Math.min(this.history.length, this.historyIndex + direction));
    if (next === this.historyIndex) return '';
    this.historyIndex = next;
    this.buffer = this.history[next] ?? '';
    this.cursor = this.buffer.length;
    return this.redraw();
  }

  private interrupt(): string {
    this.host.interrupt();
    this.buffer = '';
    this.cursor = 0;
    this.historyIndex = this.history.length;
    return `^C\r\n${this.prompt()}`;
  }

  private complete(): string {
    const before = this.buffer.slice(0, this.cursor);
    // A file name can hold control characters: completion must not type them onto the line.
    const candidates = this.host.complete(before).map((c) => [...c].filter(printable).join(''));
    if (candidates.length === 0) return '';
    const word = /\S*$/.exec(before)?.[0] ?? '';
    const prefix = commonPrefix(candidates);
    if (candidates.length === 1) return this.insert(prefix.slice(word.length) + ' ');
    if (prefix.length > word.length) return this.insert(prefix.slice(word.length));
    return `\r\n${candidates.join('  ')}\r\n${this.prompt()}${this.buffer}${this.moveBack()}`;
  }

  private enter(): string {
    const line = this.buffer;
    this.buffer = '';
    this.cursor = 0;
    if (line.trim() && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > MAX_HISTORY) this.history.shift();
    }
    this.historyIndex = this.history.length;
    let output: string;
    try {
      output = this.host.run(line);
    } catch (error) {
      output = `shipshape: internal error: ${error instanceof Error ? error.message : String(error)}\n`;
    }
    // Only `clear` itself may wipe the screen; a file that starts with the same bytes is shown as text.
    const clears = line.trim() === 'clear' && output.startsWith(CLEAR_SCREEN);
    const body = clears ? output.slice(CLEAR_SCREEN.length) : output;
    const text = showControls(body) + (body && !body.endsWith('\n') ? '\r\n' : '');
    return (clears ? CLEAR_SCREEN : '\r\n') + text + this.prompt();
  }
}

/** ANSI styling, used sparingly so the terminal looks like the real tools. */
const ESC = '\x1b[';

// Every styling sequence the simulator emits; `showControls` lets exactly these through to the terminal.
const CODES = {
  red: '31',
  yellow: '33',
  green: '32',
  blue: '34',
  cyan: '36',
  bold: '1',
  dim: '2',
  /** BuildKit's progress lines are dim blue on a colour terminal. */
  buildStep: '34;2',
} as const;
const RESET = '0';

const paint = (code: string) => (text: string): string => `${ESC}${code}m${text}${ESC}${RESET}m`;

export const style: Record<keyof typeof CODES, (text: string) => string> = {
  red: paint(CODES.red),
  yellow: paint(CODES.yellow),
  green: paint(CODES.green),
  blue: paint(CODES.blue),
  cyan: paint(CODES.cyan),
  bold: paint(CODES.bold),
  dim: paint(CODES.dim),
  buildStep: paint(CODES.buildStep),
};

/** Clears the screen and scrollback, then homes the cursor. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

// ANSI CSI sequences (colours, cursor moves); tests compare text without them.
const ANSI_PATTERN = /\x1b\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}

const OWN_STYLE = new Set([RESET, ...Object.values(CODES)].map((code) => `${ESC}${code}m`));
// C0 controls but tab and line feed, DEL, and the C1 controls (a terminal reads U+009B as CSI, U+009D as OSC).
const CONTROL = /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `cat -v` notation: ESC is ^[, DEL is ^?, a C1 control is M- and its C0 twin. */
function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x7f) return '^?';
  if (code >= 0x80) return `M-${visible(String.fromCharCode(code - 0x80))}`;
  return `^${String.fromCharCode(code + 0x40)}`;
}

/**
 * What the terminal may write: the simulator's own colours pass, every other control character is
 * shown in caret notation. A learner's file or an imported project can then print an escape
 * sequence (a link, a screen wipe, a title change) only as visible text, never as an effect.
 * Line ends become "\r\n"; a carriage return inside a line is shown, as it could hide what precedes it.
 */
export function showControls(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(CONTROL, (match) => (OWN_STYLE.has(match) ? match : [...match].map((c) => (c < ' ' || c >= '\x7f' ? visible(c) : c)).join('')))
    .replace(/\n/g, '\r\n');
}

/** ANSI styling, used sparingly so the terminal looks like the real tools. */
const ESC = '\x1b[';

export const style = {
  red: (text: string): string => `${ESC}31m${text}${ESC}0m`,
  yellow: (text: string): string => `${ESC}33m${text}${ESC}0m`,
  green: (text: string): string => `${ESC}32m${text}${ESC}0m`,
  blue: (text: string): string => `${ESC}34m${text}${ESC}0m`,
  cyan: (text: string): string => `${ESC}36m${text}${ESC}0m`,
  bold: (text: string): string => `${ESC}1m${text}${ESC}0m`,
  dim: (text: string): string => `${ESC}2m${text}${ESC}0m`,
  /** BuildKit's progress lines are dim blue on a colour terminal. */
  buildStep: (text: string): string => `${ESC}34;2m${text}${ESC}0m`,
};

/** Clears the screen and scrollback, then homes the cursor. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

// ANSI CSI sequences (colours, cursor moves); tests compare text without them.
const ANSI_PATTERN = /\x1b\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}

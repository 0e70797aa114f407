import { stripAnsi, style } from '../../ansi';

export type EventStatus = 'working' | 'done' | 'warning' | 'error';

/** One line of Compose's progress display (compose v2.40 `pkg/progress.Event`). */
export interface ProgressEvent {
  /** "Network demo_default", "Container demo-web-1", or a service name while pulling. */
  id: string;
  /** A word after the id ("Error", "Pulling"); usually empty. */
  text?: string;
  status: EventStatus;
  statusText: string;
  /** Shown right-aligned; the simulator's steps take a fixed, plausible time. */
  seconds: number;
}

const SPINNER: Record<EventStatus, string> = {
  done: style.green('✔'),
  warning: style.bold(style.yellow('!')),
  error: style.bold(style.red('✘')),
  working: style.yellow('⠋'),
};

const STATUS_COLOUR: Record<EventStatus, (text: string) => string> = {
  done: style.green,
  warning: (t) => style.bold(style.yellow(t)),
  error: (t) => style.bold(style.red(t)),
  working: (t) => t,
};

function visibleLength(text: string): number {
  return [...stripAnsi(text)].length;
}

/**
 * The last frame compose's TTY writer draws (`pkg/progress/tty.go`): a `[+] <title> done/total`
 * header, then each event with its status aligned and its timer at the right edge of the terminal.
 * Earlier frames are overwritten on a real terminal, so only the last one is printed.
 */
export function renderProgress(title: string, events: readonly ProgressEvent[], columns: number): string {
  if (events.length === 0) return '';
  const done = events.filter((e) => e.status !== 'working').length;
  const header = `[+] ${title} ${done}/${events.length}`;
  const texts = events.map((e) => `${e.id} ${e.text ?? ''}`);
  const statusPadding = Math.max(...texts.map((t) => t.length));
  const lines = events.map((event, i) => {
    const text = texts[i] ?? '';
    const maxStatus = columns - text.length - statusPadding - 15;
    const status = maxStatus > 0 && event.statusText.length > maxStatus ? `${event.statusText.slice(0, maxStatus)}...` : event.statusText;
    const left = ` ${SPINNER[event.status]} ${text}${' '.repeat(Math.max(0, statusPadding - text.length))} ${STATUS_COLOUR[event.status](status)}`;
    const timer = `${event.seconds.toFixed(1)}s `;
    const gap = columns - visibleLength(left) - timer.length;
    return `${left}${gap > 0 ? ' '.repeat(gap) : ''}${style.blue(timer)}`;
  });
  return `${done === events.length ? style.blue(header) : header}\n${lines.join('\n')}\n`;
}

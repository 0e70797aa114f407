import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { LineEditor } from '../components/terminal/line-editor';
import { loadLessonExercises } from '../course/load-exercises';
import { createSimulator } from '../sim';
import { showControls } from '../sim/ansi';
import { activeExerciseId, currentFiles } from './workspace-state';
import { presenterOn } from './presenter';
import { locale, t } from '../i18n/page';

let editor: LineEditor | null = null;
let terminal: Terminal | null = null;

const THEME = {
  background: '#0b0d11',
  foreground: '#d8dee6',
  cursor: '#ffb86b',
  selectionBackground: '#33506e',
  blue: '#6cb6ff',
  brightBlue: '#9ccfff',
  red: '#ff7b72',
  green: '#7ee787',
  yellow: '#e3b341',
  cyan: '#76e3ea',
  brightBlack: '#8b949e',
};

/** The editor's sizes: presenter mode enlarges the terminal as much as the code. */
const terminalFontSize = (): number => (presenterOn() ? 20 : 14);

/** The simulated terminal: xterm renders, LineEditor edits, the simulator answers. */
export async function startTerminal(host: HTMLElement): Promise<void> {
  const workspace = host.closest<HTMLElement>('[data-workspace]');
  const exercises = await loadLessonExercises(workspace?.dataset.lesson ?? '', locale);
  const context = () => exercises.find((e) => e.id === activeExerciseId())?.context ?? {};
  // The learner's terminal runs on real time, so what docker ps and docker images say ages as they watch.
  const interpreter = createSimulator({ files: currentFiles, context, clock: () => Date.now(), language: locale });

  host.replaceChildren();
  const term = new Terminal({
    convertEol: false,
    cursorBlink: true,
    fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    fontSize: terminalFontSize(),
    // A row exactly as tall as the font cuts off what hangs below the baseline: `_` vanished.
    lineHeight: 1.2,
    theme: THEME,
    scrollback: 2000,
    screenReaderMode: true,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  const refit = () => {
    fit.fit();
    interpreter.resize?.(term.cols);
  };
  refit();
  window.addEventListener('resize', refit);
  window.addEventListener('shipshape:layout', refit);
  window.addEventListener('shipshape:presenter', () => {
    term.options.fontSize = terminalFontSize();
    refit();
  });
  new ResizeObserver(refit).observe(host);

  const lineEditor = new LineEditor({
    prompt: () => interpreter.prompt(),
    run: (line) => interpreter.execute(line),
    complete: (line) => interpreter.complete?.(line) ?? [],
    interrupt: () => interpreter.interrupt?.(),
  });
  term.onData((data) => term.write(lineEditor.input(data)));
  term.textarea?.setAttribute('aria-label', t.workspace.terminalLabel);
  term.write(showControls(interpreter.banner()));
  term.write(lineEditor.start());
  editor = lineEditor;
  terminal = term;
}

/** Runs a suggested command in plain sight, as if the learner had typed it and pressed Enter. */
export function runCommand(command: string): boolean {
  if (!editor || !terminal) return false;
  terminal.write(editor.run(command));
  terminal.scrollToBottom();
  return true;
}

/** Focuses the terminal's input without scrolling the page to it. */
export function focusTerminal(): void {
  terminal?.textarea?.focus({ preventScroll: true });
}

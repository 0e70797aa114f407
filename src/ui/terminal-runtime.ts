import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { LineEditor } from '../components/terminal/line-editor';
import { loadLessonExercises } from '../course/load-exercises';
import { createSimulator } from '../sim';
import { activeExerciseId, currentFiles } from './workspace-state';
import { locale, t } from '../i18n';

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

/** The simulated terminal: xterm renders, LineEditor edits, the simulator answers. */
export async function startTerminal(host: HTMLElement): Promise<void> {
  const workspace = host.closest<HTMLElement>('[data-workspace]');
  const exercises = await loadLessonExercises(workspace?.dataset.lesson ?? '', locale);
  const context = () => exercises.find((e) => e.id === activeExerciseId())?.context ?? {};
  const interpreter = createSimulator({ files: currentFiles, context, language: locale });

  host.replaceChildren();
  const term = new Terminal({
    convertEol: false,
    cursorBlink: true,
    fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    fontSize: 14,
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
  new ResizeObserver(refit).observe(host);

  const lineEditor = new LineEditor({
    prompt: () => interpreter.prompt(),
    run: (line) => interpreter.execute(line),
    complete: (line) => interpreter.complete?.(line) ?? [],
    interrupt: () => interpreter.interrupt?.(),
  });
  term.onData((data) => term.write(lineEditor.input(data)));
  term.textarea?.setAttribute('aria-label', t.workspace.terminalLabel);
  term.write(interpreter.banner().replace(/\r?\n/g, '\r\n'));
  term.write(lineEditor.start());
  const demo = exercises.find((e) => e.id === activeExerciseId())?.demo;
  if (demo?.length) term.write(lineEditor.replay(demo));
  editor = lineEditor;
  terminal = term;
}

/** Puts a demo's commands on the prompt, one per Enter, and focuses the terminal. */
export function replay(commands: string[]): void {
  if (!editor || !terminal) return;
  terminal.write(editor.replay(commands));
  terminal.focus();
}

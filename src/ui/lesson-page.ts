import { notifyExerciseChange, onExerciseChange } from './workspace-state';
import { initTablist } from './tablist';
import { initQuizzes } from './quiz';
import { initExerciseTimers } from './exercise-timer';
import { applyTrack } from './lesson-track';
import { loadChunk } from './stale-build';
import { focusInPane, revealInPane } from './reveal';
import { TerminalSuggestions } from './terminal-suggestions';
import { scriptReady } from './page-boot';

const SPLIT_KEY = 'shipshape:split';

function initDivider(): void {
  const layout = document.querySelector<HTMLElement>('[data-lesson-layout]');
  const divider = document.querySelector<HTMLElement>('[data-divider]');
  if (!layout || !divider) return;
  const set = (percent: number) => {
    const clamped = Math.min(75, Math.max(25, Math.round(percent)));
    layout.style.setProperty('--split', `${clamped}%`);
    divider.setAttribute('aria-valuenow', String(clamped));
    try {
      localStorage.setItem(SPLIT_KEY, String(clamped));
    } catch {
      // Storage may be unavailable; the split still applies to this page.
    }
    window.dispatchEvent(new Event('shipshape:layout'));
  };
  let saved = NaN;
  try {
    saved = Number(localStorage.getItem(SPLIT_KEY));
  } catch {
    // Site data blocked: reading localStorage throws a SecurityError; the default split applies.
  }
  if (saved >= 25 && saved <= 75) set(saved);

  divider.addEventListener('pointerdown', (event) => {
    divider.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const box = layout.getBoundingClientRect();
      set(((e.clientX - box.left) / box.width) * 100);
    };
    const up = () => {
      divider.removeEventListener('pointermove', move);
      divider.removeEventListener('pointerup', up);
    };
    divider.addEventListener('pointermove', move);
    divider.addEventListener('pointerup', up);
  });
  divider.addEventListener('keydown', (event) => {
    const now = Number(divider.getAttribute('aria-valuenow'));
    const step = event.shiftKey ? 10 : 2;
    const next = { ArrowLeft: now - step, ArrowRight: now + step, Home: 25, End: 75 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  });
}

function activateExercise(id: string, focus = false): void {
  const sections = document.querySelectorAll<HTMLElement>('[data-exercise]');
  for (const section of sections) section.hidden = section.dataset.exercise !== id;
  for (const tab of document.querySelectorAll<HTMLElement>('[data-exercise-tab]')) {
    const selected = tab.dataset.exerciseTab === id;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  notifyExerciseChange(id);
  if (focus) {
    const heading = document.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(id)}"] h2`);
    if (heading) focusInPane(heading, 'start');
  }
}

/** Loads a chunk once the element is near the viewport (or at once when asked to). */
function whenVisible(element: Element | null, load: () => void): void {
  if (!element) return;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      load();
    }
  }, { rootMargin: '200px' });
  observer.observe(element);
}

// A chunk that cannot load (the site was updated while this tab was open) offers a reload.
let editorsLoading: Promise<void | null> | null = null;
function loadEditors(workspace: HTMLElement): Promise<void | null> {
  editorsLoading ??= loadChunk(() => import('./exercise-runtime').then((m) => m.startExercises(workspace)));
  return editorsLoading;
}

let terminalLoading: Promise<typeof import('./terminal-runtime') | null> | null = null;
function loadTerminal(host: HTMLElement): Promise<typeof import('./terminal-runtime') | null> {
  terminalLoading ??= loadChunk(() => import('./terminal-runtime').then(async (m) => {
    await m.startTerminal(host);
    return m;
  }));
  return terminalLoading;
}

export function initLessonPage(): void {
  initDivider();
  initQuizzes(document);
  initExerciseTimers(document);
  const workspace = document.querySelector<HTMLElement>('[data-workspace]');
  if (!workspace) return;

  const exerciseTabs = workspace.querySelector<HTMLElement>('.exercise-tabs');
  if (exerciseTabs) initTablist(exerciseTabs, (tab) => activateExercise(tab.dataset.exerciseTab ?? ''));

  workspace.addEventListener('shipshape:open-exercise', (event) => {
    activateExercise((event as CustomEvent<string>).detail, true);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-exercise]')) {
    button.addEventListener('click', () => {
      activateExercise(button.dataset.openExercise ?? '', true);
      void loadEditors(workspace);
    });
    scriptReady(button);
  }

  const firstInTrack = applyTrack(workspace);
  if (firstInTrack) activateExercise(firstInTrack);

  // Links such as the home page's "Continue" point at an exercise heading: open that exercise.
  const target = location.hash.startsWith('#exercise-') ? document.getElementById(location.hash.slice(1)) : null;
  const targetId = target?.closest<HTMLElement>('[data-exercise]')?.dataset.exercise;
  if (targetId) activateExercise(targetId, true);

  whenVisible(workspace.querySelector('[data-exercise]:not([hidden]) .editor-host'), () => void loadEditors(workspace));
  const terminalHost = workspace.querySelector<HTMLElement>('[data-terminal]');
  if (terminalHost) initTerminal(workspace, terminalHost);
}

/** The terminal, its row of suggested commands, and the lesson's "Replay in the terminal" buttons. */
function initTerminal(workspace: HTMLElement, host: HTMLElement): void {
  whenVisible(host, () => void loadTerminal(host));
  const panel = host.closest<HTMLElement>('.terminal-panel') ?? host;
  const box = workspace.querySelector<HTMLElement>('[data-terminal-suggestions]');
  const suggestions = box
    ? new TerminalSuggestions(box, async (command) => (await loadTerminal(host))?.runCommand(command) ?? false)
    : null;
  const exerciseDemo = () => {
    const section = workspace.querySelector<HTMLElement>('[data-exercise]:not([hidden])');
    return JSON.parse(section?.dataset.terminalDemo ?? '[]') as string[];
  };
  suggestions?.show(exerciseDemo());
  onExerciseChange(() => suggestions?.show(exerciseDemo()));

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-demo]')) {
    button.addEventListener('click', async () => {
      revealInPane(panel);
      suggestions?.show(JSON.parse(button.dataset.demo ?? '[]') as string[]);
      await suggestions?.runFirst();
    });
    scriptReady(button);
  }
  // The `t` shortcut: the terminal may not have started yet.
  window.addEventListener('shipshape:focus-terminal', async () => {
    revealInPane(panel, 'center');
    (await loadTerminal(host))?.focusTerminal();
  });
}

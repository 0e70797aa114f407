import { openDialog } from './dialog';
import { t } from '../i18n/page';
import { revealInPane } from './reveal';
import { scriptReady, takeEarlyKeys } from './page-boot';

const m = t.shortcuts;

interface Actions {
  search(): void;
}

const SHORTCUTS: [string, string][] = [
  ['/', m.search],
  ['?', m.help],
  ['n', m.nextLesson],
  ['p', m.previousLesson],
  ['e', m.editor],
  ['t', m.terminal],
  ['h', m.hint],
  ['r', m.reset],
  ['Esc', m.closeDialog],
];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.monaco-editor, .xterm');
}

function activeSection(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-exercise]:not([hidden])');
}

function showShortcuts(): void {
  const table = document.createElement('table');
  table.className = 'shortcut-table';
  const caption = table.createCaption();
  caption.textContent = m.caption;
  for (const [key, what] of SHORTCUTS) {
    const row = table.insertRow();
    const k = document.createElement('th');
    k.scope = 'row';
    const kbd = document.createElement('kbd');
    kbd.textContent = key;
    k.append(kbd);
    row.append(k);
    row.insertCell().textContent = what;
  }
  void openDialog({ title: m.title, body: table, buttons: [{ label: t.common.close, value: 'close', primary: true }] });
}

function focusEditor(): void {
  const section = activeSection();
  const host = section?.querySelector<HTMLElement>('.editor-host:not([hidden])');
  if (!host) return;
  revealInPane(host, 'center');
  // Monaco's text box is a textarea or, where the browser has EditContext, a div; both carry the textbox role
  // (its other textarea only serves input methods and ignores typing). Before Monaco loads, the fallback <pre>.
  (host.querySelector<HTMLElement>('[role="textbox"]') ?? host.querySelector<HTMLElement>('pre'))?.focus({ preventScroll: true });
}

/** The lesson page starts the terminal first if it has not scrolled into view yet. */
function focusTerminal(): void {
  window.dispatchEvent(new Event('shipshape:focus-terminal'));
}

export function initShortcuts(actions: Actions): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const go = (selector: string) => {
      const link = document.querySelector<HTMLAnchorElement>(selector);
      if (link) location.href = link.href;
    };
    const handlers: Record<string, () => void> = {
      '/': actions.search,
      '?': showShortcuts,
      n: () => go('[data-next-lesson]'),
      p: () => go('[data-prev-lesson]'),
      e: focusEditor,
      t: focusTerminal,
      h: () => activeSection()?.querySelector<HTMLButtonElement>('[data-action="hint"]')?.click(),
      r: () => activeSection()?.querySelector<HTMLButtonElement>('[data-action="reset"]')?.click(),
    };
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };
  const early = takeEarlyKeys();
  document.addEventListener('keydown', onKey);
  // Keys pressed while the modules loaded: acted on after this task, once the page's own script (the
  // lesson page listens for the terminal shortcut) has set up too.
  if (early.length > 0) setTimeout(() => early.forEach(onKey), 0);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-shortcuts-open]')) {
    button.addEventListener('click', showShortcuts);
    scriptReady(button);
  }
}

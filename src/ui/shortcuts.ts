import { openDialog } from './dialog';

interface Actions {
  search(): void;
}

const SHORTCUTS: [string, string][] = [
  ['/', 'Search lessons and rules'],
  ['?', 'Show these shortcuts'],
  ['n', 'Next lesson'],
  ['p', 'Previous lesson'],
  ['e', 'Focus the exercise editor'],
  ['t', 'Focus the terminal'],
  ['h', 'Show the next hint'],
  ['r', 'Reset the exercise (asks first)'],
  ['Esc', 'Close a dialog'],
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
  caption.textContent = 'Single keys work when focus is not in a text field, the editor or the terminal.';
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
  void openDialog({ title: 'Keyboard shortcuts', body: table, buttons: [{ label: 'Close', value: 'close', primary: true }] });
}

function focusEditor(): void {
  const section = activeSection();
  const host = section?.querySelector<HTMLElement>('.editor-host:not([hidden])');
  if (!host) return;
  host.scrollIntoView({ block: 'center' });
  (host.querySelector<HTMLElement>('textarea') ?? host.querySelector<HTMLElement>('pre'))?.focus();
}

function focusTerminal(): void {
  const host = document.querySelector<HTMLElement>('[data-terminal]');
  if (!host) return;
  host.scrollIntoView({ block: 'center' });
  host.querySelector<HTMLElement>('textarea')?.focus();
}

export function initShortcuts(actions: Actions): void {
  document.addEventListener('keydown', (event) => {
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
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-shortcuts-open]')) {
    button.addEventListener('click', showShortcuts);
  }
}

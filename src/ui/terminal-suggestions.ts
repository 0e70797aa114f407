import { t } from '../i18n/page';
import { revealInPane } from './reveal';

const m = t.terminal;

/**
 * The row of suggested commands above the terminal. Nothing is put on the terminal's prompt for the
 * learner: a suggestion is a real button that runs its command visibly, as if typed; the next one is
 * then focused, so Enter steps through a demo from the keyboard.
 */
export class TerminalSuggestions {
  private readonly list: HTMLUListElement;

  constructor(private readonly box: HTMLElement, private readonly run: (command: string) => Promise<boolean>) {
    const list = box.querySelector<HTMLUListElement>('ul');
    if (!list) throw new Error('The suggestions box has no list.');
    this.list = list;
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-command]');
      if (button) void this.press(button);
    });
  }

  /** Offers these commands (an empty list hides the row). */
  show(commands: readonly string[]): void {
    this.list.replaceChildren(...commands.map((command) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button suggestion';
      button.dataset.command = command;
      const verb = document.createElement('span');
      verb.className = 'suggestion-verb';
      verb.textContent = `${m.run} `;
      const code = document.createElement('code');
      code.textContent = command;
      const state = document.createElement('span');
      state.className = 'suggestion-state';
      button.append(verb, code, state);
      item.append(button);
      return item;
    }));
    this.box.hidden = commands.length === 0;
  }

  /** Runs the first suggestion, as "Replay in the terminal" does, and focuses the next one. */
  async runFirst(): Promise<void> {
    const first = this.buttons()[0];
    if (first) await this.press(first, true);
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.list.querySelectorAll<HTMLButtonElement>('button[data-command]')];
  }

  private async press(button: HTMLButtonElement, moveFocus = false): Promise<void> {
    const focused = moveFocus || document.activeElement === button;
    if (!(await this.run(button.dataset.command ?? ''))) return;
    button.dataset.ran = 'true';
    const state = button.querySelector('.suggestion-state');
    if (state) state.textContent = ` ${m.ran}`;
    const buttons = this.buttons();
    const next = buttons[buttons.indexOf(button) + 1];
    // The next step of a demo stands out, for a mouse user as much as for the keyboard's focus.
    for (const b of buttons) delete b.dataset.next;
    if (next) next.dataset.next = 'true';
    if (focused && next) {
      revealInPane(this.box.closest<HTMLElement>('.terminal-panel') ?? this.box);
      next.focus({ preventScroll: true });
    }
  }
}

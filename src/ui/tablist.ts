import { scriptReady } from './page-boot';

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs, and
 * selecting a tab runs `onSelect`. The caller decides what selecting means.
 */
export function initTablist(list: HTMLElement, onSelect: (tab: HTMLElement) => void): void {
  const tabs = () => [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement) => {
    for (const t of tabs()) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
    }
    onSelect(tab);
  };
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tab);
  });
  scriptReady(...tabs());
  list.addEventListener('keydown', (event) => {
    const all = tabs();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const target = {
      ArrowRight: all[(index + 1) % all.length],
      ArrowLeft: all[(index - 1 + all.length) % all.length],
      Home: all[0],
      End: all[all.length - 1],
    }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
    select(target);
  });
}

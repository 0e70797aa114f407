import { scriptReady } from './page-boot';

const KEY = 'shipshape:presenter';

/** Large type and high contrast for projectors; remembered, and applied before paint by the inline boot script. */
export function initPresenterMode(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-presenter-toggle]');
  const apply = (on: boolean) => {
    if (on) document.documentElement.dataset.presenter = 'on';
    else delete document.documentElement.dataset.presenter;
    for (const b of buttons) b.setAttribute('aria-pressed', String(on));
    window.dispatchEvent(new CustomEvent<boolean>('shipshape:presenter', { detail: on }));
  };
  apply(document.documentElement.dataset.presenter === 'on');
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const on = document.documentElement.dataset.presenter !== 'on';
      try {
        localStorage.setItem(KEY, on ? 'on' : 'off');
      } catch {
        // Without storage the mode still applies to this page.
      }
      apply(on);
    });
    scriptReady(button);
  }
}

export function presenterOn(): boolean {
  return document.documentElement.dataset.presenter === 'on';
}

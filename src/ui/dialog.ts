/**
 * A modal built on <dialog>: focus moves in and returns on close, Escape cancels. Resolves with
 * the value of the button that closed it ("" when cancelled).
 */
export function openDialog(options: {
  title: string;
  body: HTMLElement | string;
  buttons: { label: string; value: string; primary?: boolean }[];
  wide?: boolean;
  onOpen?: (dialog: HTMLDialogElement) => void;
}): Promise<string> {
  const opener = document.activeElement as HTMLElement | null;
  const dialog = document.createElement('dialog');
  dialog.className = options.wide ? 'shipshape-dialog wide' : 'shipshape-dialog';
  const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
  dialog.setAttribute('aria-labelledby', titleId);

  const heading = document.createElement('h2');
  heading.id = titleId;
  heading.textContent = options.title;
  dialog.append(heading);
  if (typeof options.body === 'string') {
    const p = document.createElement('p');
    p.textContent = options.body;
    dialog.append(p);
  } else {
    dialog.append(options.body);
  }
  const form = document.createElement('form');
  form.method = 'dialog';
  form.className = 'dialog-buttons';
  for (const b of options.buttons) {
    const button = document.createElement('button');
    button.className = b.primary ? 'button primary' : 'button';
    button.value = b.value;
    button.textContent = b.label;
    form.append(button);
  }
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
  options.onOpen?.(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue);
      dialog.remove();
      opener?.focus();
    });
  });
}

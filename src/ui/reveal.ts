/**
 * Scrolls the nearest scrolling pane so `element` is in view, never the page itself when the page is
 * not meant to scroll. On wide screens the body is `overflow: hidden` and the lesson text and the
 * workspace scroll inside it; `scrollIntoView` would still scroll the body, leaving a blank band
 * the learner cannot scroll away. On a phone the page is the pane.
 */
export function revealInPane(element: HTMLElement, block: 'start' | 'center' = 'start'): void {
  const pane = scrollingAncestor(element);
  const box = element.getBoundingClientRect();
  if (!pane) {
    const top = box.top - (block === 'center' ? (innerHeight - box.height) / 2 : 0);
    if (getComputedStyle(document.body).overflowY !== 'hidden') scrollBy({ top });
    return;
  }
  const view = pane.getBoundingClientRect();
  if (box.top >= view.top && box.bottom <= view.bottom) return;
  const offset = block === 'center' ? (view.height - box.height) / 2 : 8;
  pane.scrollTop += box.top - view.top - Math.max(0, offset);
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Moves focus without letting the browser scroll the page to it; the caller reveals it in its pane. */
export function focusInPane(element: HTMLElement, block: 'start' | 'center' = 'center'): void {
  revealInPane(element, block);
  element.focus({ preventScroll: true });
}

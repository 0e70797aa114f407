import type { Locator, Page } from 'playwright-core';

/** The Checks list of the exercise section with this id. */
export function checksOf(page: Page, exerciseId: string): Locator {
  return page.locator(`[data-exercise="${exerciseId}"]`).getByRole('list', { name: 'Checks' });
}

/** Waits until the Monaco editor for `file` in the exercise has loaded, and returns its text box. */
export async function editorFor(page: Page, exerciseId: string, file: string): Promise<Locator> {
  const section = page.locator(`[data-exercise="${exerciseId}"]`);
  const tab = section.getByRole('tab', { name: file, exact: true });
  if ((await tab.count()) > 0) await tab.click();
  const box = section.getByRole('textbox', { name: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, editor`) });
  await box.waitFor({ state: 'attached', timeout: 30_000 });
  return box;
}

/** Replaces the editor's text the way a paste would (typing would trigger auto-indent and bracket closing). */
export async function pasteInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('Control+a');
  await box.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function statuses(page: Page, exerciseId: string): Promise<string[]> {
  return checksOf(page, exerciseId).getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('data-status') ?? ''));
}

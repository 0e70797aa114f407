import type { Page } from 'playwright-core';

/** The terminal's visible text (xterm's DOM renderer keeps it in the page). */
export async function terminalText(page: Page): Promise<string> {
  return (await page.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
}

/** Opens the lesson's terminal, clears it, and returns a function that runs a command. */
export async function openTerminal(page: Page): Promise<(command: string) => Promise<void>> {
  await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  const input = page.getByRole('textbox', { name: /Simulated terminal/ });
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await input.focus();
  await page.keyboard.type('clear');
  await page.keyboard.press('Enter');
  return async (command: string) => {
    await input.focus();
    await page.keyboard.type(command);
    await page.keyboard.press('Enter');
  };
}

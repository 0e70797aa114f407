import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openGaps } from '../simulator-gaps';
import { seriousViolations } from './axe';
import { lessonSlugs, screenshotPath, useSession } from './browser';
import { editorFor, pasteInto } from './editor';
import { terminalText } from './terminal';

const session = useSession();
// The terminal chunk, the simulator and the grader share two cores with the browser: allow them time.
const SLOW = { timeout: 20_000 };

const terminalInput = (page: Page): Locator => page.getByRole('textbox', { name: /Simulated terminal/ });
const suggestions = (page: Page): Locator => page.getByRole('group', { name: 'Suggested commands' });

async function startTerminal(page: Page): Promise<Locator> {
  await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  const input = terminalInput(page);
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await expect.poll(() => terminalText(page), { timeout: 20_000 }).toMatch(/learner@lab-host:~\$/);
  return input;
}

/** The last row that shows a prompt, with trailing blanks trimmed. */
async function promptLine(page: Page): Promise<string> {
  const rows = (await terminalText(page)).split('\n').map((r) => r.trimEnd()).filter((r) => r.includes('$'));
  return rows[rows.length - 1] ?? '';
}

async function scrollTops(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollTop ?? -1);
}

describe('nothing is typed for the learner', () => {
  it('starts on an empty prompt, offers the demo as buttons, and runs exactly what the learner types', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    const input = await startTerminal(page);
    expect(await promptLine(page)).toBe('learner@lab-host:~$');
    const offered = suggestions(page).getByRole('button');
    expect(await offered.allTextContents()).toEqual(['Run docker build -t app .', 'Run docker run --rm app id']);

    await input.focus();
    await page.keyboard.type('docker build -t app .');
    await expect.poll(() => promptLine(page), SLOW).toBe('learner@lab-host:~$ docker build -t app .');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/naming to docker\.io\/library\/app:latest/);
    expect(await terminalText(page)).not.toMatch(/requires exactly 1 argument/);
    expect(await promptLine(page)).toBe('learner@lab-host:~$');

    // A half-typed line survives a suggestion: the button's command runs, the learner's text comes back.
    await page.keyboard.type('echo mine');
    await suggestions(page).getByRole('button', { name: 'Run docker run --rm app id' }).click();
    await expect.poll(() => terminalText(page), SLOW).toMatch(/^learner@lab-host:~\$ docker run --rm app id\s*\nuid=0\(root\)/m);
    expect(await promptLine(page)).toBe('learner@lab-host:~$ echo mine');
    await page.locator('.terminal-panel').screenshot({ path: screenshotPath('suggestions-typed-and-run', 'terminal') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Replay in the terminal, from the keyboard, runs the first command and Enter runs the next', async () => {
    const page = await session.open('/lessons/never-privileged/');
    const replay = page.getByRole('button', { name: 'Replay in the terminal' }).first();
    await replay.focus();
    await page.keyboard.press('Enter');
    await startTerminal(page);
    await expect.poll(() => terminalText(page), SLOW).toMatch(/\$ docker run --rm alpine:3\.24 fdisk -l\s*$/m);
    const next = suggestions(page).getByRole('button', { name: 'Run docker run --rm --privileged alpine:3.24 fdisk -l' });
    await expect.poll(() => next.evaluate((el) => el === document.activeElement), SLOW).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/Disk \/dev\/sda: 20 GiB/);
    expect(await scrollTops(page)).toBe(0);
  });

  it('the t shortcut starts the terminal and puts the cursor in it with one press', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    await page.keyboard.press('t');
    await expect.poll(() => terminalInput(page).evaluate((el) => el === document.activeElement), { timeout: 30_000 }).toBe(true);
    expect(await scrollTops(page)).toBe(0);
    await page.keyboard.type('id');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page), SLOW).toMatch(/uid=1000\(learner\)/);
  });
});

describe('the page stays put', () => {
  it('Replay in the terminal, clicked with the mouse, scrolls the workspace pane and never the page', async () => {
    const page = await session.open('/lessons/least-privilege-capabilities/');
    const replay = page.getByRole('button', { name: 'Replay in the terminal' }).first();
    await replay.scrollIntoViewIfNeeded();
    expect(await scrollTops(page)).toBe(0);
    const box = await replay.boundingBox();
    if (!box) throw new Error('the Replay button is not visible');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await startTerminal(page);
    await expect.poll(() => terminalText(page), SLOW).toMatch(/\$ sh run\.sh/);
    expect(await scrollTops(page)).toBe(0);
    // The checks above the terminal may still grow as the run check answers; the pane keeps the terminal in view.
    const inView = async () => {
      const terminal = await page.locator('[data-terminal]').boundingBox();
      return !!terminal && terminal.y >= 0 && terminal.y + terminal.height <= 900;
    };
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.site-header, header').first().evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    await page.screenshot({ path: screenshotPath('replay-no-page-scroll', 'terminal') });
  });

  it('the mouse wheel over a short file scrolls the workspace pane', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    await editorFor(page, 'run-as-non-root/add-user', 'Dockerfile');
    const editor = page.locator('[data-exercise="run-as-non-root/add-user"] .monaco-editor').first();
    await editor.waitFor();
    const box = await editor.boundingBox();
    if (!box) throw new Error('the editor is not visible');
    const column = page.locator('.workspace-column');
    expect(await column.evaluate((el) => el.scrollTop)).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => column.evaluate((el) => el.scrollTop), SLOW).toBeGreaterThan(100);
    expect(await scrollTops(page)).toBe(0);
  });
});

/** Pixels in the lower part of each character cell of the row that reads exactly `text`, much brighter than the background. */
async function litPixelsBelowBaseline(page: Page, text: string): Promise<number[]> {
  const cells = await page.evaluate((wanted) => {
    const row = [...document.querySelectorAll('.xterm-rows > div')].find((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd() === wanted);
    if (!row) return null;
    const rowBox = row.getBoundingClientRect();
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    const boxes: { x: number; width: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length && boxes.length < wanted.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        boxes.push({ x: r.left, width: r.width });
      }
    }
    return { top: rowBox.top, height: rowBox.height, left: rowBox.left, width: rowBox.width, boxes };
  }, text);
  if (!cells) throw new Error(`no terminal row reads ${text}`);
  const shot = await page.screenshot({ clip: { x: cells.left, y: cells.top, width: cells.width, height: cells.height } });
  return page.evaluate(async ({ png, cells: c }) => {
    const bytes = Uint8Array.from(atob(png), (ch) => ch.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return [];
    context.drawImage(bitmap, 0, 0);
    const scale = bitmap.width / c.width;
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const lum = (x: number, y: number) => {
      const i = (y * bitmap.width + x) * 4;
      return 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
    };
    const background = lum(bitmap.width - 1, 0);
    return c.boxes.map((b) => {
      let lit = 0;
      const x0 = Math.round((b.x - c.left) * scale);
      const x1 = Math.round((b.x - c.left + b.width) * scale);
      // The part of the cell below the baseline, where `_` is drawn and no letter of "a b c" reaches.
      for (let y = Math.floor(bitmap.height * 0.7); y < bitmap.height; y += 1) {
        for (let x = x0; x < x1; x += 1) if (lum(x, y) - background > 60) lit += 1;
      }
      return lit;
    });
  }, { png: shot.toString('base64'), cells });
}

describe('every glyph is drawn', () => {
  it('draws the underscores of echo a_b__c, pixel by pixel', async () => {
    const page = await session.open('/lessons/apparmor-profiles/');
    const input = await startTerminal(page);
    await input.focus();
    for (const command of ['clear', 'echo a_b__c', "echo 'a b  c'"]) {
      await page.keyboard.type(command);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => terminalText(page), SLOW).toMatch(/^a b {2}c\s*$/m);
    expect(await terminalText(page)).toMatch(/^a_b__c\s*$/m);
    await page.locator('[data-terminal]').screenshot({ path: screenshotPath('underscores', 'terminal') });

    const underscores = await litPixelsBelowBaseline(page, 'a_b__c');
    const spaces = await litPixelsBelowBaseline(page, 'a b  c');
    for (const i of [1, 3, 4]) {
      expect(underscores[i], `cell ${i} of a_b__c: ${underscores.join(',')}`).toBeGreaterThan(4);
      expect(spaces[i]).toBe(0);
    }
  });

  it('presenter mode enlarges the terminal to the editor\'s 20px and refits it to its box', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    await startTerminal(page);
    const fontSize = () => page.locator('.xterm-rows').evaluate((el) => getComputedStyle(el).fontSize);
    const columns = () => page.locator('.xterm-rows > div').first().evaluate((row) => (row.parentElement?.parentElement?.clientWidth ?? 0) / row.getBoundingClientRect().height);
    expect(await fontSize()).toBe('14px');
    const rowsBefore = await page.locator('.xterm-rows > div').count();
    const before = await columns();
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    try {
      await expect.poll(fontSize, SLOW).toBe('20px');
      await expect.poll(() => page.locator('.xterm-rows > div').count(), SLOW).toBeLessThan(rowsBefore);
      expect(await columns()).toBeLessThan(before);
      const screen = await page.locator('.xterm-screen').boundingBox();
      const host = await page.locator('[data-terminal]').boundingBox();
      expect(screen && host && screen.y + screen.height <= host.y + host.height + 1).toBe(true);
      expect(screen && host && screen.x + screen.width <= host.x + host.width + 1).toBe(true);
      await page.locator('.terminal-panel').screenshot({ path: screenshotPath('presenter-terminal', 'terminal') });
    } finally {
      await page.getByRole('button', { name: 'Presenter mode' }).click();
    }
  });
});

describe('control characters from the learner\'s files never reach the terminal raw', () => {
  it('cat of a file with a screen wipe, an OSC 8 link and a title change shows them as text', async () => {
    const page = await session.open('/lessons/no-host-network/');
    const box = await editorFor(page, 'no-host-network/publish-on-loopback', 'run.sh');
    await pasteInto(page, box, 'echo kept-above\n\x1b[2J\x1b[3J\x1b[H\x1b]8;;https://evil.example/\x07click me\x1b]8;;\x07\x1b]0;pwned\x07\n');
    const input = await startTerminal(page);
    await input.focus();
    await page.keyboard.type('echo still-visible');
    await page.keyboard.press('Enter');
    await page.keyboard.type('cat run.sh');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page), SLOW).toMatch(/\^\[\[2J\^\[\[3J\^\[\[H\^\[\]8;;https:\/\/evil\.example\/\^Gclick me\^\[\]8;;\^G\^\[\]0;pwned\^G/);
    const text = await terminalText(page);
    expect(text).toMatch(/^still-visible\s*$/m);
    expect(text).toMatch(/^echo kept-above\s*$/m);
    expect(await page.title()).not.toMatch(/pwned/);
    expect(await page.locator('.xterm a, .xterm [style*="underline"]').count()).toBe(0);
    await page.locator('[data-terminal]').screenshot({ path: screenshotPath('control-characters', 'terminal') });
  });
});

/** The lesson's own <Demo commands={...}> lists, in page order. */
async function demoButtons(page: Page): Promise<Locator[]> {
  return page.getByRole('button', { name: 'Replay in the terminal' }).all();
}

// What the simulator prints when a lesson asks for something it does not have.
const SIMULATOR_ERROR = /pull access denied|No such container|command not found|requires at least|requires exactly|unknown command|could not be simulated|internal error/;

describe.each(lessonSlugs)('the terminal demos of %s, run through the page', (slug) => {
  it('every command runs without a simulator error, unless an open gap says why', async () => {
    const page = await session.open(`/lessons/${slug}/`);
    const exerciseId = await page.locator('[data-exercise]:not([hidden])').first().getAttribute('data-exercise') ?? '';
    const gaps = openGaps(exerciseId);
    const buttons = await demoButtons(page);
    expect(buttons.length).toBeGreaterThan(0);
    const transcript: string[] = [];
    for (const replay of buttons) {
      await replay.click();
      await startTerminal(page);
      // A tall terminal keeps a whole demo on screen: xterm puts only the visible rows in the page.
      await page.locator('[data-terminal]').evaluate((el) => { el.style.height = '200rem'; });
      const steps = suggestions(page).getByRole('button');
      const count = await steps.count();
      for (let i = 0; i < count; i += 1) {
        const step = steps.nth(i);
        if ((await step.getAttribute('data-ran')) !== 'true') await step.click();
        await expect.poll(() => step.getAttribute('data-ran'), { timeout: 20_000 }).toBe('true');
      }
      transcript.push(await terminalText(page));
    }
    const all = transcript.join('\n');
    const explained = gaps.filter((gap) => gap.now.test(all));
    if (explained.length === 0) expect(all).not.toMatch(SIMULATOR_ERROR);
    await page.screenshot({ path: screenshotPath(`demo-${slug}`, 'terminal') });
  });
});

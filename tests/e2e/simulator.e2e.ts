import { describe, expect, it } from 'vitest';
import { screenshotPath, useSession } from './browser';
import { editorFor, pasteInto } from './editor';
import { openTerminal, terminalText } from './terminal';

const session = useSession();

describe('the simulated terminal shows the consequence of the learner\'s code', () => {
  it('runs as root until the learner adds USER 10001:10001, then as 10001', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    const id = 'run-as-non-root/add-user';
    const editor = await editorFor(page, id, 'Dockerfile');
    const run = await openTerminal(page);
    await run('docker build -t app .');
    await expect.poll(() => terminalText(page)).toMatch(/naming to docker\.io\/library\/app:latest/);
    await run('docker run --rm app id');
    await expect.poll(() => terminalText(page)).toMatch(/uid=0\(root\)/);
    await page.locator('.workspace-column').screenshot({ path: screenshotPath('terminal-root') });

    const starter = await page.evaluate(() => document.querySelector('[data-exercise="run-as-non-root/add-user"] .view-lines')?.textContent ?? '');
    expect(starter).toContain('FROM');
    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('USER 10001:10001');
    await expect.poll(() => page.locator(`[data-exercise="${id}"] [data-summary]`).textContent()).toMatch(/^(\d+) of \1 checks pass$/);

    await run('clear');
    await run('docker build -t app .');
    await run('docker run --rm app id');
    await expect.poll(() => terminalText(page)).toMatch(/uid=10001 gid=10001/);
    expect(await terminalText(page)).not.toMatch(/uid=0\(root\)/);
    await page.locator('.workspace-column').screenshot({ path: screenshotPath('terminal-non-root') });
  });

  it('lets --privileged see the host disk, and hides it without', async () => {
    const page = await session.open('/lessons/never-privileged/');
    const run = await openTerminal(page);
    await run('docker run --rm alpine:3.24 fdisk -l');
    await run('echo end-of-unprivileged');
    await expect.poll(() => terminalText(page)).toMatch(/end-of-unprivileged/);
    expect(await terminalText(page)).not.toMatch(/\/dev\/sda/);
    await run('docker run --rm --privileged alpine:3.24 fdisk -l');
    await expect.poll(() => terminalText(page)).toMatch(/Disk \/dev\/sda: 20 GiB/);
    await page.locator('.workspace-column').screenshot({ path: screenshotPath('terminal-privileged') });
  });

  it('uses the editor\'s run.sh, so sh run.sh runs what the learner wrote', async () => {
    const page = await session.open('/lessons/no-host-network/');
    const id = 'no-host-network/publish-on-loopback';
    const editor = await editorFor(page, id, 'run.sh');
    await pasteInto(page, editor, 'docker run --rm --network host alpine:3.24 wget -qO- http://127.0.0.1:8500\n');
    const run = await openTerminal(page);
    await run('sh run.sh');
    await expect.poll(() => terminalText(page)).toMatch(/lab-admin-api/);
  });
});

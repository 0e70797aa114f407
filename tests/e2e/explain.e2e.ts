import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { screenshotPath, scriptsPending, startSessionWithSlowScripts, useSession } from './browser';

const session = useSession();

describe('/explain/', () => {
  it('is linked from the header of the home page', async () => {
    const page = await session.open('/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Explain' }).click();
    await expect.poll(() => page.url()).toContain('/explain/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Explain what will run');
    await page.close();
  });

  it('acts on a click made before its script has run', async () => {
    const fresh = await startSessionWithSlowScripts();
    try {
      const page = await fresh.open('/explain/');
      expect(await scriptsPending(page)).toBe(true);
      await page.getByRole('button', { name: 'Load an example' }).click();
      await expect.poll(() => page.getByRole('group').count(), { timeout: 15_000 }).toBe(3);
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('explains pasted files in the browser, joining the manifest to the Dockerfile, with nothing uploaded', async () => {
    const page = await session.open('/explain/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.method()));
    await page.getByRole('button', { name: 'Load an example' }).click();
    expect(await page.getByRole('group').count()).toBe(3);
    await page.getByRole('combobox', { name: 'Kubernetes version' }).selectOption('1.36');
    await page.getByRole('button', { name: 'Explain', exact: true }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^3 things run; \d+ findings in the files\.$/);
    // Focus moves to the results, so a keyboard or screen reader user lands on them.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('explain-results');

    const compose = page.getByRole('region', { name: 'What will run' }).locator('section.subject', { hasText: 'Compose service: api' });
    expect(await compose.locator('[data-fact="user"]').textContent()).toBe('root (uid 0, gid 0), set by the runtime at compose.yaml:5');
    expect(await compose.locator('[data-fact="capabilities"]').textContent()).toContain('NET_ADMIN');
    expect(await compose.getByRole('listitem').filter({ hasText: 'runs it as root' }).count()).toBe(1);

    const container = page.locator('section.subject', { hasText: 'Kubernetes container: Deployment/api container api' });
    expect(await container.locator('[data-fact="image"]').textContent()).toBe('acme/api:1 from Dockerfile (stage 1, FROM alpine:3.24)');
    expect(await container.locator('[data-fact="user"]').textContent()).toBe('app (uid 10001, gid 10001), from USER at Dockerfile:9');
    expect(await container.locator('[data-fact="pod-security"]').textContent()).toBe('baseline at Kubernetes 1.36');
    expect(await container.getByRole('listitem').filter({ hasText: 'non-numeric user' }).count()).toBe(1);

    const findings = page.getByRole('region', { name: 'What will run' }).getByRole('link', { name: 'Rule run-as-root-user' });
    expect(await findings.getAttribute('href')).toBe('/rules/run-as-root-user/');
    expect(requests.filter((m) => m !== 'GET')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('explain-example', 'explain'), fullPage: true });
    await page.close();
  });

  it('works from the keyboard alone: add a file, type it, explain', async () => {
    const page = await session.open('/explain/');
    const name = page.getByRole('textbox', { name: 'File name' });
    await name.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('FROM alpine:3.24\nUSER root\n');
    await page.getByRole('button', { name: 'Explain', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^1 thing runs;/);
    expect(await page.locator('[data-fact="root"]').textContent()).toBe('yes');
    await page.close();
  });

  it('reads files chosen from disk, and refuses one over 5 MB', async () => {
    const page = await session.open('/explain/');
    const dir = tmpdir();
    const small = join(dir, 'run.sh');
    writeFileSync(small, 'docker run --privileged --network host nginx:1.30\n');
    const big = join(dir, 'huge.Dockerfile');
    writeFileSync(big, `FROM alpine\n${'#'.repeat(6 * 1024 * 1024)}\n`);
    await page.getByLabel('Add files from disk').setInputFiles([small, big]);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('huge.Dockerfile is larger than 5 MB');
    expect(await page.getByRole('group').count()).toBe(2);
    await page.getByRole('button', { name: 'Remove Dockerfile' }).click();
    await page.getByRole('button', { name: 'Explain', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^1 thing runs;/);
    expect(await page.locator('[data-fact="privileged"]').textContent()).toBe('yes');
    expect(await page.locator('[data-fact="namespaces"]').textContent()).toContain('network');
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Exercise } from '../../src/checker/grading/exercise';
import { allExercises } from '../../src/course/exercises';
import { openGaps } from '../simulator-gaps';
import { screenshotPath, useSession } from './browser';
import { checksOf, editorFor, pasteInto, statuses } from './editor';

const session = useSession();

async function openExercise(page: Page, id: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Exercises' }).getByRole('tab', { name: new RegExp(`^\\d+\\. `) });
  if ((await tab.count()) > 0) {
    const index = (await page.locator('[data-exercise]').evaluateAll((s) => s.map((x) => x.getAttribute('data-exercise')))).indexOf(id);
    await tab.nth(index).click();
  }
  await page.locator(`[data-exercise="${id}"]`).waitFor({ state: 'visible' });
}

function byId(id: string): Exercise {
  const exercise = allExercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`${id} is missing`);
  return exercise;
}

/** The check with this id in the list, once the simulator has answered (no check is pending). */
async function settledCheck(page: Page, exerciseId: string, checkId: string): Promise<Locator> {
  const list = checksOf(page, exerciseId);
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
  return list.locator(`[data-check-id="${checkId}"]`);
}

/**
 * Puts the cursor on the line containing `text` the way a learner would with the editor's find
 * box (arrow keys count wrapped lines, so they cannot name a line reliably), then selects that
 * line after its indentation.
 */
async function selectLineWith(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  // A suggestion list left open by earlier typing would take the keys.
  await page.keyboard.press('Escape');
  // Searching from the top finds the first line with the text.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  // Keys pressed while the find box is still open, or before it has found the text, land in the
  // wrong place on a busy machine: wait for the match, then for the box to close.
  const editor = box.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " monaco-editor ")][1]');
  const find = editor.locator('.find-widget');
  await find.getByRole('textbox', { name: 'Find' }).waitFor({ state: 'visible' });
  await page.keyboard.type(text);
  await expect.poll(() => find.locator('.matchesCount').textContent(), { timeout: 10_000 }).toMatch(/^1 of/);
  await page.keyboard.press('Escape');
  await expect.poll(() => find.evaluate((el) => el.classList.contains('visible')), { timeout: 10_000 }).toBe(false);
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
}

/** Types `replacement` over the line containing `text`, key by key. */
async function typeOverLine(page: Page, box: Locator, text: string, replacement: string): Promise<void> {
  await selectLineWith(page, box, text);
  await page.keyboard.type(replacement, { delay: 5 });
}

/** Adds a new line typed after the line containing `text`. */
async function typeNewLineAfter(page: Page, box: Locator, text: string, line: string): Promise<void> {
  await selectLineWith(page, box, text);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Monaco may indent the new line; a wrong answer is typed from the line's start.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(line, { delay: 5 });
}

interface WrongAnswer {
  name: string;
  exercise: string;
  file: string;
  /** The file starts from the solution (pasted) or from the starter already in the editor. */
  from: 'starter' | 'solution';
  edit(page: Page, box: Locator): Promise<void>;
  check: string;
  message: RegExp;
}

const WRONG_ANSWERS: WrongAnswer[] = [
  {
    name: 'ROM instead of FROM', exercise: 'read-only-app-files/root-owned-binaries', file: 'Dockerfile', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'FROM alpine', 'ROM alpine:3.24'), check: 'Dockerfile:readable', message: /"ROM" is not a Dockerfile instruction/,
  },
  {
    name: 'a garbled SHELL line', exercise: 'build-secrets-and-supply-chain/pin-and-verify', file: 'Dockerfile', from: 'solution',
    edit: (page, box) => typeNewLineAfter(page, box, 'FROM alpine', 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]t -qO /tmp/install.sh'),
    check: 'Dockerfile:readable', message: /SHELL requires the arguments to be in JSON form/,
  },
  {
    name: 'a stale CMD that still runs target/app.jar', exercise: 'multi-stage-builds/maven-to-runtime', file: 'Dockerfile', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'CMD [', 'CMD ["java", "-jar", "target/app.jar"]'), check: 'run', message: /Unable to access jarfile target\/app\.jar/,
  },
  {
    name: 'USER 10001 without a group', exercise: 'run-as-non-root/add-user', file: 'Dockerfile', from: 'starter',
    edit: (page, box) => typeNewLineAfter(page, box, 'COPY --chmod', 'USER 10001'), check: 'goal:final-user-numeric-non-root', message: /runs with group 0, the root group/,
  },
  {
    name: 'USER 10001:0, the root group', exercise: 'run-as-non-root/add-user', file: 'Dockerfile', from: 'starter',
    edit: (page, box) => typeNewLineAfter(page, box, 'COPY --chmod', 'USER 10001:0'), check: 'goal:final-user-numeric-non-root', message: /group 0, the root group/,
  },
  {
    name: 'a secret mount without a target', exercise: 'images-and-containers/secret-in-layer', file: 'Dockerfile', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'RUN --mount', 'RUN --mount=type=secret,id=npmrc npm ci --omit=dev'), check: 'goal:token-mounted', message: /a file npm never reads/,
  },
  {
    name: 'a secret mount with the wrong id', exercise: 'build-secrets-and-supply-chain/secret-mount', file: 'Dockerfile', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'RUN --mount', 'RUN --mount=type=secret,id=wrong,target=/tmp/x npm ci --omit=dev'), check: 'goal:install-uses-secret-mount', message: /id is wrong/,
  },
  {
    name: 'the checksum verified after running the script', exercise: 'build-secrets-and-supply-chain/pin-and-verify', file: 'Dockerfile', from: 'solution',
    edit: async (page, box) => {
      await typeOverLine(page, box, '&& sh /tmp/install.sh', '&& sha256sum -c /tmp/install.sh.sha256 \\');
      await typeOverLine(page, box, '&& sha256sum -c', '&& sh /tmp/install.sh \\');
    },
    check: 'goal:script-verified', message: /checked only after sh \/tmp\/install\.sh has used it/,
  },
  {
    name: 'the checksum joined with ;', exercise: 'build-secrets-and-supply-chain/pin-and-verify', file: 'Dockerfile', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, '&& sh /tmp/install.sh', '; sh /tmp/install.sh \\'), check: 'goal:script-verified', message: /; lets sh \/tmp\/install\.sh run even when the check fails/,
  },
  {
    name: '--user 0 on the hardened docker run', exercise: 'least-privilege-capabilities/drop-capabilities', file: 'run.sh', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, '--cap-drop ALL', '--cap-drop ALL --user 0 \\'), check: 'goal:non-root-user', message: /--user 0 starts the service as root/,
  },  {
    name: 'hostUsers true on the root-only Deployment', exercise: 'user-namespaces/pod-user-namespace', file: 'deployment.yaml', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'hostUsers: false', 'hostUsers: true'), check: 'goal:own-user-namespace', message: /hostUsers: true keeps the pods in the node's user namespace/,
  },
  {
    name: 'the container\'s runAsUser: 0, which overrides the pod\'s', exercise: 'pod-security-admission/restricted-deployment', file: 'deployment.yaml', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'allowPrivilegeEscalation: false', 'runAsUser: 0'),
    check: 'goal:admitted-under-restricted', message: /refused under restricted:v1\.36: allowPrivilegeEscalation != false, runAsUser=0/,
  },
  {
    name: 'a seccomp profile left logging by default', exercise: 'seccomp-profiles/tighten-profile', file: 'profile.json', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, '"defaultAction"', '  "defaultAction": "SCMP_ACT_LOG",'), check: 'goal:denies-by-default', message: /SCMP_ACT_LOG" every call the profile does not name/,
  },
  {
    name: 'set -e dropped before cosign verify', exercise: 'sign-scan-attest/verify-before-run', file: 'run.sh', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, 'set -eu', 'set -u'), check: 'goal:verified-first', message: /does not stop this docker run when it fails/,
  },
  {
    name: '--ulimit nproc instead of --pids-limit', exercise: 'read-only-and-limits/harden-run', file: 'run.sh', from: 'solution',
    edit: (page, box) => typeOverLine(page, box, '--pids-limit 200', '  --ulimit nproc=200 \\'), check: 'goal:pids-limit', message: /counts the processes of a user ID on the whole host/,
  },
];

describe.each(WRONG_ANSWERS.map((w) => [w.name, w] as const))('a learner who types %s', (name, wrong) => {
  it('sees the intended check fail with its reason, and no fix before asking for every hint', async () => {
    const exercise = byId(wrong.exercise);
    const page = await session.open(`/lessons/${exercise.lesson}/`);
    await openExercise(page, exercise.id);
    const box = await editorFor(page, exercise.id, wrong.file);
    if (wrong.from === 'solution') {
      await pasteInto(page, box, exercise.files.find((f) => f.name === wrong.file)?.solution ?? '');
      await settledCheck(page, exercise.id, wrong.check);
    }
    await wrong.edit(page, box);
    const check = await settledCheck(page, exercise.id, wrong.check);
    await expect.poll(() => check.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    await expect.poll(() => check.locator('.check-message').textContent()).toMatch(wrong.message);
    expect(await check.locator('.check-fix').count()).toBe(0);
    const section = page.locator(`[data-exercise="${exercise.id}"]`);
    expect(await section.getByText('All checks pass.').isVisible()).toBe(false);
    await check.scrollIntoViewIfNeeded();
    await check.screenshot({ path: screenshotPath(name.replace(/[^a-z0-9]+/gi, '-').toLowerCase(), 'wrong-answers') });
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('the checks list', () => {
  it('holds the fix back until the last hint, then shows it under the failing check', async () => {
    const exercise = byId('run-as-non-root/add-user');
    const page = await session.open(`/lessons/${exercise.lesson}/`);
    await openExercise(page, exercise.id);
    await editorFor(page, exercise.id, 'Dockerfile');
    const section = page.locator(`[data-exercise="${exercise.id}"]`);
    const goal = await settledCheck(page, exercise.id, 'goal:final-user-numeric-non-root');
    expect(await goal.locator('.check-fix').count()).toBe(0);
    for (let i = 0; i < exercise.hints.length; i++) await section.getByRole('button', { name: /Show a hint/ }).click();
    await expect.poll(() => goal.locator('.check-fix').textContent()).toMatch(/How to fix: .*USER 10001:10001/);
    await section.locator('.checks').screenshot({ path: screenshotPath('checks-with-fixes', 'checks') });
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

/**
 * Saving, reloading and resetting work the same for every exercise whose files are of the same kinds,
 * so the round trip runs once per combination of kinds; every exercise is still solved in the browser.
 */
const ROUND_TRIP = new Set([...new Map(allExercises.map((e) => [e.files.map((f) => f.kind).join('+'), e.id])).values()]);

describe.each(allExercises.map((e) => [e.id, e] as const))('exercise %s in the browser', (id, exercise) => {
  const gaps = openGaps(id);
  it(ROUND_TRIP.has(id) ? 'starter fails, the solution passes every check, reload keeps it, reset restores the starter' : 'starter fails, the solution passes every check', async () => {
    const page = await session.open(`/lessons/${exercise.lesson}/`);
    await openExercise(page, id);
    for (const file of exercise.files) await editorFor(page, id, file.name);
    await expect.poll(() => statuses(page, id), { timeout: 20_000 }).not.toContain('pending');
    expect(await statuses(page, id)).toContain('fail');

    for (const file of exercise.files) await pasteInto(page, await editorFor(page, id, file.name), file.solution);
    const section = page.locator(`[data-exercise="${id}"]`);
    const list = checksOf(page, id);
    if (gaps.length === 0) {
      await expect.poll(() => statuses(page, id), { timeout: 20_000 }).toEqual(expect.not.arrayContaining(['fail', 'pending']));
      await section.getByText('All checks pass.').waitFor();
    } else {
      // The simulator cannot run this solution yet: every check but the run passes, and the run says why.
      const run = list.locator('[data-check-id="run"]');
      const others = () => list.locator('[data-check-id]:not([data-check-id="run"])').evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
      await expect.poll(async () => (await others()).every((s) => s === 'pass'), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => run.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
      const message = (await run.locator('.check-message').textContent()) ?? '';
      expect(gaps.some((g) => g.now.test(message)), message).toBe(true);
      expect(await section.getByText('All checks pass.').isVisible()).toBe(false);
    }
    const solved = await statuses(page, id);
    if (id === 'capstone/harden-service') {
      await list.locator('[data-check-id="run"]').scrollIntoViewIfNeeded();
      await page.locator('.workspace-column').screenshot({ path: screenshotPath('capstone-solution', 'checks') });
    }

    if (!ROUND_TRIP.has(id)) {
      await page.evaluate(() => localStorage.clear());
      await page.close();
      return;
    }
    await page.reload();
    await openExercise(page, id);
    for (const file of exercise.files) await editorFor(page, id, file.name);
    await expect.poll(() => statuses(page, id), { timeout: 20_000 }).not.toContain('pending');
    expect(await statuses(page, id)).toEqual(solved);

    await section.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('dialog', { name: 'Reset this exercise?' }).getByRole('button', { name: 'Reset to starter' }).click();
    await expect.poll(() => statuses(page, id), { timeout: 20_000 }).toContain('fail');
    await section.getByRole('button', { name: 'Restore my previous code' }).click();
    await expect.poll(() => statuses(page, id), { timeout: 20_000 }).toEqual(solved);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

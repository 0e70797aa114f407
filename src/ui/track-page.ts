import { loadProgress } from './progress-store';
import { isComplete } from './progress-schema';
import type { CourseCatalog } from './record-catalog';
import { pageCatalog } from './page-catalog';
import { setProgressBar } from './progress-bar';
import { t } from '../i18n/page';
import { activeTrack, clearActiveTrack, exerciseHref, parseTrackUrl, sameTrack, setActiveTrack, trackUrl, type Track } from './track';
import { scriptReady } from './page-boot';

const m = t.track;

function itemButton(label: string, title: string, action: string, id: string, disabled: boolean): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = label;
  button.setAttribute('aria-label', m.itemAction(label, title));
  button.dataset.action = action;
  button.dataset.id = id;
  button.disabled = disabled;
  return button;
}

function initBuilder(catalog: CourseCatalog): void {
  const titles = new Map(catalog.exercises.map((e) => [e.id, e.title]));
  const titleInput = document.querySelector<HTMLInputElement>('[data-title]');
  const list = document.querySelector<HTMLOListElement>('[data-picked]');
  const empty = document.querySelector<HTMLElement>('[data-picked-empty]');
  const urlInput = document.querySelector<HTMLInputElement>('[data-url]');
  const copy = document.querySelector<HTMLButtonElement>('[data-copy]');
  const open = document.querySelector<HTMLAnchorElement>('[data-open]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-pick]')];
  const picked: string[] = [];

  const preset = new URLSearchParams(location.search).get('t');
  if (titleInput && preset) titleInput.value = preset;

  const current = (): Track => ({ title: titleInput?.value ?? '', exercises: [...picked] });
  const render = () => {
    for (const box of boxes) box.checked = picked.includes(box.value);
    for (const badge of document.querySelectorAll<HTMLElement>('[data-order-of]')) {
      const at = picked.indexOf(badge.dataset.orderOf ?? '');
      badge.textContent = at < 0 ? '' : m.order(at + 1);
    }
    list?.replaceChildren(...picked.map((id, i) => {
      const title = titles.get(id) ?? id;
      const li = document.createElement('li');
      const row = document.createElement('span');
      row.className = 'row';
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = title;
      row.append(
        name,
        itemButton(m.moveUp, title, 'up', id, i === 0),
        itemButton(m.moveDown, title, 'down', id, i === picked.length - 1),
        itemButton(m.remove, title, 'remove', id, false),
      );
      li.append(row);
      return li;
    }));
    if (empty) empty.hidden = picked.length > 0;
    const href = picked.length > 0 ? trackUrl(current()) : '';
    if (urlInput) urlInput.value = href ? new URL(href, location.origin).href : '';
    if (copy) copy.disabled = !href;
    if (open) {
      open.hidden = !href;
      if (href) open.href = href;
    }
  };

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const at = picked.indexOf(box.value);
      if (box.checked && at < 0) picked.push(box.value);
      if (!box.checked && at >= 0) picked.splice(at, 1);
      if (status) status.textContent = '';
      render();
    });
  }
  titleInput?.addEventListener('input', render);
  list?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const from = picked.indexOf(button.dataset.id ?? '');
    if (from < 0) return;
    if (button.dataset.action === 'remove') {
      const [removed] = picked.splice(from, 1);
      render();
      const next = list.querySelectorAll<HTMLButtonElement>('button[data-action="remove"]')[Math.min(from, picked.length - 1)];
      (next ?? document.querySelector<HTMLInputElement>(`[data-pick][value="${CSS.escape(removed ?? '')}"]`))?.focus();
      if (status) status.textContent = m.removed(titles.get(removed ?? '') ?? removed ?? '');
      return;
    }
    const to = button.dataset.action === 'up' ? from - 1 : from + 1;
    const moving = picked[from];
    const other = picked[to];
    if (moving === undefined || other === undefined) return;
    picked[to] = moving;
    picked[from] = other;
    render();
    // Keep the keyboard on the item that moved; at an end, its other button is the one still enabled.
    const again = list.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(moving)}"][data-action="${button.dataset.action}"]`);
    const fallback = list.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(moving)}"]:not([disabled])`);
    (again && !again.disabled ? again : fallback)?.focus();
    if (status) status.textContent = m.moved(titles.get(moving) ?? moving, to + 1);
  });
  copy?.addEventListener('click', async () => {
    const text = urlInput?.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = m.copied;
    } catch {
      urlInput?.focus();
      urlInput?.select();
      if (status) status.textContent = m.copyRefused;
    }
  });
  render();
}

function initView(track: Track, catalog: CourseCatalog): void {
  const known = new Map(catalog.exercises.map((e) => [e.id, e]));
  const lessonTitles = new Map(catalog.lessons.map((l) => [l.slug, l.title]));
  const found = track.exercises.filter((id) => known.has(id));
  const missing = track.exercises.filter((id) => !known.has(id));
  const { progress } = loadProgress();

  const heading = document.querySelector<HTMLElement>('[data-track-title]');
  if (heading) heading.textContent = track.title;
  document.title = t.site.pageTitle(track.title);

  const list = document.querySelector<HTMLElement>('[data-track-list]');
  list?.replaceChildren(...found.map((id) => {
    const exercise = known.get(id);
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = exerciseHref(id);
    link.textContent = exercise?.title ?? id;
    const lesson = document.createElement('span');
    lesson.className = 'lesson';
    lesson.textContent = ` · ${lessonTitles.get(exercise?.lesson ?? '') ?? exercise?.lesson ?? ''}`;
    const entry = progress.exercises.get(id);
    const state = document.createElement('span');
    state.className = `state ${entry?.status ?? 'none'}`;
    state.textContent = ` · ${entry?.status === 'passed' ? m.passed : entry?.status === 'assisted' ? m.assisted : entry ? m.started : m.notStarted}`;
    li.append(link, lesson, state);
    return li;
  }));

  const done = found.filter((id) => isComplete(progress.exercises.get(id))).length;
  setProgressBar(document.querySelector<HTMLElement>('[data-track-bar]'), done, found.length);

  const notFound = document.querySelector<HTMLElement>('[data-not-found]');
  const notFoundList = document.querySelector<HTMLElement>('[data-not-found-list]');
  if (notFound && notFoundList) {
    notFoundList.replaceChildren(...missing.map((id) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = id;
      li.append(code);
      return li;
    }));
    notFound.hidden = missing.length === 0;
  }

  const followed: Track = { title: track.title, exercises: found };
  const follow = document.querySelector<HTMLButtonElement>('[data-follow]');
  const status = document.querySelector<HTMLElement>('[data-follow-status]');
  const showFollow = () => {
    if (!follow) return;
    follow.textContent = sameTrack(activeTrack(), followed) ? m.unfollow : m.follow;
    follow.disabled = found.length === 0;
  };
  follow?.addEventListener('click', () => {
    if (sameTrack(activeTrack(), followed)) {
      clearActiveTrack();
      if (status) status.textContent = m.unfollowed;
    } else {
      const error = setActiveTrack(followed);
      if (status) status.textContent = error ?? m.following(track.title);
    }
    showFollow();
  });
  showFollow();
  scriptReady(follow);
}

/** The track page: a builder without exercises in the URL, the shared track with them. */
export function initTrackPage(): void {
  const catalog = pageCatalog();
  const track = parseTrackUrl(location.search);
  const builder = document.querySelector<HTMLElement>('[data-builder]');
  const view = document.querySelector<HTMLElement>('[data-view]');
  if (track) {
    if (builder) builder.hidden = true;
    if (view) view.hidden = false;
    initView(track, catalog);
  } else {
    initBuilder(catalog);
  }
}

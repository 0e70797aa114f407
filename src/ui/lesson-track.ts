import { activeTrack, exerciseHref, trackUrl } from './track';
import { t } from '../i18n/page';

/**
 * A learner following a workshop track sees only the track's exercises in a lesson's workspace,
 * with a note saying so and a way back to the track.
 */
export function applyTrack(workspace: HTMLElement): string | null {
  const track = activeTrack();
  if (!track) return null;
  const inTrack = new Set(track.exercises);
  const sections = [...workspace.querySelectorAll<HTMLElement>('[data-exercise]')];
  const kept = sections.filter((s) => inTrack.has(s.dataset.exercise ?? ''));
  const note = document.createElement('p');
  note.className = 'notice track-note';
  note.append(kept.length === 0 ? t.workspace.notInTrack(track.title) : t.workspace.trackNote(track.title, kept.length, sections.length));
  const link = document.createElement('a');
  link.href = trackUrl(track);
  link.textContent = t.workspace.backToTrack;
  note.append(link);
  workspace.prepend(note);
  // A lesson outside the track still shows all its exercises: the learner came here on purpose.
  if (kept.length === 0 || kept.length === sections.length) return kept[0]?.dataset.exercise ?? null;
  for (const section of sections) {
    if (kept.includes(section)) continue;
    section.hidden = true;
    section.dataset.outsideTrack = '';
    workspace.querySelector<HTMLElement>(`[data-exercise-tab="${CSS.escape(section.dataset.exercise ?? '')}"]`)?.remove();
  }
  for (const card of document.querySelectorAll<HTMLElement>('[data-exercise-card]')) {
    if (!inTrack.has(card.dataset.exerciseCard ?? '')) card.hidden = true;
  }
  return kept[0]?.dataset.exercise ?? null;
}

/** Where "next" leads from an exercise of the followed track: its next exercise, or back to the track. */
export function nextInTrack(exerciseId: string): { href: string; label: string } | null {
  const track = activeTrack();
  if (!track) return null;
  const at = track.exercises.indexOf(exerciseId);
  if (at < 0) return null;
  const next = track.exercises[at + 1];
  if (!next) return { href: trackUrl(track), label: t.exercise.trackDone(track.title) };
  return { href: exerciseHref(next), label: t.exercise.nextInTrack(track.title, at + 2, track.exercises.length) };
}

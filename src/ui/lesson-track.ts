import { activeTrack, trackUrl } from './track';
import { t } from '../i18n';

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
  if (kept.length === 0 || kept.length === sections.length) return null;
  for (const section of sections) {
    if (kept.includes(section)) continue;
    section.hidden = true;
    section.dataset.outsideTrack = '';
    workspace.querySelector<HTMLElement>(`[data-exercise-tab="${CSS.escape(section.dataset.exercise ?? '')}"]`)?.remove();
  }
  for (const card of document.querySelectorAll<HTMLElement>('[data-exercise-card]')) {
    if (!inTrack.has(card.dataset.exerciseCard ?? '')) card.hidden = true;
  }
  const note = document.createElement('p');
  note.className = 'notice track-note';
  note.append(t.workspace.trackNote(track.title, kept.length, sections.length));
  const link = document.createElement('a');
  link.href = trackUrl(track);
  link.textContent = t.workspace.backToTrack;
  note.append(link);
  workspace.prepend(note);
  return kept[0]?.dataset.exercise ?? null;
}

import { href, t } from '../i18n/page';
import { exerciseAnchor } from './exercise-anchor';
/**
 * Workshop tracks: a chosen subset and order of exercises, shared as a readable URL
 * (/track/?t=Title&e=lesson/exercise,lesson/other) and remembered as the one the learner follows.
 */
export const TRACK_KEY = 'shipshape:track';
const DEFAULT_TRACK_TITLE = t.track.defaultTitle;
const MAX_EXERCISES = 200;
const MAX_TITLE = 120;

export interface Track {
  title: string;
  exercises: string[];
}

function cleanIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of ids) {
    const id = raw.trim();
    if (id && !seen.has(id)) seen.add(id);
  }
  return [...seen].slice(0, MAX_EXERCISES);
}

function cleanTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').slice(0, MAX_TITLE) || DEFAULT_TRACK_TITLE;
}

/** The track in a query string ("?t=...&e=a,b"), or null when it names no exercise (the builder). */
export function parseTrackUrl(search: string): Track | null {
  const params = new URLSearchParams(search);
  const ids = cleanIds((params.get('e') ?? '').split(','));
  if (ids.length === 0) return null;
  return { title: cleanTitle(params.get('t') ?? ''), exercises: ids };
}

/** Escapes only what a query value needs, so ids stay readable ("run-as-non-root/add-user"). */
function encodeValue(text: string): string {
  return encodeURIComponent(text.toWellFormed()).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%20/g, '+');
}

export function trackUrl(track: Track): string {
  const ids = cleanIds(track.exercises).map(encodeValue).join(',');
  return href(`/track/?t=${encodeValue(cleanTitle(track.title))}&e=${ids}`);
}

/** The anchor that opens an exercise in its lesson's workspace. */
export function exerciseHref(id: string): string {
  const lesson = id.split('/')[0] ?? id;
  return href(`/lessons/${encodeURIComponent(lesson)}/#${exerciseAnchor(id)}`);
}

function isTrack(value: unknown): value is Track {
  if (value === null || typeof value !== 'object') return false;
  const { title, exercises } = value as { title?: unknown; exercises?: unknown };
  return typeof title === 'string'
    && Array.isArray(exercises)
    && exercises.length > 0
    && exercises.every((e) => typeof e === 'string' && e.trim() !== '');
}

/** The track this browser follows; anything unreadable counts as none. */
export function activeTrack(): Track | null {
  try {
    const raw = localStorage.getItem(TRACK_KEY);
    if (raw === null) return null;
    const data: unknown = JSON.parse(raw);
    if (!isTrack(data)) return null;
    return { title: cleanTitle(data.title), exercises: cleanIds(data.exercises) };
  } catch {
    return null;
  }
}

/** Returns a message instead of throwing when the browser refuses to store it. */
export function setActiveTrack(track: Track): string | null {
  const exercises = cleanIds(track.exercises);
  if (exercises.length === 0) return t.track.nothingToFollow;
  try {
    localStorage.setItem(TRACK_KEY, JSON.stringify({ title: cleanTitle(track.title), exercises }));
    return null;
  } catch {
    return t.track.cannotFollow;
  }
}

export function clearActiveTrack(): void {
  try {
    localStorage.removeItem(TRACK_KEY);
  } catch {
    // Nothing was stored if storage is blocked, so there is nothing to clear.
  }
}

export function sameTrack(a: Track | null, b: Track | null): boolean {
  return a !== null && b !== null && a.title === b.title && a.exercises.join(',') === b.exercises.join(',');
}

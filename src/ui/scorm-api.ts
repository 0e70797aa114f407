/** The SCORM 1.2 runtime an LMS puts on a window of the frame set around the content. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

function isApi(value: unknown): value is Scorm12Api {
  return typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';
}

/** Up to 7 parents, as ADL's sample code does: the LMS's frames, never an endless loop. */
const MAX_PARENTS = 7;

function searchUp(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let i = 0; i <= MAX_PARENTS; i++) {
    try {
      const api = (win as Window & { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      // A frame of another origin: its API is not ours to use.
      return null;
    }
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

/** The standard discovery: this window and its parents, then the opener (an LMS that opens a new window) and its parents. */
export function findScormApi(from: Window): Scorm12Api | null {
  const above = searchUp(from);
  if (above) return above;
  try {
    return from.opener ? searchUp(from.opener as Window) : null;
  } catch {
    return null;
  }
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function sessionTime(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

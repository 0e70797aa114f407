/** Milliseconds since the Unix epoch, as Date.now gives them; the simulator asks for the time only through one. */
export type Clock = () => number;

/** The lab host's time when nothing keeps it running: fixed, so every test sees the same ages. */
export const LAB_EPOCH = Date.UTC(2026, 5, 20, 12, 0, 0);

export const frozenClock: Clock = () => LAB_EPOCH;

/**
 * How Docker says how long ago something happened, docker/go-units duration.go HumanDuration:
 * whole seconds below a minute, "About a minute", minutes, "About an hour" (hours rounded), hours
 * below two days, days below two weeks, weeks below two months, months below two years, then years.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/** RFC 3339 with nanoseconds, as the API writes Created: 2026-06-20T12:00:00.000000000Z. */
export function apiTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

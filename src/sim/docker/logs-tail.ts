/**
 * `docker logs --tail N`: the last N lines; "all", a negative or unreadable number means every line
 * (moby daemon/logs.go reads --tail with strconv.Atoi and falls back to all on an error).
 * `-f` adds nothing here: the simulated containers have written all they will by the time it is typed.
 */
export function tailOf(logs: string, tail: string | undefined): string {
  if (tail === undefined || tail === 'all' || !/^\d+$/.test(tail)) return logs;
  const lines = logs.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const n = Number(tail);
  return n === 0 ? '' : lines.slice(-n).map((l) => `${l}\n`).join('');
}

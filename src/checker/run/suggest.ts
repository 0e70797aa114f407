/** Edit distance, capped: only near misses matter for a suggestion. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? cap + 1;
}

/** The known flag closest to a misspelt one, when it is a plausible typo. */
export function closestFlag(name: string, known: readonly string[]): string | null {
  if (name.length > 40) return null;
  const cap = name.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = cap + 1;
  for (const candidate of known) {
    const d = distance(name, candidate, cap);
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

/** "Did you mean …?" for a mistyped id: the closest candidate by edit distance, if close enough. */
export function nearest(value: string, candidates: Iterable<string>): string | null {
  const list = [...candidates];
  // A shortened id ("bicep" for "biceps-brachii") is better matched by its start than by distance.
  const extended = value.length >= 3 ? list.filter((c) => c.startsWith(value)).sort((a, b) => a.length - b.length || a.localeCompare(b))[0] : undefined;
  if (extended) return extended;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(3, Math.ceil(value.length / 3)) ? best : null;
}

const SIDE_SUFFIX = /-(left|right)$/;

/**
 * Region ids carry a side suffix, which would swamp the distance for a short typo ("tempel"), so
 * the base names are compared and the suggestion keeps the typed side, or the left (data's side).
 */
export function nearestRegion(value: string, regionIds: readonly string[]): string | null {
  const side = value.match(SIDE_SUFFIX)?.[1] ?? 'left';
  const bases = new Set(regionIds.map((id) => id.replace(SIDE_SUFFIX, '')));
  const base = nearest(value.replace(SIDE_SUFFIX, ''), bases);
  if (base === null) return null;
  return regionIds.includes(`${base}-${side}`) ? `${base}-${side}` : base;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

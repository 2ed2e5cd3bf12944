/**
 * "Did you mean": the known name nearest to a misspelt one (a case field, a Word shell tag), by
 * edit distance with transpositions (optimal string alignment), so `titel` and `tilte` both
 * find `title`. One implementation for every error message that suggests a name.
 */

export function editDistance(a: string, b: string): number {
  const x = [...a.toLowerCase()];
  const y = [...b.toLowerCase()];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0]![j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

/**
 * The nearest of `known` to `name`, when it is close enough to be a slip: by default at most a
 * third of its letters, and 3; `maxDistance` sets the bound instead.
 */
export function nearestName<T extends string>(name: string, known: Iterable<T>, maxDistance?: number): T | undefined {
  // Names longer than any field are not typos of one; this also bounds the work on huge keys.
  if ([...name].length > 64) return undefined;
  const limit = maxDistance ?? Math.min(3, Math.max(1, Math.floor([...name].length / 3)));
  let best: T | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

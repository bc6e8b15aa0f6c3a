/**
 * Memoizes a pure one-string normalizer. Names, towns, states, species and breeds repeat
 * a great deal in a practice's records (a few thousand distinct first names across 100,000
 * clients), so the sync hot path computes each distinct value once. The cache is bounded:
 * when full it is simply cleared, which keeps the cost predictable without LRU bookkeeping
 * (an LRU library would also refuse the `null` results these functions return).
 */
export function memoizeNormalizer<R>(
  fn: (value: string | null | undefined) => R,
  maxEntries = 20_000,
): (value: string | null | undefined) => R {
  const cache = new Map<string, R>();
  return (value) => {
    if (!value) return fn(value);
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as R;
    const result = fn(value);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(value, result);
    return result;
  };
}

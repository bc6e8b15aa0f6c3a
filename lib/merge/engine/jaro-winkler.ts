/**
 * Jaro and Jaro-Winkler string similarity, written out here because no package provides it.
 *
 * Follows Winkler (1990): Jaro similarity counts characters that match within a window of
 * floor(max(len)/2) - 1 positions and half the transpositions among them; Jaro-Winkler then
 * rewards a shared prefix (at most 4 characters, scale 0.1) because typists rarely get the
 * start of a name wrong. Both return a value in [0, 1]; equal strings give 1, and two empty
 * strings give 1 (nothing disagrees), while exactly one empty string gives 0.
 */

let scratchA = new Uint8Array(64);
let scratchB = new Uint8Array(64);

export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const lenA = a.length;
  const lenB = b.length;
  if (lenA === 0 || lenB === 0) return 0;

  const window = Math.max(0, Math.floor(Math.max(lenA, lenB) / 2) - 1);
  // Reused scratch flags: the engine calls this a few hundred thousand times per run.
  if (scratchA.length < lenA) scratchA = new Uint8Array(lenA * 2);
  if (scratchB.length < lenB) scratchB = new Uint8Array(lenB * 2);
  const matchedA = scratchA.fill(0, 0, lenA);
  const matchedB = scratchB.fill(0, 0, lenB);

  let matches = 0;
  for (let i = 0; i < lenA; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lenB - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;

  // Matched characters taken in order on both sides; each position where they differ is half
  // a transposition.
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < lenA; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) outOfOrder++;
    j++;
  }
  const transpositions = outOfOrder / 2;

  return (matches / lenA + matches / lenB + (matches - transpositions) / matches) / 3;
}

export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const j = jaro(a, b);
  if (j === 1 || j === 0) return j;
  let prefix = 0;
  const maxPrefix = Math.min(4, a.length, b.length);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * prefixScale * (1 - j);
}

// The slugs closest to a mistyped one, so an error suggests the practice meant rather than
// creating a duplicate. Jaro-Winkler rewards the shared start typists rarely get wrong.
import { jaroWinkler } from "@/lib/merge/engine/jaro-winkler";

const MIN_SIMILARITY = 0.8;

export function nearestSlugs<T extends { slug: string; name: string }>(wanted: string, practices: readonly T[], limit = 3): T[] {
  const target = wanted.toLowerCase();
  return practices
    .map((p) => ({
      p,
      score: target.length >= 4 && (p.slug.includes(target) || target.includes(p.slug)) ? 0.99 : jaroWinkler(target, p.slug),
    }))
    .filter((x) => x.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.p.slug.localeCompare(b.p.slug))
    .slice(0, limit)
    .map((x) => x.p);
}

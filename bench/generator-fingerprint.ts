// Benchmarks keep generated test sets between runs (generating 100,000 clients takes a while),
// in folders named after this fingerprint of the generator's code: a changed generator gets
// fresh sets instead of silently measuring the old ones.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export function generatorFingerprint(): string {
  const hash = createHash("sha256");
  for (const dir of ["cli/testsets", "lib/contracts"]) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .sort()) {
      hash.update(file).update(readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest("hex").slice(0, 10);
}

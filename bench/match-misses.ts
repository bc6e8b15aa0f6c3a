// Why the matching engine misses true pairs or merges wrong ones, on generated test sets,
// without a database or server: reads a set folder (contract sections 1, 2 and 4), normalizes
// the rows as import and sync do, runs the engine in memory and prints accuracy plus the
// misses and false merges grouped by the true pair's field levels.
//   npx tsx bench/match-misses.ts DIR [DIR...] [--examples N]
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  readClientsCsv,
  readHomeDeliveryClientsCsv,
  readHomeDeliveryPetsCsv,
  readPatientsCsv,
  readTruthCsv,
} from "../lib/contracts";
import { scoreLinks } from "./accuracy";
import { comparePair } from "../lib/merge/engine/compare";
import { matchClients } from "../lib/merge/engine/engine";
import { prepareClient } from "../lib/merge/engine/prepare";
import type { MatchClient, MatchPet, MatchResult, MatchStats } from "../lib/merge/engine/types";
import { normalizeClient, normalizeHomeDeliveryClient, normalizeHomeDeliveryPet, normalizePatient } from "../lib/sync/normalize";

const args = process.argv.slice(2);
const exIdx = args.indexOf("--examples");
const EXAMPLES = exIdx >= 0 ? Number(args[exIdx + 1]) : 3;
const dirs = args.filter((a, i) => !a.startsWith("--") && (exIdx < 0 || i !== exIdx + 1));

async function rows<T>(p: Promise<{ rows: T[]; errors: unknown[] }>): Promise<T[]> {
  const r = await p;
  if (r.errors.length) throw new Error(`${r.errors.length} row errors`);
  return r.rows;
}

export async function loadSet(dir: string) {
  const [clients, patients, hdClients, hdPets, truth] = await Promise.all([
    rows(readClientsCsv(path.join(dir, "clients.csv"))),
    rows(readPatientsCsv(path.join(dir, "patients.csv"))),
    rows(readHomeDeliveryClientsCsv(path.join(dir, "home-delivery-clients.csv"))),
    rows(readHomeDeliveryPetsCsv(path.join(dir, "home-delivery-pets.csv"))),
    rows(readTruthCsv(path.join(dir, "truth.csv"))),
  ]);
  const petsOf = new Map<string, MatchPet[]>();
  const addPet = (owner: string, pet: MatchPet) => {
    const list = petsOf.get(owner);
    if (list) list.push(pet);
    else petsOf.set(owner, [pet]);
  };
  for (const row of patients) {
    const p = normalizePatient(row);
    addPet(`P${p.clientId}`, { id: p.patientId, name: p.name ?? "", species: p.species ?? "", birthDate: p.birthDate });
  }
  for (const row of hdPets) {
    const p = normalizeHomeDeliveryPet(row);
    addPet(`H${p.hdClientId}`, { id: p.hdPetId, name: p.name ?? "", species: p.species ?? "", birthDate: p.birthDate });
  }
  const pims: MatchClient[] = clients.map((row) => {
    const c = normalizeClient(row);
    return {
      id: c.clientId,
      firstName: c.firstName,
      lastName: c.lastName,
      street: c.address1,
      city: c.city,
      state: c.state,
      zip: c.postalCode,
      phones: c.phones,
      email: c.email,
      pets: petsOf.get(`P${c.clientId}`) ?? [],
    };
  });
  const hd: MatchClient[] = hdClients.map((row) => {
    const c = normalizeHomeDeliveryClient(row);
    return {
      id: c.hdClientId,
      firstName: c.firstName ?? "",
      lastName: c.lastName ?? "",
      street: c.address1,
      city: c.city,
      state: c.state,
      zip: c.postalCode,
      phones: c.phone ? [c.phone] : [],
      email: c.email,
      pets: petsOf.get(`H${c.hdClientId}`) ?? [],
    };
  });
  return { pims, hd, truth: new Map(truth.map((t) => [t.hd_client_id, t.client_id])) };
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

export function describe(c: MatchClient): string {
  const pets = c.pets.map((p) => `${p.name}/${p.species}/${p.birthDate ?? "-"}`).join(" ");
  return `${c.firstName} ${c.lastName} | ${c.street ?? "-"} ${c.zip ?? "-"} | ${c.phones.join(",") || "-"} | ${c.email ?? "-"} | ${pets}`;
}

async function main() {
  for (const dir of dirs) {
    const set = await loadSet(dir);
    const t = performance.now();
    let stats: MatchStats | null = null;
    const results = matchClients(set.hd, set.pims, { onStats: (s) => (stats = s) });
    const ms = performance.now() - t;
    const a = scoreLinks(
      results.map((r) => ({ hd_client_id: r.hdId, client_id: r.pimsId, decision: r.decision })),
      [...set.truth].map(([hd_client_id, client_id]) => ({ hd_client_id, client_id })),
    );
    console.log(
      `\n== ${dir}: ${a.hdClients} HD, ${a.truePairs} true; precision ${pct(a.precision)} (${a.merged - a.mergedRight} wrong of ${a.merged}), ` +
        `recall ${pct(a.recall)} (${a.missed} missed), review ${pct(a.reviewShare)} (${a.review}, ${a.review - a.reviewRight} not right), ${Math.round(ms)} ms`,
    );
    const st = stats as MatchStats | null;
    if (st)
      console.log(
        `   pairs compared: ${st.comparedPairs} (${(st.comparedPairs / Math.max(1, st.hdClients)).toFixed(1)} per HD client, at most ${st.maxPairsPerHd}; ${st.cappedHd} HD clients hit the bound)`,
      );
    const pimsById = new Map(set.pims.map((c) => [c.id, c]));
    const hdById = new Map(set.hd.map((c) => [c.id, c]));
    const groups = new Map<
      string,
      { hd: MatchClient; pims: MatchClient | null; r: MatchResult; truePims: MatchClient | null }[]
    >();
    const add = (
      key: string,
      item: { hd: MatchClient; pims: MatchClient | null; r: MatchResult; truePims: MatchClient | null },
    ) => {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    };
    for (const r of results) {
      const trueId = set.truth.get(r.hdId) ?? null;
      const hd = hdById.get(r.hdId)!;
      const truePims = trueId ? pimsById.get(trueId)! : null;
      const found = trueId !== null && r.pimsId === trueId && r.decision !== "unmatched";
      const falseMerge = r.decision === "merged" && r.pimsId !== trueId;
      if (falseMerge) {
        const f = r.evidence.fields;
        add(
          `FALSE MERGE ${trueId ? "(true is another)" : "(truly nobody)"} rule=${r.evidence.rule} fn=${f.firstName} ln=${f.lastName}`,
          {
            hd,
            pims: pimsById.get(r.pimsId!)!,
            r,
            truePims,
          },
        );
      } else if (r.decision === "review" && process.argv.includes("--reviews")) {
        const f = r.evidence.fields;
        add(
          `REVIEW ${r.pimsId === trueId ? "right" : trueId ? "wrong candidate" : "truly nobody"}: fn=${f.firstName} ln=${f.lastName} st=${f.street} ph=${f.phone} em=${f.email} pets=${f.pets} rule=${r.evidence.rule}${r.reasons.some((x) => x.startsWith("ambiguous") || x.startsWith("conflict")) ? " (contested)" : ""}`,
          {
            hd,
            pims: pimsById.get(r.pimsId!)!,
            r,
            truePims,
          },
        );
      }
      if (trueId !== null && !found) {
        const cmp = comparePair(prepareClient(hd), prepareClient(truePims!));
        const f = cmp.fields;
        const what =
          r.decision === "unmatched"
            ? r.pimsId === null && r.score === 0
              ? "no candidate"
              : "unmatched"
            : `${r.decision} other`;
        add(
          `MISS ${what}: fn=${f.firstName} ln=${f.lastName} st=${f.street} zip=${f.zip} ph=${f.phone} em=${f.email} pets=${f.pets} rule=${cmp.rule}`,
          { hd, pims: r.pimsId ? pimsById.get(r.pimsId)! : null, r, truePims },
        );
      }
    }
    for (const [key, list] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
      console.log(`  ${String(list.length).padStart(4)}  ${key}`);
      for (const { hd, pims, r, truePims } of list.slice(0, EXAMPLES)) {
        console.log(`          HD   ${describe(hd)}`);
        if (truePims) console.log(`          TRUE ${describe(truePims)}`);
        if (pims && pims !== truePims) console.log(`          GOT  ${describe(pims)}  (${r.decision} ${r.score})`);
        else console.log(`          -> ${r.decision} ${r.score} ${r.reasons.join("; ")}`);
      }
    }
  }
}

// Runs when started as a script; bench/match-thin.ts and others import loadSet only.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

/**
 * links.csv rows of a practice (contract section 3): one per home-delivery client, in id order.
 * merged -> the linked PIMS client; review -> the best candidate; unmatched -> no client and
 * score 0 (the engine found no candidate worth a look).
 */
import { writeLinksCsv, type LinkRow } from "@/lib/contracts";
import { pool } from "@/lib/db/pool";

async function linkRows(practiceId: string): Promise<LinkRow[]> {
  const { rows } = await pool().query<{
    hd: string;
    pims: string | null;
    decision: "MERGED" | "REVIEW" | null;
    score: number | null;
  }>(
    `SELECT h.hd_client_id AS hd, l.pims_client_id AS pims, l.decision, l.score
     FROM home_delivery_clients h
     LEFT JOIN client_links l ON l.practice_id = h.practice_id AND l.hd_client_id = h.hd_client_id
     WHERE h.practice_id = $1 ORDER BY h.hd_client_id`,
    [practiceId],
  );
  return rows.map((r) => ({
    hd_client_id: r.hd,
    client_id: r.decision ? r.pims : null,
    decision: r.decision === "MERGED" ? "merged" : r.decision === "REVIEW" ? "review" : "unmatched",
    score: r.decision ? Math.min(1, Math.max(0, r.score ?? 0)) : 0,
  }));
}

/** Writes links.csv for the practice; returns the number of rows. */
export async function exportLinks(practiceId: string, path: string): Promise<number> {
  return writeLinksCsv(path, await linkRows(practiceId));
}

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCsvLine } from "./csv-writer";
import { createLinksCsvWriter, formatLinkScore, formatLinksCsv, LINKS_HEADER, writeLinksCsv } from "./links-writer";
import { readLinksCsv } from "./readers";
import type { LinkRow } from "./schemas";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "links-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rows: LinkRow[] = [
  { hd_client_id: "HD1", client_id: "1001", decision: "merged", score: 0.97 },
  { hd_client_id: "HD2", client_id: "1002", decision: "review", score: 2 / 3 },
  { hd_client_id: "HD,3", client_id: null, decision: "unmatched", score: 0 },
];

describe("links.csv writers", () => {
  it("uses the exact contract header", () => {
    expect(LINKS_HEADER).toBe("hd_client_id,client_id,decision,score");
  });

  it("formats rows, quoting where RFC 4180 requires", () => {
    expect(formatLinksCsv(rows)).toBe(
      'hd_client_id,client_id,decision,score\nHD1,1001,merged,0.97\nHD2,1002,review,0.6667\n"HD,3",,unmatched,0\n',
    );
  });

  it("writes a file that reads back identically", async () => {
    const path = join(dir, "links.csv");
    expect(await writeLinksCsv(path, rows)).toBe(3);
    const text = await readFile(path, "utf8");
    expect(text.split("\n")[0]).toBe(LINKS_HEADER);
    const back = await readLinksCsv(path);
    expect(back.errors).toEqual([]);
    expect(back.rows).toEqual([rows[0], { ...rows[1], score: 0.6667 }, rows[2]]);
  });

  it("streams many rows through the incremental writer", async () => {
    const path = join(dir, "many.csv");
    const writer = createLinksCsvWriter(path);
    for (let i = 0; i < 20_000; i++) {
      await writer.write({ hd_client_id: `HD${i}`, client_id: `${i}`, decision: "merged", score: 1 });
    }
    await writer.close();
    const back = await readLinksCsv(path);
    expect(back.rows).toHaveLength(20_000);
    expect(back.rows[19_999]).toEqual({ hd_client_id: "HD19999", client_id: "19999", decision: "merged", score: 1 });
  });

  it("refuses rows that break the contract", () => {
    expect(() => formatLinksCsv([{ hd_client_id: "HD1", client_id: null, decision: "merged", score: 0.9 }])).toThrow(
      'invalid links.csv row for hd_client_id "HD1": client_id: is required when decision is merged',
    );
    expect(() => formatLinksCsv([{ hd_client_id: "HD1", client_id: "1", decision: "merged", score: 1.2 }])).toThrow(
      /score: not a number between 0 and 1/,
    );
  });

  it("formats scores with at most 4 decimals", () => {
    expect([1, 0, 0.5, 0.123456, 0.99999].map(formatLinkScore)).toEqual(["1", "0", "0.5", "0.1235", "1"]);
  });
});

describe("formatCsvLine", () => {
  it("quotes commas, quotes, newlines and edge spaces; maps flags, nulls and dates", () => {
    expect(formatCsvLine(["a", 'say "hi"', "x,y", "l1\nl2", " pad", null, true, false, 1.5])).toBe(
      'a,"say ""hi""","x,y","l1\nl2"," pad",,Y,N,1.5\n',
    );
    expect(formatCsvLine([new Date("2024-01-02T03:04:05Z")])).toBe("2024-01-02T03:04:05.000Z\n");
  });
});

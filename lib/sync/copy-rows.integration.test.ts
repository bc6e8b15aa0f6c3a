// COPY's text format on the real PostgreSQL: every value comes back exactly as it was sent.
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { copyRows, copyText } from "./copy-rows";

describe("copyRows", () => {
  it("round-trips text with tabs, newlines, backslashes, quotes, accents and a literal \\N, plus nulls, numbers, booleans and timestamps", async () => {
    const awkward = ["tab\there", "two\nlines\r\n", "back\\slash", "\\N", "quote \" and '", "Zoë Ñandú 漢字 🐕", "", ","];
    const when = new Date("2026-11-01T17:00:00.123Z");
    const client = await pool().connect();
    try {
      await client.query("BEGIN");
      await client.query("CREATE TEMP TABLE copy_check (n int, t text, w numeric, b bool, at timestamptz) ON COMMIT DROP");
      await copyRows(
        client,
        "copy_check",
        ["n", "t", "w", "b", "at"],
        [...awkward.map((t, n) => [n, t, 12.5, n % 2 === 0, when]), [awkward.length, null, null, null, null]],
      );
      const back = await client.query("SELECT n, t, w::float8 AS w, b, at FROM copy_check ORDER BY n");
      expect(back.rows.slice(0, awkward.length).map((r) => r.t)).toEqual(awkward);
      expect(back.rows[0]).toMatchObject({ w: 12.5, b: true });
      expect((back.rows[0].at as Date).toISOString()).toBe(when.toISOString());
      expect(back.rows[awkward.length]).toMatchObject({ t: null, w: null, b: null, at: null });
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });

  it("escapes only what COPY's text format needs", () => {
    expect(copyText("plain")).toBe("plain");
    expect(copyText("a\tb\\c\nd\re")).toBe("a\\tb\\\\c\\nd\\re");
    expect([copyText(null), copyText(undefined), copyText(true), copyText(false), copyText(3.25)]).toEqual([
      "\\N",
      "\\N",
      "t",
      "f",
      "3.25",
    ]);
  });
});

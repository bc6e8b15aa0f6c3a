// Which database the tools use: DATABASE_URL, else the embedded cluster of PG_PORT (the one
// `npm start` runs for that port), always said out loud without the password.
import { describe, expect, it } from "vitest";
import { describeToolDatabase, toolDatabase } from "@/scripts/tool-database";

describe("the tools' database", () => {
  it("uses PG_PORT's embedded cluster and names it", () => {
    const target = toolDatabase({ PG_PORT: "55069" });
    expect(target).toEqual({ kind: "embedded", port: 55069, dataDir: ".data/postgres-55069", database: "pims_link" });
    expect(describeToolDatabase(target)).toContain(
      "embedded PostgreSQL on port 55069, database pims_link, files in .data/postgres-55069",
    );
    expect(toolDatabase({})).toMatchObject({ port: 54321, dataDir: ".data/postgres-54321" });
    expect(toolDatabase({ PG_PORT: "55069", PIMS_DB_NAME: "other" })).toMatchObject({ database: "other" });
  });

  it("prefers DATABASE_URL and hides its password", () => {
    const target = toolDatabase({ DATABASE_URL: "postgresql://app:s3cret@db.example:5432/pims", PG_PORT: "55069" });
    expect(target.kind).toBe("url");
    const line = describeToolDatabase(target);
    expect(line).toBe("database: postgresql://app@db.example:5432/pims (from DATABASE_URL)");
    expect(line).not.toContain("s3cret");
  });

  it("refuses a PG_PORT that is not a port", () => {
    expect(() => toolDatabase({ PG_PORT: "lots" })).toThrow(/PG_PORT must be a port number/);
  });
});

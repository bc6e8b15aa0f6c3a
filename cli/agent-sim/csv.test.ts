import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { countCsvRecords, CsvSyntaxError, readCsvRecords, type CsvRecord } from "./csv";

/** Feeds `text` in chunks of `size` characters, to exercise every chunk boundary. */
function chunked(text: string, size: number): Readable {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return Readable.from(parts, { objectMode: true });
}

async function records(text: string, size = 1 << 20): Promise<CsvRecord[]> {
  const all: CsvRecord[] = [];
  for await (const batch of readCsvRecords(chunked(text, size))) all.push(...batch);
  return all;
}

/** What csv-parse (the contract readers' parser) makes of the same text, blank lines skipped. */
function reference(text: string, recordDelimiter?: string): string[][] {
  const rows = parse(text, { bom: true, relax_column_count: true, record_delimiter: recordDelimiter }) as string[][];
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ""));
}

const SAMPLES: Record<string, string> = {
  plain: "a,b,c\n1,2,3\n4,5,6\n",
  "no final newline": "a,b\n1,2",
  crlf: "a,b\r\n1,2\r\n3,4\r\n",
  "empty fields": "a,b,c\n,,\n1,,3\n",
  "quoted with comma, quote and newlines": 'id,note\n1,"Smith, Jr."\n2,"say ""hi"""\n3,"two\nlines"\n4,"crlf\r\ninside"\n',
  "quoted empty and last field": 'a,b\n"",""\n1,"x"\n',
  "blank lines": "a,b\n\n1,2\n   \n\r\n3,4\n\n",
  bom: "\uFEFFclient_id,name\n1,Ann\n",
  unicode: 'name,city\nJosé,Zürich\n😀,"Ñ, ü"\n',
  "mixed quoted and unquoted": 'a,b,c\n1,"x",3\n"4",5,"6"\n7,8,9\n',
};

describe("readCsvRecords", () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`reads like csv-parse: ${name} (any chunking)`, async () => {
      const expected = reference(text);
      for (const size of [1, 2, 3, 7, 1 << 20]) {
        const got = await records(text, size);
        expect(
          got.map((r) => r.fields),
          `chunk size ${size}`,
        ).toEqual(expected);
      }
      expect(await countCsvRecords(chunked(text, 3))).toBe(expected.length);
    });
  }

  it("reads like csv-parse on random files", async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ["a", "b c", "", "x,y", 'q"q', "l1\nl2", "é", " ", "r\r\nn"];
    for (let round = 0; round < 200; round += 1) {
      const rows: string[] = [];
      const width = 2 + Math.floor(random() * 3);
      for (let r = 0; r < 1 + Math.floor(random() * 6); r += 1) {
        const fields: string[] = [];
        for (let f = 0; f < width; f += 1) {
          const value = pieces[Math.floor(random() * pieces.length)];
          const needsQuotes = /[",\r\n]/.test(value) || random() < 0.3;
          fields.push(needsQuotes ? `"${value.replace(/"/g, '""')}"` : value);
        }
        rows.push(fields.join(","));
      }
      // One record delimiter per file (csv-parse detects one; this reader takes either).
      const delimiter = random() < 0.5 ? "\n" : "\r\n";
      const text = rows.join(delimiter) + (random() < 0.5 ? delimiter : "");
      const expected = reference(text, delimiter);
      const size = 1 + Math.floor(random() * 10);
      expect(
        (await records(text, size)).map((r) => r.fields),
        JSON.stringify(text),
      ).toEqual(expected);
    }
  });

  it("numbers physical lines, counting line breaks inside quoted fields", async () => {
    const got = await records('h1,h2\n1,"a\nb\nc"\n\n2,x\n3,"y"\n');
    expect(got.map((r) => r.line)).toEqual([1, 2, 6, 7]);
  });

  it.each([
    ['a,b\n1,"open\n2,3\n', 2, "never closed"],
    ['a,b\n1,"x"y\n', 2, "after a closing quote"],
    ['a,b\n1,2\n3,ab"c\n', 3, "quote inside an unquoted field"],
  ])("reports broken quoting with its line: %j", async (text, line, reason) => {
    for (const size of [1, 4, 1 << 20]) {
      const error = await records(text, size).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(line);
      expect((error as CsvSyntaxError).message).toContain(reason);
    }
    await expect(countCsvRecords(chunked(text, 2))).rejects.toBeInstanceOf(CsvSyntaxError);
  });

  it("passes stream errors (missing file) through", async () => {
    await expect(countCsvRecords("/nonexistent/clients.csv")).rejects.toMatchObject({ code: "ENOENT" });
  });
});

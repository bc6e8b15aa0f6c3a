// The table's URL parsing: what a bookmarked or hand-edited link turns into, and the messages
// a broken one gets instead of a crash.
import { describe, expect, it } from "vitest";
import { boardTableHref, DEFAULT_FILTERS, parseBoardTableParams } from "./filters";

describe("board table search params", () => {
  it("gives the default view for an empty URL", () => {
    expect(parseBoardTableParams({})).toEqual({ ok: true, filters: DEFAULT_FILTERS });
  });

  it("reads what the filter form sends, ignoring its empty fields", () => {
    const parsed = parseBoardTableParams({
      status: ["queued", "INVITED", "QUEUED"],
      lateOnly: "1",
      ownerId: "",
      partnerId: "",
      q: "  river ",
      sort: "clients",
      page: "3",
    });
    expect(parsed).toEqual({
      ok: true,
      filters: { status: ["QUEUED", "INVITED"], lateOnly: true, q: "river", sort: "clients", dir: "desc", page: 3 },
    });
  });

  it("ignores parameters it does not know", () => {
    expect(parseBoardTableParams({ utm_source: "mail", status: "LIVE" })).toMatchObject({
      ok: true,
      filters: { status: ["LIVE"] },
    });
  });

  it("refuses bad values with one readable message each and falls back to the default view", () => {
    const parsed = parseBoardTableParams({
      status: ["QUEUED", "SHIPPED"],
      sort: "price",
      dir: "up",
      page: "0",
      lateOnly: "maybe",
      ownerId: "x'; drop",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.filters).toEqual(DEFAULT_FILTERS);
    expect(parsed.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"SHIPPED" is not a status; use one of DRAFT, QUEUED/),
        "sort must be one of name, status, age, due, clients",
        "dir must be asc or desc",
        "page starts at 1",
        "lateOnly must be 1 or 0",
        "ownerId is not a valid id",
      ]),
    );
  });

  it("refuses a non-numeric page and a single-valued param given twice", () => {
    expect(parseBoardTableParams({ page: "two" })).toMatchObject({ ok: false, errors: ["page must be a number"] });
    expect(parseBoardTableParams({ sort: ["name", "due"] })).toMatchObject({
      ok: false,
      errors: ["sort was given more than once"],
    });
  });

  it("writes filters back into a short link that parses to the same filters", () => {
    const filters = {
      status: ["QUEUED" as const],
      lateOnly: true,
      ownerId: "none",
      q: "oak & elm",
      sort: "name" as const,
      dir: "desc" as const,
      page: 2,
    };
    const href = boardTableHref(filters);
    expect(href).toBe("/board/table?status=QUEUED&lateOnly=1&ownerId=none&q=oak+%26+elm&sort=name&dir=desc&page=2");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseBoardTableParams(params)).toEqual({ ok: true, filters: { ...filters, partnerId: undefined } });
    expect(boardTableHref(DEFAULT_FILTERS)).toBe("/board/table");
  });
});

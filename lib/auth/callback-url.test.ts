import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/onboarding/abc", "/onboarding/abc"],
    ["/board/table?status=QUEUED", "/board/table?status=QUEUED"],
    [`${process.env.APP_URL}/practices/1`, "/practices/1"],
  ])("keeps %s", (raw, path) => expect(safeCallbackPath(raw)).toBe(path));
  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "onboarding",
    "",
    "/a\u0000b",
    ["/x"],
    5,
    `${process.env.APP_URL}.evil.example/`,
  ])("sends %s home", (raw) => expect(safeCallbackPath(raw)).toBe("/"));
});

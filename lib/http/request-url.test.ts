import { describe, expect, it } from "vitest";
import { urlProblem } from "./request-url";

describe("urlProblem", () => {
  it.each([
    "/practices/abc",
    "/board/table?q=o%27neil&page=2",
    "/status/a.b-c_d",
    "/sign-in?callbackUrl=%2Fpractices%2F1",
    "/x?q=caf%C3%A9+au+lait",
  ])("takes %s", (path) => {
    expect(urlProblem(new URL(path, "http://localhost"))).toBeNull();
  });
  it.each([
    "/practices/%E0%A4%A",
    "/practices/%",
    "/practices/%ZZ",
    "/board/table?q=%E0",
    "/practices/%00",
    "/board/table?q=a%00b",
    "/x?%00=1",
  ])("refuses %s", (path) => {
    expect(urlProblem(new URL(path, "http://localhost"))).toMatch(/malformed|NUL/);
  });
});

import { describe, expect, it } from "vitest";
import { bulkActionSchema, bulkInputFromForm } from "./bulk";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};
const errorsOf = (data: FormData) => {
  const parsed = bulkActionSchema.safeParse(bulkInputFromForm(data));
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("the bulk form's fields", () => {
  it("reads every ticked row, the pressed button and the owner choice", () => {
    const data = form([
      ["practiceIds", "p1"],
      ["practiceIds", "p2"],
      ["action", "assignOwner"],
      ["ownerId", "u1"],
      ["reason", ""],
    ]);
    expect(bulkActionSchema.parse(bulkInputFromForm(data))).toEqual({
      action: "assignOwner",
      ownerId: "u1",
      practiceIds: ["p1", "p2"],
    });
    data.set("ownerId", "none");
    expect(bulkActionSchema.parse(bulkInputFromForm(data))).toMatchObject({ ownerId: "" });
  });

  it("refuses a forgotten owner, an empty hold reason, no selection and too many rows, in words", () => {
    expect(
      errorsOf(
        form([
          ["practiceIds", "p1"],
          ["action", "assignOwner"],
          ["ownerId", ""],
        ]),
      ),
    ).toEqual(["Choose who will own the selected practices"]);
    expect(
      errorsOf(
        form([
          ["practiceIds", "p1"],
          ["action", "hold"],
          ["reason", "  "],
        ]),
      ),
    ).toEqual(["Give a reason for the hold"]);
    expect(errorsOf(form([["action", "resume"]]))).toEqual(["Select at least one practice"]);
    const many = form([["action", "resume"]]);
    for (let i = 0; i < 201; i++) many.append("practiceIds", `p${i}`);
    expect(errorsOf(many)).toEqual(["Select at most 200 practices at once"]);
  });
});

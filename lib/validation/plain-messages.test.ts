import { describe, expect, it } from "vitest";
import { z } from "zod";
import "./plain-messages";

const message = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues[0].message;
};

describe("plain-word validation messages", () => {
  it("never shows the validator's own words", () => {
    expect(message(z.string(), null)).toBe("This field is required");
    expect(message(z.string(), undefined)).toBe("This field is required");
    expect(message(z.object({ name: z.string() }), {})).toBe("This field is required");
    expect(message(z.number(), "abc")).toBe("Enter a number");
    expect(message(z.string().min(1), "")).toBe("This field is required");
    expect(message(z.string().min(3), "ab")).toBe("Use at least 3 characters");
    expect(message(z.string().max(5), "abcdefg")).toBe("Use at most 5 characters");
    expect(message(z.number().int().min(1), 0)).toBe("Enter 1 or more");
    expect(message(z.number().max(10), 11)).toBe("Enter 10 or less");
    expect(message(z.email(), "not-an-email")).toBe("Enter an email address like name@example.com");
    expect(message(z.enum(["a", "b"]), "c")).toBe("Choose one of the options offered");
    expect(message(z.string().regex(/^\d+$/), "x")).toBe("Check the format of this field");
    expect(message(z.strictObject({}), { extra: 1 })).toBe("Remove extra: this form does not have that field");
    for (const [schema, value] of [
      [z.string(), null],
      [z.number(), "x"],
      [z.email(), "x"],
      [z.enum(["a"]), "b"],
    ] as const) {
      expect(message(schema, value)).not.toMatch(/Invalid|expected|received/);
    }
  });

  it("keeps a schema's own message", () => {
    expect(message(z.string().min(1, "Enter the practice name"), "")).toBe("Enter the practice name");
    expect(message(z.string({ error: "Enter the practice name" }), null)).toBe("Enter the practice name");
  });
});

// Plain-word validation messages for every zod schema that does not write its own: what a
// person should do, never the validator's words ("Invalid input: expected string, received
// null"). Installed globally with z.config; a message given in a schema still wins. Imported
// once by the root layout (server), the form hooks (browser) and the action builder.
import { z } from "zod";

type Issue = Parameters<NonNullable<z.core.$ZodConfig["customError"]>>[0];

const EMPTY = new Set<unknown>([undefined, null, ""]);
const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "yes or no",
  date: "a date",
  array: "a list",
  object: "the details",
};
const FORMAT_WORDS: Record<string, string> = {
  email: "Enter an email address like name@example.com",
  url: "Enter a web address like https://example.com",
  uuid: "This link or id is not valid",
  cuid: "This link or id is not valid",
  date: "Enter a date like 2026-12-31",
  datetime: "Enter a date and time",
  time: "Enter a time like 09:30",
  regex: "Check the format of this field",
};

function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (EMPTY.has(issue.input)) return "This field is required";
      return `Enter ${TYPE_WORDS[issue.expected] ?? "a valid value"}`;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "This field is required" : `Use at least ${min} characters`;
      if (issue.origin === "array" || issue.origin === "set") return min <= 1 ? "Choose at least one" : `Choose at least ${min}`;
      return issue.inclusive === false ? `Enter a number above ${min}` : `Enter ${min} or more`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Use at most ${max} characters`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at most ${max}`;
      return issue.inclusive === false ? `Enter a number below ${max}` : `Enter ${max} or less`;
    }
    case "invalid_format":
      return FORMAT_WORDS[issue.format] ?? "Check the format of this field";
    case "invalid_value":
      return "Choose one of the options offered";
    case "not_multiple_of":
      return `Enter a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return `Remove ${issue.keys.join(", ")}: this form does not have ${issue.keys.length === 1 ? "that field" : "those fields"}`;
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return "Check this field";
    default:
      return undefined; // custom refinements carry their own message
  }
}

z.config({ customError: plainMessage });

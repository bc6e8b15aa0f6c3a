/**
 * The engine's verdict on a pair in words a pharmacy technician can follow: a score as a
 * percentage with what it means, and why the pair waits for a person, built from the stored
 * evidence (field verdicts, rule, the rival record, the household and generation rules), not
 * from bits or weights. The engine's own notes stay available as technical details.
 */
import type { FieldLevel } from "../engine/types";

export interface ScoreWords {
  /** "87%": the score as the one way every merge screen shows it. */
  percent: string;
  /** "likely the same person" */
  words: string;
}

/** One score, one way: the queue, the pair and the links page all show this. */
export function scoreWords(score: number, upper: number, lower: number): ScoreWords {
  // Rounded down, so a pair held just below the merge threshold never reads as reaching it.
  const percent = `${Math.floor(score * 100)}%`;
  if (score >= upper) return { percent, words: "very likely the same person" };
  if (score >= (upper + lower) / 2) return { percent, words: "likely the same person" };
  if (score >= lower) return { percent, words: "possibly the same person" };
  return { percent, words: "unlikely to be the same person" };
}

const FIELD_WORDS: Record<string, string> = {
  firstName: "first name",
  lastName: "last name",
  street: "street",
  zip: "ZIP code",
  city: "city",
  phone: "phone",
  email: "email",
  pets: "pets",
};

const RULE_WORDS: Record<string, string> = {
  email: "the same email",
  "phone+lastName": "the same phone and last name",
  pet: "the same pet (name, species and birth date)",
};

function list(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export interface ExplainInput {
  score: number;
  upper: number;
  rule: string | null;
  fields: Record<string, FieldLevel>;
  levels: Record<string, string>;
  /** The engine's notes as stored (technical). */
  reasons: string[];
  /** The rival record, already described for people ("Maria Garcia (PIMS 10042)"). */
  competitor: { side: "pims" | "hd"; label: string } | null;
}

/** Why the pair is in review, one plain sentence per reason. */
export function plainReasons(input: ExplainInput): string[] {
  const { fields, reasons } = input;
  const out: string[] = [];
  const has = (prefix: string) => reasons.some((r) => r.startsWith(prefix));
  const field = (level: FieldLevel) =>
    Object.keys(FIELD_WORDS)
      .filter((f) => fields[f] === level)
      .map((f) => FIELD_WORDS[f]);

  if (input.competitor?.side === "pims")
    out.push(`Another PIMS client, ${input.competitor.label}, fits almost as well. Check which one is this person.`);
  if (input.competitor?.side === "hd") {
    out.push(
      has("PIMS client ") && !has("conflict")
        ? `This PIMS client is already merged with home-delivery client ${input.competitor.label}.`
        : `Home-delivery client ${input.competitor.label} matches the same PIMS client as closely. Only one of them can be this person.`,
    );
  }
  if (has("household"))
    out.push(
      "Same name and address, but every phone and email both records hold differs: this may be a parent and child with one name, or a new person at the address.",
    );
  if (has("generation")) out.push("One record carries Jr, Sr, II or III and the other a different one: most likely two people.");
  if (input.levels.nameOrder === "swapped")
    out.push("First and last name only match crosswise: they were typed in each other's place.");
  if (has(`rule ${input.rule} with only a close first name`) && input.rule) {
    out.push(
      `They share ${RULE_WORDS[input.rule] ?? input.rule}, but the first names are only similar: a relative would share that too.`,
    );
  }
  const confirms = ["street", "phone", "email", "pets"].some((f) => fields[f] === "agree") || fields.street === "partial";
  if (!confirms && input.score < input.upper)
    out.push("Only the name and the area match: no phone, email, street or pet confirms it.");
  if (input.score < input.upper) {
    const agree = field("agree");
    const close = field("partial");
    const differ = field("disagree");
    const parts = [
      agree.length ? `${list(agree)} ${agree.length === 1 ? "agrees" : "agree"}` : "",
      close.length ? `${list(close)} ${close.length === 1 ? "is" : "are"} close` : "",
      differ.length ? `${list(differ)} ${differ.length === 1 ? "differs" : "differ"}` : "",
    ].filter(Boolean);
    if (parts.length) out.push(`${capitalize(parts.join("; "))}. That is not enough to merge on its own.`);
  }
  if (out.length === 0) out.push("The engine held this pair for a person to decide.");
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * US postal address normalization in the USPS Publication 28 style: uppercase, punctuation
 * removed, standard suffix / directional / unit abbreviations. The point is that
 * "123 North Main Street, Apt. 4" and "123 n main st #4" come out identical.
 */
import { collapseSpaces } from "./normalize-name";
import { DIRECTIONALS, ORDINALS, STATE_ALIASES, STREET_SUFFIXES, UNIT_DESIGNATORS, US_STATES } from "./usps-tables";

/** Street line and secondary unit, both normalized; either may be `null`. */
export interface NormalizedStreetAddress {
  /** e.g. `123 N MAIN ST` (unit split off into `line2`). */
  line1: string | null;
  /** e.g. `APT 4B`, `STE 200`. */
  line2: string | null;
}

/** Uppercase words; `.`, `'` and other punctuation dropped; `#` kept as its own token. */
function tokenize(value: string | null | undefined): string[] {
  const text = (value ?? "")
    .toUpperCase()
    .replace(/[.'\u2018\u2019]/gu, "")
    .replace(/#/gu, " # ")
    .replace(/[^\p{L}\p{N}#/\- ]+/gu, " ");
  const tokens = text.split(" ").filter((token) => token !== "" && token !== "-");
  return standardizePoBox(tokens);
}

// "P O Box", "POB", "Post Office Box", "POBox" -> "PO BOX"
function standardizePoBox(tokens: string[]): string[] {
  const joined = tokens.slice(0, 3).join(" ");
  for (const [prefix, length] of [
    ["POST OFFICE BOX", 3],
    ["P O BOX", 3],
    ["PO BOX", 2],
    ["POBOX", 1],
    ["POB", 1],
  ] as const) {
    if (joined === prefix || joined.startsWith(`${prefix} `)) return ["PO", "BOX", ...tokens.slice(length)];
  }
  return tokens;
}

const isHouseNumber = (token: string | undefined) => token !== undefined && /^\d/u.test(token);

/** Index where the secondary unit starts (`APT 4`, `# 4`), or -1. Position 0/1 never count. */
function findUnitStart(tokens: string[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i] === "#") return i;
    if (i >= 2 && i + 1 < tokens.length && UNIT_DESIGNATORS.has(tokens[i])) return i;
  }
  return -1;
}

/**
 * Unit tokens -> standard form. A bare `#` becomes `APT`: these are pet owners' home
 * addresses, where `#4` almost always means an apartment, and `APT 4` / `#4` must match.
 */
function standardizeUnit(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const designator = UNIT_DESIGNATORS.get(token);
    if (designator) out.push(designator);
    else if (token === "#") {
      if (!UNIT_DESIGNATORS.has(out[out.length - 1] ?? "")) out.push("APT");
    } else out.push(token);
  }
  return out;
}

function standardizeStreet(tokens: string[]): string[] {
  const out = tokens.map((token) => ORDINALS.get(token) ?? token);
  const start = isHouseNumber(out[0]) ? 1 : 0;
  if (out[start] === "PO" && out[start + 1] === "BOX") return out;
  let last = out.length - 1;

  // Pre-directional: "NORTH MAIN ST" -> "N MAIN ST", but "NORTH ST" is a street named North.
  if (last > start && DIRECTIONALS.has(out[start]) && !STREET_SUFFIXES.has(out[start + 1])) {
    out[start] = DIRECTIONALS.get(out[start])!;
  }
  // Post-directional: "MAIN ST NORTHWEST" -> "MAIN ST NW".
  if (last >= start + 2 && DIRECTIONALS.has(out[last])) {
    out[last] = DIRECTIONALS.get(out[last])!;
    last -= 1;
  }
  // "MAIN STREET EXTENSION": the extension follows the street type; abbreviate both.
  if (last >= start + 2 && STREET_SUFFIXES.get(out[last]) === "EXT") {
    out[last] = "EXT";
    last -= 1;
  }
  // Suffix: only the street-type word ("COURT STREET" -> "COURT ST"), never the only word.
  if (last > start && STREET_SUFFIXES.has(out[last])) out[last] = STREET_SUFFIXES.get(out[last])!;
  for (let i = start; i < last; i++) {
    // "HIGHWAY 26", "COUNTY ROAD 5": a type word followed by a number is abbreviated too.
    if (STREET_SUFFIXES.has(out[i]) && /^\d/u.test(out[i + 1])) out[i] = STREET_SUFFIXES.get(out[i])!;
    else if (out[i] === "SAINT") out[i] = "ST";
  }
  return out;
}

/**
 * A street line with its unit split off: "123 North Main Street Apt. 4" ->
 * `{ line1: "123 N MAIN ST", line2: "APT 4" }`. A unit in `address2` wins over one in
 * `address1`; a bare identifier in address2 ("4B") is read as an apartment.
 */
export function normalizeStreetAddress(
  address1: string | null | undefined,
  address2?: string | null | undefined,
): NormalizedStreetAddress {
  const tokens = tokenize(address1);
  const unitStart = findUnitStart(tokens);
  const streetTokens = unitStart === -1 ? tokens : tokens.slice(0, unitStart);
  const unitInLine1 = unitStart === -1 ? [] : standardizeUnit(tokens.slice(unitStart));
  const street = standardizeStreet(streetTokens);
  const unit = normalizeUnit(address2) ?? (unitInLine1.length > 0 ? unitInLine1.join(" ") : null);
  return { line1: street.length > 0 ? street.join(" ") : null, line2: unit };
}

/** One address line in USPS form, unit kept on the same line: "123 N MAIN ST APT 4". */
export function normalizeAddressLine(value: string | null | undefined): string | null {
  const { line1, line2 } = normalizeStreetAddress(value);
  return [line1, line2].filter(Boolean).join(" ") || null;
}

/** Secondary address line: "Apt. 4" / "#4" / "4" -> "APT 4"; "Suite 200" -> "STE 200". */
export function normalizeUnit(value: string | null | undefined): string | null {
  const tokens = tokenize(value);
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && /\d/u.test(tokens[0]) && !UNIT_DESIGNATORS.has(tokens[0])) {
    return `APT ${tokens[0]}`;
  }
  if (tokens.length === 1 && /^[A-Z]$/u.test(tokens[0])) return `APT ${tokens[0]}`;
  return standardizeUnit(tokens).join(" ");
}

/** City in uppercase with `Saint`/`Mount`/`Fort` shortened: "St. Helens" = "Saint Helens". */
export function normalizeCity(value: string | null | undefined): string | null {
  const words = tokenize(value).map((word) => ({ SAINT: "ST", MOUNT: "MT", FORT: "FT" })[word] ?? word);
  return words.length > 0 ? words.join(" ") : null;
}

const STATE_BY_NAME = new Map(Array.from(US_STATES, ([code, name]) => [name.toUpperCase().replace(/\./gu, ""), code] as const));

/**
 * Two-letter USPS code when the value names a US state (code, name, or old abbreviation:
 * "or", "Oregon", "Ore."); otherwise the free text, uppercased; empty -> `null`.
 */
export function normalizeState(value: string | null | undefined): string | null {
  const text = collapseSpaces(value).toUpperCase();
  if (text === "") return null;
  const key = collapseSpaces(text.replace(/\./gu, " ")); // "N. H." -> "N H", "Ore." -> "ORE"
  for (const candidate of [key, key.replace(/ /gu, "")]) {
    if (US_STATES.has(candidate)) return candidate;
    const code = STATE_BY_NAME.get(candidate) ?? STATE_ALIASES.get(candidate);
    if (code) return code;
  }
  return text;
}

/**
 * Five-digit ZIP: "97201-1234", "972011234", " 97201 " -> "97201". A 4-digit value gets
 * its leading zero back (spreadsheets drop it from New England ZIPs). Anything else
 * (e.g. a Canadian postal code) -> `null`.
 */
export function normalizePostalCode(value: string | null | undefined): string | null {
  const text = collapseSpaces(value);
  const zip = /^(\d{5})(?:\s*-?\s*\d{4})?$/u.exec(text);
  if (zip) return zip[1];
  if (/^\d{4}$/u.test(text)) return `0${text}`;
  return null;
}

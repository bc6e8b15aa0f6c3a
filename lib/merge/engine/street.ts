/**
 * Street lines ("123 N MAIN ST APT 4", already normalized upstream). Only the whole line and
 * the house number are needed for most pairs; the finer split is made when two lines differ
 * but share a house number.
 */

/** The street line as compared: the whole line plus its house number (for blocking). */
export interface StreetLine {
  full: string;
  /** Leading house number ("123", "123A", "12-14"), or null (PO BOX, rural routes). */
  number: string | null;
}

/** The finer split, only needed when two lines differ but share a house number. */
export interface StreetParts {
  number: string | null;
  /** Street name words without number, directionals and unit: "MAIN ST". */
  body: string;
  /** Apartment/suite value without its designator ("4" for "APT 4"), or null. */
  unit: string | null;
}

/** USPS unit designators (the normalizer's output) plus spellings that may slip through. */
const UNIT_DESIGNATORS = new Set(["APT", "BLDG", "DEPT", "FL", "LOT", "PH", "RM", "SPC", "STE", "TRLR", "UNIT", "SUITE", "ROOM"]);
const DIRECTIONALS = new Set(["N", "S", "E", "W", "NE", "NW", "SE", "SW"]);

const HOUSE_NUMBER = /^(\d+[A-Z]?|\d+-\d+)$/;

export function streetLine(raw: string | null): StreetLine | null {
  if (raw === null) return null;
  let full = raw.trim().toUpperCase();
  if (full === "") return null;
  if (/\s\s|[\t\n]/.test(full)) full = full.split(/\s+/).join(" ");
  const space = full.indexOf(" ");
  const firstWord = space < 0 ? full : full.slice(0, space);
  return { full, number: HOUSE_NUMBER.test(firstWord) ? firstWord : null };
}

/** The house number alone, as streetLine(raw).number, without building the line. */
export function houseNumberOf(raw: string | null): string | null {
  if (raw === null) return null;
  const trimmed = raw.trimStart();
  const end = trimmed.search(/\s/);
  const firstWord = (end < 0 ? trimmed : trimmed.slice(0, end)).toUpperCase();
  return HOUSE_NUMBER.test(firstWord) ? firstWord : null;
}

export function streetParts(line: StreetLine): StreetParts {
  const words = line.full.split(" ");
  const start = line.number === null ? 0 : 1;
  let end = words.length;
  let unit: string | null = null;
  for (let i = start; i < words.length; i++) {
    const w = words[i];
    // Like the address normalizer, a designator in the first two words is a street name
    // ("123 UNIT RD"), not a unit.
    if (i >= 2 && UNIT_DESIGNATORS.has(w)) {
      end = i;
      unit = words.slice(i + 1).join(" ") || null;
      break;
    }
    if (w.startsWith("#") && i > start) {
      end = i;
      unit = [w.slice(1), ...words.slice(i + 1)].join(" ").trim() || null;
      break;
    }
  }
  const body = words
    .slice(start, end)
    .filter((w) => !DIRECTIONALS.has(w))
    .join(" ");
  return { number: line.number, body, unit };
}

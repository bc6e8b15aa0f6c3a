/**
 * How people write the same phone number, address or date differently. PIMS rows and
 * home-delivery rows render the same underlying facts with different styles; that
 * difference is most of the "format" noise a matcher has to see through.
 */
import type { Address, UnitType } from "./world";

export const PHONE_STYLES = ["paren", "dashes", "dots", "intl", "plain"] as const;
export type PhoneStyle = (typeof PHONE_STYLES)[number];

/** `5035550100` as `(503) 555-0100`, `503-555-0100`, `503.555.0100`, `+1 503 555 0100` or as is. */
export function formatPhone(digits: string, style: PhoneStyle): string {
  const [area, exchange, line] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  switch (style) {
    case "paren":
      return `(${area}) ${exchange}-${line}`;
    case "dashes":
      return `${area}-${exchange}-${line}`;
    case "dots":
      return `${area}.${exchange}.${line}`;
    case "intl":
      return `+1 ${area} ${exchange} ${line}`;
    case "plain":
      return digits;
  }
}

export const ADDRESS_STYLES = ["full", "abbrev", "abbrev-dots"] as const;
/** `123 North Main Street` / `123 N Main St` / `123 N. Main St.` */
export type AddressStyle = (typeof ADDRESS_STYLES)[number];

function wordIn(style: AddressStyle, [full, short]: readonly [string, string]): string {
  if (style === "full") return full;
  return style === "abbrev-dots" && short !== full ? `${short}.` : short;
}

export function renderStreetLine(address: Address, style: AddressStyle): string {
  const { direction, name, suffix } = address.street;
  const street = `${name} ${wordIn(style, suffix)}`;
  return direction ? `${address.number} ${wordIn(style, direction)} ${street}` : `${address.number} ${street}`;
}

export const UNIT_STYLES = ["abbrev", "abbrev-dot", "hash", "full"] as const;
/** `Apt 4` / `Apt. 4` / `#4` / `Apartment 4` */
export type UnitStyle = (typeof UNIT_STYLES)[number];

const UNIT_WORDS: Record<UnitType, string> = { Apt: "Apartment", Unit: "Unit", Ste: "Suite" };

export function renderUnit(unit: NonNullable<Address["unit"]>, style: UnitStyle): string {
  switch (style) {
    case "abbrev":
      return `${unit.type} ${unit.id}`;
    case "abbrev-dot":
      return unit.type === "Unit" ? `Unit ${unit.id}` : `${unit.type}. ${unit.id}`;
    case "hash":
      return `#${unit.id}`;
    case "full":
      return `${UNIT_WORDS[unit.type]} ${unit.id}`;
  }
}

const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` of a UTC instant. Pure arithmetic (H. Hinnant's civil-from-days) instead of
 * `Date#toISOString`: it runs for every generated row and allocation dominates at 100k+.
 */
export function isoDate(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** ISO 8601 timestamp with an explicit offset, e.g. `2024-05-01T13:45:09-07:00`. */
export function isoTimestamp(ms: number, utcOffset: string): string {
  const sign = utcOffset.startsWith("-") ? -1 : 1;
  const offsetMinutes = sign * (Number(utcOffset.slice(1, 3)) * 60 + Number(utcOffset.slice(4, 6)));
  const local = Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000;
  const secondsOfDay = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 1000);
  const time = `${pad2(Math.floor(secondsOfDay / 3600))}:${pad2(Math.floor(secondsOfDay / 60) % 60)}:${pad2(secondsOfDay % 60)}`;
  return `${isoDate(local)}T${time}${utcOffset}`;
}

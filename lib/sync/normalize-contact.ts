/**
 * Email and phone normalization. Invalid values become `null` rather than being kept in a
 * form that could match another record by accident.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import metadata from "libphonenumber-js/metadata.min.json";

// Pragmatic address check (not full RFC 5322): one @, a dotted domain, a letter TLD.
const EMAIL_PATTERN =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Lowercased, trimmed email, or `null` when not a plausible address. PIMS fields sometimes
 * hold several addresses (`a@x.com; b@y.com`): the first valid one is used.
 */
export function normalizeEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  for (const candidate of value.split(/[;,\s]+/u)) {
    const email = candidate
      .trim()
      .replace(/^mailto:/iu, "")
      .replace(/^<|>$/gu, "")
      .toLowerCase();
    if (email.length <= 254 && EMAIL_PATTERN.test(email)) return email;
  }
  return null;
}

/**
 * E.164 form (`+15035550100`) of a phone written in any human format, or `null` when it
 * is not a valid number. Numbers without a country code are read as `defaultCountry`.
 * Extensions are dropped: they do not identify a household.
 */
export function normalizePhone(value: string | null | undefined, defaultCountry: CountryCode = "US"): string | null {
  if (!value || !/\d/u.test(value)) return null;
  if (defaultCountry === "US") {
    const fast = plainUsNumber(value);
    if (fast) return fast;
  }
  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

// The sync hot path normalizes hundreds of thousands of phones; full parsing costs ~20 us each.
// Plain US numbers (digits and punctuation only, 10 digits or 1 + 10) are decided here against
// the same per-type number patterns libphonenumber's metadata holds for the US (its validity
// test), so the answer is identical; anything else (letters, extensions, other countries)
// takes the full parser. lib/sync/normalize-phone-fast.test.ts checks the agreement.
type UsMetadata = [string, string, string, number[], ...unknown[]];
const US_METADATA = (metadata as unknown as { countries: Record<string, UsMetadata> }).countries.US;
const US_TYPE_PATTERNS = (US_METADATA[11] as [string][]).map((type) => type[0]).filter(Boolean);
const US_VALID_NATIONAL = new RegExp(`^(?:${US_TYPE_PATTERNS.join("|")})$`, "u");
const PLAIN_PHONE = /^[\s().+\-\d]+$/u;

export function plainUsNumber(value: string): string | null {
  if (!PLAIN_PHONE.test(value)) return null;
  let digits = value.replace(/\D/gu, "");
  const international = value.trimStart().startsWith("+");
  if (digits.length === 11 && digits[0] === "1") digits = digits.slice(1);
  else if (international) return null;
  if (digits.length !== 10 || !US_VALID_NATIONAL.test(digits)) return null;
  return `+1${digits}`;
}

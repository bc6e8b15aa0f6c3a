/**
 * Email and phone normalization. Invalid values become `null` rather than being kept in a
 * form that could match another record by accident.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

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
    const email = candidate.trim().replace(/^mailto:/iu, "").replace(/^<|>$/gu, "").toLowerCase();
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
  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * American Soundex (the US census variant), used only to build blocking keys: names that sound
 * alike (SMITH, SMYTH, SMITHE -> S530) land in one block so a typo does not hide a candidate.
 * Input is expected uppercase; non-letters are ignored. Returns "" for a name with no letters.
 */
const CODES: Record<string, string> = {
  B: "1",
  F: "1",
  P: "1",
  V: "1",
  C: "2",
  G: "2",
  J: "2",
  K: "2",
  Q: "2",
  S: "2",
  X: "2",
  Z: "2",
  D: "3",
  T: "3",
  L: "4",
  M: "5",
  N: "5",
  R: "6",
};

export function soundex(name: string): string {
  const letters = name.replace(/[^A-Z]/g, "");
  if (letters.length === 0) return "";
  let result = letters[0];
  let previous = CODES[letters[0]] ?? "";
  for (let i = 1; i < letters.length && result.length < 4; i++) {
    const ch = letters[i];
    const code = CODES[ch] ?? "";
    if (code !== "" && code !== previous) result += code;
    // H and W do not separate two equal codes (ASHCRAFT -> A261); vowels do (TYMCZAK -> T522).
    if (ch !== "H" && ch !== "W") previous = code;
  }
  return result.padEnd(4, "0");
}

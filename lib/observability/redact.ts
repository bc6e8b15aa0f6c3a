// What counts as a secret in a log line. Two nets: key paths that pino censors wherever the
// object carries them (headers, cookies, keys, tokens, passwords), and patterns that mask
// secrets inside free text (an error message quoting a URL with a sign-in token, a bearer
// header pasted into a message, a DATABASE_URL with its password).

const SECRET_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "password",
  "secret",
  "token",
  "apiKey",
  "api_key",
  "agentKey",
  "agent_key",
  "key",
  "sessionToken",
  "session_token",
  "x-ops-token",
];

/** pino redact paths: each key at the top, one and two levels down, and in request headers. */
export const REDACT_PATHS = [
  ...SECRET_KEYS.map((k) => (/^[A-Za-z_]\w*$/.test(k) ? k : `["${k}"]`)),
  ...SECRET_KEYS.map((k) => (/^[A-Za-z_]\w*$/.test(k) ? `*.${k}` : `*["${k}"]`)),
  ...SECRET_KEYS.map((k) => (/^[A-Za-z_]\w*$/.test(k) ? `*.*.${k}` : `*.*["${k}"]`)),
];

const PATTERNS: [RegExp, string][] = [
  // Authorization: Bearer <anything>
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]"],
  // agent keys as issued (lib/onboarding/agent-keys.ts: "pl_" + random)
  [/\bpl_[A-Za-z0-9_-]{8,}/g, "pl_[redacted]"],
  // query parameters that carry secrets: sign-in links (?token=), callback urls, keys
  [/([?&](?:token|key|secret|signature|sig|code|password|api_key)=)[^&#\s"']+/gi, "$1[redacted]"],
  // /status/<signed token> progress links
  [/(\/status\/)[A-Za-z0-9._-]{16,}/g, "$1[redacted]"],
  // user:password@ in URLs (DATABASE_URL, SMTP_URL)
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, "$1[redacted]@"],
  // cookies written out as text
  [/((?:next-auth|__Secure-next-auth|__Host-next-auth)\.[\w.-]+=)[^;\s"']+/g, "$1[redacted]"],
];

function maskText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of the value with every string masked (objects and arrays walked, depth-limited). */
export function maskSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskText(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { type: value.name, message: maskText(value.message) };
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = maskSecrets(item, depth + 1);
  return out;
}

// Where a person goes after signing in: a path of this site only. "//evil.example" and
// "/\\evil.example" are other sites to a browser; an absolute URL counts only on APP_URL.
import { config } from "@/lib/config";

export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > 2000 || raw.includes("\u0000")) return "/";
  let candidate = raw;
  if (raw.startsWith(config.appUrl + "/")) candidate = raw.slice(config.appUrl.length);
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  try {
    const resolved = new URL(candidate, config.appUrl);
    return resolved.origin === new URL(config.appUrl).origin ? `${resolved.pathname}${resolved.search}` : "/";
  } catch {
    return "/";
  }
}

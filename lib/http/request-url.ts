// A request URL every route can take as given: each %-escape of the path and query decodes to
// valid UTF-8 and nothing decodes to NUL. Without this check, a malformed escape or %00 in any
// dynamic path (/practices/%E0%A4) or query (?q=%00) reached the database and answered 500.
export function urlProblem(url: URL): string | null {
  const parts = [...url.pathname.split("/"), ...url.search.slice(1).split(/[&=]/)];
  for (const part of parts) {
    if (!part) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return "the address holds a malformed %-escape";
    }
    if (decoded.includes("\u0000")) return "the address holds a NUL character";
  }
  return null;
}

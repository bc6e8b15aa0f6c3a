// GET the board table's filtered rows as CSV (staff only; anyone else gets 404): the same query
// string as the table page, all pages, in the table's order.
import { getCurrentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/actor";
import { boardTableCsv } from "@/lib/board/export-csv";
import { parseBoardTableParams } from "@/lib/board/filters";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!isStaff(user)) return new Response("Not found.", { status: 404 });
  // Repeated keys (status=QUEUED&status=INVITED) stay lists, as the table page gets them.
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams)
    params[key] = key in params ? [...[params[key]].flat(), value] : value;
  const parsed = parseBoardTableParams(params);
  if (!parsed.ok) return new Response(`These filters were not understood: ${parsed.errors.join("; ")}`, { status: 400 });
  const csv = await boardTableCsv(parsed.filters, new Date());
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="practices-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
}

// GET Prometheus metrics (text format): sync batches and records, queue, writeback, emails,
// alerts, read from the database so every web process agrees. Same access rule as /api/health.
import { pool } from "@/lib/db/pool";
import { renderMetrics } from "@/lib/observability/metrics";
import { readOpsSnapshot } from "@/lib/observability/ops-snapshot";
import { refuseUnlessOps } from "@/lib/observability/ops-access";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const refused = refuseUnlessOps(request);
  if (refused) return refused;
  const { contentType, body } = await renderMetrics(await readOpsSnapshot(pool()));
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}

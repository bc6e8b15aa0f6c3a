// GET the deployment's health as JSON: database, worker heartbeat, job queue depth and age.
// Loopback, or off loopback with the OPS_TOKEN bearer token (lib/observability/ops-access.ts).
import { pool } from "@/lib/db/pool";
import { checkHealth } from "@/lib/observability/health";
import { refuseUnlessOps } from "@/lib/observability/ops-access";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const refused = refuseUnlessOps(request);
  if (refused) return refused;
  const report = await checkHealth(pool());
  return Response.json(report, { status: report.status === "down" ? 503 : 200, headers: { "cache-control": "no-store" } });
}

// POST /dev/clock: moves the app's clock forward for tests and demos (never in production, where
// it answers 404), then runs the alert evaluation at the moved time so its effects are visible at
// once. Staff only. Body: { "advance_minutes": number } or { "reset": true }.
import { z } from "zod";
import { evaluateAlerts } from "@/lib/alerts/evaluate";
import { isStaff } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/session";
import { appNow, moveClock, resetClock } from "@/lib/clock/now";
import { config } from "@/lib/config";

const bodySchema = z.union([
  z.object({
    advance_minutes: z
      .number({ error: "advance_minutes must be a number" })
      .min(-10_080)
      .max(525_600, "advance_minutes is at most a year"),
  }),
  z.object({ reset: z.literal(true) }),
]);

export async function POST(request: Request) {
  if (config.isProduction) return new Response("Not found", { status: 404 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "sign in first" }, { status: 401 });
  if (!isStaff(user)) return new Response("Not found", { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'send { "advance_minutes": N } or { "reset": true }' }, { status: 400 });
  if ("reset" in parsed.data) await resetClock();
  else await moveClock(parsed.data.advance_minutes * 60_000);
  const now = await appNow();
  const alerts = await evaluateAlerts(now);
  return Response.json({ now: now.toISOString(), alerts });
}

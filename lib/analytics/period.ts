// The period an analytics view covers, from the page's query string: the last N days up to now.
import { z } from "zod";

export const PERIOD_DAYS = [30, 90, 180, 365] as const;
export type Period = { days: number; from: Date; to: Date };

const periodSchema = z.object({
  days: z.coerce
    .number()
    .refine((n) => (PERIOD_DAYS as readonly number[]).includes(n), {
      message: `Choose a period of ${PERIOD_DAYS.join(", ")} days`,
    })
    .default(90),
});

/** The period asked for, or the default (90 days) with a message when the value is not one offered. */
export function parsePeriod(
  params: Record<string, string | string[] | undefined>,
  now: Date,
): { period: Period; error: string | null } {
  const raw = typeof params.days === "string" ? params.days : undefined;
  const parsed = periodSchema.safeParse({ days: raw });
  const days = parsed.success ? parsed.data.days : 90;
  return {
    period: { days, from: new Date(now.getTime() - days * 86_400_000), to: now },
    error: parsed.success ? null : parsed.error.issues[0].message,
  };
}

// What the alert job does for one practice, decided from its open alerts and the health rule's
// current conditions at one `now`: open an alert once per condition, email it again at most
// every `repeatHours` while it holds, and close it (with a recovery notice) once it clears.
// Pure: the unit tests move time by passing another `now`.
import { isAlertRule, type AlertRule, type Condition } from "@/lib/health/rule";

export type OpenAlert = { id: string; rule: AlertRule; openedAt: Date; lastNotifiedAt: Date; notifyCount: number };
type AlertCondition = Condition & { code: AlertRule };

export type AlertStep =
  | { kind: "open"; condition: AlertCondition }
  | { kind: "repeat"; alert: OpenAlert; condition: AlertCondition }
  | { kind: "close"; alert: OpenAlert };

export function planAlerts(open: OpenAlert[], conditions: Condition[], now: Date, repeatHours: number): AlertStep[] {
  const holding = new Map<AlertRule, AlertCondition>();
  for (const c of conditions) if (isAlertRule(c.code)) holding.set(c.code, c as AlertCondition);
  const steps: AlertStep[] = [];
  const byRule = new Map(open.map((a) => [a.rule, a]));
  for (const [rule, condition] of holding) {
    const alert = byRule.get(rule);
    if (!alert) steps.push({ kind: "open", condition });
    else if (now.getTime() - alert.lastNotifiedAt.getTime() >= repeatHours * 3_600_000)
      steps.push({ kind: "repeat", alert, condition });
  }
  for (const alert of open) if (!holding.has(alert.rule)) steps.push({ kind: "close", alert });
  return steps;
}

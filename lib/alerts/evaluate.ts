// The alert job's work: judge every Live practice with the health rule, then open, repeat or
// close its alerts as planned (./plan.ts). Each practice's steps run in one transaction with
// their emails (outbox) and timeline events, and each step first claims its row, so two workers
// running at once never send an email twice.
import { addJourneyEvent } from "@/lib/onboarding/journey-events";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadHealthRows } from "@/lib/health/facts";
import { integrationHealth, TECHNICAL_RULES, ALERT_TITLES, type AlertRule } from "@/lib/health/rule";
import { thresholds as defaultThresholds, type Thresholds } from "@/lib/health/thresholds";
import { enqueueEmail } from "@/lib/mail/outbox";
import { practiceParties } from "@/lib/onboarding/recipients";
import { closeReconnectCase, openReconnectCase } from "@/lib/reconnect/cases";
import { staffAlertEmail, technicalAlertEmail, type AlertMoment } from "./emails";
import { planAlerts, type AlertStep, type OpenAlert } from "./plan";

// Timestamps are stored as UTC wall time (timestamp without time zone).
const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export type AlertRun = { opened: number; repeated: number; closed: number };

export async function evaluateAlerts(now: Date, t: Thresholds = defaultThresholds(), practiceIds?: string[]): Promise<AlertRun> {
  const [facts, openRows] = await Promise.all([
    loadHealthRows(practiceIds ? { practiceIds } : {}, now),
    db.integrationAlert.findMany({ where: { closedAt: null, ...(practiceIds ? { practiceId: { in: practiceIds } } : {}) } }),
  ]);
  const openByPractice = new Map<string, OpenAlert[]>();
  for (const row of openRows)
    openByPractice.set(row.practiceId, [...(openByPractice.get(row.practiceId) ?? []), { ...row, rule: row.rule as AlertRule }]);
  const run: AlertRun = { opened: 0, repeated: 0, closed: 0 };
  const live = new Set(facts.map((f) => f.id));
  const work: [string, AlertStep[]][] = facts.map((f) => [
    f.id,
    planAlerts(openByPractice.get(f.id) ?? [], integrationHealth(f, now, t).conditions, now, t.repeatHours),
  ]);
  // A practice that left Live (on hold, cancelled) has no conditions any more: close its alerts.
  for (const [practiceId, open] of openByPractice)
    if (!live.has(practiceId)) work.push([practiceId, open.map((alert) => ({ kind: "close", alert }))]);
  for (const [practiceId, steps] of work) {
    if (steps.length === 0) continue;
    const done = await db.$transaction((tx) => applySteps(tx, practiceId, steps, now));
    run.opened += done.opened;
    run.repeated += done.repeated;
    run.closed += done.closed;
  }
  return run;
}

async function applySteps(tx: Tx, practiceId: string, steps: AlertStep[], now: Date): Promise<AlertRun> {
  const p = await practiceParties(tx, practiceId);
  const done: AlertRun = { opened: 0, repeated: 0, closed: 0 };
  const notify = async (moment: AlertMoment, rule: AlertRule, detail: string, openedAt: Date) => {
    if (p.owner)
      await enqueueEmail(tx, {
        practiceId,
        template: `alert-${moment}`,
        to: p.owner.email,
        content: staffAlertEmail(moment, p, p.owner, rule, detail, openedAt),
      });
    if (TECHNICAL_RULES.has(rule) && p.technicalContact) {
      await enqueueEmail(tx, {
        practiceId,
        template: `alert-${moment}-practice`,
        to: p.technicalContact.email,
        content: technicalAlertEmail(moment, p, p.technicalContact, rule),
      });
    }
  };
  const event = (action: string, note: string) =>
    addJourneyEvent(tx, { practiceId, kind: "alert", action, actor: { label: "PIMS Link" }, note, createdAt: now });

  for (const step of steps) {
    if (step.kind === "open") {
      const { code: rule, severity, text } = step.condition;
      // The partial unique index (one open alert per rule) makes a racing second open fail here.
      const created = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO integration_alerts (id, practice_id, rule, severity, detail, opened_at, last_notified_at)
        VALUES (gen_random_uuid()::text, ${practiceId}, ${rule}, ${severity}, ${text}, ${utc(now)}, ${utc(now)})
        ON CONFLICT DO NOTHING RETURNING id`;
      if (!created[0]) continue;
      await event("opened", `${severity === "error" ? "Error" : "Warning"} alert opened: ${ALERT_TITLES[rule]}. ${text}`);
      await notify("opened", rule, text, now);
      if (rule === "agent_silent") await openReconnectCase(tx, practiceId, created[0].id, now);
      done.opened++;
    } else if (step.kind === "repeat") {
      const claimed = await tx.integrationAlert.updateMany({
        where: { id: step.alert.id, closedAt: null, lastNotifiedAt: step.alert.lastNotifiedAt },
        data: { lastNotifiedAt: now, notifyCount: { increment: 1 }, detail: step.condition.text },
      });
      if (claimed.count === 0) continue;
      await event("repeated", `Alert still open: ${ALERT_TITLES[step.alert.rule]}. ${step.condition.text}`);
      await notify("repeat", step.alert.rule, step.condition.text, step.alert.openedAt);
      done.repeated++;
    } else {
      const detail = "the condition no longer holds.";
      const claimed = await tx.integrationAlert.updateMany({
        where: { id: step.alert.id, closedAt: null },
        data: { closedAt: now, closedDetail: detail },
      });
      if (claimed.count === 0) continue;
      await event("closed", `Alert closed by itself: ${ALERT_TITLES[step.alert.rule]}`);
      await notify("recovered", step.alert.rule, detail, step.alert.openedAt);
      if (step.alert.rule === "agent_silent") await closeReconnectCase(tx, practiceId, now, "the agent reported again");
      done.closed++;
    }
  }
  return done;
}

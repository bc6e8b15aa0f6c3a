// A Live practice's health for staff: the light and its conditions, open and recently closed
// alerts, and the reconnect case with its session. Anchored at #alerts (the fleet links here).
import { Card } from "@/components/ui/card";
import type { PracticeAlerts } from "@/lib/alerts/queries";
import { ALERT_TITLES, type AlertRule, type Health } from "@/lib/health/rule";
import { formatInZone } from "@/lib/format/dates";
import { HealthConditions, HealthLight } from "./health-light";

export function AlertsCard({
  health,
  alerts,
  timeZone,
  children,
}: {
  health: Health;
  alerts: PracticeAlerts;
  timeZone: string;
  children?: React.ReactNode;
}) {
  const fmt = (d: Date) => formatInZone(d, timeZone);
  const { reconnect, appointment } = alerts;
  return (
    <section id="alerts" aria-labelledby="alerts-title" className="scroll-mt-4">
      <Card title={<span id="alerts-title">Integration health</span>}>
        <HealthLight health={health} />
        <HealthConditions health={health} />
        <h3 className="mt-4 text-sm font-semibold text-slate-900">{`Open alerts (${alerts.open.length})`}</h3>
        {alerts.open.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-1 space-y-2 text-sm">
            {alerts.open.map((a) => (
              <li key={a.id}>
                <p>
                  <strong
                    className={a.severity === "error" ? "text-red-800" : "text-amber-800"}
                  >{`${a.severity === "error" ? "Error" : "Warning"}: ${ALERT_TITLES[a.rule as AlertRule] ?? a.rule}`}</strong>
                </p>
                <p className="text-slate-700">{a.detail}</p>
                <p className="text-xs text-slate-500">{`Opened ${fmt(a.openedAt)} · emailed ${a.notifyCount} ${a.notifyCount === 1 ? "time" : "times"}`}</p>
              </li>
            ))}
          </ul>
        )}
        {reconnect && (
          <>
            <h3 className="mt-4 text-sm font-semibold text-slate-900">Reconnect case</h3>
            <p className="text-sm text-slate-700">
              {reconnect.closedAt
                ? `Closed ${fmt(reconnect.closedAt)}: ${reconnect.closedReason ?? ""}`
                : appointment
                  ? `Open since ${fmt(reconnect.openedAt)}. Session booked for ${fmt(appointment.startsAt)}.`
                  : `Open since ${fmt(reconnect.openedAt)}. Waiting for the technical contact to book a session.`}
            </p>
          </>
        )}
        {alerts.closed.length > 0 && (
          <>
            <h3 className="mt-4 text-sm font-semibold text-slate-900">Recently closed</h3>
            <ul className="mt-1 space-y-1 text-xs text-slate-600">
              {alerts.closed.map((a) => (
                <li key={a.id}>{`${ALERT_TITLES[a.rule as AlertRule] ?? a.rule}: ${fmt(a.openedAt)} to ${fmt(a.closedAt!)}`}</li>
              ))}
            </ul>
          </>
        )}
        {children}
      </Card>
    </section>
  );
}

// The read-only progress page, reachable through a signed link without signing in: the current
// step, the next action and who owns it, and the dates the practice can expect. It shows no
// personal data beyond the practice's name and contacts' roles.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { verifyProgressToken } from "@/lib/onboarding/progress-link";
import { expectedFirstDataAt, SIDE_STATES, STATUS_INFO } from "@/lib/onboarding/journey";
import { formatInZone } from "@/lib/format/dates";
import { ownerLabel, stepViews } from "@/lib/onboarding/next-step";
import { activeAppointment } from "@/lib/onboarding/install";
import { Card, Notice } from "@/components/ui/card";
import { projectGoLive } from "@/lib/analytics/projection";
import { stepDates } from "@/lib/analytics/step-dates";
import { stepMedians } from "@/lib/analytics/step-medians";
import { StatusBadge } from "@/components/ui/badges";

export const metadata: Metadata = { title: "Integration progress", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ProgressPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const practiceId = verifyProgressToken(token);
  const practice = practiceId
    ? await db.practice.findUnique({ where: { id: practiceId }, include: { partner: { select: { name: true } } } })
    : null;
  if (!practice) notFound();
  const now = new Date();
  const [appointment, entries, medians] = await Promise.all([
    activeAppointment(db, practice.id),
    db.journeyEvent.findMany({
      where: { practiceId: practice.id, toStatus: { not: null } },
      select: { fromStatus: true, toStatus: true, createdAt: true },
    }),
    stepMedians(now),
  ]);
  const dates = stepDates(practice, entries, medians, now);
  const projection = projectGoLive(practice, medians, now);
  const info = STATUS_INFO[practice.status];
  const steps = stepViews(practice.status, practice.resumeStatus, [], practice.partner.name);
  const when = (d: Date, dateOnly = false) => formatInZone(d, practice.timeZone, { dateOnly });

  const expected: [string, string][] = [];
  if (practice.dueAt && practice.status === "QUEUED")
    expected.push([`Email from ${practice.partner.name} by`, when(practice.dueAt)]);
  if (practice.dueAt && practice.status === "DETAILS_COMPLETE")
    expected.push(["Partner contacts the technical contact by", when(practice.dueAt)]);
  if (appointment) expected.push(["Install appointment", when(appointment.startsAt)]);
  if (practice.installedAt && practice.status === "INSTALLED")
    expected.push(["First data expected by", when(expectedFirstDataAt(practice.installedAt, practice.approxClients), true)]);
  if (practice.liveAt) expected.push(["Live since", when(practice.liveAt, true)]);
  if (projection.kind === "projected") expected.push(["Projected go-live", when(projection.goLiveAt, true)]);

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        <p className="text-sm text-slate-600">PIMS integration progress</p>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
          {practice.name} <StatusBadge status={practice.status} />
        </h1>
      </div>
      {SIDE_STATES.includes(practice.status) && (
        <Notice tone="warning">
          {info.label}: {practice.sideReason}
        </Notice>
      )}
      <Card title="Next">
        <p>{info.nextAction}.</p>
        <p className="mt-1 text-sm text-slate-600">
          Who acts: <strong>{ownerLabel(info.owner, practice.partner.name) ?? "nobody, all done"}</strong>
        </p>
        {expected.length > 0 && (
          <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-[auto_1fr]">
            {expected.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      <Card title="The six steps">
        <ol className="space-y-2">
          {steps.map((s, i) => (
            <li key={s.number} className="flex gap-3 text-sm">
              <span
                aria-hidden="true"
                className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${s.state === "done" ? "bg-emerald-600 text-white" : s.state === "upcoming" ? "bg-slate-200 text-slate-600" : "bg-brand-700 text-white"}`}
              >
                {s.state === "done" ? "✓" : s.number}
              </span>
              <div>
                <p className="font-semibold">
                  {s.title}{" "}
                  <span className="font-normal text-slate-500">
                    ({s.state === "done" ? "done" : s.state === "upcoming" ? "later" : "now"})
                  </span>
                </p>
                <p className="text-slate-600">{s.summary}</p>
                <p className="text-slate-700">
                  {dates[i].actualAt
                    ? `Done ${when(dates[i].actualAt!, true)}`
                    : dates[i].plannedAt
                      ? `Planned by ${when(dates[i].plannedAt!, true)}`
                      : practice.status === "ON_HOLD"
                        ? "Planned once the integration resumes"
                        : null}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </Card>
      <p className="text-xs text-slate-500">
        Times are in the practice&apos;s time zone ({practice.timeZone}). This page updates as the integration moves on.
      </p>
    </div>
  );
}

// The wizard's home: where the practice stands, what happens next and who must act.
import Link from "next/link";
import { requirePracticeUser } from "@/lib/auth/guards";
import { getPracticeOverview } from "@/lib/onboarding/queries";
import { expectedFirstDataAt, STATUS_INFO } from "@/lib/onboarding/journey";
import { clockState, describeTimeLeft } from "@/lib/format/deadline";
import { formatInZone } from "@/lib/format/dates";
import { detailsParts, ownerLabel } from "@/lib/onboarding/next-step";
import { Card, Notice } from "@/components/ui/card";
import { ClockBadge } from "@/components/ui/badges";
import { buttonClass } from "@/components/ui/button";

export default async function WizardHome({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const { roles } = await requirePracticeUser(`/onboarding/${practiceId}`, practiceId);
  const { practice, progress, appointment } = await getPracticeOverview(practiceId);
  const info = STATUS_INFO[practice.status];
  const now = new Date();
  const base = `/onboarding/${practiceId}`;
  const isPrimary = roles.includes("primary");
  const isTechnical = roles.includes("technical");
  const todo = detailsParts(progress).filter((p) => !p.done);

  return (
    <div className="space-y-5">
      {practice.status === "ON_HOLD" && <Notice tone="warning">The onboarding team put this integration on hold: {practice.sideReason}</Notice>}
      {practice.status === "CANCELLED" && <Notice tone="warning">This integration was cancelled: {practice.sideReason}</Notice>}
      {progress.eulaOutdated && isPrimary && (
        <Notice tone="warning">A new version of the license agreement was published. <Link className="underline" href={`${base}/eula`}>Read and accept it</Link>.</Notice>
      )}
      <Card title="What happens next">
        <p className="text-slate-800">{info.nextAction}.</p>
        <p className="mt-2 text-sm text-slate-600">Who acts: <strong>{ownerLabel(info.owner, practice.partner.name) ?? "nobody, all done"}</strong></p>
        {practice.dueAt && (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <ClockBadge state={clockState(practice.dueAt, now)} detail={describeTimeLeft(practice.dueAt, now)} />
            <span className="text-slate-600">due {formatInZone(practice.dueAt, practice.timeZone)}</span>
          </p>
        )}
        {practice.status === "QUEUED" && (
          <p className="mt-3 text-sm text-slate-700">Watch for an email from {practice.partner.name} within 48 hours of queueing, and check your spam folder.</p>
        )}
        {practice.status === "INVITED" && isPrimary && todo.length > 0 && (
          <div className="mt-4">
            <p className="text-sm font-medium">Still to do ({todo.length} of 3), in any order:</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {todo.map((part) => (
                <li key={part.key}><Link className={buttonClass("secondary")} href={`${base}/${part.href}`}>{part.title}</Link></li>
              ))}
            </ul>
          </div>
        )}
        {practice.status === "DETAILS_COMPLETE" && isTechnical && (
          <p className="mt-4"><Link className={buttonClass()} href={`${base}/schedule`}>Book the install</Link></p>
        )}
        {practice.status === "DETAILS_COMPLETE" && !isTechnical && (
          <p className="mt-3 text-sm text-slate-700">{practice.technicalContact?.name ?? "The technical contact"} books the install; {practice.partner.name} will call them within 24 hours.</p>
        )}
        {appointment && (
          <p className="mt-3 text-sm">Install appointment: <strong>{formatInZone(appointment.startsAt, practice.timeZone)}</strong>{isTechnical && <> · <Link className="underline" href={`${base}/schedule`}>reschedule or cancel</Link></>}</p>
        )}
        {practice.status === "INSTALLED" && practice.installedAt && (
          <p className="mt-3 text-sm">First data expected by <strong>{formatInZone(expectedFirstDataAt(practice.installedAt, practice.approxClients), practice.timeZone, { dateOnly: true })}</strong>.</p>
        )}
        {practice.status === "LIVE" && <p className="mt-3 text-sm text-emerald-800">The pharmacy is receiving your data. Nothing more to do.</p>}
      </Card>
      <Card title="Contacts">
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div><dt className="text-slate-500">Primary contact</dt><dd>{practice.primaryContact?.name} · {practice.primaryContact?.email}</dd></div>
          <div><dt className="text-slate-500">Technical contact</dt><dd>{practice.technicalContact ? `${practice.technicalContact.name} · ${practice.technicalContact.email}` : "Not named yet"}</dd></div>
        </dl>
      </Card>
    </div>
  );
}

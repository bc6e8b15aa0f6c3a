// One practice, for the onboarding team: where it stands, the actions open to staff, its
// contacts, EULA record, appointment, agent keys, emails sent and the full event timeline.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import { getPracticeOverview, getPracticeRecord } from "@/lib/onboarding/queries";
import { availableActions, expectedFirstDataAt, STATUS_INFO } from "@/lib/onboarding/journey";
import { clockState, describeTimeLeft } from "@/lib/format/deadline";
import { formatDuration, formatInZone } from "@/lib/format/dates";
import { checklistComplete, tickedItems } from "@/lib/onboarding/prep-checklist";
import { checklistEditable } from "@/lib/onboarding/windows";
import { progressUrl } from "@/lib/onboarding/progress-link";
import { ownerLabel } from "@/lib/onboarding/next-step";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ClockBadge, StatusBadge } from "@/components/ui/badges";
import { StaffActions } from "@/components/practice/staff-actions";
import { ChecklistForm } from "@/components/practice/checklist-form";
import { Timeline } from "@/components/practice/timeline";
import { SyncCard } from "@/components/sync/sync-card";
import { MergeCard } from "@/components/merge/merge-card";
import { countPendingChanges } from "@/lib/sync/queries";
import { WritebackCard } from "@/components/writeback/writeback-card";
import { AlertsCard } from "@/components/health/alerts-card";
import { listPracticeAlerts } from "@/lib/alerts/queries";
import { appNow } from "@/lib/clock/now";
import { practiceHealth } from "@/lib/health/practice-health";
import { projectGoLive } from "@/lib/analytics/projection";
import { stepMedians } from "@/lib/analytics/step-medians";
import { installCard } from "@/lib/onboarding/install-card";
import { formatCount } from "@/lib/format/numbers";
import { can } from "@/lib/auth/permissions";
import { manualReminderTarget } from "@/lib/onboarding/reminders";
import { buttonClass } from "@/components/ui/button";
import { EmailsCard } from "@/components/practice/emails-card";
import { SendReminderButton } from "@/components/practice/send-reminder-button";

export const metadata: Metadata = { title: "Practice" };

type Contact = { name: string | null; email: string } | null;

/** Who "Send a reminder now" would reach, or null when the step waits on nobody at the practice. */
function reminderRecipient(p: {
  status: Parameters<typeof manualReminderTarget>[0];
  primaryContact: Contact;
  technicalContact: Contact;
}) {
  const target = manualReminderTarget(p.status);
  const person = target === "primary" ? p.primaryContact : target === "technical" ? p.technicalContact : null;
  return person ? `${person.name ?? person.email} (${target} contact)` : null;
}

export default async function PracticePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ edited?: string }>;
}) {
  const { id } = await params;
  const edited = Number((await searchParams).edited);
  const { roles } = await requireStaffPractice(`/practices/${id}`, id);
  const [{ practice, progress }, record, pendingChanges] = await Promise.all([
    getPracticeOverview(id),
    getPracticeRecord(id),
    countPendingChanges(id),
  ]);
  const now = await appNow();
  const [live, alerts] =
    practice.status === "LIVE" ? await Promise.all([practiceHealth(id, now), listPracticeAlerts(id)]) : [null, null];
  const medians = await stepMedians(now);
  const projection = projectGoLive(practice, medians, now);
  const install = installCard(record.appointments, practice.installedAt, (d) => formatInZone(d, practice.timeZone));
  const info = STATUS_INFO[practice.status];
  const moves = availableActions(practice.status, roles).filter(
    (a): a is "addToQueue" | "putOnHold" | "cancel" | "resume" | "recordFirstData" =>
      ["addToQueue", "putOnHold", "cancel", "resume", "recordFirstData"].includes(a),
  );
  const ticked = tickedItems(practice.prepChecklist);
  const fmt = (d: Date) => formatInZone(d, practice.timeZone);
  const reminder = can(roles, "practice:remind") ? reminderRecipient(practice) : null;

  return (
    <div>
      <PageHeader
        title={practice.name}
        subtitle={
          <>
            {practice.city}, {practice.state} · {practice.pimsName} {practice.pimsVersion} · ~
            {formatCount(practice.approxClients)} clients · {practice.partner.name}
            {/* The slug is what the pims-link CLI takes (--practice SLUG). */}
            <span className="block">
              Slug for the CLI: <code className="rounded bg-slate-100 px-1">{practice.slug}</code>
            </span>
          </>
        }
        actions={
          <div className="flex flex-wrap items-center gap-4">
            {can(roles, "practice:edit") && (
              <Link className={buttonClass("secondary")} href={`/practices/${id}/edit`}>
                Edit practice
              </Link>
            )}
            <Link className="text-sm underline" href="/board">
              Back to board
            </Link>
          </div>
        }
      />
      {Number.isInteger(edited) && edited > 0 && (
        <div className="mb-5">
          <Notice tone="success">
            Practice updated: {edited === 1 ? "1 change is" : `${edited} changes are`} on the timeline below, with the value
            before and after.
          </Notice>
        </div>
      )}
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          <Card title="Where it stands">
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={practice.status} />
              {practice.dueAt && (
                <ClockBadge state={clockState(practice.dueAt, now)} detail={describeTimeLeft(practice.dueAt, now)} />
              )}
              <span className="text-sm text-slate-600">
                {formatDuration(now.getTime() - practice.statusChangedAt.getTime())} in this status
              </span>
            </div>
            {practice.sideReason && (
              <div className="mt-3">
                <Notice tone="warning">Reason: {practice.sideReason}</Notice>
              </div>
            )}
            <p className="mt-3 text-sm">
              <span className="text-slate-500">Next action:</span> {info.nextAction}{" "}
              <span className="text-slate-500">({ownerLabel(info.owner, practice.partner.name) ?? "none"})</span>
            </p>
            {practice.dueAt && (
              <p className="mt-1 text-sm">
                <span className="text-slate-500">Due:</span> {fmt(practice.dueAt)}
              </p>
            )}
            {projection.kind === "projected" && (
              <p className="mt-1 text-sm">
                <span className="text-slate-500">Projected go-live:</span>{" "}
                {formatInZone(projection.goLiveAt, practice.timeZone, { dateOnly: true })}{" "}
                <span className="text-slate-500">(from measured step times)</span>
              </p>
            )}
            {practice.installedAt && practice.status === "INSTALLED" && (
              <p className="mt-1 text-sm">
                <span className="text-slate-500">First data expected by:</span>{" "}
                {formatInZone(expectedFirstDataAt(practice.installedAt, practice.approxClients), practice.timeZone, {
                  dateOnly: true,
                })}
              </p>
            )}
            {reminder && (
              <div className="mt-4">
                <SendReminderButton practiceId={id} to={reminder} />
              </div>
            )}
            <div className="mt-4">
              <StaffActions
                practiceId={id}
                moves={moves}
                queueBlocked={
                  practice.status === "DRAFT" && !checklistComplete(practice.prepChecklist)
                    ? "Tick every prep checklist item first."
                    : null
                }
              />
            </div>
          </Card>
          {checklistEditable(practice.status) || !checklistComplete(practice.prepChecklist) ? (
            <Card title="Cornerstone prep checklist">
              <ChecklistForm practiceId={id} ticked={ticked} editable={checklistEditable(practice.status)} />
            </Card>
          ) : null}
          {live && alerts && <AlertsCard health={live.health} alerts={alerts} timeZone={practice.timeZone} />}
          <Card title="Timeline">
            <Timeline events={record.events} timeZone={practice.timeZone} />
          </Card>
        </div>
        <div className="min-w-0 space-y-5">
          <SyncCard practiceId={id} practice={practice} pendingChanges={pendingChanges} now={now} />
          <MergeCard practiceId={id} />
          {practice.installedAt && <WritebackCard practiceId={id} />}
          <Card title="Home-delivery records">
            <Link className="text-sm underline" href={`/practices/${id}/home-delivery`}>
              Upload or view home-delivery clients and pets
            </Link>
          </Card>
          <Card title="Contacts">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-500">Primary contact</dt>
                <dd>
                  {practice.primaryContact?.name}
                  <br />
                  {practice.primaryContact?.email}
                  {practice.primaryContact?.phone && (
                    <>
                      <br />
                      {practice.primaryContact.phone}
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Technical contact</dt>
                <dd>
                  {practice.technicalContact ? (
                    <>
                      {practice.technicalContact.name}
                      <br />
                      {practice.technicalContact.email}
                      <br />
                      {practice.technicalContact.phone}
                      {practice.techContactHours && (
                        <>
                          <br />
                          Best hours: {practice.techContactHours}
                        </>
                      )}
                    </>
                  ) : (
                    "Not named yet"
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Staff owner</dt>
                <dd>{practice.owner?.name ?? "Nobody"}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Practice</dt>
                <dd>
                  {practice.address1}
                  {practice.address2 && `, ${practice.address2}`}
                  <br />
                  {practice.city}, {practice.state} {practice.postalCode}
                  <br />
                  {practice.phone} · {practice.timeZone}
                </dd>
              </div>
            </dl>
          </Card>
          <Card title="Wizard">
            <ul className="space-y-1 text-sm">
              <li>{progress.info ? "✓" : "○"} Practice information</li>
              <li>{progress.technicalContact ? "✓" : "○"} Technical contact</li>
              <li>
                {progress.eula ? "✓" : "○"} License agreement{progress.eulaOutdated && " (new version waiting)"}
              </li>
            </ul>
            <p className="mt-3 text-sm">
              <a className="underline break-all" href={progressUrl(id)}>
                Read-only progress link
              </a>{" "}
              <span className="text-slate-500">(no sign-in needed; share with the practice)</span>
            </p>
          </Card>
          <Card title="EULA record">
            {record.acceptances.length === 0 ? (
              <p className="text-sm text-slate-600">Not accepted yet.</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {record.acceptances.map((a) => (
                  <li key={a.id}>
                    <p>
                      <strong>
                        {a.eulaVersion.title} {a.eulaVersion.version}
                      </strong>
                    </p>
                    <p>
                      Signed “{a.typedName}” by {a.user.email}
                    </p>
                    <p className="text-slate-600">
                      {fmt(a.acceptedAt)} · IP {a.ip ?? "unknown"}
                    </p>
                    <p className="break-all text-xs text-slate-500">Text SHA-256 {a.textSha256}</p>
                    <p className="truncate text-xs text-slate-500" title={a.userAgent ?? ""}>
                      {a.userAgent}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Install appointment">
            <p className={`text-sm ${install.tone === "booked" || install.tone === "done" ? "font-semibold" : "text-slate-600"}`}>
              {install.headline}
            </p>
            {install.history.length > 0 && (
              <ul className="mt-2 space-y-1 text-xs text-slate-600">
                {install.history.map((a) => (
                  <li key={a.id}>
                    {fmt(a.startsAt)}: {a.label}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Agent keys">
            {record.agentKeys.length === 0 ? (
              <p className="text-sm text-slate-600">No key issued yet (the partner issues it at the install).</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {record.agentKeys.map((k) => (
                  <li key={k.id}>
                    <code>{k.prefix}…</code>{" "}
                    {k.revokedAt ? (
                      <span className="text-slate-500">revoked</span>
                    ) : (
                      <span className="text-emerald-700">active</span>
                    )}
                    {k.lastUsedAt && ` · last used ${fmt(k.lastUsedAt)}`}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <EmailsCard
            practiceId={id}
            emails={record.emails}
            canResend={can(roles, "email:resend")}
            contacts={{ primary: practice.primaryContact?.email ?? null, technical: practice.technicalContact?.email ?? null }}
            format={fmt}
          />
        </div>
      </div>
    </div>
  );
}

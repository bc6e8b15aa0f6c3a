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

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
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
          <Link className="text-sm underline" href="/board">
            Back to board
          </Link>
        }
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
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
        <div className="space-y-5">
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
          <Card title={`Emails sent (${record.emails.length})`}>
            {record.emails.length === 0 ? (
              <p className="text-sm text-slate-600">None yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {record.emails.map((e) => (
                  <li key={e.id}>
                    <p className="font-medium">{e.subject}</p>
                    <p className="text-xs text-slate-600">
                      to {e.toAddress} · {fmt(e.createdAt)} ·{" "}
                      {e.status === "SENT"
                        ? "delivered"
                        : e.status === "FAILED"
                          ? `failed: ${e.lastError}`
                          : `not delivered yet${e.attempts ? ` (attempt ${e.attempts}: ${e.lastError})` : ""}`}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}

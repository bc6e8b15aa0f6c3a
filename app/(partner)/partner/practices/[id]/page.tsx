// One of the partner's practices: who to talk to, the appointment, the partner's next move and
// the sync-agent key. A practice of another partner is "not found".
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AgentKeyPanel, type KeyRow } from "@/components/partner/agent-key-panel";
import { PracticeActions, type PartnerMove } from "@/components/partner/practice-actions";
import { ClockBadge, StatusBadge } from "@/components/ui/badges";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { formatInZone } from "@/lib/format/dates";
import { availableActions, SIDE_STATES } from "@/lib/onboarding/journey";
import { APPOINTMENT_LABELS } from "@/lib/onboarding/appointment-labels";
import { partnerIdleNote, partnerNextStep } from "@/lib/onboarding/next-step";
import { formatTimeRange } from "@/lib/format/dates";
import { agentKeysIssuable } from "@/lib/onboarding/windows";
import { zoneLabel } from "@/lib/partner/schemas";
import { getPartnerPractice } from "@/lib/partner/queries";
import { requirePartner } from "@/lib/auth/guards";
import { formatCount } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Practice" };

const PARTNER_MOVES: readonly PartnerMove[] = ["sendInvitation", "markInstalled", "markInstallFailed"];

export default async function PartnerPracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePartner(`/partner/practices/${id}`);
  const now = new Date();
  const data = await getPartnerPractice(user, id, now).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { practice: p, roles, clock, appointment, primaryContact: primary, technicalContact: tech } = data;
  const tz = p.timeZone;
  const moves = availableActions(p.status, roles).filter((a): a is PartnerMove => PARTNER_MOVES.includes(a as PartnerMove));
  const showKeys = can(roles, "agent-key:manage") && (agentKeysIssuable(p.status) || data.agentKeys.length > 0);
  const keys: KeyRow[] = data.agentKeys.map((k) => ({
    id: k.id,
    prefix: k.prefix,
    created: formatInZone(k.createdAt, tz),
    lastUsed: k.lastUsedAt ? formatInZone(k.lastUsedAt, tz) : null,
    revoked: k.revokedAt ? formatInZone(k.revokedAt, tz) : null,
  }));

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/partner" className="text-brand-700 underline">
          ← Request queue
        </Link>
      </p>
      <PageHeader
        title={p.name}
        subtitle={`${p.city}, ${p.state} · times shown in the practice's time zone: ${zoneLabel(tz)}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={p.status} />
            {clock && <ClockBadge state={clock.state} detail={clock.badge} />}
          </div>
        }
      />

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card title="Next step">
            <p className="text-sm text-slate-800">{partnerNextStep(p.status, tech, p.techContactHours)}</p>
            {clock && (
              <p className="mt-1 text-sm text-slate-600">
                Due by {formatInZone(clock.dueAt, tz)} ({clock.timeLeft}).
              </p>
            )}
            {data.expectedFirstDataAt && p.installedAt && (
              <p className="mt-1 text-sm text-slate-600">
                Installed {formatInZone(p.installedAt, tz, { dateOnly: true })}; first data expected by{" "}
                {formatInZone(data.expectedFirstDataAt, tz, { dateOnly: true })}.
              </p>
            )}
            {p.status === "LIVE" && p.liveAt && (
              <p className="mt-1 text-sm text-slate-600">Live since {formatInZone(p.liveAt, tz, { dateOnly: true })}.</p>
            )}
            {p.sideReason && SIDE_STATES.includes(p.status) && (
              <div className="mt-3">
                <Notice tone="warning">Reason: {p.sideReason}</Notice>
              </div>
            )}
            <div className="mt-4">
              <PracticeActions
                practiceId={p.id}
                moves={moves}
                primaryContactName={primary?.name ?? primary?.email ?? null}
                idleNote={partnerIdleNote(p.status)}
                appointmentLabel={
                  appointment?.status === "SCHEDULED" && appointment.startsAt > now
                    ? formatInZone(appointment.startsAt, tz)
                    : null
                }
              />
            </div>
          </Card>

          <Card title="Install appointment">
            {appointment ? (
              <dl className={DL}>
                <Row label="Date">{formatInZone(appointment.startsAt, tz, { dateOnly: true })}</Row>
                <Row label="Time">{formatTimeRange(appointment.startsAt, appointment.endsAt, tz)}</Row>
                <Row label="Status">{APPOINTMENT_LABELS[appointment.status]}</Row>
                {appointment.reason && <Row label="Reason">{appointment.reason}</Row>}
              </dl>
            ) : (
              <p className="text-sm text-slate-600">
                {p.status === "DETAILS_COMPLETE"
                  ? "Not booked yet: the technical contact books one of your install slots."
                  : ["QUEUED", "INVITED"].includes(p.status)
                    ? "No appointment yet. The technical contact books one after the practice details are complete."
                    : "No appointment on record."}
              </p>
            )}
          </Card>

          {showKeys && (
            <Card title="Sync agent key">
              <p className="mb-4 text-sm text-slate-600">
                The agent on the practice server authenticates with this key. Only its first characters are kept here.
              </p>
              <AgentKeyPanel practiceId={p.id} practiceName={p.name} keys={keys} canIssue={agentKeysIssuable(p.status)} />
            </Card>
          )}
        </div>

        <div className="space-y-5">
          <Card title="Practice">
            <dl className={DL}>
              <Row label="Address">
                {p.address1}
                {p.address2 && <>, {p.address2}</>}
                <br />
                {p.city}, {p.state} {p.postalCode}
              </Row>
              <Row label="Phone">
                <a href={`tel:${p.phone}`} className="underline">
                  {p.phone}
                </a>
              </Row>
              <Row label="PIMS">
                {p.pimsName} {p.pimsVersion}
              </Row>
              <Row label="Clients">about {formatCount(p.approxClients)}</Row>
              <Row label="Time zone">{zoneLabel(tz)}</Row>
            </dl>
          </Card>
          <Card title="Technical contact">
            {tech ? (
              <dl className={DL}>
                <Row label="Name">{tech.name ?? "Not given"}</Row>
                <Row label="Email">
                  <a href={`mailto:${tech.email}`} className="underline [overflow-wrap:anywhere]">
                    {tech.email}
                  </a>
                </Row>
                <Row label="Phone">
                  {tech.phone ? (
                    <a href={`tel:${tech.phone}`} className="underline">
                      {tech.phone}
                    </a>
                  ) : (
                    "Not given"
                  )}
                </Row>
                <Row label="Best hours">{p.techContactHours ?? "Not given"}</Row>
              </dl>
            ) : (
              <p className="text-sm text-slate-600">Not named yet. The primary contact names one after your invitation.</p>
            )}
          </Card>
          <Card title="Primary contact">
            {primary ? (
              <dl className={DL}>
                <Row label="Name">{primary.name ?? "Not given"}</Row>
                <Row label="Email">
                  <a href={`mailto:${primary.email}`} className="underline [overflow-wrap:anywhere]">
                    {primary.email}
                  </a>
                </Row>
                <Row label="Phone">
                  {primary.phone ? (
                    <a href={`tel:${primary.phone}`} className="underline">
                      {primary.phone}
                    </a>
                  ) : (
                    "Not given"
                  )}
                </Row>
              </dl>
            ) : (
              <p className="text-sm text-slate-600">None on record.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

const DL = "grid grid-cols-[5.5rem_1fr] gap-x-3 gap-y-2 text-sm";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </>
  );
}

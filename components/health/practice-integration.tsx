// The practice's own integration page after Live (where the wizard was): the health light, what
// arrived last, the prescriptions written back to its PIMS, and whom to contact. Practice words.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, Notice } from "@/components/ui/card";
import { formatDuration, formatInZone } from "@/lib/format/dates";
import { WRITEBACK_WORDS, type getPracticeIntegration } from "@/lib/health/practice-integration";
import { HealthConditions, HealthLight } from "./health-light";

type Data = Awaited<ReturnType<typeof getPracticeIntegration>>;
type Person = { name: string | null; email: string; phone?: string | null } | null;

export function PracticeIntegration({
  data,
  practice,
  isTechnical,
  now,
}: {
  data: Data;
  practice: { id: string; timeZone: string; partner: { name: string }; owner: Person; technicalContact: Person };
  isTechnical: boolean;
  now: Date;
}) {
  const fmt = (d: Date) => formatInZone(d, practice.timeZone);
  const { live, lastBatch, writebacks, counts, reconnect } = data;
  const written = counts.WRITTEN ?? 0;
  const waiting = (counts.PENDING ?? 0) + (counts.LEASED ?? 0) + (counts.WAITING_LINK ?? 0);
  return (
    <div className="space-y-5">
      {reconnect && (
        <Notice tone="warning">
          <p className="font-semibold">The sync agent on your server has stopped reporting.</p>
          <p className="mt-1">{`${practice.partner.name} can reconnect it only with your technical contact.`}</p>
          {isTechnical && (
            <p className="mt-2">
              <Link className={buttonClass()} href={`/onboarding/${practice.id}/schedule`}>
                Book a reconnect session
              </Link>
            </p>
          )}
        </Notice>
      )}
      <Card title="Your integration">
        {live ? <HealthLight health={live.health} /> : null}
        {live && <HealthConditions health={live.health} />}
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-500">Last sync</dt>
            <dd>
              {live?.facts.lastSyncAt
                ? `${fmt(live.facts.lastSyncAt)} (${formatDuration(Math.max(0, now.getTime() - live.facts.lastSyncAt.getTime()))} ago)`
                : "Not yet"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">What arrived</dt>
            <dd>
              {lastBatch
                ? `${lastBatch.applied.toLocaleString("en-US")} of ${lastBatch.received.toLocaleString("en-US")} records applied${lastBatch.rejected ? `, ${lastBatch.rejected} rejected` : ""}${lastBatch.pendingChanges ? `, ${lastBatch.pendingChanges} changes for the pharmacy to review` : ""}`
                : "Nothing yet"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Sync agent</dt>
            <dd>
              {live?.facts.lastHeartbeatAt ? `Last reported ${fmt(live.facts.lastHeartbeatAt)}` : "Has not reported yet"}
              {live?.facts.agentVersion ? ` · version ${live.facts.agentVersion}` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Updates</dt>
            <dd>{`New clients and patients arrive every 48-72 hours (promised within ${live?.facts.syncWindowHours ?? 72} hours).`}</dd>
          </div>
        </dl>
      </Card>
      <Card
        title={`Prescriptions written back to your PIMS (${written.toLocaleString("en-US")} written, ${waiting.toLocaleString("en-US")} waiting)`}
      >
        {writebacks.length === 0 ? (
          <p className="text-sm text-slate-600">
            No shipped prescriptions yet. When the pharmacy ships a prescription drug or diet, a line appears in the
            patient&apos;s record.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {writebacks.map((w) => (
              <li key={w.id} className="py-2">
                <p className="font-medium text-slate-900">{`${w.orderLine.product} · order line ${w.idempotencyKey}`}</p>
                <p className="text-slate-700">{`Shipped ${fmt(w.shippedAt)} · ${WRITEBACK_WORDS[w.status] ?? w.status}${w.writtenAt ? ` (${fmt(w.writtenAt)})` : ""}`}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Whom to contact">
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">Your pharmacy contact</dt>
            <dd>{practice.owner ? `${practice.owner.name ?? ""} · ${practice.owner.email}` : "The onboarding team"}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Integration partner</dt>
            <dd>{`${practice.partner.name} (reconnects the agent with your technical contact)`}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Your technical contact</dt>
            <dd>
              {practice.technicalContact
                ? `${practice.technicalContact.name ?? ""} · ${practice.technicalContact.email}`
                : "Not named"}
            </dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}

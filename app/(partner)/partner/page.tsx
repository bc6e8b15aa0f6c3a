// The integration partner's request queue: its practices that wait for it, grouped by what to do.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ClockBadge, StatusBadge } from "@/components/ui/badges";
import { PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/format/dates";
import { STATUS_INFO } from "@/lib/onboarding/journey";
import {
  getPartnerName,
  listOtherPartnerPractices,
  listPartnerQueue,
  type QueueGroupStatus,
  type QueueItem,
} from "@/lib/partner/queries";
import { requirePartner } from "@/lib/auth/guards";
import { listReconnectRequests } from "@/lib/reconnect/book";
import { ReconnectRequests } from "@/components/partner/reconnect-requests";

export const metadata: Metadata = { title: "Request queue" };

const GROUPS: Record<QueueGroupStatus, { anchor: string; title: string; intro: string; empty: string }> = {
  QUEUED: {
    anchor: "send-invitation",
    title: "Send invitation",
    intro: "Email each primary contact the invitation within 48 hours of queueing. Oldest first.",
    empty:
      "Nothing to send. Practices the onboarding team adds to your queue appear here, with 48 hours to email their primary contact.",
  },
  DETAILS_COMPLETE: {
    anchor: "contact-technical",
    title: "Contact technical contact / awaiting booking",
    intro:
      "Details, technical contact and EULA are done: call the technical contact within 24 hours so they book an install slot.",
    empty:
      "No one to call. When a practice finishes its details and accepts the EULA, its technical contact appears here with 24 hours to reach them.",
  },
  INSTALL_SCHEDULED: {
    anchor: "installs-scheduled",
    title: "Installs scheduled",
    intro: "Booked appointments, soonest first, in each practice's local time. Mark each install done or failed afterwards.",
    empty: "No installs booked. When a technical contact books one of your install slots, the appointment appears here.",
  },
  INSTALLED: {
    anchor: "waiting-first-data",
    title: "Installed, waiting for first data",
    intro: "The first copy of the client and patient list is expected about 1 week after install (2 weeks at 10,000+ clients).",
    empty: "Nothing waiting. Practices you mark installed appear here until the pharmacy receives their first data.",
  },
};

export default async function PartnerQueuePage() {
  const user = await requirePartner("/partner");
  const now = new Date();
  const [partnerName, queue, others, reconnects] = await Promise.all([
    getPartnerName(user),
    listPartnerQueue(user, now),
    listOtherPartnerPractices(user),
    listReconnectRequests(user.partnerId),
  ]);
  const order = Object.keys(GROUPS) as QueueGroupStatus[];
  const otherCount = queue.others.reduce((sum, o) => sum + o.count, 0);

  return (
    <>
      <PageHeader
        title="Request queue"
        subtitle={`${partnerName}: the practices waiting for you.`}
        actions={
          <Link href="/partner/slots" className="text-sm font-semibold text-brand-700 underline">
            Manage install slots
          </Link>
        }
      />

      <nav aria-label="Queue summary" className="mb-6">
        <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {order.map((status) => (
            <li key={status}>
              <a
                href={`#${GROUPS[status].anchor}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-600"
              >
                <span className="block text-2xl font-bold text-slate-900">{queue.groups[status].length}</span>
                <span className="block text-sm text-slate-700">{GROUPS[status].title}</span>
                <LateCount items={queue.groups[status]} />
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <ReconnectRequests requests={reconnects} />

      <div className="space-y-6">
        {order.map((status) => (
          <QueueSection key={status} status={status} items={queue.groups[status]}>
            {(item) => <RowDetail item={item} now={now} />}
          </QueueSection>
        ))}
      </div>

      {otherCount > 0 && (
        <details className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">
            Your other practices ({otherCount}):{" "}
            {queue.others.map((o) => `${o.count} ${STATUS_INFO[o.status].label.toLowerCase()}`).join(", ")}
          </summary>
          <ul className="mt-3 divide-y divide-slate-100">
            {others.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <Link href={`/partner/practices/${p.id}`} className="font-medium text-brand-700 underline">
                    {p.name}
                  </Link>
                  <span className="text-slate-600">
                    {" "}
                    · {p.city}, {p.state}
                  </span>
                </span>
                <StatusBadge status={p.status} />
              </li>
            ))}
          </ul>
          {others.length < otherCount && (
            <p className="mt-2 text-xs text-slate-500">Showing the {others.length} most recently changed.</p>
          )}
        </details>
      )}
    </>
  );
}

function LateCount({ items }: { items: QueueItem[] }) {
  const late = items.filter((i) => i.clock?.state === "late").length;
  return late ? <span className="mt-1 block text-xs font-semibold text-red-800">{late} late</span> : null;
}

function QueueSection({
  status,
  items,
  children,
}: {
  status: QueueGroupStatus;
  items: QueueItem[];
  children: (item: QueueItem) => ReactNode;
}) {
  const group = GROUPS[status];
  const headingId = `${group.anchor}-heading`;
  return (
    <section
      id={group.anchor}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-4 py-3 sm:px-5">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {group.title}{" "}
          <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm font-semibold text-slate-700">{items.length}</span>
        </h2>
        <p className="mt-1 text-sm text-slate-600">{group.intro}</p>
      </div>
      {items.length === 0 ? (
        <p className="px-4 py-4 text-sm text-slate-600 sm:px-5">{group.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.id} className="px-4 py-3 sm:px-5">
              <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                <h3 className="text-sm font-semibold">
                  <Link
                    href={`/partner/practices/${item.id}`}
                    className="text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700"
                  >
                    {item.name}
                  </Link>
                  <span className="font-normal text-slate-600">
                    {" "}
                    · {item.city}, {item.state}
                  </span>
                </h3>
                {item.clock && <ClockBadge state={item.clock.state} detail={item.clock.badge} />}
              </div>
              <div className="mt-1 text-sm text-slate-700">{children(item)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RowDetail({ item, now }: { item: QueueItem; now: Date }) {
  const tz = item.timeZone;
  switch (item.status) {
    case "QUEUED":
      return (
        <p>
          Queued {formatInZone(item.enteredAt, tz)}
          {item.clock && <> · invitation due by {formatInZone(item.clock.dueAt, tz)}</>}
        </p>
      );
    case "DETAILS_COMPLETE": {
      const tc = item.technicalContact;
      return (
        <dl className="grid gap-x-3 gap-y-0.5 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">Technical contact</dt>
          <dd>
            {tc ? (
              <>
                {tc.name ?? tc.email}
                {tc.phone && (
                  <>
                    {" "}
                    ·{" "}
                    <a href={`tel:${tc.phone}`} className="underline">
                      {tc.phone}
                    </a>
                  </>
                )}
              </>
            ) : (
              "Not named yet"
            )}
          </dd>
          <dt className="text-slate-500">Best hours</dt>
          <dd>{item.techContactHours ?? "Not given"}</dd>
          {item.clock && (
            <>
              <dt className="text-slate-500">Call by</dt>
              <dd>{formatInZone(item.clock.dueAt, tz)}</dd>
            </>
          )}
        </dl>
      );
    }
    case "INSTALL_SCHEDULED":
      return item.appointment ? (
        <p>
          Install <strong className="font-semibold">{formatInZone(item.appointment.startsAt, tz)}</strong>
          <span className="text-slate-500"> (practice time)</span>
          {item.technicalContact && <> · with {item.technicalContact.name ?? item.technicalContact.email}</>}
        </p>
      ) : (
        <p>No active appointment on record.</p>
      );
    case "INSTALLED": {
      const expected = item.expectedFirstDataAt;
      const overdue = expected && expected < now;
      return (
        <p>
          Installed {item.installedAt && formatInZone(item.installedAt, tz, { dateOnly: true })}
          {expected && (
            <>
              {" "}
              · first data expected by <strong className="font-semibold">{formatInZone(expected, tz, { dateOnly: true })}</strong>
              {overdue && (
                <span className="ml-2 font-semibold text-red-800">Expected date has passed: check the agent is running</span>
              )}
            </>
          )}
        </p>
      );
    }
  }
}

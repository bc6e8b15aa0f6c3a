// The partner's reconnect requests: Live practices whose agent went silent, with the technical
// contact to call and the session they booked. Each closes by itself on the next heartbeat.
import Link from "next/link";
import type { listReconnectRequests } from "@/lib/reconnect/book";
import { formatInZone } from "@/lib/format/dates";

type Requests = Awaited<ReturnType<typeof listReconnectRequests>>;

export function ReconnectRequests({ requests }: { requests: Requests }) {
  return (
    <section
      id="reconnect"
      aria-labelledby="reconnect-heading"
      className="mb-6 scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-4 py-3 sm:px-5">
        <h2 id="reconnect-heading" className="text-base font-semibold text-slate-900">
          Reconnect requests{" "}
          <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm font-semibold text-slate-700">
            {requests.length}
          </span>
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Live practices whose sync agent stopped reporting. Reconnect with the technical contact at the session they book; the
          request closes when the agent reports again.
        </p>
      </div>
      {requests.length === 0 ? (
        <p className="px-4 py-4 text-sm text-slate-600 sm:px-5">No agent needs reconnecting.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {requests.map((r) => {
            const tz = r.practice.timeZone;
            const tc = r.practice.technicalContact;
            return (
              <li key={r.id} className="px-4 py-3 text-sm sm:px-5">
                <h3 className="font-semibold">
                  <Link href={`/partner/practices/${r.practice.id}`} className="text-brand-700 underline underline-offset-2">
                    {r.practice.name}
                  </Link>
                  <span className="font-normal text-slate-600">{` · ${r.practice.city}, ${r.practice.state}`}</span>
                </h3>
                <p className="mt-1 text-slate-700">
                  {`Agent silent since the case opened ${formatInZone(r.openedAt, tz)}. `}
                  {r.appointment?.status === "SCHEDULED" ? (
                    <strong className="font-semibold">{`Session booked: ${formatInZone(r.appointment.startsAt, tz)}`}</strong>
                  ) : (
                    "Waiting for the technical contact to book a session."
                  )}
                </p>
                {tc && (
                  <p className="text-slate-600">{`Technical contact: ${tc.name ?? tc.email}${tc.phone ? ` · ${tc.phone}` : ""}`}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

// The partner's install slots: publish back-to-back slots, see which are booked and by whom,
// delete unbooked ones. Times show in one zone the partner picks (?tz=), booked ones also in the
// practice's own zone.
import type { Metadata } from "next";
import Link from "next/link";
import { DeleteSlotButton } from "@/components/partner/delete-slot-button";
import { PublishSlotsForm } from "@/components/partner/publish-slots-form";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { PREVIOUS_BOOKING_LABELS } from "@/lib/onboarding/appointment-labels";
import { US_TIME_ZONES } from "@/lib/onboarding/schemas";
import { dayKey, formatDay, formatTimeRange } from "@/lib/format/dates";
import { listPartnerSlots, partnerHomeZone, type PartnerSlot } from "@/lib/partner/queries";
import { zoneLabel } from "@/lib/partner/schemas";
import { requirePartner } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Install slots" };

const ZONES = US_TIME_ZONES.map(([zone]) => zone) as readonly string[];

export default async function PartnerSlotsPage({ searchParams }: { searchParams: Promise<{ tz?: string }> }) {
  const { tz: asked } = await searchParams;
  const user = await requirePartner("/partner/slots");
  const now = new Date();
  const [slots, homeZone] = await Promise.all([listPartnerSlots(user, now), partnerHomeZone(user)]);
  const tz = asked && ZONES.includes(asked) ? asked : ZONES.includes(homeZone) ? homeZone : "America/New_York";
  const booked = slots.filter((s) => s.bookedBy).length;

  const days = new Map<string, PartnerSlot[]>();
  for (const slot of slots) {
    const key = dayKey(slot.startsAt, tz);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }

  return (
    <>
      <PageHeader
        title="Install slots"
        subtitle="Technical contacts book these times for the agent install. Publish enough to book within 24 hours of a practice's details being complete."
        actions={
          <Link href="/partner" className="text-sm font-semibold text-brand-700 underline">
            Request queue
          </Link>
        }
      />
      <div className="grid gap-5 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <Card title="Publish slots">
            <PublishSlotsForm defaultZone={tz} today={dayKey(now, tz)} />
          </Card>
        </div>

        <section
          aria-labelledby="upcoming-heading"
          className="rounded-lg border border-slate-200 bg-white shadow-sm lg:col-span-3"
        >
          <div className="flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-5">
            <div>
              <h2 id="upcoming-heading" className="text-base font-semibold text-slate-900">
                Upcoming slots
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {slots.length === 0
                  ? "None published."
                  : `${slots.length} upcoming: ${booked} booked, ${slots.length - booked} open.`}
              </p>
            </div>
            <form method="get" className="flex items-end gap-2">
              <div>
                <label htmlFor="show-tz" className="block text-xs font-medium text-slate-700">
                  Show times in
                </label>
                <select
                  id="show-tz"
                  name="tz"
                  defaultValue={tz}
                  className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                >
                  {US_TIME_ZONES.map(([zone, label]) => (
                    <option key={zone} value={zone}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <Button type="submit" variant="secondary" className="px-3 py-1.5">
                Show
              </Button>
            </form>
          </div>

          {slots.length === 0 ? (
            <p className="px-4 py-4 text-sm text-slate-600 sm:px-5">
              No upcoming slots. Slots you publish appear here by day; booked ones show the practice that booked them.
            </p>
          ) : (
            <div className="divide-y divide-slate-200">
              {[...days].map(([key, daySlots]) => (
                <div key={key} className="px-4 py-3 sm:px-5">
                  <h3 className="text-sm font-semibold text-slate-900">{formatDay(daySlots[0].startsAt, tz)}</h3>
                  <ul className="mt-2 space-y-2">
                    {daySlots.map((slot) => {
                      const when = formatTimeRange(slot.startsAt, slot.endsAt, tz);
                      return (
                        <li
                          key={slot.id}
                          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-100 px-3 py-2"
                        >
                          <div className="min-w-0 text-sm">
                            <span className="font-medium text-slate-900">{when}</span>
                            {slot.bookedBy ? (
                              <span className="block text-slate-700 sm:inline">
                                <span className="mx-1 hidden sm:inline" aria-hidden="true">
                                  ·
                                </span>
                                <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900">
                                  Booked
                                </span>{" "}
                                by{" "}
                                <Link href={`/partner/practices/${slot.bookedBy.id}`} className="text-brand-700 underline">
                                  {slot.bookedBy.name}
                                </Link>
                                {slot.bookedBy.timeZone !== tz && (
                                  <span className="text-slate-500">
                                    {" "}
                                    ({formatTimeRange(slot.startsAt, slot.endsAt, slot.bookedBy.timeZone)} practice time)
                                  </span>
                                )}
                              </span>
                            ) : (
                              <>
                                <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">
                                  Open
                                </span>
                                {slot.previousBooking && (
                                  <span className="block text-xs text-slate-500 sm:ml-2 sm:inline">
                                    again; was booked by {slot.previousBooking.practice.name} (
                                    {PREVIOUS_BOOKING_LABELS[slot.previousBooking.status]})
                                  </span>
                                )}
                              </>
                            )}
                          </div>
                          {slot.deletable ? (
                            <DeleteSlotButton slotId={slot.id} when={`${formatDay(slot.startsAt, tz)}, ${when}`} />
                          ) : (
                            !slot.bookedBy && <span className="text-xs text-slate-500">Cannot delete: has booking history</span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
          )}
          <p className="border-t border-slate-200 px-4 py-2 text-xs text-slate-500 sm:px-5">Times in {zoneLabel(tz)}.</p>
        </section>
      </div>
    </>
  );
}

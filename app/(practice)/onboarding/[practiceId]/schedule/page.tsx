// Step 4: the technical contact books the install from the partner's open slots, shown in the
// practice's own time zone; once booked they can move or cancel it with a reason.
import { requirePracticeUser } from "@/lib/auth/guards";
import { getPracticeOverview } from "@/lib/onboarding/queries";
import { openSlots } from "@/lib/onboarding/install";
import { can } from "@/lib/auth/permissions";
import { agentInstalled, bookingOpen } from "@/lib/onboarding/windows";
import { formatInZone } from "@/lib/format/dates";
import { BookForm, CancelForm, RescheduleForm, type SlotDay } from "@/components/onboarding/schedule-forms";
import { Card, Notice } from "@/components/ui/card";

export default async function SchedulePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const { roles } = await requirePracticeUser(`/onboarding/${practiceId}/schedule`, practiceId);
  const { practice, appointment } = await getPracticeOverview(practiceId);
  const canBook = can(roles, "install:book");
  const slots = canBook ? await openSlots(practice.partnerId) : [];
  const dayFmt = new Intl.DateTimeFormat("en-US", { timeZone: practice.timeZone, weekday: "long", month: "long", day: "numeric" });
  const timeFmt = new Intl.DateTimeFormat("en-US", { timeZone: practice.timeZone, hour: "numeric", minute: "2-digit" });
  const zoneFmt = new Intl.DateTimeFormat("en-US", { timeZone: practice.timeZone, timeZoneName: "short" });
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const day = dayFmt.format(slot.startsAt);
    const zone = zoneFmt.formatToParts(slot.startsAt).find((p) => p.type === "timeZoneName")?.value ?? "";
    const label = `${timeFmt.format(slot.startsAt)} – ${timeFmt.format(slot.endsAt)} ${zone}`;
    if (days.at(-1)?.day !== day) days.push({ day, slots: [] });
    days.at(-1)!.slots.push({ id: slot.id, label });
  }

  if (!bookingOpen(practice.status)) {
    return (
      <Card title="Install appointment">
        <Notice>
          {appointment
            ? `The install is booked for ${formatInZone(appointment.startsAt, practice.timeZone)}.`
            : agentInstalled(practice.status)
              ? "The sync agent is installed."
              : "Booking opens once the practice information, technical contact and license agreement are complete."}
        </Notice>
      </Card>
    );
  }
  if (!canBook) {
    return (
      <Card title="Install appointment">
        <Notice>
          {appointment
            ? `Booked for ${formatInZone(appointment.startsAt, practice.timeZone)}.`
            : `${practice.technicalContact?.name ?? "The technical contact"} books the install. ${practice.partner.name} will contact them within 24 hours.`}
        </Notice>
      </Card>
    );
  }
  return (
    <div className="space-y-5">
      {appointment ? (
        <>
          <Card title="Your install appointment">
            <p className="text-lg font-semibold">{formatInZone(appointment.startsAt, practice.timeZone)}</p>
            <p className="text-sm text-slate-600">until {formatInZone(appointment.endsAt, practice.timeZone)} · times in the practice&apos;s time zone ({practice.timeZone})</p>
            <p className="mt-2 text-sm text-slate-700">Please be available with access to the Cornerstone server. A calendar invite was emailed to you.</p>
          </Card>
          <Card title="Move to another time"><RescheduleForm practiceId={practiceId} days={days} /></Card>
          <Card title="Cancel the appointment"><CancelForm practiceId={practiceId} /></Card>
        </>
      ) : (
        <Card title="Book the install">
          <p className="mb-4 text-sm text-slate-600">{practice.partner.name} installs the sync agent on the practice server. Each appointment takes about two hours. Times are shown in the practice&apos;s time zone ({practice.timeZone}).</p>
          <BookForm practiceId={practiceId} days={days} />
        </Card>
      )}
    </div>
  );
}

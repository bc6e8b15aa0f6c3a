import { requirePracticeUser } from "@/lib/auth/guards";
import { getPracticeOverview } from "@/lib/onboarding/queries";
import { can } from "@/lib/auth/permissions";
import { detailsEditable } from "@/lib/onboarding/windows";
import { TechnicalContactForm } from "@/components/onboarding/technical-contact-form";
import { Card, Notice } from "@/components/ui/card";

export default async function TechnicalContactPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const { user, roles } = await requirePracticeUser(`/onboarding/${practiceId}/technical-contact`, practiceId);
  const { practice } = await getPracticeOverview(practiceId);
  const editable = can(roles, "wizard:technical-contact") && detailsEditable(practice.status);
  const tech = practice.technicalContact;
  const self = Boolean(tech && tech.id === user.id);
  return (
    <Card title="Technical contact">
      <p className="mb-4 text-sm text-slate-600">
        The person who schedules and attends the sync agent install, usually your IT person or practice manager.
      </p>
      {!editable && (
        <div className="mb-4">
          <Notice>
            {can(roles, "wizard:technical-contact")
              ? "The technical contact is settled for this step."
              : "Only the primary contact names the technical contact."}
          </Notice>
        </div>
      )}
      <TechnicalContactForm
        practiceId={practiceId}
        readOnly={!editable}
        defaults={{
          self,
          name: self ? "" : (tech?.name ?? ""),
          email: self ? "" : (tech?.email ?? ""),
          phone: tech?.phone ?? "",
          hours: practice.techContactHours ?? "",
        }}
      />
    </Card>
  );
}

import { requirePracticeUser } from "@/lib/auth/guards";
import { getPracticeOverview } from "@/lib/onboarding/queries";
import { can } from "@/lib/auth/permissions";
import { detailsEditable } from "@/lib/onboarding/windows";
import { PracticeInfoForm } from "@/components/onboarding/practice-info-form";
import { Card, Notice } from "@/components/ui/card";

export default async function PracticeInfoPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const { roles } = await requirePracticeUser(`/onboarding/${practiceId}/info`, practiceId);
  const { practice, progress } = await getPracticeOverview(practiceId);
  const editable = can(roles, "wizard:practice-info") && detailsEditable(practice.status);
  return (
    <Card title="Practice information">
      <p className="mb-4 text-sm text-slate-600">Check what the pharmacy has on file and correct anything out of date.</p>
      {progress.info && (
        <div className="mb-4">
          <Notice tone="success">Confirmed. You can still correct it until the install is booked.</Notice>
        </div>
      )}
      {!editable && (
        <div className="mb-4">
          <Notice>
            {can(roles, "wizard:practice-info")
              ? "These details are settled for this step."
              : "Only the primary contact edits these details."}
          </Notice>
        </div>
      )}
      <PracticeInfoForm
        practiceId={practiceId}
        readOnly={!editable}
        defaults={{
          name: practice.name,
          address1: practice.address1,
          address2: practice.address2 ?? "",
          city: practice.city,
          state: practice.state,
          postalCode: practice.postalCode,
          phone: practice.phone,
          timeZone: practice.timeZone,
          pimsVersion: practice.pimsVersion,
          approxClients: practice.approxClients,
        }}
      />
    </Card>
  );
}

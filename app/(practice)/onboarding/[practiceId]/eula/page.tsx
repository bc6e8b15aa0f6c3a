import { requirePracticeUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getPracticeOverview } from "@/lib/onboarding/queries";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { EulaForm } from "@/components/onboarding/eula-form";
import { Card, Notice } from "@/components/ui/card";

export default async function EulaPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const { user, roles } = await requirePracticeUser(`/onboarding/${practiceId}/eula`, practiceId);
  const { practice, progress, eula } = await getPracticeOverview(practiceId);
  if (!eula) return <Notice tone="warning">No license agreement is published yet.</Notice>;
  const acceptance = await db.eulaAcceptance.findUnique({
    where: { practiceId_eulaVersionId: { practiceId, eulaVersionId: eula.id } },
    include: { user: { select: { name: true } } },
  });
  return (
    <Card title={`${eula.title} (version ${eula.version})`}>
      {progress.eulaOutdated && (
        <div className="mb-4">
          <Notice tone="warning">
            This is a new version of the agreement your practice accepted before. Please read it and accept again.
          </Notice>
        </div>
      )}
      <div
        tabIndex={0}
        aria-label="Agreement text"
        className="mb-5 max-h-80 overflow-y-auto whitespace-pre-line rounded-md border border-slate-200 bg-slate-50 p-4 text-sm leading-relaxed"
      >
        {eula.body}
      </div>
      {acceptance ? (
        <Notice tone="success">
          Accepted by {acceptance.typedName} on {formatDateTime(acceptance.acceptedAt, practice.timeZone)}.
        </Notice>
      ) : can(roles, "wizard:eula") && practice.status !== "CANCELLED" ? (
        <EulaForm practiceId={practiceId} eulaVersionId={eula.id} defaultName={user.name ?? ""} />
      ) : (
        <Notice>The primary contact accepts the agreement.</Notice>
      )}
    </Card>
  );
}

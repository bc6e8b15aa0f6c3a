// The practice wizard: the step rail beside whichever step page is open. Each part saves on the
// server, so a person can leave and continue days later, from any device.
import Link from "next/link";
import { requirePracticeUser } from "@/lib/auth/guards";
import { getPracticeOverview, practicesOfPerson } from "@/lib/onboarding/queries";
import { PracticeSwitcher } from "@/components/onboarding/practice-switcher";
import { detailsParts, stepViews } from "@/lib/onboarding/next-step";
import { StepRail } from "@/components/onboarding/step-rail";
import { StatusBadge } from "@/components/ui/badges";

export default async function WizardLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const { roles, user } = await requirePracticeUser(`/onboarding/${practiceId}`, practiceId);
  const [{ practice, progress }, myPractices] = await Promise.all([getPracticeOverview(practiceId), practicesOfPerson(user)]);
  const steps = stepViews(practice.status, practice.resumeStatus, roles, practice.partner.name);
  const showParts = roles.includes("primary") || roles.includes("staff");
  return (
    <div>
      <PracticeSwitcher practices={myPractices} currentId={practiceId} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <Link href={`/onboarding/${practiceId}`} className="hover:underline">
            {practice.name}
          </Link>
        </h1>
        <StatusBadge status={practice.status} />
        <span className="text-sm text-slate-600">PIMS integration with {practice.partner.name}</span>
      </div>
      <div className="grid gap-6 md:grid-cols-[18rem_1fr]">
        <aside className="rounded-lg border border-slate-200 bg-white p-3 md:self-start">
          <StepRail steps={steps} parts={showParts ? detailsParts(progress) : undefined} basePath={`/onboarding/${practiceId}`} />
        </aside>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}

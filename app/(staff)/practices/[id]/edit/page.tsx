// Staff correct a practice after creating it: every field of the creation form, the primary
// contact, the staff owner, and the partner while the partner has not acted yet.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPractice } from "@/lib/auth/guards";
import { getPracticeEditForm } from "@/lib/onboarding/edit-form";
import { Card, PageHeader } from "@/components/ui/card";
import { EditPracticeForm } from "@/components/practice/edit-practice-form";

export const metadata: Metadata = { title: "Edit practice" };

export default async function EditPracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPractice(`/practices/${id}/edit`, id);
  const { practice, ...form } = await getPracticeEditForm(id);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Edit ${practice.name}`}
        subtitle="Each change is recorded on the practice's timeline with who made it, and the value before and after."
        actions={
          <Link className="text-sm underline" href={`/practices/${id}`}>
            Back to practice
          </Link>
        }
      />
      <Card>
        <EditPracticeForm practiceId={id} {...form} />
      </Card>
    </div>
  );
}

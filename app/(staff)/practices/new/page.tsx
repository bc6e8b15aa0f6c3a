import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { requireStaff } from "@/lib/auth/guards";
import { Card, PageHeader } from "@/components/ui/card";
import { CreatePracticeForm } from "@/components/practice/create-practice-form";

export const metadata: Metadata = { title: "New practice" };

export default async function NewPracticePage() {
  await requireStaff("/practices/new");
  const partners = await db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="New practice"
        subtitle="Step 1: prepare the practice. After the prep checklist, add it to the partner queue."
      />
      <Card>
        <CreatePracticeForm partners={partners} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { Card, PageHeader } from "@/components/ui/card";
import { CreatePracticeForm } from "@/components/practice/create-practice-form";

export const metadata: Metadata = { title: "New practice" };

export default async function NewPracticePage() {
  const user = await requireUser("/practices/new");
  if (user.role !== "STAFF") notFound();
  const partners = await db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return (
    <div className="max-w-3xl">
      <PageHeader title="New practice" subtitle="Step 1: prepare the practice. After the prep checklist, add it to the partner queue." />
      <Card><CreatePracticeForm partners={partners} /></Card>
    </div>
  );
}

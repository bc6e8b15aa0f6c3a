import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { requireStaff } from "@/lib/auth/guards";
import { accountLabel } from "@/lib/auth/actor";
import { Card, PageHeader } from "@/components/ui/card";
import { InviteUserForm } from "@/components/users/invite-user-form";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireStaff("/users");
  const [partners, people] = await Promise.all([
    db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { role: { in: ["STAFF", "PARTNER"] } },
      orderBy: [{ role: "asc" }, { name: "asc" }],
      include: { partner: { select: { name: true } } },
    }),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Users"
        subtitle="Onboarding team and partner technicians. Practice contacts are invited from their practice."
      />
      <Card title="Invite someone">
        <InviteUserForm partners={partners} />
      </Card>
      <Card title={`People (${people.length})`}>
        {/* On a phone the table scrolls inside its box, never the page. */}
        <div role="region" aria-label="Staff and partner users" tabIndex={0} className="overflow-x-auto">
          <table className="w-full text-left text-sm [&_td]:pr-3 [&_th]:pr-3">
            <caption className="sr-only">Staff and partner users</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">
                  Name
                </th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Signed in</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className="border-b border-slate-100">
                  <td className="py-2">{p.name}</td>
                  <td className="[overflow-wrap:anywhere]">{p.email}</td>
                  <td>{accountLabel(p)}</td>
                  <td>{p.emailVerified ? "yes" : "not yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}

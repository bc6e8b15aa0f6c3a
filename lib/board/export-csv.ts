// The board table's filtered rows as CSV: the same filters and order as the page, every page.
import { stringify } from "csv-stringify/sync";
import { STATUS_INFO } from "@/lib/onboarding/journey";
import type { BoardTableFilters } from "./filters";
import { listAllTablePractices } from "./queries";

const EXPORT_COLUMNS = [
  "id",
  "slug",
  "name",
  "city",
  "state",
  "postal_code",
  "phone",
  "time_zone",
  "status",
  "status_label",
  "in_status_since",
  "due_at",
  "late",
  "owner",
  "partner",
  "primary_contact",
  "primary_email",
  "approx_clients",
  "hold_or_cancel_reason",
] as const;

export async function boardTableCsv(filters: BoardTableFilters, now: Date): Promise<string> {
  const rows = await listAllTablePractices(filters, now);
  return stringify(
    rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      city: r.city,
      state: r.state,
      postal_code: r.postalCode,
      phone: r.phone,
      time_zone: r.timeZone,
      status: r.status,
      status_label: STATUS_INFO[r.status].label,
      in_status_since: r.statusChangedAt.toISOString(),
      due_at: r.dueAt?.toISOString() ?? "",
      late: r.dueAt && r.dueAt < now ? "Y" : "N",
      owner: r.owner?.name ?? r.owner?.email ?? "",
      partner: r.partner.name,
      primary_contact: r.primaryContact?.name ?? "",
      primary_email: r.primaryContact?.email ?? "",
      approx_clients: r.approxClients,
      hold_or_cancel_reason: r.sideReason ?? "",
    })),
    { header: true, columns: [...EXPORT_COLUMNS] },
  );
}

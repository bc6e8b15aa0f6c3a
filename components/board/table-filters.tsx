// The table's filter form. A plain GET form: the URL carries the filters, so views can be
// bookmarked and shared, and the form works before (or without) any JavaScript.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { UNASSIGNED, type BoardTableFilters } from "@/lib/board/filters";
import { STATUSES, STATUS_INFO } from "@/lib/onboarding/journey";

type Props = {
  filters: BoardTableFilters;
  owners: { id: string; name: string | null; email: string }[];
  partners: { id: string; name: string }[];
};

export function TableFilters({ filters, owners, partners }: Props) {
  return (
    <form
      method="get"
      action="/board/table"
      aria-label="Filter practices"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {/* Keep the chosen order when the filters change; the page goes back to 1 (not sent). */}
      <input type="hidden" name="sort" value={filters.sort} />
      <input type="hidden" name="dir" value={filters.dir} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label="Search"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          hint="Practice name, city or slug"
          maxLength={100}
        />
        <SelectField label="Owner (onboarding team)" name="ownerId" defaultValue={filters.ownerId ?? ""}>
          <option value="">Anyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name ?? o.email}
            </option>
          ))}
        </SelectField>
        <SelectField label="Integration partner" name="partnerId" defaultValue={filters.partnerId ?? ""}>
          <option value="">All partners</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end pb-2">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              name="lateOnly"
              value="1"
              defaultChecked={filters.lateOnly}
              className="h-4 w-4 rounded border-slate-300"
            />
            Late practices only
          </label>
        </div>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">
          Status <span className="font-normal text-slate-500">(tick none to see every status)</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-1.5 text-sm text-slate-700">
              <input
                type="checkbox"
                name="status"
                value={status}
                defaultChecked={filters.status.includes(status)}
                className="h-4 w-4 rounded border-slate-300"
              />
              {STATUS_INFO[status].label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">Apply filters</Button>
        <Link href="/board/table" className="text-sm text-slate-700 underline underline-offset-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

// The fleet page's filter form: a plain GET form, so the URL carries the view.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { NONE, type FleetFilters } from "@/lib/health/fleet-filters";
import { HEALTH_LABELS, HEALTH_STATES } from "@/lib/health/rule";

type Props = {
  filters: FleetFilters;
  owners: { id: string; name: string | null; email: string }[];
  partners: { id: string; name: string }[];
  agentVersions: string[];
};

export function FleetFiltersForm({ filters, owners, partners, agentVersions }: Props) {
  return (
    <form
      method="get"
      action="/integrations"
      aria-label="Filter integrations"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <input type="hidden" name="sort" value={filters.sort} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Integration partner" name="partnerId" defaultValue={filters.partnerId ?? ""}>
          <option value="">All partners</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Owner (onboarding team)" name="ownerId" defaultValue={filters.ownerId ?? ""}>
          <option value="">Anyone</option>
          <option value={NONE}>Unassigned</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name ?? o.email}
            </option>
          ))}
        </SelectField>
        <SelectField label="Agent version" name="agentVersion" defaultValue={filters.agentVersion ?? ""}>
          <option value="">Any version</option>
          <option value={NONE}>Not reported</option>
          {agentVersions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">
          Health <span className="font-normal text-slate-500">(tick none to see all)</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {HEALTH_STATES.map((state) => (
            <label key={state} className="flex items-center gap-1.5 text-sm text-slate-700">
              <input
                type="checkbox"
                name="state"
                value={state}
                defaultChecked={filters.state.includes(state)}
                className="h-4 w-4 rounded border-slate-300"
              />
              {HEALTH_LABELS[state]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">Apply filters</Button>
        <Link href="/integrations" className="text-sm text-slate-700 underline underline-offset-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

// A sortable column header: a real link (keyboard and middle-click work), with aria-sort on the
// column the table is currently sorted by.
import Link from "next/link";
import { boardTableHref, DEFAULT_DIR, type BoardTableFilters, type SortKey } from "@/lib/board/filters";

type Props = { label: string; sortKey: SortKey; filters: BoardTableFilters; align?: "left" | "right" };

export function SortHeader({ label, sortKey, filters, align = "left" }: Props) {
  const active = filters.sort === sortKey;
  // Clicking the sorted column flips it; another column starts in its natural direction.
  const dir = active ? (filters.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sortKey];
  const arrow = active ? (filters.dir === "asc" ? "▲" : "▼") : "↕";
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`whitespace-nowrap px-3 py-2 ${align === "right" ? "text-right" : "text-left"}`}
    >
      <Link
        href={boardTableHref({ ...filters, sort: sortKey, dir, page: 1 })}
        className="inline-flex items-center gap-1 font-semibold text-slate-800 hover:text-brand-700"
      >
        {label}
        <span aria-hidden="true" className={active ? "text-slate-800" : "text-slate-400"}>
          {arrow}
        </span>
      </Link>
    </th>
  );
}

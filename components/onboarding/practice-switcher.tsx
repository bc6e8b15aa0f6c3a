// A practice person can be a contact of several practices (a technical contact who looks after
// more than one clinic's server): this lists them so they can move between them. Shown only when
// there is more than one; the current practice is marked for screen readers too.
import Link from "next/link";

export function PracticeSwitcher({ practices, currentId }: { practices: { id: string; name: string }[]; currentId: string }) {
  if (practices.length < 2) return null;
  return (
    <nav aria-label="Your practices" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Your practices:</span>
      {practices.map((p) => (
        <Link
          key={p.id}
          href={`/onboarding/${p.id}`}
          aria-current={p.id === currentId ? "page" : undefined}
          className={
            p.id === currentId
              ? "rounded-full bg-brand-700 px-3 py-1 font-medium text-white"
              : "rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:border-brand-700"
          }
        >
          {p.name}
        </Link>
      ))}
    </nav>
  );
}

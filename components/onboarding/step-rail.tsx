"use client";
// The wizard's step rail: the six journey steps with done / current / waiting-on-someone-else,
// and under step 3 its three parts, each a link.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { StepView } from "@/lib/onboarding/next-step";

const MARK = { done: "✓", current: "●", waiting: "…", upcoming: "" } as const;
const STYLE = {
  done: "border-emerald-600 bg-emerald-600 text-white",
  current: "border-brand-700 bg-white text-brand-700",
  waiting: "border-amber-500 bg-amber-50 text-amber-700",
  upcoming: "border-slate-300 bg-white text-slate-400",
} as const;
const STATE_TEXT = { done: "done", current: "your turn", waiting: "waiting on someone else", upcoming: "not started" } as const;

export function StepRail({
  steps,
  parts,
  basePath,
}: {
  steps: StepView[];
  parts?: { key: string; title: string; done: boolean; href: string }[];
  basePath: string;
}) {
  const pathname = usePathname();
  const activePart = parts?.find((part) => pathname.endsWith(`/${part.href}`))?.key;
  return (
    <nav aria-label="Integration steps">
      <ol className="space-y-1">
        {steps.map((step) => (
          <li key={step.number}>
            <div
              className="flex gap-3 rounded-md p-2"
              aria-current={step.state === "current" || step.state === "waiting" ? "step" : undefined}
            >
              <span
                aria-hidden="true"
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${STYLE[step.state]}`}
              >
                {MARK[step.state] || step.number}
              </span>
              <div className="min-w-0">
                <p className={`text-sm font-semibold ${step.state === "upcoming" ? "text-slate-500" : "text-slate-900"}`}>
                  {step.number}. {step.title}
                  <span className="sr-only"> ({STATE_TEXT[step.state]})</span>
                </p>
                {step.owner && (
                  <p className={`text-xs ${step.state === "waiting" ? "text-amber-800" : "text-brand-700"}`}>
                    {step.state === "waiting" ? `Waiting on: ${step.owner}` : `Your turn (${step.owner})`}
                  </p>
                )}
              </div>
            </div>
            {step.number === 3 && parts && (
              <ul className="ml-12 space-y-1 pb-1">
                {parts.map((part) => (
                  <li key={part.key}>
                    <Link
                      href={`${basePath}/${part.href}`}
                      aria-current={activePart === part.key ? "page" : undefined}
                      className={`flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100 ${activePart === part.key ? "bg-slate-100 font-semibold" : ""}`}
                    >
                      <span aria-hidden="true" className={part.done ? "text-emerald-700" : "text-slate-400"}>
                        {part.done ? "✓" : "○"}
                      </span>
                      {part.title}
                      <span className="sr-only">{part.done ? " (done)" : " (to do)"}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

"use client";
// The review queue: every change the PIMS sent that waits for staff. What was just decided is
// announced in one polite live region, since the reviewed change leaves the list.
import { useState } from "react";
import { ChangeReview } from "./change-review";
import type { ChangeView } from "./change-view";

export function PendingChanges({ practiceId, changes }: { practiceId: string; changes: ChangeView[] }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div>
      <div aria-live="polite" role="status">
        {message && (
          <p className="mb-3 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">{message}</p>
        )}
      </div>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600">
          Nothing waits for review. Name, address, phone and pet name changes from the PIMS appear here.
        </p>
      ) : (
        <ul className="space-y-4">
          {changes.map((change) => (
            <li key={change.id}>
              <ChangeReview practiceId={practiceId} change={change} onDone={setMessage} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

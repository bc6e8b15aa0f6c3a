"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { updateChecklistAction } from "@/lib/onboarding/actions";
import { PREP_CHECKLIST } from "@/lib/onboarding/prep-checklist";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";

export function ChecklistForm({ practiceId, ticked, editable }: { practiceId: string; ticked: string[]; editable: boolean }) {
  const router = useRouter();
  const [items, setItems] = useState(new Set(ticked));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await updateChecklistAction({ practiceId, items: [...items] });
          setMessage(result.ok ? { ok: true, text: "Checklist saved." } : { ok: false, text: result.error });
          if (result.ok) router.refresh();
        });
      }}
      className="space-y-3"
    >
      <fieldset disabled={!editable}>
        <legend className="sr-only">Cornerstone prep checklist</legend>
        <ul className="space-y-2">
          {PREP_CHECKLIST.map((item) => (
            <li key={item.key}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={items.has(item.key)}
                  onChange={(e) => {
                    const next = new Set(items);
                    if (e.target.checked) next.add(item.key);
                    else next.delete(item.key);
                    setItems(next);
                  }}
                />
                {item.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {message && <Notice tone={message.ok ? "success" : "error"}>{message.text}</Notice>}
      {editable && (
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : `Save checklist (${items.size} of ${PREP_CHECKLIST.length})`}
        </Button>
      )}
    </form>
  );
}

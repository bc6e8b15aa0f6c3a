"use client";
// One polite live region for a list whose rows can disappear after an action (an unmerged pair
// leaves the merged list on refresh): the message outlives the row, and focus moves to it so a
// keyboard user is not dropped at the top of the page.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function useAnnounce() {
  return useContext(AnnounceContext);
}

export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const announce = useCallback((text: string) => {
    setMessage(text);
    requestAnimationFrame(() => region.current?.focus());
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      <div ref={region} tabIndex={-1} role="status" aria-live="polite" className="outline-none">
        {message && (
          <p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">{message}</p>
        )}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}

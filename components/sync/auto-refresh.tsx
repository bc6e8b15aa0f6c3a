"use client";
// Refreshes the server-rendered page every few seconds while something is in progress (a first
// load), so the figures move without a reload; stops when the page no longer renders it.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return (
    <p className="sr-only" role="status">
      This page refreshes itself every {seconds} seconds while the first load runs.
    </p>
  );
}

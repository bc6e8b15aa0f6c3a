import { describe, expect, it } from "vitest";
import { installCard } from "./install-card";

const fmt = (d: Date) => d.toISOString().slice(0, 16);
const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
const appt = (
  id: string,
  status: "SCHEDULED" | "DONE" | "FAILED" | "CANCELLED" | "RESCHEDULED",
  h: number,
  reason: string | null = null,
) => ({ id, status, startsAt: at(h), endsAt: at(h + 2), reason, createdAt: at(h - 24) });

describe("the install card", () => {
  it("never says None booked above a done install", () => {
    const card = installCard([appt("a", "RESCHEDULED", 10, "painting"), appt("b", "DONE", 30)], at(31), fmt);
    expect(card.headline).toBe("Installed 2026-12-02T07:00 at the appointment of 2026-12-02T06:00");
    expect(card.headline).not.toMatch(/None booked/);
    expect(card.history.map((h) => h.label)).toEqual(["Done", "Moved to another time (painting)"]);
  });

  it("shows the booked time, then a failed last appointment as needing attention, then nothing", () => {
    expect(installCard([appt("a", "SCHEDULED", 10)], null, fmt)).toMatchObject({
      tone: "booked",
      headline: "Booked: 2026-12-01T10:00 to 2026-12-01T12:00",
      history: [],
    });
    expect(installCard([appt("a", "FAILED", 10, "no password")], null, fmt)).toMatchObject({
      tone: "attention",
      history: [{ label: "Failed (no password)" }],
    });
    expect(installCard([], null, fmt)).toMatchObject({ tone: "none", headline: "None booked." });
  });
});

// The edit event's words are written and read back by one module: what the timeline shows as
// "before → after" is exactly what editPractice (and the board's bulk owner change) stored.
import { describe, expect, it } from "vitest";
import { editNote, parseEditNote } from "./edit-note";
import { partnerChangeable } from "./windows";
import { manualReminderTarget } from "./reminders";

describe("edit notes", () => {
  it("reads back what it writes, quotes and brackets included", () => {
    const change = { what: "Primary contact", before: 'Pat "P" <pat@x.example>', after: "Nora New <nora@x.example>" };
    expect(editNote(change)).toBe(`Primary contact changed from "Pat "P" <pat@x.example>" to "Nora New <nora@x.example>"`);
    expect(parseEditNote(editNote(change))).toEqual({ ...change, suffix: null });
    expect(parseEditNote(editNote({ what: "Staff owner", before: "(none)", after: "Olivia" }, "bulk action"))).toEqual({
      what: "Staff owner",
      before: "(none)",
      after: "Olivia",
      suffix: "bulk action",
    });
  });

  it("reads the board's bulk owner note, and leaves other notes alone", () => {
    expect(parseEditNote('Staff owner changed from "Ann" to "Bo" (bulk action)')?.after).toBe("Bo");
    expect(parseEditNote("Practice created")).toBeNull();
    expect(parseEditNote(null)).toBeNull();
  });
});

describe("what staff may still change", () => {
  it("the partner until it has invited the practice, counting a held practice as the step it resumes to", () => {
    expect(partnerChangeable("DRAFT", null)).toBe(true);
    expect(partnerChangeable("QUEUED", null)).toBe(true);
    expect(partnerChangeable("INVITED", null)).toBe(false);
    expect(partnerChangeable("LIVE", null)).toBe(false);
    expect(partnerChangeable("ON_HOLD", "QUEUED")).toBe(true);
    expect(partnerChangeable("ON_HOLD", "INVITED")).toBe(false);
    expect(partnerChangeable("CANCELLED", null)).toBe(false);
  });

  it("a reminder by hand goes to the contact the step waits on", () => {
    expect(manualReminderTarget("INVITED")).toBe("primary");
    expect(manualReminderTarget("DETAILS_COMPLETE")).toBe("technical");
    expect(manualReminderTarget("INSTALL_SCHEDULED")).toBeNull();
    expect(manualReminderTarget("ON_HOLD")).toBeNull();
  });
});

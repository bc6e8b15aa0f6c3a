// Which part of the journey is open in which status. The domain functions refuse outside these
// windows and the pages decide from the same lists what to offer, so a page never shows a form
// the server would refuse.
import type { Status } from "./journey";

// The details (practice information, technical contact) can be corrected until the install is
// booked; after that they are settled.
const DETAILS_WINDOW: readonly Status[] = ["INVITED", "DETAILS_COMPLETE"];
// The install is booked, moved or cancelled from details complete until it has happened.
const BOOKING_WINDOW: readonly Status[] = ["DETAILS_COMPLETE", "INSTALL_SCHEDULED"];
// An agent key is issued at the install, once it is booked, and stays in use once live.
const AGENT_KEY_STATUSES: readonly Status[] = ["INSTALL_SCHEDULED", "INSTALLED", "LIVE"];
// The sync agent is in place.
const INSTALLED_STATUSES: readonly Status[] = ["INSTALLED", "LIVE"];
// The prep checklist is staff's to tick while the practice is being prepared (or held).
const CHECKLIST_WINDOW: readonly Status[] = ["DRAFT", "ON_HOLD"];
// The partner may change only before it has acted: its invitation goes out at Queued -> Invited.
// A held or cancelled practice counts as the step it would resume to.
const PARTNER_CHANGE_WINDOW: readonly Status[] = ["DRAFT", "QUEUED"];

export const detailsEditable = (status: Status) => DETAILS_WINDOW.includes(status);
export const bookingOpen = (status: Status) => BOOKING_WINDOW.includes(status);
export const agentKeysIssuable = (status: Status) => AGENT_KEY_STATUSES.includes(status);
export const agentInstalled = (status: Status) => INSTALLED_STATUSES.includes(status);
export const checklistEditable = (status: Status) => CHECKLIST_WINDOW.includes(status);
export const partnerChangeable = (status: Status, resumeStatus: Status | null) =>
  PARTNER_CHANGE_WINDOW.includes(status === "ON_HOLD" || status === "CANCELLED" ? (resumeStatus ?? status) : status);

"use server";
// The board table's bulk form: one action for assign owner, remind, hold and resume on the
// selected rows. Permissions are checked by runBulkAction, per act, for the whole selection.
import { revalidatePath } from "next/cache";
import { formAction, userAction } from "@/lib/action";
import { accountActor } from "@/lib/auth/actor";
import { bulkActionSchema, bulkInputFromForm, runBulkAction } from "./bulk";
import { describeBulkResult } from "./bulk-summary";

const bulkAction = userAction(bulkActionSchema, async (input, user) => {
  const result = await runBulkAction(accountActor(user), input);
  revalidatePath("/board");
  revalidatePath("/board/table");
  return { ok: true as const, data: result, message: describeBulkResult(input.action, result) };
});

export const bulkBoardAction = formAction(bulkAction, bulkInputFromForm);

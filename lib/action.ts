// The one way server actions are built: authenticate, parse input with the shared zod schema,
// (practiceAction: also resolve the practice and check the act's permission), run the domain
// function, and answer one result shape. Expected errors carry their message (and field errors)
// to the form; anything else is logged and answered generically.
import "server-only";
import { z } from "zod";
import "@/lib/validation/plain-messages";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { assertCan, practiceActor, type PracticeAccess } from "@/lib/auth/practice-actor";
import { UserFacingError } from "@/lib/errors";

export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof z.ZodError) {
    const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
  }
  if (error instanceof UserFacingError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  // Never log input: it may hold personal data or secrets.
  console.error("action failed:", error instanceof Error ? error.stack : error);
  return { ok: false, error: "Something went wrong on our side. Please try again." };
}

export function userAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<T | ActionResult<T>>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: "Your session has ended. Please sign in again." };
    try {
      const input = schema.parse(raw);
      const result = await handler(input, user);
      if (result && typeof result === "object" && "ok" in result) return result as ActionResult<T>;
      return { ok: true, data: result as T };
    } catch (error) {
      return toActionError(error);
    }
  };
}

/**
 * A server action on one practice: authenticates, parses, resolves the practice within the
 * user's scope (another tenant's practice is "not found"), checks the act's permission, then
 * runs the handler with the practice and the actor. The domain function keeps its own check
 * too, for callers that are not actions (the CLI). `permission` may depend on the input when
 * one action takes several acts.
 */
export function practiceAction<S extends z.ZodType<{ practiceId: string }>, T>(
  schema: S,
  permission: Permission | ((input: z.output<S>) => Permission),
  handler: (input: z.output<S>, access: PracticeAccess & { user: CurrentUser }) => Promise<T | ActionResult<T>>,
) {
  return userAction(schema, async (input, user) => {
    const access = await practiceActor(user, input.practiceId);
    assertCan(access.actor, typeof permission === "function" ? permission(input) : permission);
    return handler(input, { ...access, user });
  });
}

/** What a form's useActionState holds: null before the first submit. */
export type FormState<T = undefined> = ActionResult<T> | null;

/**
 * An action for a form through useActionState: React calls it with the previous state and the
 * form's FormData, also when the form is posted before (or without) JavaScript, and the page is
 * then rendered with the returned state. A caller that is not a form (a script, a test) passes
 * the input object itself.
 */
export function formAction<I, T>(action: (raw: I) => Promise<ActionResult<T>>, fromForm: (form: FormData) => I) {
  return async (_previous: FormState<T>, payload: FormData | I): Promise<ActionResult<T>> =>
    action(payload instanceof FormData ? fromForm(payload) : payload);
}

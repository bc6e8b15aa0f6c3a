// Expected failures a person can act on. Actions and route handlers show their message as is;
// any other error is logged and answered with a generic message (see lib/action.ts).
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: "invalid" | "forbidden" | "not_found" | "conflict" = "invalid",
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what = "Page") {
    super(`${what} not found.`, "not_found");
  }
}

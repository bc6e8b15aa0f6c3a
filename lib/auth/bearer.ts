// The secret of an "Authorization: Bearer <secret>" header, shared by the agent-key and service-key checks.
export function bearerToken(request: Request): string | null {
  return (request.headers.get("authorization") ?? "").match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
}

// The two ways PIMS Link runs, and what each refuses to start without. One module owns the rule;
// scripts/start.ts checks it before anything starts, lib/config.ts answers from it at run time.
//
//   demo        `npm start` with no configuration. Demo users and the demo mailbox (which shows
//               every sign-in link to whoever opens it) exist, so it listens on loopback only and
//               refuses an APP_URL that is not local: nobody but this machine can reach it.
//   production  PIMS_LINK_ENV=production. No demo users, no mailbox: email goes over SMTP_URL or
//               not at all (an email that was not delivered stays undelivered, never "sent").
//               Links and cookies come from APP_URL (https gives Secure cookies and HSTS).
export type Mode = "demo" | "production";

type Env = Record<string, string | undefined>;

export function modeOf(env: Env = process.env): Mode {
  return env.PIMS_LINK_ENV === "production" ? "production" : "demo";
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return LOOPBACK_HOSTS.has(host) || host.endsWith(".localhost");
  } catch {
    return false;
  }
}

function isHttpUrl(url: string) {
  try {
    return ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Everything wrong with this configuration for its mode, in words for the person starting it. */
export function startupProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  const value = env.PIMS_LINK_ENV;
  if (value && !["production", "demo"].includes(value))
    problems.push(`PIMS_LINK_ENV must be "production" or "demo" (or unset for demo), not "${value}".`);
  const appUrl = env.APP_URL;
  if (appUrl && !isHttpUrl(appUrl)) problems.push(`APP_URL must be an http(s) address, not "${appUrl}".`);
  if (modeOf(env) === "demo") {
    if (appUrl && isHttpUrl(appUrl) && !isLoopbackUrl(appUrl)) {
      problems.push(
        `Demo mode serves demo sign-ins and a mailbox anyone could read, so it runs on this machine only: APP_URL ${appUrl} is not a local address. Set PIMS_LINK_ENV=production (with SMTP_URL and NEXTAUTH_SECRET) to serve others.`,
      );
    }
    return problems;
  }
  if (!env.SMTP_URL)
    problems.push(
      "Production mode needs SMTP_URL: sign-in links and journey emails must reach people (there is no demo mailbox).",
    );
  if (!env.NEXTAUTH_SECRET)
    problems.push(
      "Production mode needs NEXTAUTH_SECRET (a random string of at least 32 characters): it signs sessions, sign-in and progress links.",
    );
  else if (env.NEXTAUTH_SECRET.length < 32) problems.push("NEXTAUTH_SECRET must be at least 32 characters long.");
  if (!appUrl)
    problems.push(
      "Production mode needs APP_URL, the address people open (e.g. https://pimslink.example.com): links in emails and the sign-in callback are built from it.",
    );
  if (env.NEXTAUTH_URL && appUrl && env.NEXTAUTH_URL.replace(/\/$/, "") !== appUrl.replace(/\/$/, "")) {
    problems.push("NEXTAUTH_URL differs from APP_URL: leave NEXTAUTH_URL unset, it is derived from APP_URL.");
  }
  return problems;
}

/** Where the web server listens: loopback in demo mode; HOST (default all interfaces) in production. */
export function listenHost(env: Env = process.env): string {
  return modeOf(env) === "demo" ? "127.0.0.1" : env.HOST || "0.0.0.0";
}

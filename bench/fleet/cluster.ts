// The processes of a fleet run: N web processes (`next start`), N workers, an nginx from Debian
// in front of the web processes when there are several (its own config and prefix under .data/,
// run as a child process on a bench port), and an SMTP server that counts every email received.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type Proc = { name: string; child: ChildProcess; lines: string[] };

export const BENCH_PORTS = { webBase: 3201, lb: 3215, smtp: 3219 };

function startProc(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, keepLines = false): Proc {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const lines: string[] = [];
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    if (!keepLines) return;
    const text = rest + chunk.toString("utf8");
    const parts = text.split("\n");
    rest = parts.pop()!;
    lines.push(...parts);
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8").trim();
    if (text) process.stderr.write(`[${name}] ${text.slice(0, 2000)}\n`);
  });
  return { name, child, lines };
}

export async function waitFor(url: string, proc: Proc, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited with code ${proc.child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${proc.name} did not answer ${url} within ${seconds} s`);
}

export function startWeb(index: number, env: NodeJS.ProcessEnv): Proc {
  const port = BENCH_PORTS.webBase + index;
  // Its stdout is the structured request log: the benchmark prints the error lines at the end.
  const args = ["node_modules/next/dist/bin/next", "start", "-p", String(port)];
  return startProc(`web${index + 1}`, process.execPath, args, { ...env, PORT: String(port) }, true);
}

export function startWorkerProc(index: number, env: NodeJS.ProcessEnv): Proc {
  // Its stdout is the structured log: one JSON line per job, read by the duplicate checks.
  return startProc(`worker${index + 1}`, process.execPath, ["--import", "tsx", "lib/jobs/worker-main.ts"], env, true);
}

/** nginx in front of the web processes: least connections, keep-alive upstreams, X-Forwarded-For overwritten. */
export function startNginx(webCount: number, prefix: string): Proc {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find(existsSync);
  if (!nginx) throw new Error("nginx is not installed: apt-get install -y nginx (or run with --web 1)");
  mkdirSync(path.join(prefix, "temp"), { recursive: true });
  const upstreams = Array.from({ length: webCount }, (_, i) => `    server 127.0.0.1:${BENCH_PORTS.webBase + i};`).join("\n");
  const conf = `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  client_max_body_size 20m;
  upstream web {
    least_conn;
${upstreams}
    keepalive 64;
    # Below Node's 5 s keep-alive: nginx never reuses a connection the web process is closing (a 502).
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${BENCH_PORTS.lb};
    location / {
      proxy_pass http://web;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # Overwritten, not appended: the app reads loopback from it (lib/observability/ops-access.ts).
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_read_timeout 120s;
      proxy_buffering off;
    }
  }
}
`;
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, conf);
  const test = spawnSync(nginx, ["-t", "-c", file, "-p", prefix], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx config test failed: ${test.stderr}`);
  return startProc("nginx", nginx, ["-c", file, "-p", prefix, "-g", "daemon off;"], process.env);
}

/** An SMTP server that accepts everything and counts messages by subject. */
export async function startSmtpSink() {
  const bySubject = new Map<string, number>();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 16_384) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const subject = head.match(/^Subject: (.*)$/im)?.[1]?.trim() ?? "";
        bySubject.set(subject, (bySubject.get(subject) ?? 0) + 1);
        total += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(BENCH_PORTS.smtp, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${BENCH_PORTS.smtp}`,
    bySubject,
    total: () => total,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function stopProc(proc: Proc) {
  if (!proc.child.pid || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once("exit", resolve));
  try {
    process.kill(-proc.child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-proc.child.pid!, "SIGKILL");
    } catch {
      // gone already
    }
  }, 8_000);
  await exited;
  clearTimeout(timer);
}

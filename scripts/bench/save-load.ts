/**
 * Answer-save load benchmark: the production server on a fresh PostgreSQL database, 100 concurrent
 * test takers each saving answers as fast as the server acknowledges them, driven from this second
 * process over loopback. Reports client latency and the server time (Server-Timing) percentiles.
 * Needs a build (npm run build) and a PostgreSQL server (BENCH_DATABASE_URL or 127.0.0.1:5432).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import pg from "pg";
import { openDatabase } from "../../lib/db/connection";
import { users } from "../../lib/db/schema";
import { startAttempt } from "../../lib/exams/attempts";
import { loadBank } from "../../lib/exams/bank";
import { CPC_BLUEPRINT } from "../../lib/exams/blueprints";
import { syncBuiltinBank } from "../../lib/exams/sync-bank";

const USERS = Number(process.env.BENCH_USERS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Pause between one taker's saves. A real taker saves about once a minute; 2 s is 30 times that pace. 0 = saturation test. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 2000);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface SaveLoadFigures {
  users: number;
  thinkMs: number;
  seconds: number;
  saves: number;
  savesPerSecond: number;
  errors: number;
  serverMs: { p50: number; p95: number; p99: number };
  clientMs: { p50: number; p95: number; p99: number };
}

export async function runSaveLoad(serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"): Promise<SaveLoadFigures> {
  const name = `codecert_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const secret = randomBytes(32).toString("base64url");
  const port = await freePort();
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const handle = await openDatabase({ url: dbUrl });
    await syncBuiltinBank(handle.db, loadBank());
    const takers: { id: string; attemptId: string; cookie: string }[] = [];
    for (let i = 0; i < USERS; i++) {
      const [user] = await handle.db
        .insert(users)
        .values({ email: `bench-${i}@example.org`, name: `Bench ${i}`, passwordHash: "scrypt$unused", role: "student" })
        .returning();
      if (!user) throw new Error("no user");
      const attempt = await startAttempt(handle.db, { userId: user.id, blueprint: CPC_BLUEPRINT });
      const token = await encode({ token: { id: user.id, role: "student", sub: user.id, email: user.email }, secret, salt: "authjs.session-token" });
      takers.push({ id: user.id, attemptId: attempt.id, cookie: `authjs.session-token=${token}` });
    }
    await handle.close();

    server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: dbUrl, AUTH_SECRET: secret, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // starting
      }
      if (i > 200) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 250));
    }
    // Warm up the route once per taker.
    const save = async (t: (typeof takers)[number], revision: number) => {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/attempts/${t.attemptId}/answers`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: t.cookie },
        body: JSON.stringify({
          position: revision % 100,
          response: { kind: "single", choice: ["a", "b", "c", "d"][revision % 4] },
          flagged: revision % 7 === 0,
          struck: [],
          timeSpentMs: revision * 1000,
          revision,
        }),
      });
      const client = performance.now() - started;
      const timing = /dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
      await res.arrayBuffer();
      return { ok: res.ok, client, server: timing ? Number(timing[1]) : Number.NaN };
    };
    await Promise.all(takers.map((t) => save(t, 1)));

    const clientTimes: number[] = [];
    const serverTimes: number[] = [];
    let errors = 0;
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      takers.map(async (t) => {
        // Takers arrive spread over one think time, as they would in a real sitting, not all in the same millisecond.
        if (THINK_MS > 0) await new Promise((resolve) => setTimeout(resolve, THINK_MS * Math.random()));
        for (let revision = 2; Date.now() < until; revision++) {
          const r = await save(t, revision);
          if (!r.ok) errors++;
          clientTimes.push(r.client);
          if (Number.isFinite(r.server)) serverTimes.push(r.server);
          // Jittered think time, so the takers do not save in lockstep.
          if (THINK_MS > 0) await new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));
        }
      }),
    );
    clientTimes.sort((a, b) => a - b);
    serverTimes.sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      users: USERS,
      thinkMs: THINK_MS,
      seconds: SECONDS,
      saves: clientTimes.length,
      savesPerSecond: Math.round(clientTimes.length / SECONDS),
      errors,
      serverMs: { p50: round(percentile(serverTimes, 50)), p95: round(percentile(serverTimes, 95)), p99: round(percentile(serverTimes, 99)) },
      clientMs: { p50: round(percentile(clientTimes, 50)), p95: round(percentile(clientTimes, 95)), p99: round(percentile(clientTimes, 99)) },
    };
  } finally {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runSaveLoad();
  console.log(JSON.stringify(figures, null, 2));
}

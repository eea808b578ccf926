#!/usr/bin/env node
// Builds the production site, starts it on a free port over a fresh embedded database
// with the demo accounts, and runs the Playwright specs in tests/e2e against it.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
// The tests build into their own directory so they never disturb a site served from .next.
process.env.NEXT_DIST_DIR ||= ".next-e2e";
process.env.NEXT_TELEMETRY_DISABLED ||= "1";
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const extraArgs = process.argv.slice(2);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitFor(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`);
}

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(bin("next"), ["build"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CODECERT_DATA_DIR: "" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "codecert-e2e-"));
const port = await freePort();
const env = {
  ...process.env,
  CODECERT_DATA_DIR: dataDir,
  DATABASE_URL: "",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  PORT: String(port),
  CODECERT_SWEEP_SECONDS: "3",
  NODE_ENV: "production",
};
const seed = spawnSync(bin("tsx"), ["scripts/seed.ts"], { stdio: "inherit", env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
let serverLog = "";
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));
let code = 1;
try {
  await waitFor(`http://127.0.0.1:${port}/api/health`, 60_000);
  const tests = spawnSync(bin("vitest"), ["run", "--project", "e2e", ...extraArgs], {
    stdio: "inherit",
    env: { ...env, E2E_BASE_URL: `http://127.0.0.1:${port}`, E2E_DATA_DIR: dataDir },
  });
  code = tests.status ?? 1;
} catch (error) {
  console.error(String(error));
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  if (code !== 0) console.error(`--- server log ---\n${serverLog.slice(-6000)}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);

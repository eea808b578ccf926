#!/usr/bin/env node
// npm start: prepares the database (migrations; demo accounts on an empty embedded database),
// builds the site if the build is missing or older than the sources, then serves it.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const dataDir = path.resolve(process.env.CODECERT_DATA_DIR ?? path.join(root, ".data"));
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

fs.mkdirSync(dataDir, { recursive: true });
// Telemetry off: the site should make no outbound calls of its own.
const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, CODECERT_DATA_DIR: dataDir };
if (!env.AUTH_SECRET) {
  const secretFile = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}

run(bin("tsx"), ["scripts/seed.ts", "--if-empty"], env);

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "lib", "components", "content", "public"].map((d) => newestMtime(path.join(root, d)));
const stale = !fs.existsSync(buildId) || Math.max(...sources) > fs.statSync(buildId).mtimeMs;
if (stale) {
  console.log("Building the site (first start or sources changed)…");
  run(bin("next"), ["build"], env);
}

const port = process.env.PORT ?? "3000";
console.log(`Codecert on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

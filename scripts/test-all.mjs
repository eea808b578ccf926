#!/usr/bin/env node
// npm test: typecheck, lint, unit tests, database tests on PGlite and on PostgreSQL, browser tests.
// PostgreSQL: TEST_DATABASE_URL, or a server answering on 127.0.0.1:5432 (user postgres); skipped with a notice otherwise.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = process.cwd();
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "codecert-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
let failedSteps = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds}s`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function vitest(name, project, env = {}, runner = [bin("vitest"), "run", "--project", project]) {
  const out = path.join(reportDir, `${name.replace(/\W+/g, "-")}.json`);
  const [cmd, ...args] = runner;
  step(name, cmd, [...args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env);
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
  } else if (!failedSteps.includes(name)) {
    failedSteps.push(name);
  }
}

async function findPostgres() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const url = "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const only = process.argv.slice(2);
const want = (s) => only.length === 0 || only.includes(s);
const started = Date.now();

if (want("static")) {
  step("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
}
if (want("unit")) vitest("unit tests", "unit");
if (want("db")) {
  vitest("database tests (PGlite)", "db", { TEST_DB_DRIVER: "pglite" });
  const pgUrl = await findPostgres();
  if (pgUrl) vitest("database tests (PostgreSQL)", "db", { TEST_DB_DRIVER: "pg", TEST_DATABASE_URL: pgUrl });
  else console.log("\n━━ database tests (PostgreSQL) ━━\nskipped: no server on 127.0.0.1:5432 and TEST_DATABASE_URL is not set");
}
if (want("e2e")) vitest("browser tests", "e2e", {}, ["node", "scripts/e2e.mjs"]);

fs.rmSync(reportDir, { recursive: true, force: true });
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n━━ summary (${minutes} min) ━━\n${timings.join("\n")}`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./connection";
import { organizations, users } from "./schema";

describe.skipIf(process.env.TEST_DB_DRIVER === "pg")("the embedded database", () => {
  it("keeps its data on disk across a close and reopen", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "codecert-db-")), "db");
    const first = await openDatabase({ dataDir: dir });
    await first.db.insert(organizations).values({ name: "Kept", slug: "kept", kind: "school" });
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    const rows = await second.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.slug, "kept"));
    expect(rows).toEqual([{ name: "Kept" }]);
    await second.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("refuses a second process with a message naming the owner, without touching the data", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "codecert-db-")), "db");
    const owner = await openDatabase({ dataDir: dir });
    const script = path.join(path.dirname(dir), "second-owner.mts");
    const connection = path.resolve("lib/db/connection.ts");
    fs.writeFileSync(script, `import { openDatabase } from ${JSON.stringify(connection)};\nawait openDatabase({ dataDir: ${JSON.stringify(dir)} });\n`);
    const child = spawnSync(path.join("node_modules", ".bin", "tsx"), [script], { encoding: "utf8" });
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain(`in use by another process (pid ${process.pid})`);
    const rows = await owner.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(rows).toEqual([{ n: 0 }]);
    await owner.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "codecert-db-")), "db");
    fs.writeFileSync(`${dir}.lock`, "999999");
    const handle = await openDatabase({ dataDir: dir });
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await handle.close();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});

describe.skipIf(process.env.TEST_DB_DRIVER === "pg")("opening a database that fails", () => {
  it("that cannot be reached fails with a message naming the server, password hidden", async () => {
    await expect(openDatabase({ url: "postgres://postgres:secret@127.0.0.1:1/codecert" })).rejects.toThrow(
      /Cannot reach the PostgreSQL server at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/codecert/,
    );
  });

  it("whose migrations fail names the cause", async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), "codecert-bad-migrations-"));
    fs.mkdirSync(path.join(bad, "meta"));
    fs.writeFileSync(path.join(bad, "meta", "_journal.json"), JSON.stringify({ version: "7", dialect: "postgresql", entries: [{ idx: 0, version: "7", when: 1, tag: "0000_broken", breakpoints: true }] }));
    fs.writeFileSync(path.join(bad, "0000_broken.sql"), "create tabel nope (id int);");
    await expect(openDatabase({ dataDir: "memory://", migrationsFolder: bad })).rejects.toThrow(/Cannot migrate the embedded database/);
  });
});

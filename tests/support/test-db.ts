import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type DatabaseHandle } from "../../lib/db/connection";

/**
 * A fresh database for one test file, on the driver chosen by TEST_DB_DRIVER:
 * "pglite" (default, in memory) or "pg" (a new database on TEST_DATABASE_URL's server, dropped afterwards).
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { name: string }> {
  const driver = process.env.TEST_DB_DRIVER ?? "pglite";
  if (driver === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://" });
    return { ...handle, name: "pglite-memory" };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DB_DRIVER=pg needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
  const name = `codecert_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    name,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

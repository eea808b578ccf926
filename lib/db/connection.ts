import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";
import { acquireLock } from "./lock";

export type Schema = typeof schema;
/** The database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Db;
  driver: "pglite" | "pg";
  /** Where the data lives: a directory (PGlite, or "memory") or the server URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory, or "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** Apply the migrations in drizzle/ (default true). */
  migrate?: boolean;
  migrationsFolder?: string;
}

export function defaultMigrationsFolder(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "drizzle");
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/**
 * Opens the database: pg against a server when a URL is given, otherwise PGlite on disk.
 * Migrations are applied on open; any failure names its cause.
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  const shouldMigrate = options.migrate ?? true;

  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 20, connectionTimeoutMillis: 5_000 });
    pool.on("error", (error) => console.error("[db] idle client error:", error.message));
    const db = drizzlePg({ client: pool, schema });
    try {
      await pool.query("select 1");
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new Error(`Cannot reach the PostgreSQL server at ${redact(options.url)}: ${(error as Error).message}`);
    }
    if (shouldMigrate) {
      try {
        await migratePg(db, { migrationsFolder });
      } catch (error) {
        await pool.end().catch(() => undefined);
        throw new Error(`Cannot migrate the database at ${redact(options.url)}: ${(error as Error).message}`);
      }
    }
    return { db, driver: "pg", location: redact(options.url), close: () => pool.end() };
  }

  const dataDir = options.dataDir ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "db");
  const inMemory = dataDir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    release = acquireLock(`${dataDir}.lock`);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    release();
    throw new Error(`Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  const db = drizzlePglite({ client, schema });
  if (shouldMigrate) {
    try {
      await migratePglite(db, { migrationsFolder });
    } catch (error) {
      await client.close().catch(() => undefined);
      release();
      throw new Error(`Cannot migrate the embedded database in ${dataDir}: ${(error as Error).message}`);
    }
  }
  return {
    db,
    driver: "pglite",
    location: inMemory ? "memory" : dataDir,
    close: async () => {
      await client.close();
      release();
    },
  };
}

import path from "node:path";
import { openDatabase, type DatabaseHandle } from "../lib/db/connection";
import { readEnv } from "../lib/env";

/** Opens the same database the site uses (DATABASE_URL, else the embedded one in the data dir). */
export async function openAppDatabase(): Promise<DatabaseHandle> {
  const env = readEnv();
  return openDatabase({ url: env.DATABASE_URL, dataDir: path.join(env.dataDir, "db") });
}

export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

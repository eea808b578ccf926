import path from "node:path";
import { readEnv } from "../env";
import { openDatabase, type DatabaseHandle } from "./connection";

const KEY = Symbol.for("codecert.database");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

/**
 * The process's one connection, shared by every module instance (Next.js may load
 * this file more than once, so the handle lives on globalThis).
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const env = readEnv();
    holder[KEY] = openDatabase({ url: env.DATABASE_URL, dataDir: path.join(env.dataDir, "db") }).catch((error: unknown) => {
      holder[KEY] = undefined;
      throw error;
    });
  }
  return holder[KEY];
}

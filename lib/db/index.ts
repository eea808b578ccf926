import "server-only";
import type { Db } from "./connection";
import { getDatabase } from "./runtime";

export type { Db } from "./connection";
export { getDatabase } from "./runtime";

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

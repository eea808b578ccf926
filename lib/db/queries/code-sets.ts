import { asc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { codeSets, type CodeSetRow } from "../schema";

export async function listCodeSets(db: Db): Promise<CodeSetRow[]> {
  return db.select().from(codeSets).orderBy(asc(codeSets.kind), asc(codeSets.effectiveFrom));
}

/** Records an installed set (insert or replace by id). */
export async function upsertCodeSet(db: Db, row: Omit<CodeSetRow, "importedAt"> & { importedAt?: Date }): Promise<void> {
  const values = { ...row, importedAt: row.importedAt ?? new Date() };
  await db.insert(codeSets).values(values).onConflictDoUpdate({ target: codeSets.id, set: values });
}

export async function removeCodeSet(db: Db, id: string): Promise<void> {
  await db.delete(codeSets).where(eq(codeSets.id, id));
}

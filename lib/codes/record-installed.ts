/** Keeps the database's record of installed code sets (code_sets) in step with the snapshot manifest on disk. */
import { notInArray } from "drizzle-orm";
import { codesetsDir, readManifest } from "../coding/snapshot/manifest";
import type { Db } from "../db/connection";
import { upsertCodeSet } from "../db/queries/code-sets";
import { codeSets } from "../db/schema";

export async function recordInstalledSets(db: Db, dataDir: string): Promise<number> {
  const manifest = readManifest(codesetsDir(dataDir));
  const sets = manifest?.sets ?? [];
  for (const s of sets) {
    await upsertCodeSet(db, {
      id: s.meta.id,
      kind: s.meta.kind,
      label: s.meta.label,
      version: s.meta.version,
      effectiveFrom: s.meta.effectiveFrom,
      effectiveTo: s.meta.effectiveTo,
      source: s.meta.source,
      files: s.meta.files,
      snapshotFile: s.snapshotFile,
      snapshotSha256: s.snapshotSha256,
      records: s.records,
      importedAt: new Date(s.importedAt),
    });
  }
  const ids = sets.map((s) => s.meta.id);
  await db.delete(codeSets).where(ids.length ? notInArray(codeSets.id, ids) : undefined);
  return sets.length;
}

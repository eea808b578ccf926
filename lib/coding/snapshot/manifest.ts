/**
 * `<dataDir>/codesets/manifest.json`: the sets installed, each with its meta, snapshot file,
 * the snapshot's sha256, its record count and when it was imported. The manifest is the commit
 * point of an import: snapshots are written under new names first, then the manifest is
 * replaced atomically, then files no longer listed are removed.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import type { CodeSetMeta } from "../types";
import { codeSetMetaSchema, parseMeta } from "./codecs";
import { writeFileAtomic } from "./snapshot";

export const MANIFEST_FORMAT = 1;
export const MANIFEST_NAME = "manifest.json";
export const CODESETS_DIR = "codesets";

export interface InstalledSet {
  meta: CodeSetMeta;
  /** File name inside the codesets directory. */
  snapshotFile: string;
  snapshotSha256: string;
  /** Main records of the set: codes, edits or entries. */
  records: number;
  /** ISO timestamp. */
  importedAt: string;
  /** ICD-10-CM only: the Alphabetic Index snapshot, when one was imported. */
  indexFile?: string;
  indexSha256?: string;
}

export interface CodeSetManifest {
  format: number;
  updatedAt: string;
  sets: InstalledSet[];
}

const installedSchema = z.object({
  meta: codeSetMetaSchema,
  snapshotFile: z.string().regex(/^[A-Za-z0-9._-]+$/, "a plain file name"),
  snapshotSha256: z.string().regex(/^[0-9a-f]{64}$/),
  records: z.number().int().nonnegative(),
  importedAt: z.string(),
  indexFile: z.string().regex(/^[A-Za-z0-9._-]+$/).optional(),
  indexSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  updatedAt: z.string(),
  sets: z.array(installedSchema),
});

/** The data directory: the option, else CODECERT_DATA_DIR, else `<cwd>/.data`. */
export function resolveDataDir(dataDir?: string): string {
  return resolve(dataDir ?? process.env.CODECERT_DATA_DIR ?? join(process.cwd(), ".data"));
}

export function codesetsDir(dataDir?: string): string {
  return join(resolveDataDir(dataDir), CODESETS_DIR);
}

/** Reads the manifest; null when there is none. Throws on a damaged one. */
export function readManifest(dir: string): CodeSetManifest | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_NAME), "utf8");
  } catch (e) {
    if (e instanceof Error && "code" in e && e.code === "ENOENT") return null;
    throw e;
  }
  const file = join(dir, MANIFEST_NAME);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const r = manifestSchema.safeParse(json);
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return {
    format: r.data.format,
    updatedAt: r.data.updatedAt,
    sets: r.data.sets.map((s) => {
      const out: InstalledSet = {
        meta: parseMeta(s.meta, file),
        snapshotFile: s.snapshotFile,
        snapshotSha256: s.snapshotSha256,
        records: s.records,
        importedAt: s.importedAt,
      };
      if (s.indexFile !== undefined) out.indexFile = s.indexFile;
      if (s.indexSha256 !== undefined) out.indexSha256 = s.indexSha256;
      return out;
    }),
  };
}

/** Writes the manifest atomically. */
export async function writeManifest(dir: string, manifest: CodeSetManifest): Promise<void> {
  await writeFileAtomic(join(dir, MANIFEST_NAME), new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
}

/**
 * Loads the installed code sets: every snapshot listed in `<dataDir>/codesets/manifest.json`
 * (or, with no manifest, every `*.snap` there), plus the teaching sets, into one library.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnySetData } from "../data";
import type { Icd10CmIndexData } from "../importers/icd10cm-index";
import { createLibrary, type LoadedLibrary } from "../library";
import { teachingSets } from "../teaching";
import type { CodeSetMeta } from "../types";
import { openContainer } from "./container";
import { decodeIndex, decodeSet } from "./codecs";
import { codesetsDir, readManifest, type InstalledSet } from "./manifest";

export interface LoadOptions {
  /** Default: env CODECERT_DATA_DIR, else `<cwd>/.data`. */
  dataDir?: string;
  /** Also check each snapshot's sha256 against the manifest (the CRC-32 inside is always checked). */
  verify?: boolean;
  /** Add the teaching sets (default true). */
  teaching?: boolean;
}

export interface LoadedSets {
  dir: string;
  /** The installed sets read, in manifest order. */
  installed: InstalledSet[];
  sets: AnySetData[];
}

function readOne(dir: string, entry: InstalledSet, verify: boolean): AnySetData {
  const path = join(dir, entry.snapshotFile);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`${path}: listed in the manifest but cannot be read (${e instanceof Error ? e.message : String(e)}); re-run the import`);
  }
  if (verify) {
    const sha = createHash("sha256").update(bytes).digest("hex");
    if (sha !== entry.snapshotSha256) throw new Error(`${path}: sha256 differs from the manifest; re-run the import`);
  }
  const set = decodeSet(openContainer(bytes, path), path);
  if (set.data.meta.id !== entry.meta.id) throw new Error(`${path}: holds ${set.data.meta.id}, the manifest says ${entry.meta.id}`);
  return set;
}

/** Reads the installed snapshots (no teaching sets). */
export function readInstalledSets(opts: Pick<LoadOptions, "dataDir" | "verify"> = {}): LoadedSets {
  const dir = codesetsDir(opts.dataDir);
  const manifest = readManifest(dir);
  if (manifest !== null) {
    return { dir, installed: manifest.sets, sets: manifest.sets.map((e) => readOne(dir, e, opts.verify === true)) };
  }
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".snap") && !n.endsWith(".index.snap") && !n.startsWith("."));
  } catch {
    return { dir, installed: [], sets: [] };
  }
  const sets = names.sort().map((n) => {
    const path = join(dir, n);
    return decodeSet(openContainer(readFileSync(path), path), path);
  });
  return { dir, installed: [], sets };
}

/**
 * The library of installed sets plus the teaching sets. With nothing installed it answers from
 * the teaching sets alone (`teachingOnly` is then true).
 */
export async function loadLibrary(opts: LoadOptions = {}): Promise<LoadedLibrary> {
  const { sets } = readInstalledSets(opts);
  const teaching = opts.teaching === false ? [] : teachingSets();
  // Teaching first: the library prefers official sets anyway, and among equals the one loaded last.
  return createLibrary([...teaching, ...sets]);
}

/** The Alphabetic Index stored with an installed ICD-10-CM set, or null when none was imported. */
export function loadIcd10CmIndex(setId: string, opts: Pick<LoadOptions, "dataDir"> = {}): { setMeta: CodeSetMeta; index: Icd10CmIndexData } | null {
  const dir = codesetsDir(opts.dataDir);
  const entry = readManifest(dir)?.sets.find((s) => s.meta.id === setId);
  if (entry?.indexFile === undefined) return null;
  const path = join(dir, entry.indexFile);
  return decodeIndex(openContainer(readFileSync(path), path), path);
}

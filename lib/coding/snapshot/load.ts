/**
 * Loads the installed code sets: every snapshot listed in `<dataDir>/codesets/manifest.json`
 * (or, with no manifest, every `*.snap` there), plus the teaching sets, into one library.
 * Each file is read once and opened in place (snapshot/open.ts): its CRC and section table are
 * checked now, its columns stay views over the file's bytes, nothing is decoded per code.
 * The manifest's effective dates win over a snapshot's own (the installer closes a quarterly
 * release when a later one is installed).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnySetData } from "../data";
import type { Icd10CmIndexData } from "../importers/icd10cm-index";
import { createLibrary, type LoadedLibrary, type PreparedSet } from "../library";
import { teachingSets } from "../teaching";
import type { CodeSetMeta } from "../types";
import { openContainer } from "./container";
import { decodeIndex, decodeSet } from "./codecs";
import { openSet } from "./open";
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

function readBytes(dir: string, entry: InstalledSet, verify: boolean): { path: string; bytes: Uint8Array } {
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
  return { path, bytes };
}

function checkId(path: string, id: string, entry: InstalledSet): void {
  if (id !== entry.meta.id) throw new Error(`${path}: holds ${id}, the manifest says ${entry.meta.id}`);
}

function readOne(dir: string, entry: InstalledSet, verify: boolean): AnySetData {
  const { path, bytes } = readBytes(dir, entry, verify);
  const set = decodeSet(openContainer(bytes, path), path);
  checkId(path, set.data.meta.id, entry);
  const meta = { ...set.data.meta, effectiveFrom: entry.meta.effectiveFrom, effectiveTo: entry.meta.effectiveTo };
  switch (set.kind) {
    case "icd10cm":
      return { kind: set.kind, data: { ...set.data, meta } };
    case "icd10pcs":
      return { kind: set.kind, data: { ...set.data, meta } };
    case "hcpcs":
      return { kind: set.kind, data: { ...set.data, meta } };
    case "cpt":
      return { kind: set.kind, data: { ...set.data, meta } };
    case "ncci-ptp":
      return { kind: set.kind, data: { ...set.data, meta } };
    case "mue":
      return { kind: set.kind, data: { ...set.data, meta } };
    case "mce":
      return { kind: set.kind, data: { ...set.data, meta } };
  }
}

function openOne(dir: string, entry: InstalledSet, verify: boolean): PreparedSet {
  const { path, bytes } = readBytes(dir, entry, verify);
  const set = openSet(openContainer(bytes, path), path, entry.meta);
  checkId(path, set.meta.id, entry);
  return set;
}

/** Snapshot files of a codesets directory without a manifest (sorted; index files left out). */
function snapshotFiles(dir: string): string[] | null {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(".snap") && !n.endsWith(".index.snap") && !n.startsWith("."))
      .sort();
  } catch {
    return null;
  }
}

/** The installed snapshots opened in place (no teaching sets): what loadLibrary uses. */
export function openInstalledSets(opts: Pick<LoadOptions, "dataDir" | "verify"> = {}): { dir: string; installed: InstalledSet[]; sets: PreparedSet[] } {
  const dir = codesetsDir(opts.dataDir);
  const manifest = readManifest(dir);
  if (manifest !== null) {
    return { dir, installed: manifest.sets, sets: manifest.sets.map((e) => openOne(dir, e, opts.verify === true)) };
  }
  const sets = (snapshotFiles(dir) ?? []).map((n) => {
    const path = join(dir, n);
    return openSet(openContainer(readFileSync(path), path), path);
  });
  return { dir, installed: [], sets };
}

/** Reads the installed snapshots as plain data (no teaching sets): for tools; the loader opens them in place. */
export function readInstalledSets(opts: Pick<LoadOptions, "dataDir" | "verify"> = {}): LoadedSets {
  const dir = codesetsDir(opts.dataDir);
  const manifest = readManifest(dir);
  if (manifest !== null) {
    return { dir, installed: manifest.sets, sets: manifest.sets.map((e) => readOne(dir, e, opts.verify === true)) };
  }
  const names = snapshotFiles(dir);
  if (names === null) return { dir, installed: [], sets: [] };
  const sets = names.map((n) => {
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
  const { sets } = openInstalledSets(opts);
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

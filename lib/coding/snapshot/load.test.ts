import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadIcd10CmIndex, loadLibrary, readInstalledSets } from "./load";
import { codesetsDir, readManifest, resolveDataDir, writeManifest, type InstalledSet } from "./manifest";
import { encodeSnapshot, writeIndexSnapshot } from "./snapshot";
import { createHash } from "node:crypto";
import { testMeta, testSets } from "./test-sets";

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(prefix);
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});


const root = tempDir(join(tmpdir(), "codecert-load-"));

async function install(dataDir: string, withManifest = true): Promise<InstalledSet[]> {
  const dir = codesetsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const installed: InstalledSet[] = [];
  for (const set of testSets()) {
    const bytes = encodeSnapshot(set);
    const file = `${set.data.meta.id}.snap`;
    writeFileSync(join(dir, file), bytes);
    installed.push({
      meta: set.data.meta,
      snapshotFile: file,
      snapshotSha256: createHash("sha256").update(bytes).digest("hex"),
      records: 1,
      importedAt: "2026-01-01T00:00:00.000Z",
    });
  }
  if (withManifest) await writeManifest(dir, { format: 1, updatedAt: "2026-01-01T00:00:00.000Z", sets: installed });
  return installed;
}

describe("loadLibrary", () => {
  it("loads every set of the manifest, plus the teaching sets, and picks them by date", async () => {
    const dataDir = join(root, "a");
    await install(dataDir);
    const lib = await loadLibrary({ dataDir, verify: true });
    expect(lib.teachingOnly).toBe(false);
    expect(lib.sets.map((s) => s.id)).toEqual(expect.arrayContaining(["icd10cm-T1", "icd10pcs-T1", "hcpcs-T1", "cpt-T1", "ncci-ptp-practitioner-T1", "mue-practitioner-T1", "mce-T1"]));
    expect(lib.sets.some((s) => s.source === "teaching")).toBe(true);
    expect(lib.icd10cm("2026-01-15")?.meta.id).toBe("icd10cm-T1");
    expect(lib.icd10cm("2026-01-15")?.get("E1165")?.title).toBe("T2DM with hyperglycemia");
    expect(lib.ptp("2026-01-15", "practitioner")?.meta.id).toBe("ncci-ptp-practitioner-T1");
  });

  it("takes each set's effective dates from the manifest, which the installer updates, over the snapshot's own", async () => {
    const dataDir = join(root, "dates");
    const installed = await install(dataDir);
    const dir = codesetsDir(dataDir);
    const moved = installed.map((s) => (s.meta.id === "hcpcs-T1" ? { ...s, meta: { ...s.meta, effectiveTo: null } } : s));
    await writeManifest(dir, { format: 1, updatedAt: "2026-01-01T00:00:00.000Z", sets: moved });
    const lib = await loadLibrary({ dataDir, teaching: false });
    expect(lib.sets.find((s) => s.id === "hcpcs-T1")?.effectiveTo).toBeNull();
    expect(lib.hcpcs("2027-06-01")?.meta.id).toBe("hcpcs-T1");
    expect(lib.icd10cm("2027-06-01")).toBeUndefined();
    const plain = readInstalledSets({ dataDir }).sets.find((s) => s.kind === "hcpcs");
    expect(plain?.data.meta.effectiveTo).toBeNull();
  });

  it("runs on the teaching sets alone when nothing is installed", async () => {
    const lib = await loadLibrary({ dataDir: join(root, "empty") });
    expect(lib.teachingOnly).toBe(true);
    expect(lib.sets.every((s) => s.source === "teaching")).toBe(true);
  });

  it("reads every snapshot of the directory when there is no manifest", async () => {
    const dataDir = join(root, "no-manifest");
    await install(dataDir, false);
    const { sets, installed } = readInstalledSets({ dataDir });
    expect(installed).toEqual([]);
    expect(sets.map((s) => s.data.meta.id).sort()).toEqual(testSets().map((s) => s.data.meta.id).sort());
  });

  it("says which snapshot is missing or altered", async () => {
    const dataDir = join(root, "broken");
    const installed = await install(dataDir);
    const dir = codesetsDir(dataDir);
    writeFileSync(join(dir, installed[2]?.snapshotFile ?? "x"), "garbage ".repeat(20));
    await expect(loadLibrary({ dataDir })).rejects.toThrow(/hcpcs-T1\.snap: not a Codecert snapshot/);
    await expect(loadLibrary({ dataDir, verify: true })).rejects.toThrow(/sha256 differs from the manifest/);
    rmSync(join(dir, installed[2]?.snapshotFile ?? "x"));
    await expect(loadLibrary({ dataDir })).rejects.toThrow(/listed in the manifest but cannot be read/);
  });

  it("rejects a damaged manifest with its path", async () => {
    const dataDir = join(root, "bad-manifest");
    mkdirSync(codesetsDir(dataDir), { recursive: true });
    writeFileSync(join(codesetsDir(dataDir), "manifest.json"), '{"format": 1, "sets": [{}]}');
    expect(() => readManifest(codesetsDir(dataDir))).toThrow(/manifest\.json: /);
  });

  it("finds the data directory from the option, the environment, then the working directory", () => {
    expect(resolveDataDir("/x/y")).toBe("/x/y");
    const saved = process.env.CODECERT_DATA_DIR;
    process.env.CODECERT_DATA_DIR = "/from/env";
    expect(resolveDataDir()).toBe("/from/env");
    delete process.env.CODECERT_DATA_DIR;
    expect(resolveDataDir()).toBe(join(process.cwd(), ".data"));
    if (saved !== undefined) process.env.CODECERT_DATA_DIR = saved;
  });

  it("loads the Alphabetic Index stored with a set", async () => {
    const dataDir = join(root, "index");
    const installed = await install(dataDir);
    const dir = codesetsDir(dataDir);
    const meta = testMeta("icd10cm", "icd10cm-T1");
    const index = { version: "2023", title: "t", letters: [], terms: { level: [], title: [], nemod: [], code: [], manif: [], see: [], seeAlso: [], seeCat: [], subCat: [] } };
    await writeIndexSnapshot(join(dir, "icd10cm-T1.index.snap"), meta, index);
    const withIndex = installed.map((s) => (s.meta.id === "icd10cm-T1" ? { ...s, indexFile: "icd10cm-T1.index.snap" } : s));
    await writeManifest(dir, { format: 1, updatedAt: "2026-01-01T00:00:00.000Z", sets: withIndex });
    expect(loadIcd10CmIndex("icd10cm-T1", { dataDir })?.index).toEqual(index);
    expect(loadIcd10CmIndex("hcpcs-T1", { dataDir })).toBeNull();
  });
});

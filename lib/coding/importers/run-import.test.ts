import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../snapshot/load";
import { codesetsDir, readManifest, type InstalledSet } from "../snapshot/manifest";
import type { CodeSetMeta, SetKind } from "../types";
import { validateCode } from "../validate";
import { ImportError } from "./errors";
import { closeSupersededReleases, runImport } from "./run-import";

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(prefix);
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});


const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

/** A release directory holding every fixture under its official name. */
function releaseDir(): string {
  const dir = tempDir(join(tmpdir(), "codecert-release-"));
  const files: [string, string][] = [
    ["icd10cm-order-sample.txt", "icd10cm_order_2026.txt"],
    ["icd10cm-tabular-sample.xml", "icd10cm_tabular_2023.xml"],
    ["icd10cm-index-sample.xml", "icd10cm_index_2023.xml"],
    ["icd10pcs-order-sample.txt", "icd10pcs_order_2026.txt"],
    ["icd10pcs-tables-sample.xml", "icd10pcs_tables_2026.xml"],
    ["hcpcs-anweb-sample.txt", "HCPC2025_OCT_ANWEB.txt"],
    ["mce-MCE_Simple_Code_Edits_v37-sample.txt", "MCE_Simple_Code_Edits_v37.txt"],
    ["ncci-ccipra-v321r0-f1.txt", "ccipra-v321r0-f1.txt"],
    ["ncci-ccipra-v321r0-f2.txt", "ccipra-v321r0-f2.txt"],
    ["mue-MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"],
  ];
  for (const [from, to] of files) copyFileSync(fixture(from), join(dir, to));
  return dir;
}

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("runImport on the fixtures", () => {
  it("imports every set, writes the snapshots and the manifest, and the library loads them", async () => {
    const from = releaseDir();
    const dataDir = tempDir(join(tmpdir(), "codecert-data-"));
    const events: string[] = [];
    const result = await runImport({ from, dataDir, now: "2026-02-01T00:00:00.000Z", onEvent: (e) => events.push(e.type) });
    expect(result.rows.map((r) => r.id)).toEqual([
      "icd10cm-FY2026",
      "icd10pcs-FY2026",
      "hcpcs-2025-10",
      "ncci-ptp-practitioner-2026Q2",
      "mue-practitioner-2026Q2",
      "mce-v37",
    ]);
    expect(events[0]).toBe("found");
    expect(events.at(-1)).toBe("commit");
    const manifest = readManifest(codesetsDir(dataDir));
    expect(manifest?.sets.map((s) => [s.meta.id, s.importedAt])).toContainEqual(["icd10cm-FY2026", "2026-02-01T00:00:00.000Z"]);
    const cm = manifest?.sets.find((s) => s.meta.id === "icd10cm-FY2026");
    expect(cm?.indexFile).toMatch(/^icd10cm-FY2026\.[0-9a-f]{12}\.index\.snap$/);
    expect(cm?.meta.effectiveTo).toBe("2026-09-30");
    const lib = await loadLibrary({ dataDir, verify: true });
    expect(lib.teachingOnly).toBe(false);
    expect(lib.icd10cm("2026-03-01")?.meta.id).toBe("icd10cm-FY2026");
    expect(lib.hcpcs("2025-11-01")?.meta.id).toBe("hcpcs-2025-10");
    expect(lib.ptp("2026-05-01", "practitioner")?.meta.id).toBe("ncci-ptp-practitioner-2026Q2");
  });

  it("replaces a set on a second import and removes its old snapshot", async () => {
    const from = releaseDir();
    const dataDir = tempDir(join(tmpdir(), "codecert-data-"));
    await runImport({ from, dataDir });
    const first = readManifest(codesetsDir(dataDir))?.sets.find((s) => s.meta.id === "mce-v37")?.snapshotFile;
    const mce = join(from, "MCE_Simple_Code_Edits_v37.txt");
    writeFileSync(mce, readFileSync(mce, "utf8") + "37\t10\t4\tD\tAdult_Only\tD\tF1010\tSample adult code\n");
    await runImport({ from: mce, dataDir });
    const sets = readManifest(codesetsDir(dataDir))?.sets ?? [];
    expect(sets.length).toBe(6);
    const second = sets.find((s) => s.meta.id === "mce-v37")?.snapshotFile;
    expect(second).not.toBe(first);
    expect(readdirSync(codesetsDir(dataDir))).not.toContain(first);
  });

  it("stops at a malformed file with file:line: reason and leaves the installed sets untouched", async () => {
    const from = releaseDir();
    const dataDir = tempDir(join(tmpdir(), "codecert-data-"));
    await runImport({ from, dataDir });
    const dir = codesetsDir(dataDir);
    const before = { files: readdirSync(dir).sort(), manifest: readFileSync(join(dir, "manifest.json"), "utf8") };
    const order = join(from, "icd10cm_order_2026.txt");
    const lines = readFileSync(order, "latin1").split("\r\n");
    lines[4] = `${lines[4]?.slice(0, 14)}7${lines[4]?.slice(15)}`;
    writeFileSync(order, lines.join("\r\n"));
    const e = await failure(() => runImport({ from, dataDir }));
    expect(e.message).toBe(`${order}:5: flag "7" in column 15 is neither 1 (billable) nor 0 (header)`);
    expect(readdirSync(dir).sort()).toEqual(before.files);
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(before.manifest);
  });

  it("names the zip member in the error when the bad file came from an archive", async () => {
    const dataDir = tempDir(join(tmpdir(), "codecert-data-"));
    const dir = tempDir(join(tmpdir(), "codecert-zip-"));
    const bad = readFileSync(fixture("mce-MCE_Simple_Code_Edits_v37-sample.txt"), "utf8").replace("Male_Only", "Men_Only");
    writeFileSync(join(dir, "release.zip"), zipSync({ "MCE_Simple_Code_Edits_v37.txt": new TextEncoder().encode(bad) }));
    const e = await failure(() => runImport({ from: join(dir, "release.zip"), dataDir }));
    expect(e.file).toBe("release.zip!MCE_Simple_Code_Edits_v37.txt");
    expect(e.line).toBe(5);
    expect(existsSync(join(codesetsDir(dataDir), "manifest.json"))).toBe(false);
  });

  it("says so when nothing importable is found", async () => {
    const dir = tempDir(join(tmpdir(), "codecert-empty-"));
    writeFileSync(join(dir, "notes.md"), "# nothing");
    const e = await failure(() => runImport({ from: dir, dataDir: tempDir(join(tmpdir(), "codecert-data-")) }));
    expect(e.reason).toBe("no release files to import were found");
  });
});

function installed(kind: SetKind, id: string, version: string, effectiveFrom: string, effectiveTo: string | null, source: CodeSetMeta["source"] = "official"): InstalledSet {
  return {
    meta: { id, kind, label: id, version, effectiveFrom, effectiveTo, source, files: [] },
    snapshotFile: `${id}.snap`,
    snapshotSha256: "0".repeat(64),
    records: 1,
    importedAt: "2026-01-01T00:00:00.000Z",
  };
}

describe("quarterly releases stay in force until a later one is installed", () => {
  it("leaves the newest HCPCS, PTP and MUE release of each setting open and closes each earlier one the day before the next", () => {
    const sets = [
      installed("hcpcs", "hcpcs-2025-10", "2025-10", "2025-10-01", null),
      installed("hcpcs", "hcpcs-2025-07", "2025-07", "2025-07-01", null),
      installed("hcpcs", "hcpcs-2026-01", "2026-01", "2026-01-01", "2026-03-31"),
      installed("ncci-ptp", "ncci-ptp-practitioner-2026Q1", "2026Q1", "2026-01-01", null),
      installed("ncci-ptp", "ncci-ptp-hospital-2025Q4", "2025Q4", "2025-10-01", null),
      installed("ncci-ptp", "ncci-ptp-practitioner-2026Q2", "2026Q2", "2026-04-01", null),
      installed("mue", "mue-dme-2026Q1", "2026Q1", "2026-01-01", null),
      installed("icd10cm", "icd10cm-FY2025", "FY2025", "2024-10-01", "2025-09-30"),
      installed("icd10cm", "icd10cm-FY2026", "FY2026", "2025-10-01", "2026-09-30"),
    ];
    const to = new Map(closeSupersededReleases(sets).map((s) => [s.meta.id, s.meta.effectiveTo]));
    expect(Object.fromEntries(to)).toEqual({
      "hcpcs-2025-07": "2025-09-30",
      "hcpcs-2025-10": "2025-12-31",
      "hcpcs-2026-01": null,
      "ncci-ptp-practitioner-2026Q1": "2026-03-31",
      "ncci-ptp-practitioner-2026Q2": null,
      "ncci-ptp-hospital-2025Q4": null,
      "mue-dme-2026Q1": null,
      "icd10cm-FY2025": "2025-09-30",
      "icd10cm-FY2026": "2026-09-30",
    });
    expect(closeSupersededReleases(sets).map((s) => s.meta.id)).toEqual(sets.map((s) => s.meta.id));
  });

  it("imports an HCPCS quarter open-ended, closes it when the next quarter is installed, and warns when the newest one is a quarter old", async () => {
    const dataDir = tempDir(join(tmpdir(), "codecert-data-"));
    const first = tempDir(join(tmpdir(), "codecert-release-"));
    copyFileSync(fixture("hcpcs-anweb-sample.txt"), join(first, "HCPC2025_JUL_ANWEB.txt"));
    copyFileSync(fixture("hcpcs-anweb-sample.txt"), join(first, "HCPC2025_OCT_ANWEB.txt"));
    await runImport({ from: first, dataDir });
    const dates = () => Object.fromEntries((readManifest(codesetsDir(dataDir))?.sets ?? []).map((s) => [s.meta.id, [s.meta.effectiveFrom, s.meta.effectiveTo]]));
    expect(dates()).toEqual({ "hcpcs-2025-07": ["2025-07-01", "2025-09-30"], "hcpcs-2025-10": ["2025-10-01", null] });
    let lib = await loadLibrary({ dataDir, teaching: false });
    expect(lib.hcpcs("2026-06-01")?.meta.id).toBe("hcpcs-2025-10");
    const late = validateCode("J1100", { date: "2026-06-01" }, lib);
    expect(late.valid).toBe(true);
    expect(late.findings.map((f) => [f.rule, f.severity])).toEqual([["set.may-be-outdated", "warning"]]);
    expect(late.findings[0]?.message).toMatch(/^The newest installed HCPCS release is 2025-10 .*it may be out of date for 2026-06-01/);
    expect(validateCode("J1100", { date: "2025-12-31" }, lib).findings).toEqual([]);

    const second = tempDir(join(tmpdir(), "codecert-release-"));
    copyFileSync(fixture("hcpcs-anweb-sample.txt"), join(second, "HCPC2026_JAN_ANWEB.txt"));
    await runImport({ from: second, dataDir });
    expect(dates()).toEqual({ "hcpcs-2025-07": ["2025-07-01", "2025-09-30"], "hcpcs-2025-10": ["2025-10-01", "2025-12-31"], "hcpcs-2026-01": ["2026-01-01", null] });
    lib = await loadLibrary({ dataDir, teaching: false });
    expect([lib.hcpcs("2025-11-15")?.meta.id, lib.hcpcs("2026-02-01")?.meta.id, lib.hcpcs("2027-01-01")?.meta.id]).toEqual(["hcpcs-2025-10", "hcpcs-2026-01", "hcpcs-2026-01"]);
    expect(validateCode("J1100", { date: "2026-03-31" }, lib).findings).toEqual([]);
    expect(validateCode("J1100", { date: "2026-04-01" }, lib).findings.map((f) => f.rule)).toEqual(["set.may-be-outdated"]);
  });

  it("still imports only the quarters of the fiscal year asked for", async () => {
    const from = tempDir(join(tmpdir(), "codecert-release-"));
    copyFileSync(fixture("hcpcs-anweb-sample.txt"), join(from, "HCPC2019_CONTR_ANWEB.txt"));
    copyFileSync(fixture("hcpcs-anweb-sample.txt"), join(from, "HCPC2025_OCT_ANWEB.txt"));
    const result = await runImport({ from, year: 2026, dataDir: tempDir(join(tmpdir(), "codecert-data-")) });
    expect(result.rows.map((r) => r.id)).toEqual(["hcpcs-2025-10"]);
    expect(result.skipped).toContainEqual({ display: "HCPC2019_CONTR_ANWEB.txt", reason: "HCPCS 2019-01 is not in force during FY2026" });
  });
});

const SHARED = "/work/shared/codesets";
const haveShared = existsSync(join(SHARED, "MANIFEST.md")) && existsSync(join(SHARED, "icd10cm/2026/icd10cm_order_2026.txt.gz"));

describe.skipIf(!haveShared)("the whole official set in ../shared/codesets", () => {
  it("imports in one go (FY2026 with --year) and loads", async () => {
    const dataDir = tempDir(join(tmpdir(), "codecert-full-"));
    const result = await runImport({ from: SHARED, year: 2026, dataDir });
    console.log(`full FY2026 import: ${Math.round(result.totalMs)} ms; ${result.rows.map((r) => `${r.id} ${r.records} in ${Math.round(r.ms)} ms`).join(", ")}`);
    expect(result.rows.map((r) => r.id)).toEqual(["icd10cm-FY2026", "icd10pcs-FY2026", "hcpcs-2025-10"]);
    expect(result.rows.map((r) => r.records)).toEqual([98186, 80029, 8846]);
    const lib = await loadLibrary({ dataDir });
    expect(lib.teachingOnly).toBe(false);
    expect(lib.icd10cm("2026-01-15")?.get("E119")?.billable).toBe(true);
    expect(lib.icd10pcs("2026-01-15")?.get("0DTJ4ZZ")?.title).toBe("Resection of Appendix, Percutaneous Endoscopic Approach");
    // The October 2025 HCPCS release stays in force in 2026 (it used to end on 2025-12-31, leaving no HCPCS set).
    expect(readManifest(codesetsDir(dataDir))?.sets.find((s) => s.meta.id === "hcpcs-2025-10")?.meta.effectiveTo).toBeNull();
    const c9600 = validateCode("C9600", { date: "2026-06-01" }, lib);
    expect(c9600.valid).toBe(true);
    expect(c9600.sets.map((s) => s.id)).toContain("hcpcs-2025-10");
    expect(c9600.findings.map((f) => f.rule)).toEqual(["set.may-be-outdated"]);
    expect(c9600.findings[0]?.message).toMatch(/The newest installed HCPCS release is 2025-10 .*it may be out of date for 2026-06-01/);
  });
});

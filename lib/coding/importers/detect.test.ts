import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { classifyByContent, classifyByName, discoverReleaseFiles, fiscalYearDates, hcpcsQuarterDates } from "./detect";
import { planImport } from "./run-import";

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
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("classifyByName", () => {
  it.each([
    ["icd10cm_order_2026.txt", "icd10cm-order", 2026],
    ["icd10cm-order-2026.txt", "icd10cm-order", 2026],
    ["icd10cm_order_2026.txt.gz", "icd10cm-order", 2026],
    ["icd10cm_codes_2026.txt", "icd10cm-codes", 2026],
    ["icd10cm_order_addenda_2026.txt", "icd10cm-order-addenda", 2026],
    ["icd10cm_tabular_2023.xml.gz", "icd10cm-tabular", 2023],
    ["icd10cm_index_2023.xml", "icd10cm-index", 2023],
    ["icd10cm_neoplasm_2026.xml", "icd10cm-other-index", 2026],
    ["icd10pcs_order_2026.txt", "icd10pcs-order", 2026],
    ["icd10pcs_tables_2025.xml", "icd10pcs-tables", 2025],
    ["order_addenda_2026.txt", "icd10pcs-addenda", 2026],
    ["HCPC2025_OCT_ANWEB.xlsx", "hcpcs", 2025],
    ["HCPC2019_CONTR_ANWEB.txt", "hcpcs", 2019],
    ["ccipra-v321r0-f1.txt", "ncci-ptp", null],
    ["MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", "mue", null],
    ["MCE_Simple_Code_Edits_v37.txt", "mce", null],
  ])("knows %s", (name, kind, year) => {
    expect(classifyByName(name)).toMatchObject({ kind, year });
  });

  it("reads the HCPCS quarter and the NCCI/MUE setting", () => {
    expect(classifyByName("HCPC2025_OCT_ANWEB.xlsx")?.quarterMonth).toBe("OCT");
    expect(classifyByName("HCPC2019_CONTR_ANWEB.txt")?.quarterMonth).toBe("JAN");
    expect(classifyByName("ccioph-v321r0-f1.txt")?.setting).toBe("hospital");
    expect(classifyByName("MCR_MUE_DMESupplierServices_Eff_04-01-2026.txt")?.setting).toBe("dme");
  });

  it("knows nothing of other names", () => {
    expect(classifyByName("README.txt")).toBeNull();
    expect(classifyByName("icd10OrderFiles.pdf")).toBeNull();
  });
});

describe("classifyByContent", () => {
  it("recognises the fixed-width files and the XML roots", () => {
    expect(classifyByContent(readFileSync(fixture("icd10cm-order-sample.txt")))?.kind).toBe("icd10cm-order");
    expect(classifyByContent(readFileSync(fixture("icd10pcs-order-sample.txt")))?.kind).toBe("icd10pcs-order");
    expect(classifyByContent(readFileSync(fixture("icd10cm-codes-sample.txt")))?.kind).toBe("icd10cm-codes");
    expect(classifyByContent(readFileSync(fixture("icd10cm-tabular-sample.xml")))).toEqual({ kind: "icd10cm-tabular", year: 2023 });
    expect(classifyByContent(readFileSync(fixture("icd10cm-index-sample.xml")))).toEqual({ kind: "icd10cm-index", year: 2023 });
    expect(classifyByContent(readFileSync(fixture("mce-MCE_Simple_Code_Edits_v37-sample.txt")))?.kind).toBe("mce");
  });

  it("does not take prose for a codes file", () => {
    expect(classifyByContent(enc("CENTERS FOR MEDICARE & MEDICAID SERVICES (CMS)\r\n2019 ALPHANUMERIC\r\nHEALTH CARE PROCEDURE CODING SYSTEM\r\n"))).toBeNull();
  });
});

describe("release dates", () => {
  it("runs ICD-10 fiscal year N from N-1-10-01 to N-09-30", () => {
    expect(fiscalYearDates(2026)).toEqual({ version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30" });
  });

  it("reads an HCPCS release from its quarter, in force with no end until a later release is installed", () => {
    expect(hcpcsQuarterDates(2025, "OCT")).toEqual({ version: "2025-10", effectiveFrom: "2025-10-01", effectiveTo: null, quarterEnd: "2025-12-31" });
    expect(hcpcsQuarterDates(2024, "JAN")).toEqual({ version: "2024-01", effectiveFrom: "2024-01-01", effectiveTo: null, quarterEnd: "2024-03-31" });
    expect(hcpcsQuarterDates(2026, "APR").quarterEnd).toBe("2026-06-30");
  });
});

describe("discoverReleaseFiles and planImport", () => {
  it("finds files loose, gzipped and inside zips, and plans one job per set", async () => {
    const dir = tempDir(join(tmpdir(), "codecert-detect-"));
    writeFileSync(join(dir, "icd10cm_order_2026.txt.gz"), gzipSync(readFileSync(fixture("icd10cm-order-sample.txt"))));
    mkdirSync(join(dir, "notes"));
    copyFileSync(fixture("icd10cm-tabular-sample.xml"), join(dir, "notes", "icd10cm_tabular_2023.xml"));
    copyFileSync(fixture("icd10cm-tabular-sample.xml"), join(dir, "notes", "icd10cm_tabular_2021.xml"));
    writeFileSync(join(dir, "guide.pdf"), "%PDF-1.4");
    writeFileSync(
      join(dir, "cms.zip"),
      zipSync({
        "icd10cm_order_2026.txt": readFileSync(fixture("icd10cm-order-sample.txt")),
        "icd10pcs_order_2026.txt": readFileSync(fixture("icd10pcs-order-sample.txt")),
        "unnamed.txt": readFileSync(fixture("mce-MCE_Simple_Code_Edits_v37-sample.txt")),
      }),
    );
    const found = await discoverReleaseFiles(dir);
    try {
      expect(found.files.map((f) => [f.display, f.kind, f.year, f.by])).toEqual([
        ["icd10cm_order_2026.txt.gz", "icd10cm-order", 2026, "name"],
        ["notes/icd10cm_tabular_2021.xml", "icd10cm-tabular", 2021, "name"],
        ["notes/icd10cm_tabular_2023.xml", "icd10cm-tabular", 2023, "name"],
        ["cms.zip!icd10cm_order_2026.txt", "icd10cm-order", 2026, "name"],
        ["cms.zip!icd10pcs_order_2026.txt", "icd10pcs-order", 2026, "name"],
        ["cms.zip!unnamed.txt", "mce", null, "content"],
      ]);
      expect(found.skipped).toEqual([{ display: "guide.pdf", reason: "not a release file this importer reads" }]);
      const plan = planImport(found);
      expect(plan.jobs.map((j) => [j.label, j.files.map((f) => f.display)])).toEqual([
        ["ICD-10-CM FY2026", ["icd10cm_order_2026.txt.gz", "notes/icd10cm_tabular_2023.xml"]],
        ["ICD-10-PCS FY2026", ["cms.zip!icd10pcs_order_2026.txt"]],
        ["MCE (unnamed.txt)", ["cms.zip!unnamed.txt"]],
      ]);
      expect(plan.skipped.map((s) => s.display)).toEqual(expect.arrayContaining(["cms.zip!icd10cm_order_2026.txt", "notes/icd10cm_tabular_2021.xml"]));
      expect(planImport(found, { year: 2025 }).jobs.map((j) => j.label)).toEqual(["MCE (unnamed.txt)"]);
      const member = await found.files[5]?.open();
      expect(typeof member === "object" && member.name).toBe("cms.zip!unnamed.txt");
    } finally {
      await found.close();
    }
  });

  it("names a missing --from", async () => {
    await expect(discoverReleaseFiles("/nonexistent/dir")).rejects.toThrow(/no such file or directory/);
  });
});

import { describe, expect, it } from "vitest";
import { ncciVersionFromName } from "../importers/ncci";
import { archiveFileName, archiveUrl, defaultQuarter, sourcesForYear, SYNC_YEARS } from "./sources";
import { planSync } from "./sync-year";

describe("sync sources", () => {
  it("lists the ICD-10 archives of the fiscal year under CMS's naming", () => {
    const { icd10 } = sourcesForYear(2026);
    expect(icd10.map((a) => archiveUrl(a))).toEqual([
      "https://www.cms.gov/files/zip/2026-code-descriptions-tabular-order.zip",
      "https://www.cms.gov/files/zip/2026-code-tables-tabular-and-index.zip",
      "https://www.cms.gov/files/zip/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip",
      "https://www.cms.gov/files/zip/2026-icd-10-pcs-code-tables-and-index.zip",
    ]);
    expect(icd10.every((a) => a.effectiveFrom === "2025-10-01" && a.release === "FY2026")).toBe(true);
  });

  it("carries the sha256 of the archives checked against ../shared/codesets, null elsewhere", () => {
    const { icd10 } = sourcesForYear(2026);
    expect(icd10[0]?.sha256).toBe("55a9124a27ca78a4a5c41e1101eda064ec2e08d105ff9e78d1fbd1a83298ef11");
    expect(icd10[2]?.sha256).toBe("64e37e6060bfd9eca74d9973be28fdf570b40f87a3a855bd078eb343dd0e594e");
    expect(icd10[1]?.sha256).toBeNull();
    expect(sourcesForYear(2025).icd10.find((a) => a.kind === "icd10pcs-codes")?.sha256).toBe("728d9b8f5c31554803cd58d3314a1ddf2fe71ed66d318bd4be51ed4940ca89cb");
    for (const y of SYNC_YEARS) {
      const all = [...sourcesForYear(y).icd10, ...Object.values(sourcesForYear(y).quarters).flat()];
      expect(all.every((a) => a.sha256 === null || /^[0-9a-f]{64}$/.test(a.sha256))).toBe(true);
      expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    }
  });

  it("names each quarter's NCCI files with the version the PTP importer reads back", () => {
    const q = sourcesForYear(2026).quarters["2026Q3"] ?? [];
    const ptp = q.filter((a) => a.kind === "ncci-ptp");
    expect(ptp).toHaveLength(8);
    const first = ptp[0];
    if (!first) throw new Error("no PTP archive listed");
    expect(archiveFileName(first)).toBe("medicare-ncci-2026q3-practitioner-ptp-edits-ccipra-v322r0-f1.zip");
    for (const a of ptp) expect(ncciVersionFromName(archiveFileName(a))?.version).toBe("2026Q3");
    expect(q.find((a) => a.kind === "hcpcs")?.path).toBe("/files/zip/july-2026-alpha-numeric-hcpcs-file.zip");
    expect(q.filter((a) => a.kind === "mue").map((a) => a.setting)).toEqual(["practitioner", "hospital", "dme"]);
  });

  it("uses another base URL for a mirror or a test server", () => {
    const a = sourcesForYear(2026).icd10[0];
    expect(a && archiveUrl(a, "http://127.0.0.1:8080/mirror")).toBe("http://127.0.0.1:8080/mirror/files/zip/2026-code-descriptions-tabular-order.zip");
  });

  it("lists the four quarters of the fiscal year", () => {
    expect(Object.keys(sourcesForYear(2026).quarters)).toEqual(["2025Q4", "2026Q1", "2026Q2", "2026Q3"]);
    expect(sourcesForYear(2026).quarters["2025Q4"]?.find((a) => a.kind === "hcpcs")?.path).toBe("/files/zip/october-2025-alpha-numeric-hcpcs-file.zip");
  });

  it("picks the latest quarter of the fiscal year begun by today", () => {
    expect(defaultQuarter(2026, "2026-11-24")).toBe("2026Q3");
    expect(defaultQuarter(2026, "2026-02-01")).toBe("2026Q1");
    expect(defaultQuarter(2027, "2026-11-24")).toBe("2026Q4");
    expect(defaultQuarter(2028, "2026-11-24")).toBe("2027Q4");
  });

  it("plans a sync limited to some groups", () => {
    const plan = planSync({ year: 2026, quarter: "2026Q1", only: ["hcpcs", "mue"] });
    expect(plan.archives.map((a) => a.source.kind)).toEqual(["hcpcs", "mue", "mue", "mue"]);
    expect(() => planSync({ year: 2026, quarter: "2026Q4" })).toThrow(/not in FY2026/);
    expect(() => sourcesForYear(2019)).toThrow(/no download sources configured for FY2019/);
  });
});

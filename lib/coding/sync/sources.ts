/**
 * Where `npm run codes:sync` downloads the official release archives from: the one config file.
 *
 * A "year" is an ICD-10 fiscal year, as for `codes:import --year`: FY2026 runs from Oct 1 2025 to
 * Sep 30 2026, so its quarterly files are those of 2025Q4, 2026Q1, 2026Q2 and 2026Q3.
 *
 * Every archive is a path on the CMS web site (https://www.cms.gov), so a mirror or a test server
 * can stand in with `--base-url`. CMS names its files after a stable pattern per product:
 *
 *   ICD-10-CM  (FY, from Oct 1)  /files/zip/<FY>-code-descriptions-tabular-order.zip
 *                                /files/zip/<FY>-code-tables-tabular-and-index.zip
 *   ICD-10-PCS (FY, from Oct 1)  /files/zip/<FY>-icd-10-pcs-order-file-long-and-abbreviated-titles.zip
 *                                /files/zip/<FY>-icd-10-pcs-code-tables-and-index.zip
 *   HCPCS Level II (quarterly)   /files/zip/<month>-<year>-alpha-numeric-hcpcs-file.zip
 *   NCCI PTP (quarterly)         /files/zip/medicare-ncci-<year>q<q>-practitioner-ptp-edits-ccipra-v<NNN>r0-f<1-4>.zip
 *                                /files/zip/medicare-ncci-<year>q<q>-hospital-ptp-edits-ccioph-v<NNN>r0-f<1-4>.zip
 *   MUE (quarterly)              /files/zip/medicare-ncci-<year>q<q>-practitioner-services-mue-table.zip
 *                                /files/zip/medicare-ncci-<year>q<q>-outpatient-hospital-services-mue-table.zip
 *                                /files/zip/medicare-ncci-<year>q<q>-dme-supplier-services-mue-table.zip
 *
 * NCCI version NNN: major = year - 1994, minor = quarter - 1 (v320 = 2026Q1), see importers/ncci.ts.
 * CMS sometimes renames a file (a "-v2" re-release, an April ICD-10 update); when a download
 * answers 404, check the CMS page and correct the entry here. A sha256 is given where the archive
 * has been checked (the ones kept in ../shared/codesets); null means "record what was downloaded".
 */
import type { MueSetting, NcciSetting } from "../types";

export const CMS_BASE_URL = "https://www.cms.gov";

export type ArchiveKind =
  | "icd10cm-order"
  | "icd10cm-tabular-index"
  | "icd10pcs-order"
  | "icd10pcs-tables-index"
  | "icd10pcs-codes"
  | "hcpcs"
  | "ncci-ptp"
  | "mue";

export interface ArchiveSource {
  /** Stable id: "icd10cm-FY2026-order". */
  id: string;
  kind: ArchiveKind;
  /** Release it belongs to: "FY2026", "2026-01", "2026Q1". */
  release: string;
  /** First day the release is in force (ISO). */
  effectiveFrom: string;
  /** Path on the CMS site, starting with "/". */
  path: string;
  /** Expected sha256 of the archive, or null when not known in advance. */
  sha256: string | null;
  setting?: NcciSetting | MueSetting;
  description: string;
}

/** Archive sha256 values checked against the copies in ../shared/codesets (see its MANIFEST.md). */
const KNOWN_SHA256: Record<string, string> = {
  "/files/zip/2026-code-descriptions-tabular-order.zip": "55a9124a27ca78a4a5c41e1101eda064ec2e08d105ff9e78d1fbd1a83298ef11",
  "/files/zip/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip": "64e37e6060bfd9eca74d9973be28fdf570b40f87a3a855bd078eb343dd0e594e",
  "/files/zip/2025-icd-10-pcs-codes-file.zip": "728d9b8f5c31554803cd58d3314a1ddf2fe71ed66d318bd4be51ed4940ca89cb",
};

const MONTHS = ["january", "april", "july", "october"] as const;

function archive(a: Omit<ArchiveSource, "sha256">): ArchiveSource {
  return { ...a, sha256: KNOWN_SHA256[a.path] ?? null };
}

/** ICD-10-CM and ICD-10-PCS archives of one fiscal year (in force from Oct 1 of the year before). */
function icd10(fy: number): ArchiveSource[] {
  const release = `FY${fy}`;
  const effectiveFrom = `${fy - 1}-10-01`;
  const out: ArchiveSource[] = [
    archive({ id: `icd10cm-${release}-order`, kind: "icd10cm-order", release, effectiveFrom, path: `/files/zip/${fy}-code-descriptions-tabular-order.zip`, description: `ICD-10-CM ${release} code descriptions in tabular order (order and codes files)` }),
    archive({ id: `icd10cm-${release}-tabular-index`, kind: "icd10cm-tabular-index", release, effectiveFrom, path: `/files/zip/${fy}-code-tables-tabular-and-index.zip`, description: `ICD-10-CM ${release} Tabular List and Index XML` }),
    archive({ id: `icd10pcs-${release}-order`, kind: "icd10pcs-order", release, effectiveFrom, path: `/files/zip/${fy}-icd-10-pcs-order-file-long-and-abbreviated-titles.zip`, description: `ICD-10-PCS ${release} order file (long and abbreviated titles)` }),
    archive({ id: `icd10pcs-${release}-tables-index`, kind: "icd10pcs-tables-index", release, effectiveFrom, path: `/files/zip/${fy}-icd-10-pcs-code-tables-and-index.zip`, description: `ICD-10-PCS ${release} code tables, index and definitions XML` }),
  ];
  if (fy === 2025) {
    out.push(archive({ id: `icd10pcs-${release}-codes`, kind: "icd10pcs-codes", release, effectiveFrom, path: "/files/zip/2025-icd-10-pcs-codes-file.zip", description: "ICD-10-PCS FY2025 codes file" }));
  }
  return out;
}

/** HCPCS, NCCI PTP and MUE archives of one calendar quarter. */
function quarter(year: number, q: 1 | 2 | 3 | 4): ArchiveSource[] {
  const month = MONTHS[q - 1] ?? "january";
  const hcpcsRelease = `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}`;
  const release = `${year}Q${q}`;
  const effectiveFrom = `${hcpcsRelease}-01`;
  const v = `v${year - 1994}${q - 1}r0`;
  const ncci = `/files/zip/medicare-ncci-${year}q${q}`;
  const out: ArchiveSource[] = [
    archive({ id: `hcpcs-${hcpcsRelease}`, kind: "hcpcs", release: hcpcsRelease, effectiveFrom, path: `/files/zip/${month}-${year}-alpha-numeric-hcpcs-file.zip`, description: `HCPCS Level II ${month} ${year} alpha-numeric file` }),
  ];
  for (const [setting, prefix] of [["practitioner", "ccipra"], ["hospital", "ccioph"]] as const) {
    for (const part of [1, 2, 3, 4]) {
      out.push(archive({ id: `ncci-ptp-${setting}-${release}-f${part}`, kind: "ncci-ptp", release, effectiveFrom, setting, path: `${ncci}-${setting}-ptp-edits-${prefix}-${v}-f${part}.zip`, description: `NCCI PTP ${setting} edits ${release} (${prefix}-${v}) part ${part}` }));
    }
  }
  for (const [setting, slug] of [["practitioner", "practitioner-services"], ["hospital", "outpatient-hospital-services"], ["dme", "dme-supplier-services"]] as const) {
    out.push(archive({ id: `mue-${setting}-${release}`, kind: "mue", release, effectiveFrom, setting, path: `${ncci}-${slug}-mue-table.zip`, description: `MUE ${setting} table ${release}` }));
  }
  return out;
}

/** The fiscal years the config knows. */
export const SYNC_YEARS: readonly number[] = [2025, 2026, 2027];

export interface YearSelection {
  /** ICD-10-CM/PCS of fiscal year `year`. */
  icd10: ArchiveSource[];
  /**
   * HCPCS, NCCI and MUE archives of the four quarters of the fiscal year, by quarter:
   * FY2026 = "2025Q4", "2026Q1", "2026Q2", "2026Q3" (Oct 1 2025 .. Sep 30 2026).
   */
  quarters: Record<string, ArchiveSource[]>;
}

const FY_QUARTERS = (fy: number): [number, 1 | 2 | 3 | 4][] => [
  [fy - 1, 4],
  [fy, 1],
  [fy, 2],
  [fy, 3],
];

/** Every archive listed for fiscal year `year`. */
export function sourcesForYear(year: number): YearSelection {
  if (!SYNC_YEARS.includes(year)) {
    throw new RangeError(`no download sources configured for FY${year}; known years: ${SYNC_YEARS.join(", ")} (lib/coding/sync/sources.ts)`);
  }
  const quarters: Record<string, ArchiveSource[]> = {};
  for (const [y, q] of FY_QUARTERS(year)) quarters[`${y}Q${q}`] = quarter(y, q);
  return { icd10: icd10(year), quarters };
}

/** The latest quarter of fiscal year `year` already begun on `today` (ISO), or its first quarter. */
export function defaultQuarter(year: number, today: string): string {
  const started = FY_QUARTERS(year).filter(([y, q]) => `${y}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01` <= today);
  const [y, q] = started.at(-1) ?? FY_QUARTERS(year)[0] ?? [year - 1, 4];
  return `${y}Q${q}`;
}

/** The archive's URL under a base (default the CMS site). */
export function archiveUrl(a: ArchiveSource, baseUrl: string = CMS_BASE_URL): string {
  return new URL(a.path.replace(/^\//, ""), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}

/** The archive's file name in the cache: CMS's own name, which the importers can read versions from. */
export function archiveFileName(a: ArchiveSource): string {
  return a.path.slice(a.path.lastIndexOf("/") + 1);
}

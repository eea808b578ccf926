/**
 * Downloads one fiscal year's release archives (ICD-10-CM/PCS of the year, HCPCS/NCCI/MUE of one
 * of its quarters) into `<cacheDir>/FY<year>/` and records what was fetched in `sync-manifest.json`.
 * The import itself is run by scripts/codes-sync.ts through scripts/codes-import.ts.
 */
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DownloadError, downloadFile, type DownloadProgress, type DownloadResult } from "./download";
import { archiveFileName, archiveUrl, CMS_BASE_URL, defaultQuarter, sourcesForYear, type ArchiveKind, type ArchiveSource } from "./sources";

export type SyncGroup = "icd10" | "hcpcs" | "ncci" | "mue";

const GROUP_OF: Record<ArchiveKind, SyncGroup> = {
  "icd10cm-order": "icd10",
  "icd10cm-tabular-index": "icd10",
  "icd10pcs-order": "icd10",
  "icd10pcs-tables-index": "icd10",
  "icd10pcs-codes": "icd10",
  hcpcs: "hcpcs",
  "ncci-ptp": "ncci",
  mue: "mue",
};

export interface SyncOptions {
  year: number;
  cacheDir: string;
  baseUrl?: string;
  /** "2026Q3"; default the latest quarter of fiscal year `year` begun today. */
  quarter?: string;
  /** Limit to some groups; default all. */
  only?: SyncGroup[];
  /** Keep going when an archive fails, and report it; default false (stop at the first failure). */
  skipMissing?: boolean;
  /** ISO date used to pick the default quarter; default today. */
  today?: string;
  retries?: number;
  backoffMs?: number;
  maxBytes?: number;
  onStart?: (a: ArchiveSource, url: string, index: number, count: number) => void;
  onProgress?: (a: ArchiveSource, p: DownloadProgress) => void;
  onDone?: (a: ArchiveSource, r: DownloadResult) => void;
  onRetry?: (a: ArchiveSource, info: { attempt: number; delayMs: number; error: DownloadError }) => void;
}

export interface SyncOutcome {
  dir: string;
  quarter: string;
  downloaded: { source: ArchiveSource; result: DownloadResult }[];
  failed: { source: ArchiveSource; error: DownloadError }[];
}

/** The archives a sync of `year` fetches, with their URLs. */
export function planSync(opts: Pick<SyncOptions, "year" | "quarter" | "only" | "today" | "baseUrl">): { quarter: string; archives: { source: ArchiveSource; url: string }[] } {
  const sel = sourcesForYear(opts.year);
  const quarter = opts.quarter ?? defaultQuarter(opts.year, opts.today ?? new Date().toISOString().slice(0, 10));
  const quarterly = sel.quarters[quarter];
  if (quarterly === undefined) {
    throw new RangeError(`quarter ${quarter} is not in FY${opts.year}; use one of ${Object.keys(sel.quarters).join(", ")}`);
  }
  const only = opts.only === undefined || opts.only.length === 0 ? null : new Set(opts.only);
  const archives = [...sel.icd10, ...quarterly]
    .filter((a) => only === null || only.has(GROUP_OF[a.kind]))
    .map((source) => ({ source, url: archiveUrl(source, opts.baseUrl ?? CMS_BASE_URL) }));
  return { quarter, archives };
}

/** Downloads the planned archives one after another (see the module comment). */
export async function syncYear(opts: SyncOptions): Promise<SyncOutcome> {
  const { quarter, archives } = planSync(opts);
  const dir = join(opts.cacheDir, `FY${opts.year}`);
  const outcome: SyncOutcome = { dir, quarter, downloaded: [], failed: [] };
  for (const [i, { source, url }] of archives.entries()) {
    opts.onStart?.(source, url, i, archives.length);
    try {
      const result = await downloadFile({
        url,
        dest: join(dir, archiveFileName(source)),
        expectedSha256: source.sha256,
        retries: opts.retries,
        backoffMs: opts.backoffMs,
        maxBytes: opts.maxBytes,
        onProgress: (p) => opts.onProgress?.(source, p),
        onRetry: (r) => opts.onRetry?.(source, r),
      });
      outcome.downloaded.push({ source, result });
      opts.onDone?.(source, result);
    } catch (e) {
      if (!(e instanceof DownloadError)) throw e;
      outcome.failed.push({ source, error: e });
      if (!opts.skipMissing) break;
    }
  }
  const manifest = {
    year: opts.year,
    quarter,
    syncedAt: new Date().toISOString(),
    archives: outcome.downloaded.map(({ source, result }) => ({
      id: source.id,
      kind: source.kind,
      release: source.release,
      setting: source.setting ?? null,
      url: result.url,
      file: archiveFileName(source),
      sha256: result.sha256,
      bytes: result.bytes,
      verified: result.verified,
      fromCache: result.fromCache,
    })),
    failed: outcome.failed.map(({ source, error }) => ({ id: source.id, url: error.url, code: error.code, status: error.status ?? null, message: error.message })),
  };
  if (outcome.downloaded.length > 0 || outcome.failed.length > 0) {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.sync-manifest.json.tmp-${process.pid}`);
    await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(tmp, join(dir, "sync-manifest.json"));
  }
  return outcome;
}

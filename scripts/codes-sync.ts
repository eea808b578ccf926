/**
 * npm run codes:sync -- --year 2026 [--quarter 2026Q3] [--cache DIR] [--base-url URL] [--data-dir DIR]
 *                       [--only icd10,hcpcs,ncci,mue] [--skip-missing] [--download-only] [--dry-run]
 *
 * Downloads the official archives of ICD-10 fiscal year N (URLs and checksums in
 * lib/coding/sync/sources.ts) into <cache>/FY<N>/ (default cache: <data dir>/codes-cache), showing
 * progress on stderr, then imports them with scripts/codes-import.ts's main, in this process
 * (`--from <cache>/FY<N> --year N`).
 * ICD-10-CM/PCS come for the fiscal year; HCPCS, NCCI PTP and MUE for one of its quarters
 * (default: the latest one begun). Archives already in the cache with a matching sha256 are reused.
 * Exit codes: 0 done; 1 a download or the import failed (nothing installed changes); 2 usage error.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { resolveDataDir } from "../lib/coding/snapshot/manifest";
import { planSync, syncYear, type SyncGroup } from "../lib/coding/sync/sync-year";
import { main as importMain } from "./codes-import";

const USAGE = `usage: npm run codes:sync -- --year N [--quarter YYYYQn] [--cache DIR] [--base-url URL] [--data-dir DIR]
                           [--only icd10,hcpcs,ncci,mue] [--skip-missing] [--download-only] [--dry-run]

  --year          ICD-10 fiscal year N (Oct 1 N-1 .. Sep 30 N)
  --quarter       the HCPCS/NCCI/MUE quarter within it (default: the latest one begun)
  --cache         where archives are kept (default: <data dir>/codes-cache)
  --base-url      a mirror of www.cms.gov (paths are kept)
  --data-dir      where codesets/ lives (default: $CODECERT_DATA_DIR or ./.data)
  --only          download only these groups
  --skip-missing  import what could be downloaded when some archives fail
  --download-only download, do not import
  --dry-run       list the URLs and expected checksums, download nothing`;

const GROUPS: readonly SyncGroup[] = ["icd10", "hcpcs", "ncci", "mue"];

export interface SyncArgs {
  year: number;
  quarter?: string;
  cache: string;
  baseUrl?: string;
  dataDir?: string;
  only?: SyncGroup[];
  skipMissing: boolean;
  downloadOnly: boolean;
  dryRun: boolean;
}

/** Parses the command line; a string is a usage error. */
export function parseSyncArgs(argv: string[]): SyncArgs | string {
  let v: { year?: string; quarter?: string; cache?: string; "base-url"?: string; "data-dir"?: string; only?: string; "skip-missing"?: boolean; "download-only"?: boolean; "dry-run"?: boolean };
  try {
    v = parseArgs({
      args: argv,
      options: {
        year: { type: "string" },
        quarter: { type: "string" },
        cache: { type: "string" },
        "base-url": { type: "string" },
        "data-dir": { type: "string" },
        only: { type: "string" },
        "skip-missing": { type: "boolean" },
        "download-only": { type: "boolean" },
        "dry-run": { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (v.year === undefined || !/^\d{4}$/.test(v.year)) return "--year needs a fiscal year such as 2026";
  if (v.quarter !== undefined && !/^\d{4}Q[1-4]$/.test(v.quarter)) return "--quarter needs a quarter such as 2026Q3";
  if (v["base-url"] !== undefined && !/^https?:\/\/[^\s]+$/.test(v["base-url"])) return "--base-url needs an http(s) URL";
  let only: SyncGroup[] | undefined;
  if (v.only !== undefined) {
    const names = v.only.split(",").map((s) => s.trim()).filter((s) => s !== "");
    only = GROUPS.filter((g) => names.includes(g));
    if (names.length === 0 || only.length !== names.length) return `--only takes a comma-separated list of ${GROUPS.join(", ")}`;
  }
  const dataDir = v["data-dir"] === undefined ? undefined : resolve(v["data-dir"]);
  const args: SyncArgs = {
    year: Number(v.year),
    cache: v.cache === undefined ? join(resolveDataDir(dataDir), "codes-cache") : resolve(v.cache),
    skipMissing: v["skip-missing"] === true,
    downloadOnly: v["download-only"] === true,
    dryRun: v["dry-run"] === true,
  };
  if (v.quarter !== undefined) args.quarter = v.quarter;
  if (v["base-url"] !== undefined) args.baseUrl = v["base-url"];
  if (dataDir !== undefined) args.dataDir = dataDir;
  if (only !== undefined) args.only = only;
  return args;
}

const mib = (n: number): string => `${(n / 1048576).toFixed(1)} MiB`;

export async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const args = parseSyncArgs(argv);
  if (typeof args === "string") {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  let plan: ReturnType<typeof planSync>;
  try {
    plan = planSync(args);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  if (args.dryRun) {
    console.log(`FY${args.year}, quarter ${plan.quarter}: ${plan.archives.length} archives`);
    for (const { source, url } of plan.archives) console.log(`${source.id}\t${url}\t${source.sha256 ?? "(sha256 recorded on download)"}`);
    return 0;
  }
  const tty = process.stderr.isTTY === true;
  let shownAt = 0;
  const outcome = await syncYear({
    ...args,
    cacheDir: args.cache,
    onStart: (a, url, i, n) => {
      shownAt = 0;
      process.stderr.write(`[${i + 1}/${n}] ${a.description}\n      ${url}\n`);
    },
    onProgress: (_a, p) => {
      const now = Date.now();
      if (now - shownAt < (tty ? 250 : 5000)) return;
      shownAt = now;
      const of = p.total === null ? "" : ` of ${mib(p.total)} (${Math.floor((100 * p.received) / Math.max(1, p.total))}%)`;
      process.stderr.write(tty ? `\r      ${mib(p.received)}${of}   ` : `      ${mib(p.received)}${of}\n`);
    },
    onRetry: (_a, r) => process.stderr.write(`${tty ? "\n" : ""}      retry ${r.attempt} in ${r.delayMs} ms: ${r.error.message}\n`),
    onDone: (_a, r) =>
      process.stderr.write(
        `${tty ? "\r" : ""}      ${r.fromCache ? "in the cache" : `${mib(r.bytes)} downloaded`}; sha256 ${r.sha256} ${r.verified ? "matches the config" : "recorded"}\n`,
      ),
  });
  for (const f of outcome.failed) console.error(`FAILED ${f.source.id}: ${f.error.message}`);
  if (outcome.failed.length > 0 && !args.skipMissing) {
    console.error("Nothing was imported. Correct lib/coding/sync/sources.ts, or rerun with --skip-missing to import what was downloaded.");
    return 1;
  }
  if (outcome.downloaded.length === 0) {
    console.error("Nothing was downloaded.");
    return 1;
  }
  process.stderr.write(`${outcome.downloaded.length} archives in ${outcome.dir} (sync-manifest.json lists them)\n`);
  if (args.downloadOnly) return 0;
  const importArgs = ["--from", outcome.dir, "--year", String(args.year)];
  if (args.dataDir !== undefined) importArgs.push("--data-dir", args.dataDir);
  return importMain(importArgs);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exitCode = 1;
    },
  );
}

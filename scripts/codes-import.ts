/**
 * npm run codes:import -- --from DIR_OR_ZIP [--year 2026] [--data-dir D] [--cpt FILE --cpt-version 2026]
 *
 * Imports the official release files found under --from (a directory, a zip, or a directory of
 * zips), writes a snapshot per set into <data-dir>/codesets/ and commits manifest.json there.
 * Exit codes: 0 imported; 1 a file is malformed ("file:line: reason"; nothing installed changes);
 * 2 usage error.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ImportError } from "../lib/coding/importers/errors";
import { runImport, type ImportEvent } from "../lib/coding/importers/run-import";

const USAGE = `usage: npm run codes:import -- --from DIR_OR_ZIP [--year N] [--data-dir DIR] [--cpt FILE --cpt-version YYYY]

  --from       a directory, a zip, or a directory of zips holding CMS/CDC release files
  --year       only the sets in force during fiscal year N (N-1-10-01 .. N-09-30)
  --data-dir   where codesets/ lives (default: $CODECERT_DATA_DIR or ./.data)
  --cpt        a licensed AMA CPT data file (never picked up from --from)
  --cpt-version the CPT release year of that file, e.g. 2026 (in force Jan 1 .. Dec 31)
  --quiet      print only the summary`;

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function fmtBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} kB`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
      return i === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

/** Runs the import command on `argv` (the arguments after the script name); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let values: { from?: string; year?: string; "data-dir"?: string; cpt?: string; "cpt-version"?: string; quiet?: boolean; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: {
        from: { type: "string" },
        year: { type: "string" },
        "data-dir": { type: "string" },
        cpt: { type: "string" },
        "cpt-version": { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.from === undefined) {
    console.error(`--from is required\n${USAGE}`);
    return 2;
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) {
      console.error(`--year must be a year such as 2026\n${USAGE}`);
      return 2;
    }
    year = Number(values.year);
  }
  let cpt: { path: string; version: string; effectiveFrom: string; effectiveTo: string } | undefined;
  if (values.cpt !== undefined) {
    const v = values["cpt-version"];
    if (v === undefined || !/^\d{4}$/.test(v)) {
      console.error(`--cpt needs --cpt-version YYYY\n${USAGE}`);
      return 2;
    }
    cpt = { path: values.cpt, version: v, effectiveFrom: `${v}-01-01`, effectiveTo: `${v}-12-31` };
  }
  const quiet = values.quiet === true;
  const onEvent = (e: ImportEvent): void => {
    if (quiet) return;
    switch (e.type) {
      case "found":
        console.log(`Found ${e.files.length} release files; ${e.jobs.length} sets to import.`);
        for (const s of e.skipped) console.log(`  skipped ${s.display}: ${s.reason}`);
        break;
      case "start":
        console.log(`[${e.index + 1}/${e.count}] ${e.job.label} ← ${e.job.files.map((f) => f.display).join(", ") || "(licensed file)"}`);
        break;
      case "done":
        console.log(`      ${e.row.records.toLocaleString("en-US")} records in ${fmtMs(e.row.ms)} → ${e.row.snapshotFile} (${fmtBytes(e.row.snapshotBytes)})`);
        break;
      case "skip":
        console.log(`      skipped: ${e.reason}`);
        break;
      case "commit":
        console.log(`Installed: ${e.manifest}`);
        break;
    }
  };
  try {
    const result = await runImport({ from: values.from, year, dataDir: values["data-dir"], cpt, onEvent });
    console.log("");
    console.log(
      table([
        ["set", "records", "time", "snapshot"],
        ...result.rows.map((r) => [r.id, r.records.toLocaleString("en-US"), fmtMs(r.ms), fmtBytes(r.snapshotBytes)]),
      ]),
    );
    console.log(`\n${result.rows.length} sets imported in ${fmtMs(result.totalMs)} into ${result.dir}`);
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      console.error(`import failed: ${e.message}`);
      console.error("Nothing installed was changed.");
      return 1;
    }
    console.error(`import failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

/** true when this file is the script node was started with (not when another module imports it). */
function isEntryScript(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url);
}

if (isEntryScript()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

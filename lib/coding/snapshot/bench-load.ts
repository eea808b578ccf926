/**
 * Load figures for `npm run bench`: time and added RSS to load every installed snapshot (plus the
 * teaching sets) into a library, and to have each kind's set for a date built and ready.
 * Run first in a fresh process for a fair RSS figure, or on its own:
 *   npx tsx lib/coding/snapshot/bench-load.ts [--data-dir DIR] [--date 2026-01-15]
 */
import { pathToFileURL } from "node:url";
import { loadLibrary } from "./load";
import { codesetsDir, readManifest } from "./manifest";

export interface LoadBenchResult {
  dataDir: string | undefined;
  date: string;
  /** Sets in the library (installed and teaching). */
  sets: string[];
  /** Snapshots read and library created (sets are built lazily on first use). */
  loadMs: number;
  /** The same plus every kind's set for `date` built (indexes ready for validation). */
  readyMs: number;
  /** CPU time of the process over readyMs (user + system), steadier than wall time on a busy machine. */
  cpuMs: number;
  /** RSS added by the load and build, in MB (1 MB = 2^20 bytes). */
  rssDeltaMb: number;
  heapDeltaMb: number;
}

function gc(): void {
  const g: unknown = Reflect.get(globalThis, "gc");
  if (typeof g === "function") g();
}

/** Loads the library once and reports the load time and memory. */
export async function benchLoad(opts: { dataDir?: string; date?: string } = {}): Promise<LoadBenchResult> {
  const date = opts.date ?? "2026-01-15";
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const lib = await loadLibrary({ dataDir: opts.dataDir });
  const t1 = performance.now();
  lib.icd10cm(date);
  lib.icd10pcs(date);
  lib.hcpcs(date);
  lib.cpt(date);
  lib.mce(date);
  for (const s of ["practitioner", "hospital"] as const) lib.ptp(date, s);
  for (const s of ["practitioner", "hospital", "dme"] as const) lib.mue(date, s);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const mem = process.memoryUsage();
  return {
    dataDir: opts.dataDir,
    date,
    sets: lib.sets.map((s) => s.id),
    loadMs: t1 - t0,
    readyMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssDeltaMb: (mem.rss - rss0) / 2 ** 20,
    heapDeltaMb: (mem.heapUsed - heap0) / 2 ** 20,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = arg("--data-dir");
  const installed = readManifest(codesetsDir(dataDir))?.sets.length ?? 0;
  const r = await benchLoad({ dataDir, date: arg("--date") });
  console.log(
    `load ${installed} installed sets + teaching: ${r.loadMs.toFixed(0)} ms, ready ${r.readyMs.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms), ` +
      `+${r.rssDeltaMb.toFixed(0)} MB RSS (+${r.heapDeltaMb.toFixed(0)} MB heap) [${r.sets.join(", ")}]`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

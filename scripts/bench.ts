/**
 * npm run bench: the figures the issues ask for, on the official code sets in ../shared when present.
 *   import of every official file · snapshot load (fresh process) · validateCode / validateClaim throughput
 *   · code search p50/p95 · scoring a 100-item attempt with 20 cases · answer saves under 100 concurrent takers (PostgreSQL)
 * Options: --skip-load-test (no server run), --shared DIR.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCoreBench } from "../lib/coding/bench-core";
import { benchSearch } from "../lib/coding/search/bench";
import { loadLibrary } from "../lib/coding/snapshot/load";
import { teachingLibrary } from "../lib/coding/teaching";
import type { CodeLibrary } from "../lib/coding/types";
import { loadBank } from "../lib/exams/bank";
import { benchScoring } from "../lib/exams/bench";
import { runSaveLoad } from "./bench/save-load";

const { values } = parseArgs({ options: { "skip-load-test": { type: "boolean" }, shared: { type: "string" } } });
const shared = path.resolve(values.shared ?? "../shared/codesets");
const tsx = path.join("node_modules", ".bin", "tsx");
const lines: string[] = [];
const report = (name: string, figure: string, target = "") => {
  const line = `${name.padEnd(52)} ${figure.padEnd(34)} ${target}`;
  lines.push(line);
  console.log(line);
};

let library: CodeLibrary = teachingLibrary();
let dataDir: string | undefined;
if (fs.existsSync(shared)) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "codecert-bench-"));
  const started = performance.now();
  const imported = spawnSync(tsx, ["scripts/codes-import.ts", "--from", shared, "--data-dir", dataDir], { encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stdout}\n${imported.stderr}`);
  report("full import of the official files in ../shared", `${seconds.toFixed(1)} s (whole process)`, "target ≤ 60 s");
  for (let run = 1; run <= 3; run++) {
    const load = spawnSync(
      tsx,
      ["--expose-gc", "-e", `import("./lib/coding/snapshot/bench-load.ts").then(async (m) => console.log(JSON.stringify(await m.benchLoad({ dataDir: ${JSON.stringify(dataDir)} }))))`],
      { encoding: "utf8" },
    );
    const figure = JSON.parse(load.stdout.trim().split("\n").at(-1) ?? "{}") as { loadMs: number; readyMs: number; cpuMs: number; rssDeltaMb: number; sets: string[] };
    report(
      `snapshot load, ${figure.sets?.length} sets (fresh process, run ${run})`,
      `${figure.loadMs?.toFixed(0)} ms load, ${figure.readyMs?.toFixed(0)} ms ready (CPU ${figure.cpuMs?.toFixed(0)} ms), +${figure.rssDeltaMb?.toFixed(0)} MB RSS`,
      "target ≤ 300 ms, ≤ 150 MB",
    );
  }
  library = await loadLibrary({ dataDir });
} else {
  console.log(`(${shared} is absent: figures below are on the teaching set only)`);
}

for (const f of runCoreBench(library)) {
  report(f.name, `${Math.round(f.perSecondCpu).toLocaleString("en-US")}/s per core`, `target ≥ ${f.target.toLocaleString("en-US")}/s ${f.meetsTarget ? "✓" : "✗"}`);
}

const cmSearch = benchSearch(library, { systems: ["icd10cm"] });
report(`code search over ${cmSearch.codes.toLocaleString("en-US")} ICD-10-CM codes`, `p50 ${cmSearch.p50Ms} ms, p95 ${cmSearch.p95Ms} ms`, "target p95 ≤ 10 ms");
const allSearch = benchSearch(library);
report(`code search over all systems (${allSearch.codes.toLocaleString("en-US")} codes)`, `p50 ${allSearch.p50Ms} ms, p95 ${allSearch.p95Ms} ms (index ${allSearch.buildMs} ms)`);

const scoring = benchScoring(loadBank().items, library);
report(`scoring a ${scoring.items}-item attempt with ${scoring.cases} coding cases`, `median ${scoring.medianMs} ms, max ${scoring.maxMs} ms`, "target ≤ 50 ms");

if (!values["skip-load-test"]) {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("(no production build: run npm run build first for the answer-save load test)");
  } else {
    try {
      const load = await runSaveLoad();
      report(
        `answer saves, ${load.users} concurrent takers, ~${load.thinkMs} ms apart (PostgreSQL)`,
        `server p95 ${load.serverMs.p95} ms (p50 ${load.serverMs.p50}), client p95 ${load.clientMs.p95} ms`,
        `target server p95 ≤ 50 ms; ${load.saves} saves, ${load.savesPerSecond}/s, ${load.errors} errors`,
      );
    } catch (error) {
      console.log(`(answer-save load test not run: ${(error as Error).message})`);
    }
  }
}
if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`\n${lines.length} figures`);

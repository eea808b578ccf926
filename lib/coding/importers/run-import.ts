/**
 * The import command's engine (scripts/codes-import.ts is its CLI): discover release files,
 * plan one job per set, run the importers, write each snapshot under a new name, then commit
 * the manifest atomically and remove the snapshots it no longer lists.
 *
 * Nothing the loader reads changes before the commit: a malformed file stops the run with
 * "file:line: reason", the snapshots written so far in the run are removed, and the previous
 * manifest and snapshots stay as they were.
 *
 * Quarterly releases (HCPCS, NCCI PTP per setting, MUE per setting) are imported open-ended; at the
 * commit the newest of each kind keeps effectiveTo null and each earlier one is closed the day
 * before the next one starts (closeSupersededReleases). ICD-10 fiscal years always end on Sep 30.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { AnySetData } from "../data";
import { QUARTERLY_KINDS } from "../library";
import type { CodeSetMeta, MueSetting, NcciSetting, SetKind } from "../types";
import { encodeSnapshot, writeFileAtomic } from "../snapshot/snapshot";
import { buildContainer } from "../snapshot/container";
import { encodeIndex } from "../snapshot/codecs";
import { codesetsDir, readManifest, writeManifest, type InstalledSet } from "../snapshot/manifest";
import { discoverReleaseFiles, fiscalYearDates, hcpcsQuarterDates, type Discovery, type FoundFile } from "./detect";
import { ImportError } from "./errors";
import { importCptFile } from "./cpt";
import { importHcpcs } from "./hcpcs";
import { importIcd10Cm } from "./icd10cm";
import type { Icd10CmIndexData } from "./icd10cm-index";
import { importIcd10Pcs } from "./icd10pcs";
import { importMce } from "./mce";
import { importMue } from "./mue";
import { importPtp } from "./ncci";
import type { LineSource } from "./read-lines";

export interface ImportJob {
  kind: SetKind;
  /** "ICD-10-CM FY2026". */
  label: string;
  files: FoundFile[];
  run(): Promise<{ set: AnySetData; index?: Icd10CmIndexData }>;
}

export interface ImportPlan {
  jobs: ImportJob[];
  skipped: Discovery["skipped"];
}

export interface PlanOptions {
  /** Only sets in force during fiscal year N (N-1-10-01 .. N-09-30). */
  year?: number;
  /** A licensed CPT file (never found by discovery). */
  cpt?: { path: string; version: string; effectiveFrom: string; effectiveTo?: string | null };
}

function overlapsFiscalYear(from: string, to: string | null, year: number): boolean {
  const fy = fiscalYearDates(year);
  return from <= fy.effectiveTo && (to === null || to >= fy.effectiveFrom);
}

/** The candidates of one kind, the first of each key kept, the rest reported as duplicates. */
function firstByKey(files: FoundFile[], key: (f: FoundFile) => string, skipped: Discovery["skipped"]): Map<string, FoundFile> {
  const out = new Map<string, FoundFile>();
  for (const f of files) {
    const k = key(f);
    const first = out.get(k);
    if (first === undefined) out.set(k, f);
    else skipped.push({ display: f.display, reason: `same release as ${first.display}, which is used` });
  }
  return out;
}

function needYear(f: FoundFile): number {
  if (f.year === null) throw new ImportError(f.display, 0, "cannot tell which year this file is for: give it its official name (e.g. icd10cm_order_2026.txt)");
  return f.year;
}

/** The tabular or index to use with FY `year`: that year's, else the latest earlier one, else the earliest later one. */
function pickNearest(byYear: Map<string, FoundFile>, year: number): FoundFile | undefined {
  const years = [...byYear.keys()].map(Number).sort((a, b) => a - b);
  const same = years.find((y) => y === year);
  const earlier = years.filter((y) => y < year).pop();
  const later = years.find((y) => y > year);
  const pick = same ?? earlier ?? later;
  return pick === undefined ? undefined : byYear.get(String(pick));
}

/** Groups found files into import jobs. Throws ImportError for a file that cannot be placed. */
export function planImport(discovery: Discovery, opts: PlanOptions = {}): ImportPlan {
  const skipped = [...discovery.skipped];
  const jobs: ImportJob[] = [];
  const of = (kind: FoundFile["kind"]) => discovery.files.filter((f) => f.kind === kind);
  const wantFy = (year: number) => opts.year === undefined || opts.year === year;
  const official = "official" as const;

  // ICD-10-CM
  const cmOrders = firstByKey(of("icd10cm-order"), (f) => String(needYear(f)), skipped);
  const tabulars = firstByKey(of("icd10cm-tabular"), (f) => String(needYear(f)), skipped);
  const indexes = firstByKey(of("icd10cm-index"), (f) => String(needYear(f)), skipped);
  const usedTab = new Set<FoundFile>();
  for (const [y, order] of cmOrders) {
    const year = Number(y);
    if (!wantFy(year)) {
      skipped.push({ display: order.display, reason: `FY${year}, not FY${opts.year ?? ""}` });
      continue;
    }
    const tabular = pickNearest(tabulars, year);
    const index = pickNearest(indexes, year);
    if (tabular) usedTab.add(tabular);
    if (index) usedTab.add(index);
    const dates = fiscalYearDates(year);
    jobs.push({
      kind: "icd10cm",
      label: `ICD-10-CM ${dates.version}`,
      files: [order, ...(tabular ? [tabular] : []), ...(index ? [index] : [])],
      async run() {
        const input: { order: LineSource; tabular?: LineSource; index?: LineSource } = { order: await order.open() };
        if (tabular) input.tabular = await tabular.open();
        if (index) input.index = await index.open();
        const data = await importIcd10Cm(input, { ...dates, source: official });
        const { index: idx, ...set } = data;
        return idx === undefined ? { set: { kind: "icd10cm", data: set } } : { set: { kind: "icd10cm", data: set }, index: idx };
      },
    });
  }
  for (const f of [...tabulars.values(), ...indexes.values()]) {
    if (!usedTab.has(f)) skipped.push({ display: f.display, reason: "no ICD-10-CM order file of a year it could serve" });
  }
  for (const f of of("icd10cm-codes")) skipped.push({ display: f.display, reason: "the order file of the year holds these codes and the headers too" });
  for (const f of [...of("icd10cm-order-addenda"), ...of("icd10cm-codes-addenda"), ...of("icd10pcs-addenda")]) {
    skipped.push({ display: f.display, reason: "a list of changes; the full files are imported instead" });
  }
  for (const f of of("icd10cm-other-index")) skipped.push({ display: f.display, reason: "the Neoplasm, Drug and External-cause indexes are not imported yet" });
  for (const f of [...of("icd10pcs-index"), ...of("icd10pcs-definitions")]) {
    skipped.push({ display: f.display, reason: "the ICD-10-PCS index and definitions are not imported yet" });
  }

  // ICD-10-PCS
  const pcsOrders = firstByKey(of("icd10pcs-order"), (f) => String(needYear(f)), skipped);
  const pcsTables = firstByKey(of("icd10pcs-tables"), (f) => String(needYear(f)), skipped);
  const pcsYears = [...new Set([...pcsOrders.keys(), ...pcsTables.keys()])].map(Number).sort((a, b) => a - b);
  for (const year of pcsYears) {
    const order = pcsOrders.get(String(year));
    const tables = pcsTables.get(String(year));
    if (!wantFy(year)) {
      for (const f of [order, tables]) if (f) skipped.push({ display: f.display, reason: `FY${year}, not FY${opts.year ?? ""}` });
      continue;
    }
    const dates = fiscalYearDates(year);
    jobs.push({
      kind: "icd10pcs",
      label: `ICD-10-PCS ${dates.version}`,
      files: [order, tables].filter((f): f is FoundFile => f !== undefined),
      async run() {
        const input: { order?: LineSource; tables?: LineSource } = {};
        if (order) input.order = await order.open();
        if (tables) input.tables = await tables.open();
        return { set: { kind: "icd10pcs", data: await importIcd10Pcs(input, { ...dates, source: official }) } };
      },
    });
  }
  for (const f of of("icd10pcs-codes")) skipped.push({ display: f.display, reason: "the ICD-10-PCS codes file is not imported (use the order file or the Tables XML)" });

  // HCPCS: one file per quarter; the text file first when both forms are there (it is the record layout's own form).
  const hcpcsFiles = [...of("hcpcs")].sort((a, b) => Number(/\.xlsx$/i.test(a.name)) - Number(/\.xlsx$/i.test(b.name)));
  const hcpcs = firstByKey(hcpcsFiles, (f) => `${needYear(f)}-${f.quarterMonth ?? "JAN"}`, skipped);
  for (const f of hcpcs.values()) {
    const { quarterEnd, ...dates } = hcpcsQuarterDates(needYear(f), f.quarterMonth ?? "JAN");
    if (opts.year !== undefined && !overlapsFiscalYear(dates.effectiveFrom, quarterEnd, opts.year)) {
      skipped.push({ display: f.display, reason: `HCPCS ${dates.version} is not in force during FY${opts.year}` });
      continue;
    }
    jobs.push({
      kind: "hcpcs",
      label: `HCPCS ${dates.version}`,
      files: [f],
      async run() {
        return { set: { kind: "hcpcs", data: await importHcpcs(await f.open(), { ...dates, source: official }) } };
      },
    });
  }

  // NCCI PTP: the parts of one version and setting go together.
  const ptpGroups = new Map<string, FoundFile[]>();
  for (const f of of("ncci-ptp")) {
    const setting = f.setting;
    if (setting !== "practitioner" && setting !== "hospital") {
      throw new ImportError(f.display, 0, "cannot tell the setting of this PTP file: keep CMS's name (ccipra-… practitioner, ccioph-… hospital)");
    }
    const version = /v\d{3}r\d+/i.exec(f.name)?.[0]?.toLowerCase() ?? "unversioned";
    const key = `${setting} ${version}`;
    const parts = ptpGroups.get(key) ?? [];
    if (parts.some((p) => p.name.toLowerCase() === f.name.toLowerCase())) {
      skipped.push({ display: f.display, reason: "the same PTP part was found twice" });
      continue;
    }
    parts.push(f);
    ptpGroups.set(key, parts);
  }
  for (const [key, parts] of ptpGroups) {
    const setting: NcciSetting = key.startsWith("hospital") ? "hospital" : "practitioner";
    jobs.push({
      kind: "ncci-ptp",
      label: `NCCI PTP ${key}`,
      files: parts,
      async run() {
        const sources: LineSource[] = [];
        for (const p of parts) sources.push(await p.open());
        return { set: { kind: "ncci-ptp", data: await importPtp(sources, { setting, source: official }) } };
      },
    });
  }

  // MUE
  for (const f of firstByKey(of("mue"), (x) => x.name.toLowerCase(), skipped).values()) {
    const setting = f.setting;
    if (setting !== "practitioner" && setting !== "hospital" && setting !== "dme") {
      throw new ImportError(f.display, 0, "cannot tell the setting of this MUE table: keep CMS's name (MCR_MUE_PractitionerServices_…, …OutpatientHospitalServices…, …DMESupplierServices…)");
    }
    const s: MueSetting = setting;
    jobs.push({
      kind: "mue",
      label: `MUE ${s} (${f.name})`,
      files: [f],
      async run() {
        return { set: { kind: "mue", data: await importMue(await f.open(), { setting: s, source: official }) } };
      },
    });
  }

  // MCE: the fiscal year comes from the file's MCE version, so the year filter is applied after import.
  for (const f of firstByKey(of("mce"), (x) => x.name.toLowerCase(), skipped).values()) {
    jobs.push({
      kind: "mce",
      label: `MCE (${f.name})`,
      files: [f],
      async run() {
        return { set: { kind: "mce", data: await importMce(await f.open(), { source: official }) } };
      },
    });
  }

  if (opts.cpt !== undefined) {
    const cpt = opts.cpt;
    jobs.push({
      kind: "cpt",
      label: `CPT ${cpt.version}`,
      files: [],
      async run() {
        return { set: { kind: "cpt", data: await importCptFile(cpt.path, { ...cpt, source: "licensed" }) } };
      },
    });
  }
  return { jobs, skipped };
}

export type ImportEvent =
  | { type: "found"; files: FoundFile[]; skipped: Discovery["skipped"]; jobs: ImportJob[] }
  | { type: "start"; job: ImportJob; index: number; count: number }
  | { type: "done"; job: ImportJob; row: ImportSummaryRow }
  | { type: "skip"; job: ImportJob; reason: string }
  | { type: "commit"; manifest: string };

export interface ImportSummaryRow {
  id: string;
  label: string;
  records: number;
  ms: number;
  snapshotBytes: number;
  snapshotFile: string;
}

export interface RunImportOptions extends PlanOptions {
  from: string;
  dataDir?: string;
  onEvent?: (e: ImportEvent) => void;
  /** ISO timestamp recorded as importedAt (tests); default now. */
  now?: string;
}

export interface RunImportResult {
  dir: string;
  rows: ImportSummaryRow[];
  skipped: Discovery["skipped"];
  totalMs: number;
}

/** Main records of a set (codes, edits or entries). */
export function recordCount(set: AnySetData): number {
  switch (set.kind) {
    case "icd10cm":
    case "icd10pcs":
      return set.data.columns.codes.length;
    case "hcpcs":
      return set.data.codes.length + set.data.modifiers.length;
    case "cpt":
      return set.data.codes.length;
    case "ncci-ptp":
      return set.data.edits.length;
    case "mue":
      return set.data.entries.length;
    case "mce":
      return Object.keys(set.data.entries).length;
  }
}

/** The day before an ISO date (2026-01-01 -> 2025-12-31). */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The releases that succeed one another: HCPCS; NCCI PTP and MUE per setting (the id without its version). */
function releaseLine(meta: CodeSetMeta): string | null {
  if (!QUARTERLY_KINDS.includes(meta.kind) || meta.source === "teaching") return null;
  const suffix = `-${meta.version}`;
  return meta.id.endsWith(suffix) ? meta.id.slice(0, -suffix.length) : meta.id;
}

/**
 * Quarterly releases stay in force until a later release of the same kind (and setting) is
 * installed: the newest of each line gets effectiveTo null, each earlier one ends the day before the
 * next one's effectiveFrom. Other sets are returned as they are.
 */
export function closeSupersededReleases(sets: InstalledSet[]): InstalledSet[] {
  const lines = new Map<string, InstalledSet[]>();
  for (const s of sets) {
    const line = releaseLine(s.meta);
    if (line === null) continue;
    const list = lines.get(line) ?? [];
    list.push(s);
    lines.set(line, list);
  }
  const updated = new Map<InstalledSet, InstalledSet>();
  for (const list of lines.values()) {
    const ordered = [...list].sort((a, b) => (a.meta.effectiveFrom < b.meta.effectiveFrom ? -1 : a.meta.effectiveFrom > b.meta.effectiveFrom ? 1 : 0));
    ordered.forEach((s, i) => {
      const next = ordered[i + 1];
      let effectiveTo: string | null = null;
      if (next !== undefined) {
        // Two releases starting the same day: leave the earlier one as it is (the library prefers the later-loaded).
        if (next.meta.effectiveFrom <= s.meta.effectiveFrom) return;
        effectiveTo = dayBefore(next.meta.effectiveFrom);
      }
      if (s.meta.effectiveTo !== effectiveTo) updated.set(s, { ...s, meta: { ...s.meta, effectiveTo } });
    });
  }
  return sets.map((s) => updated.get(s) ?? s);
}

function snapshotName(id: string, sha: string, suffix: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, "_")}.${sha.slice(0, 12)}${suffix}`;
}

async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, ".import.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, "wx");
      await fh.write(String(process.pid));
      await fh.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if (!(e instanceof Error && "code" in e && e.code === "EEXIST")) throw e;
      const pid = Number(await readFile(path, "utf8").catch(() => ""));
      let alive = false;
      if (Number.isInteger(pid) && pid > 0) {
        try {
          process.kill(pid, 0);
          alive = true;
        } catch {
          alive = false;
        }
      }
      if (alive) throw new Error(`another import (pid ${pid}) is running on ${dir}`);
      await rm(path, { force: true });
    }
  }
  throw new Error(`cannot lock ${dir}`);
}

/**
 * Imports every set found under `from` and installs it (see the module comment).
 * Throws ImportError ("file:line: reason") on the first malformed file, after cleaning up.
 */
export async function runImport(opts: RunImportOptions): Promise<RunImportResult> {
  const started = performance.now();
  const dir = codesetsDir(opts.dataDir);
  const discovery = await discoverReleaseFiles(opts.from);
  try {
    const plan = planImport(discovery, opts);
    opts.onEvent?.({ type: "found", files: discovery.files, skipped: plan.skipped, jobs: plan.jobs });
    if (plan.jobs.length === 0) throw new ImportError(opts.from, 0, "no release files to import were found");
    await mkdir(dir, { recursive: true });
    const unlock = await acquireLock(dir);
    const written: string[] = [];
    try {
      const previous = readManifest(dir);
      const importedAt = opts.now ?? new Date().toISOString();
      const installed: InstalledSet[] = [];
      const rows: ImportSummaryRow[] = [];
      for (const [i, job] of plan.jobs.entries()) {
        opts.onEvent?.({ type: "start", job, index: i, count: plan.jobs.length });
        const t0 = performance.now();
        const { set, index } = await job.run();
        const meta = set.data.meta;
        if (set.kind === "mce" && opts.year !== undefined && !overlapsFiscalYear(meta.effectiveFrom, meta.effectiveTo, opts.year)) {
          const reason = `${meta.label} is not in force during FY${opts.year}`;
          plan.skipped.push({ display: job.files.map((f) => f.display).join(", "), reason });
          opts.onEvent?.({ type: "skip", job, reason });
          continue;
        }
        if (installed.some((s) => s.meta.id === meta.id)) {
          throw new ImportError(job.files[0]?.display ?? opts.from, 0, `a second ${meta.id} in one import`);
        }
        const bytes = encodeSnapshot(set);
        const sha = createHash("sha256").update(bytes).digest("hex");
        const file = snapshotName(meta.id, sha, ".snap");
        await writeFileAtomic(join(dir, file), bytes);
        written.push(file);
        const entry: InstalledSet = { meta, snapshotFile: file, snapshotSha256: sha, records: recordCount(set), importedAt };
        if (index !== undefined) {
          const e = encodeIndex(meta, index);
          const indexBytes = buildContainer(e.head, e.sections);
          const indexSha = createHash("sha256").update(indexBytes).digest("hex");
          const indexFile = snapshotName(meta.id, indexSha, ".index.snap");
          await writeFileAtomic(join(dir, indexFile), indexBytes);
          written.push(indexFile);
          entry.indexFile = indexFile;
          entry.indexSha256 = indexSha;
        }
        installed.push(entry);
        const row: ImportSummaryRow = {
          id: meta.id,
          label: meta.label,
          records: entry.records,
          ms: performance.now() - t0,
          snapshotBytes: bytes.length,
          snapshotFile: file,
        };
        rows.push(row);
        opts.onEvent?.({ type: "done", job, row });
      }
      // Commit: the new manifest lists this run's sets and keeps the others.
      const ids = new Set(installed.map((s) => s.meta.id));
      const kept = (previous?.sets ?? []).filter((s) => !ids.has(s.meta.id));
      await writeManifest(dir, { format: 1, updatedAt: importedAt, sets: closeSupersededReleases([...kept, ...installed]) });
      written.length = 0;
      opts.onEvent?.({ type: "commit", manifest: join(dir, "manifest.json") });
      const referenced = new Set([...kept, ...installed].flatMap((s) => [s.snapshotFile, ...(s.indexFile ? [s.indexFile] : [])]));
      for (const name of await readdir(dir)) {
        if (name.endsWith(".snap") && !name.startsWith(".") && !referenced.has(name)) await rm(join(dir, name), { force: true });
      }
      return { dir, rows, skipped: plan.skipped, totalMs: performance.now() - started };
    } finally {
      for (const name of written) await rm(join(dir, name), { force: true });
      await unlock();
    }
  } finally {
    await discovery.close();
  }
}

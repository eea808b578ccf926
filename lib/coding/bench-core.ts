/**
 * Throughput figures of the validator, for `npm run bench` (the script prints what these return).
 * Targets (issue 4): validateCode >= 1,000,000 valid billable codes/s on one core; validateClaim with
 * 12 diagnoses + 6 procedures with modifiers, NCCI and MUE >= 50,000 claims/s.
 *
 * Each figure is given per second of CPU time of this process (what one core does, unaffected by
 * other programs waiting for the CPU) and per second of wall-clock time.
 */
import type { Claim } from "./claim-types";
import type { CodeLibrary } from "./types";
import { validateClaim, validateCode } from "./validate";

export interface BenchFigure {
  name: string;
  operations: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** Operations per CPU second: the one-core figure compared with the target. */
  perSecondCpu: number;
  perSecondWall: number;
  target: number;
  meetsTarget: boolean;
  note: string;
}

export interface BenchOptions {
  /** Date of service; default 2026-03-01. */
  date?: string;
  iterations?: number;
  warmup?: number;
}

const DEFAULT_DATE = "2026-03-01";

function cpuMicros(): number {
  if (typeof process === "undefined" || typeof process.cpuUsage !== "function") return performance.now() * 1000;
  const u = process.cpuUsage();
  return u.user + u.system;
}

function measure(name: string, target: number, iterations: number, warmup: number, note: string, op: (i: number) => void): BenchFigure {
  for (let i = 0; i < warmup; i++) op(i);
  const c0 = cpuMicros();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) op(i);
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpuSeconds = Math.max((cpuMicros() - c0) / 1e6, 1e-9);
  const perSecondCpu = iterations / cpuSeconds;
  return {
    name,
    operations: iterations,
    cpuSeconds,
    wallSeconds,
    perSecondCpu,
    perSecondWall: iterations / Math.max(wallSeconds, 1e-9),
    target,
    meetsTarget: perSecondCpu >= target,
    note,
  };
}

/** Up to `max` billable ICD-10-CM codes of the set in force, spread over the whole set. */
function sampleBillable(library: CodeLibrary, date: string, max: number): string[] {
  const set = library.icd10cm(date);
  if (set === undefined) return [];
  const all: string[] = [];
  for (const c of set.codes()) if (set.get(c)?.billable === true) all.push(c);
  if (all.length <= max) return all;
  const step = all.length / max;
  const out: string[] = [];
  for (let i = 0; i < max; i++) out.push(all[Math.floor(i * step)] ?? "");
  return out;
}

/** validateCode on valid billable ICD-10-CM codes (canonical form, system named). */
export function benchValidateCode(library: CodeLibrary, opts: BenchOptions = {}): BenchFigure {
  const date = opts.date ?? DEFAULT_DATE;
  const codes = sampleBillable(library, date, 4096);
  if (codes.length === 0) throw new Error(`benchValidateCode: no ICD-10-CM set in force on ${date}`);
  const o = { date, system: "icd10cm" as const };
  let invalid = 0;
  const n = codes.length;
  const fig = measure("validateCode (valid billable ICD-10-CM)", 1_000_000, opts.iterations ?? 2_000_000, opts.warmup ?? 200_000, `${n} distinct codes`, (i) => {
    if (!validateCode(codes[i % n] ?? "", o, library).valid) invalid++;
  });
  if (invalid > 0) fig.note += `; ${invalid} calls reported errors`;
  return fig;
}

/** The benchmark claim: 12 diagnoses, 6 procedures with modifiers and units, hitting NCCI and MUE edits. */
export function benchClaim(): Claim {
  return {
    setting: "professional",
    patient: { age: 67, sex: "F" },
    diagnoses: ["E11.22", "N18.4", "I12.9", "Z79.4", "E78.5", "K21.9", "F41.1", "M54.50", "J44.9", "R05.9", "Z87.891", "G47.33"].map((code) => ({ code })),
    procedures: [
      { code: "99214", modifiers: ["25"] },
      { code: "20610", modifiers: ["RT"] },
      { code: "J1100", units: 10 },
      { code: "96372" },
      { code: "36415" },
      { code: "80053" },
    ],
  };
}

/** validateClaim on a 12-diagnosis, 6-procedure claim with modifiers, NCCI and MUE. */
export function benchValidateClaim(library: CodeLibrary, opts: BenchOptions & { claim?: Claim } = {}): BenchFigure {
  const date = opts.date ?? DEFAULT_DATE;
  const claim = opts.claim ?? benchClaim();
  const o = { date };
  const sample = validateClaim(claim, o, library);
  const consulted = sample.sets.map((s) => s.label).join(", ");
  return measure(
    "validateClaim (12 dx + 6 px, modifiers, NCCI, MUE)",
    50_000,
    opts.iterations ?? 200_000,
    opts.warmup ?? 20_000,
    `${sample.findings.length} finding(s) per claim; sets: ${consulted}`,
    () => {
      validateClaim(claim, o, library);
    },
  );
}

/** Both figures. */
export function runCoreBench(library: CodeLibrary, opts: BenchOptions = {}): BenchFigure[] {
  return [benchValidateCode(library, opts), benchValidateClaim(library, opts)];
}

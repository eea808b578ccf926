/**
 * The `codecert` command line. Run through bin/codecert.mjs.
 *
 *   codecert validate E11.9 I10 99213-25 J1100x10 --year 2026
 *   codecert validate --file claim.json --json
 *   echo '{"diagnoses":[{"code":"E11.9"}]}' | codecert validate -
 *   codecert code E11.9
 *
 * Exit codes: 0 valid (warnings allowed unless --strict), 1 findings, 2 usage or data error.
 */
import { readFileSync } from "node:fs";
import type { Claim, ClaimProcedure, Finding, Setting, Sex, ValidationResult } from "./claim-types";
import { isIsoDate } from "./library";
import { lookupCode, type CodeInfo } from "./lookup";
import { canonicalModifier, displayCode, readCode } from "./normalize";
import { shapeSystems } from "./format";
import type { CodeLibrary, CodeSystem } from "./types";
import { validateClaim, validateCode } from "./validate";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Today's date (ISO), for the default date of service. */
  today: () => string;
}

export interface CliDeps {
  /** Loads the code library (default: the installed snapshots plus the teaching set). */
  loadLibrary: (opts: { dataDir?: string }) => Promise<CodeLibrary>;
}

export const EXIT_VALID = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage:
  codecert validate <code>... [options]     validate codes as one claim
  codecert validate --file <claim.json>     validate a claim from a JSON file
  codecert validate -                       read the claim JSON from stdin
  codecert code <code> [options]            show what the code sets say about one code

Codes on the command line: ICD-10-CM diagnoses (type the dot: E11.9), CPT, HCPCS or ICD-10-PCS
procedures. Modifiers follow a dash and units an "x": 99213-25, 20610-RT-59, J1100x10.
Without any diagnosis, each code is checked on its own.

Options:
  --date <yyyy-mm-dd>    date of service (default: today)
  --year <yyyy>          fiscal year: the date becomes its first day (2026 -> 2025-10-01)
  --setting <s>          inpatient, outpatient or professional
  --age <n>              patient age in years
  --sex <M|F|U>          patient sex
  --system <s>           for \`code\`: icd10cm, icd10pcs, hcpcs or cpt
  --data-dir <dir>       where the installed code sets are (default: .data)
  --json                 print JSON
  --strict               exit 1 on warnings too
  -h, --help             this help

Claim JSON: {"date":"2026-03-01","setting":"professional","patient":{"age":54,"sex":"F"},
  "diagnoses":[{"code":"E11.9"}],"procedures":[{"code":"99213","modifiers":["25"],"units":1}]}

Exit codes: 0 valid, 1 findings, 2 usage or data error.`;

class UsageError extends Error {}

interface Options {
  command: string;
  positional: string[];
  date?: string;
  year?: string;
  setting?: string;
  age?: string;
  sex?: string;
  system?: string;
  dataDir?: string;
  file?: string;
  json: boolean;
  strict: boolean;
  help: boolean;
}

const VALUE_FLAGS = new Set(["--date", "--year", "--setting", "--age", "--sex", "--system", "--data-dir", "--file"]);

function parseArgs(argv: string[]): Options {
  const opts: Options = { command: "", positional: [], json: false, strict: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") {
      opts.help = true;
      continue;
    }
    if (arg === "--json") {
      opts.json = true;
      continue;
    }
    if (arg === "--strict") {
      opts.strict = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_FLAGS.has(name)) throw new UsageError(`Unknown option ${name}.`);
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`${name} needs a value.`);
      switch (name) {
        case "--date":
          opts.date = value;
          break;
        case "--year":
          opts.year = value;
          break;
        case "--setting":
          opts.setting = value;
          break;
        case "--age":
          opts.age = value;
          break;
        case "--sex":
          opts.sex = value;
          break;
        case "--system":
          opts.system = value;
          break;
        case "--data-dir":
          opts.dataDir = value;
          break;
        case "--file":
          opts.file = value;
          break;
      }
      continue;
    }
    if (opts.command === "") opts.command = arg;
    else opts.positional.push(arg);
  }
  return opts;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The date of service from --date, --year or the claim file, else today. */
function resolveDate(opts: Options, fromFile: unknown, io: CliIo): string {
  if (opts.date !== undefined) {
    if (!isIsoDate(opts.date)) throw new UsageError(`--date ${opts.date} is not a date written yyyy-mm-dd.`);
    return opts.date;
  }
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) throw new UsageError(`--year ${opts.year} is not a year such as 2026.`);
    return `${Number(opts.year) - 1}-10-01`;
  }
  if (typeof fromFile === "string") return fromFile;
  return io.today();
}

function parseSetting(s: string | undefined): Setting | undefined {
  if (s === undefined) return undefined;
  if (s === "inpatient" || s === "outpatient" || s === "professional") return s;
  throw new UsageError(`--setting must be inpatient, outpatient or professional, not ${s}.`);
}

function parsePatient(opts: Options): { age?: number; sex?: Sex } | undefined {
  const patient: { age?: number; sex?: Sex } = {};
  if (opts.age !== undefined) {
    if (!/^\d{1,3}$/.test(opts.age)) throw new UsageError(`--age ${opts.age} is not a whole number of years.`);
    patient.age = Number(opts.age);
  }
  if (opts.sex !== undefined) {
    const s = opts.sex.toUpperCase();
    if (s !== "M" && s !== "F" && s !== "U") throw new UsageError(`--sex must be M, F or U, not ${opts.sex}.`);
    patient.sex = s;
  }
  return patient.age === undefined && patient.sex === undefined ? undefined : patient;
}

/** "99213-25" -> code 99213, modifiers [25]; "J1100x10" -> units 10. */
function parseProcedureArg(arg: string): ClaimProcedure {
  let rest = arg;
  let units: number | undefined;
  const x = /^(.*?)[xX](\d+)$/.exec(rest);
  if (x !== null && (x[1] ?? "").length >= 3) {
    rest = x[1] ?? rest;
    units = Number(x[2]);
  }
  const [code = "", ...mods] = rest.split("-");
  const p: ClaimProcedure = { code };
  if (mods.length > 0) p.modifiers = mods.filter((m) => m !== "").map(canonicalModifier);
  if (units !== undefined) p.units = units;
  return p;
}

/** Sorts command-line codes into diagnoses and procedures. */
function classify(args: string[], library: CodeLibrary, date: string): { diagnoses: string[]; procedures: ClaimProcedure[] } {
  const diagnoses: string[] = [];
  const procedures: ClaimProcedure[] = [];
  for (const arg of args) {
    if (arg.includes("-") || /[xX]\d+$/.test(arg)) {
      const p = parseProcedureArg(arg);
      const read = readCode(p.code);
      if (shapeSystems(read, false)[0] === "icd10cm" && read.dotAt !== -1) diagnoses.push(p.code);
      else procedures.push(p);
      continue;
    }
    const read = readCode(arg);
    const systems = shapeSystems(read, false);
    const first = systems[0];
    if (first === "icd10cm" && systems.includes("hcpcs") && read.dotAt === -1) {
      // J1100 is HCPCS J1100 and ICD-10-CM J11.00: on the command line a code without a dot that HCPCS knows is a procedure.
      if (library.hcpcs(date)?.get(read.canonical) !== undefined) procedures.push({ code: arg });
      else diagnoses.push(arg);
    } else if (first === "icd10cm") diagnoses.push(arg);
    else procedures.push({ code: arg });
  }
  return { diagnoses, procedures };
}

function readClaimJson(text: string, where: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${where} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRecord(parsed)) throw new UsageError(`${where} must hold a JSON object (a claim).`);
  return isRecord(parsed.claim) ? { ...parsed.claim, date: parsed.date ?? parsed.claim.date } : parsed;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

function formatFinding(f: Finding): string {
  const where = f.path !== undefined ? ` [${f.path}]` : "";
  const codes = f.codes.length > 0 ? ` ${f.codes.join(", ")}` : "";
  return `${pad(f.severity.toUpperCase(), 8)}${f.rule}${where}${codes}\n        ${f.message}\n        Source: ${f.source.title}`;
}

function header(result: ValidationResult, date: string): string[] {
  const lines = [`Date of service ${date}`];
  if (result.sets.length > 0) lines.push(`Code sets: ${result.sets.map((s) => (s.source === "teaching" ? `${s.label} [teaching]` : s.label)).join("; ")}`);
  if (result.teachingOnly) {
    lines.push("NOTE: only the teaching set answered. It holds a few hundred codes for lessons; load the official code sets (npm run codes:import) to validate every code.");
  }
  return lines;
}

function summaryLine(result: ValidationResult): string {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.length - errors;
  const verdict = result.valid ? (warnings > 0 ? "VALID with warnings" : "VALID") : "INVALID";
  return `Result: ${verdict} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
}

function exitFor(result: ValidationResult, strict: boolean): number {
  if (!result.valid) return EXIT_FINDINGS;
  if (strict && result.findings.length > 0) return EXIT_FINDINGS;
  return EXIT_VALID;
}

function titleFor(library: CodeLibrary, date: string, code: string, kind: "dx" | "px"): string {
  const c = readCode(code).canonical;
  if (kind === "dx") return library.icd10cm(date)?.get(c)?.title ?? "";
  return library.icd10pcs(date)?.get(c)?.title ?? library.hcpcs(date)?.get(c)?.title ?? library.cpt(date)?.get(c)?.title ?? "";
}

async function runValidate(opts: Options, io: CliIo, library: CodeLibrary): Promise<number> {
  const fromStdin = opts.positional.length === 1 && opts.positional[0] === "-";
  if (opts.file !== undefined || fromStdin) {
    let text: string;
    const where = opts.file ?? "stdin";
    if (opts.file !== undefined) {
      try {
        text = readFileSync(opts.file, "utf8");
      } catch (e) {
        throw new UsageError(`Cannot read ${opts.file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else text = await io.readStdin();
    const claim = readClaimJson(text, where);
    const date = resolveDate(opts, claim.date, io);
    const setting = parseSetting(opts.setting);
    if (setting !== undefined) claim.setting = setting;
    const patient = parsePatient(opts);
    if (patient !== undefined) claim.patient = { ...(isRecord(claim.patient) ? claim.patient : {}), ...patient };
    // The claim is passed as read: validateClaim reports a malformed one as findings.
    const result = validateClaim(claimOf(claim), { date }, library);
    return print(result, date, opts, io, library, claim);
  }
  if (opts.positional.length === 0) throw new UsageError("validate needs codes, --file <claim.json> or - (stdin).");
  const date = resolveDate(opts, undefined, io);
  const setting = parseSetting(opts.setting);
  const patient = parsePatient(opts);
  const { diagnoses, procedures } = classify(opts.positional, library, date);
  if (diagnoses.length === 0) {
    // Procedures only: each code on its own, one combined result.
    const results = procedures.map((p) => validateClaimLine(p, date, setting, library));
    const merged: ValidationResult = {
      valid: results.every((r) => r.valid),
      findings: results.flatMap((r) => r.findings),
      sets: dedupeSets(results),
      teachingOnly: results.some((r) => r.teachingOnly),
    };
    return print(merged, date, opts, io, library, { procedures });
  }
  const claim: Claim = { diagnoses: diagnoses.map((code) => ({ code })), procedures };
  if (setting !== undefined) claim.setting = setting;
  if (patient !== undefined) claim.patient = patient;
  const result = validateClaim(claim, { date }, library);
  return print(result, date, opts, io, library, claim);
}

/** One procedure checked on its own (shape, existence, modifiers), without the claim-level rules. */
function validateClaimLine(p: ClaimProcedure, date: string, setting: Setting | undefined, library: CodeLibrary): ValidationResult {
  if (p.modifiers === undefined && p.units === undefined) return validateCode(p.code, { date }, library);
  // With modifiers or units, validate it as a one-line claim and drop the "no diagnosis" finding.
  const claim: Claim = { diagnoses: [], procedures: [p] };
  if (setting !== undefined) claim.setting = setting;
  const r = validateClaim(claim, { date }, library);
  const findings = r.findings.filter((f) => f.rule !== "claim.no-diagnosis");
  return { ...r, findings, valid: !findings.some((f) => f.severity === "error") };
}

function dedupeSets(results: ValidationResult[]): ValidationResult["sets"] {
  const out: ValidationResult["sets"] = [];
  for (const r of results) for (const s of r.sets) if (!out.some((o) => o.id === s.id)) out.push(s);
  return out;
}

/** The claim object as read from JSON, typed for validateClaim (which checks every field itself). */
function claimOf(raw: Record<string, unknown>): Claim {
  const claim: Claim = { diagnoses: [] };
  Object.assign(claim, raw);
  return claim;
}

function print(result: ValidationResult, date: string, opts: Options, io: CliIo, library: CodeLibrary, claim: Record<string, unknown> | Claim): number {
  if (opts.json) {
    io.stdout(JSON.stringify({ date, claim, result }, null, 2));
    return exitFor(result, opts.strict);
  }
  const out: string[] = header(result, date);
  const c: Record<string, unknown> = { ...claim };
  const dx = Array.isArray(c.diagnoses) ? c.diagnoses : [];
  const px = Array.isArray(c.procedures) ? c.procedures : [];
  if (dx.length > 0) {
    out.push("", "Diagnoses");
    dx.forEach((d, i) => {
      const code = typeof d === "string" ? d : isRecord(d) && typeof d.code === "string" ? d.code : "?";
      const shown = displayCode(readCode(code).canonical, "icd10cm");
      out.push(`  ${String(i + 1).padStart(2)}. ${pad(shown, 9)}${titleFor(library, date, code, "dx")}`);
    });
  }
  if (px.length > 0) {
    out.push("", "Procedures");
    px.forEach((p, i) => {
      const code = typeof p === "string" ? p : isRecord(p) && typeof p.code === "string" ? p.code : "?";
      const mods = isRecord(p) && Array.isArray(p.modifiers) ? p.modifiers.filter((m): m is string => typeof m === "string") : [];
      const units = isRecord(p) && typeof p.units === "number" ? p.units : 1;
      const label = `${readCode(code).canonical}${mods.length > 0 ? "-" + mods.join("-") : ""}${units !== 1 ? ` x${units}` : ""}`;
      out.push(`  ${String(i + 1).padStart(2)}. ${pad(label, 14)}${titleFor(library, date, code, "px")}`);
    });
  }
  out.push("");
  if (result.findings.length === 0) out.push("No findings.");
  else for (const f of result.findings) out.push(formatFinding(f), "");
  out.push(summaryLine(result));
  io.stdout(out.join("\n"));
  return exitFor(result, opts.strict);
}

function parseSystem(s: string | undefined): CodeSystem | undefined {
  if (s === undefined) return undefined;
  const map: Record<string, CodeSystem> = { icd10cm: "icd10cm", cm: "icd10cm", icd10pcs: "icd10pcs", pcs: "icd10pcs", hcpcs: "hcpcs", cpt: "cpt" };
  const system = map[s.toLowerCase()];
  if (system === undefined) throw new UsageError(`--system must be icd10cm, icd10pcs, hcpcs or cpt, not ${s}.`);
  return system;
}

function describe(info: CodeInfo): string[] {
  const out: string[] = [];
  const systemName = info.system === null ? "unknown system" : { icd10cm: "ICD-10-CM", icd10pcs: "ICD-10-PCS", hcpcs: "HCPCS Level II", cpt: "CPT" }[info.system];
  out.push(`${info.display}  (${systemName})`);
  if (info.found) {
    out.push(`  ${info.title ?? ""}`);
    out.push(`  ${info.billable === true ? "Billable (valid for reporting)" : "Header: not billable"}${info.set !== null ? `, ${info.set.label}${info.set.source === "teaching" ? " [teaching]" : ""}` : ""}`);
  } else out.push("  Not found in the sets in force on this date.");
  if (info.chapter !== undefined) out.push(`  Chapter ${info.chapter.number}: ${info.chapter.title}`);
  if (info.block !== undefined) out.push(`  Section ${info.block.id}: ${info.block.title}`);
  if (info.hierarchy !== undefined && info.hierarchy.length > 0) out.push(`  Under: ${info.hierarchy.map((h) => `${h.display} ${h.title}`).join(" > ")}`);
  if (info.children !== undefined && info.children.length > 0) {
    out.push("  Codes below:");
    for (const c of info.children.slice(0, 20)) out.push(`    ${pad(c.display, 9)}${c.billable ? "" : "[header] "}${c.title}`);
    if (info.children.length > 20) out.push(`    … and ${info.children.length - 20} more`);
  }
  if (info.seventhCharacter !== undefined) {
    out.push(`  7th characters (defined at ${displayCode(info.seventhCharacter.definedAt, "icd10cm")}):`);
    for (const c of info.seventhCharacter.chars) out.push(`    ${c.char}  ${c.text}`);
  }
  if (info.notes !== undefined && info.notes.length > 0) {
    out.push("  Notes:");
    for (const n of info.notes) out.push(`    ${pad(n.kind, 18)}${n.text}  (at ${n.at})`);
  }
  if (info.pcsTable !== undefined) out.push(`  Table ${info.pcsTable.heading}, ${info.pcsTable.rows} row${info.pcsTable.rows === 1 ? "" : "s"}`);
  if (info.hcpcs !== undefined) {
    out.push(`  Added ${info.hcpcs.addDate ?? "?"}${info.hcpcs.terminationDate !== null ? `, terminated ${info.hcpcs.terminationDate}` : ""}; coverage ${info.hcpcs.coverage ?? "-"}; BETOS ${info.hcpcs.betos ?? "-"}`);
  }
  if (info.cpt !== undefined) out.push(`  CPT Category ${info.cpt.category}. ${info.cpt.note}`);
  if (info.mce !== undefined) out.push(`  Medicare Code Editor lists: ${info.mce.join(", ")}`);
  return out;
}

function runCode(opts: Options, io: CliIo, library: CodeLibrary): number {
  if (opts.positional.length !== 1) throw new UsageError("code takes exactly one code, such as: codecert code E11.9");
  const date = resolveDate(opts, undefined, io);
  const system = parseSystem(opts.system);
  const info = lookupCode(opts.positional[0] ?? "", system === undefined ? { date } : { date, system }, library);
  if (opts.json) {
    io.stdout(JSON.stringify({ date, ...info }, null, 2));
    return exitFor(info.validation, opts.strict);
  }
  const out = header(info.validation, date);
  out.push("", ...describe(info), "");
  if (info.validation.findings.length === 0) out.push("No findings.");
  else for (const f of info.validation.findings) out.push(formatFinding(f), "");
  out.push(summaryLine(info.validation));
  io.stdout(out.join("\n"));
  return exitFor(info.validation, opts.strict);
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

async function defaultLoadLibrary(opts: { dataDir?: string }): Promise<CodeLibrary> {
  const { loadLibrary } = await import("./snapshot/load");
  return loadLibrary(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir });
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], ioIn: Partial<CliIo> = {}, deps: Partial<CliDeps> = {}): Promise<number> {
  const io: CliIo = {
    stdout: ioIn.stdout ?? ((t) => process.stdout.write(t + "\n")),
    stderr: ioIn.stderr ?? ((t) => process.stderr.write(t + "\n")),
    readStdin: ioIn.readStdin ?? readAllStdin,
    today: ioIn.today ?? todayIso,
  };
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (opts.help || opts.command === "" || opts.command === "help") {
    (opts.help || opts.command === "help" ? io.stdout : io.stderr)(USAGE);
    return opts.help || opts.command === "help" ? EXIT_VALID : EXIT_USAGE;
  }
  if (opts.command !== "validate" && opts.command !== "code") {
    io.stderr(`Unknown command "${opts.command}".\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  let library: CodeLibrary;
  try {
    library = await (deps.loadLibrary ?? defaultLoadLibrary)(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir });
  } catch (e) {
    io.stderr(`Cannot load the code sets: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
  try {
    return opts.command === "validate" ? await runValidate(opts, io, library) : runCode(opts, io, library);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\nRun codecert --help for usage.`);
      return EXIT_USAGE;
    }
    io.stderr(`Unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT_USAGE;
  }
}

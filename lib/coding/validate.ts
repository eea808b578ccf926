/**
 * validateCode and validateClaim: the claim scrubber. Both take anything (JSON from a user, a form,
 * a file) and never throw for bad input: every problem comes back as a finding with a stable rule id.
 */
import type { Claim, Setting, Sex, ValidateOptions, ValidationResult } from "./claim-types";
import { checkCmCode, checkCptCode, checkHcpcsCode, checkPcsCode } from "./rules/codes";
import { Check } from "./rules/context";
import { diagnosisClaimRules, type DxLine } from "./rules/diagnoses";
import { checkMce, type PatientFacts } from "./rules/mce";
import { checkModifiers } from "./rules/modifiers";
import { procedureClaimRules, type PxLine } from "./rules/procedures";
import {
  checkCptFormat,
  checkHcpcsFormat,
  checkIcd10CmFormat,
  checkPcsFormat,
  guessSystem,
  isIcd10CmShape,
  shapeSystems,
} from "./format";
import { isIsoDate } from "./library";
import { canonicalModifier, displayCode, readCode, type CodeInput } from "./normalize";
import type { CodeLibrary, CodeSystem } from "./types";

const SYSTEMS: readonly CodeSystem[] = ["icd10cm", "icd10pcs", "hcpcs", "cpt"];
const SETTINGS: readonly Setting[] = ["inpatient", "outpatient", "professional"];
const MAX_UNITS = 9999;
/** Longer text is not a code (the longest, ICD-10-CM with a dot and blanks, is well under this). */
const MAX_CODE_LENGTH = 40;
/** Lines checked per list; a claim form holds far fewer, and the pair rules grow with the square. */
const MAX_LINES = 200;

/** Reports text too long to be a code; true when it was. */
function tooLong(check: Check, raw: string, path: string | undefined): boolean {
  if (raw.length <= MAX_CODE_LENGTH) return false;
  check.report("code.unrecognized", [`${raw.slice(0, 12)}…`], `"${raw.slice(0, 24)}…" (${raw.length} characters) is not a code: codes have at most 7 characters.`, undefined, path);
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isSystem(v: unknown): v is CodeSystem {
  return typeof v === "string" && (SYSTEMS as readonly string[]).includes(v);
}

function isSetting(v: unknown): v is Setting {
  return typeof v === "string" && (SETTINGS as readonly string[]).includes(v);
}

/** A placeholder check used only to report bad options before a date is known. */
function invalidDate(library: CodeLibrary, raw: unknown): ValidationResult {
  const check = new Check(library, "");
  const shown = typeof raw === "string" ? `"${raw.slice(0, 40)}"` : raw === undefined ? "missing" : `a ${typeof raw}`;
  check.report(
    "input.date-invalid",
    [],
    `The date of service is ${shown}: give it as yyyy-mm-dd (for example 2026-03-01). It picks the code sets in force.`,
  );
  return check.result();
}

function readDate(opts: unknown): unknown {
  return isRecord(opts) ? opts.date : undefined;
}

let lastGoodDate = "";

/** isIsoDate, remembering the last good date (most calls repeat it). */
function goodDate(date: unknown): date is string {
  if (typeof date !== "string") return false;
  if (date === lastGoodDate) return true;
  if (!isIsoDate(date)) return false;
  lastGoodDate = date;
  return true;
}

/** Runs the single-code rules of one system. */
function checkInSystem(check: Check, system: CodeSystem, input: CodeInput, path: string | undefined): boolean {
  switch (system) {
    case "icd10cm":
      return checkCmCode(check, input, path);
    case "icd10pcs":
      return checkPcsCode(check, input.canonical, path);
    case "hcpcs":
      return checkHcpcsCode(check, input.canonical, path);
    case "cpt":
      return checkCptCode(check, input.canonical, path);
  }
}

function existsIn(check: Check, system: CodeSystem, code: string): boolean {
  switch (system) {
    case "icd10cm":
      return check.cm()?.get(code) !== undefined;
    case "icd10pcs":
      return check.pcs()?.get(code) !== undefined;
    case "hcpcs":
      return check.hcpcs()?.get(code) !== undefined;
    case "cpt":
      return check.cpt()?.get(code) !== undefined;
  }
}

const SYSTEM_NAMES: Record<CodeSystem, string> = {
  icd10cm: "ICD-10-CM",
  icd10pcs: "ICD-10-PCS",
  hcpcs: "HCPCS Level II",
  cpt: "CPT",
};

function titleIn(check: Check, system: CodeSystem, code: string): string {
  switch (system) {
    case "icd10cm":
      return check.cm()?.get(code)?.title ?? "";
    case "icd10pcs":
      return check.pcs()?.get(code)?.title ?? "";
    case "hcpcs":
      return check.hcpcs()?.get(code)?.title ?? "";
    case "cpt":
      return check.cpt()?.get(code)?.title ?? "";
  }
}

const FORMAT_RULE = {
  icd10cm: "icd10cm.format",
  icd10pcs: "icd10pcs.format",
  cpt: "cpt.format",
  hcpcs: "hcpcs.format",
} as const;

/** Explains a code that fits no system, in the terms of the system it most resembles. */
function unrecognized(check: Check, input: CodeInput, procedure: boolean, path: string | undefined): void {
  const code = input.canonical;
  const c0 = code.charCodeAt(0);
  const alnumStart = (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90);
  const system = guessSystem(input, procedure);
  const why =
    system === "icd10cm"
      ? checkIcd10CmFormat(input)
      : system === "icd10pcs"
        ? checkPcsFormat(code)
        : system === "cpt"
          ? checkCptFormat(code)
          : checkHcpcsFormat(code);
  if (!alnumStart || why === null) {
    check.report(
      "code.unrecognized",
      [code],
      `${code} is not a code of any system Codecert knows: ICD-10-CM (E11.9), ICD-10-PCS (0DTJ4ZZ), CPT (99213) or HCPCS Level II (J1100).`,
      undefined,
      path,
    );
    return;
  }
  check.report(FORMAT_RULE[system], [code], why, undefined, path);
}

/**
 * Validates one code on its own for a date: format, existence in the set in force, billable vs
 * header, 7th character and placeholder X, PCS table row, HCPCS dates, CPT verification.
 * Without `opts.system` the system is worked out from the code's shape (a typed dot means ICD-10-CM).
 */
export function validateCode(code: string, opts: ValidateOptions, library: CodeLibrary): ValidationResult {
  const date = readDate(opts);
  if (!goodDate(date)) return invalidDate(library, date);
  const check = new Check(library, date);
  const value: unknown = code;
  if (typeof value !== "string") {
    check.report("input.invalid", [], `The code must be text, such as "E11.9"; got ${value === null ? "null" : typeof value}.`);
    return check.result();
  }
  if (tooLong(check, value, undefined)) return check.result();
  const input = readCode(value);
  if (input.canonical.length === 0) {
    check.report("code.empty", [], "The code is empty: type a code such as E11.9, 0DTJ4ZZ, 99213 or J1100.");
    return check.result();
  }
  const forced = isRecord(opts) ? opts.system : undefined;
  if (forced !== undefined) {
    if (!isSystem(forced)) {
      check.report("input.invalid", [], `Unknown code system "${String(forced)}": use icd10cm, icd10pcs, hcpcs or cpt.`);
      return check.result();
    }
    checkInSystem(check, forced, input, undefined);
    return check.result();
  }
  const systems = shapeSystems(input, false);
  const only = systems[0];
  if (only === undefined) {
    unrecognized(check, input, false, undefined);
    return check.result();
  }
  if (systems.length === 1) {
    checkInSystem(check, only, input, undefined);
    return check.result();
  }
  const existing = systems.filter((s) => existsIn(check, s, input.canonical));
  // In neither: read it as ICD-10-CM only when its category exists (J99.99), else as the other system (J9999).
  const fallback = only === "icd10cm" && check.cm()?.get(input.canonical.slice(0, 3)) === undefined ? (systems[1] ?? only) : only;
  const chosen = existing[0] ?? fallback;
  checkInSystem(check, chosen, input, undefined);
  if (existing.length > 1) {
    const other = existing[1] ?? only;
    check.report(
      "code.ambiguous",
      [displayCode(input.canonical, chosen), displayCode(input.canonical, other)],
      `${input.canonical} exists in two systems: ${SYSTEM_NAMES[chosen]} ${displayCode(input.canonical, chosen)} (${titleIn(check, chosen, input.canonical)}) and ${SYSTEM_NAMES[other]} ${displayCode(input.canonical, other)} (${titleIn(check, other, input.canonical)}). This answer is for ${SYSTEM_NAMES[chosen]}; name the system to check the other${chosen === "icd10cm" ? ", or type the dot (J11.00) to mean ICD-10-CM" : ""}.`,
    );
  }
  return check.result();
}

function readPatient(check: Check, claim: Record<string, unknown>): PatientFacts {
  const facts: PatientFacts = { age: undefined, sex: undefined, setting: undefined };
  const p = claim.patient;
  if (p === undefined || p === null) return facts;
  if (!isRecord(p)) {
    check.report("input.patient-invalid", [], "patient must be an object such as { \"age\": 54, \"sex\": \"F\" }.", undefined, "patient");
    return facts;
  }
  if (p.age !== undefined && p.age !== null) {
    if (typeof p.age === "number" && Number.isInteger(p.age) && p.age >= 0 && p.age <= 124) facts.age = p.age;
    else check.report("input.patient-invalid", [], `Patient age must be a whole number of years from 0 to 124; got ${JSON.stringify(p.age) ?? typeof p.age}.`, undefined, "patient.age");
  }
  if (p.sex !== undefined && p.sex !== null) {
    const s = typeof p.sex === "string" ? p.sex.trim().toUpperCase() : "";
    if (s === "M" || s === "F" || s === "U") facts.sex = s satisfies Sex;
    else check.report("input.patient-invalid", [], `Patient sex must be M, F or U; got ${JSON.stringify(p.sex) ?? typeof p.sex}.`, undefined, "patient.sex");
  }
  return facts;
}

function codeOf(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (isRecord(item) && typeof item.code === "string") return item.code;
  return undefined;
}

function readDiagnoses(check: Check, items: unknown[]): DxLine[] {
  const lines: DxLine[] = new Array<DxLine>(items.length);
  for (let i = 0; i < items.length; i++) {
    const path = `dx:${i}`;
    const raw = codeOf(items[i]);
    if (raw === undefined) {
      check.report("input.invalid", [], `Diagnosis ${i + 1} must be { "code": "E11.9" } (or the code as text).`, undefined, path);
      lines[i] = { code: "", ok: false, path };
      continue;
    }
    if (tooLong(check, raw, path)) {
      lines[i] = { code: "", ok: false, path };
      continue;
    }
    const input = readCode(raw);
    const code = input.canonical;
    if (code.length === 0) {
      check.report("code.empty", [], `Diagnosis ${i + 1} is empty.`, undefined, path);
      lines[i] = { code, ok: false, path };
      continue;
    }
    const c0 = code.charCodeAt(0);
    if (input.dotAt === -1 && c0 >= 48 && c0 <= 57 && !isIcd10CmShape(code)) {
      const systems = shapeSystems(input, true);
      if (systems.length > 0) {
        check.report(
          "claim.procedure-as-diagnosis",
          [code],
          `${code} looks like a ${systems.map((s) => SYSTEM_NAMES[s]).join(" or ")} procedure code, not a diagnosis: diagnoses are ICD-10-CM codes (a letter first, such as E11.9). Move it to the procedures.`,
          undefined,
          path,
        );
        lines[i] = { code, ok: false, path };
        continue;
      }
    }
    lines[i] = { code, ok: checkCmCode(check, input, path), path };
  }
  return lines;
}

function readModifiers(check: Check, raw: unknown, path: string): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    if (typeof raw === "string") return raw.split(/[\s,]+/).filter((m) => m !== "").map(canonicalModifier);
    check.report("input.invalid", [], "modifiers must be a list such as [\"25\"] or [\"RT\", \"59\"].", undefined, path);
    return [];
  }
  const out: string[] = [];
  for (const m of raw) {
    if (typeof m === "string") out.push(canonicalModifier(m));
    else check.report("input.invalid", [], `Each modifier must be text such as "25"; got ${m === null ? "null" : typeof m}.`, undefined, path);
  }
  return out;
}

function readProcedures(check: Check, items: unknown[], claimDate: string, patient: PatientFacts): PxLine[] {
  const lines: PxLine[] = [];
  for (let i = 0; i < items.length; i++) {
    const path = `px:${i}`;
    const item = items[i];
    const raw = codeOf(item);
    const rec = isRecord(item) ? item : undefined;
    if (raw === undefined) {
      check.report("input.invalid", [], `Procedure ${i + 1} must be { "code": "99213", "modifiers": ["25"], "units": 1 } (or the code as text).`, undefined, path);
      lines.push({ code: "", system: undefined, shapeOk: false, modifiers: [], units: 1, date: claimDate, path });
      continue;
    }
    let units = 1;
    const rawUnits = rec?.units;
    if (rawUnits !== undefined && rawUnits !== null) {
      if (typeof rawUnits === "number" && Number.isInteger(rawUnits) && rawUnits >= 1 && rawUnits <= MAX_UNITS) units = rawUnits;
      else {
        check.report(
          "claim.units-invalid",
          [raw.trim().toUpperCase()],
          `Units must be a whole number from 1 to ${MAX_UNITS}; procedure ${i + 1} has ${JSON.stringify(rawUnits) ?? typeof rawUnits}.`,
          undefined,
          path,
        );
      }
    }
    let date = claimDate;
    const rawDate = rec?.date;
    if (rawDate !== undefined && rawDate !== null) {
      if (typeof rawDate === "string" && isIsoDate(rawDate)) date = rawDate;
      else check.report("claim.line-date-invalid", [], `The date of procedure ${i + 1} must be yyyy-mm-dd; got ${JSON.stringify(rawDate) ?? typeof rawDate}. The claim date is used instead.`, undefined, path);
    }
    const modifiers = readModifiers(check, rec?.modifiers, path);
    if (tooLong(check, raw, path)) {
      lines.push({ code: "", system: undefined, shapeOk: false, modifiers, units, date, path });
      continue;
    }
    const input = readCode(raw);
    const code = input.canonical;
    if (code.length === 0) {
      check.report("code.empty", [], `Procedure ${i + 1} is empty.`, undefined, path);
      lines.push({ code, system: undefined, shapeOk: false, modifiers, units, date, path });
      continue;
    }
    const systems = shapeSystems(input, true);
    const system = systems[0];
    if (system === undefined) {
      unrecognized(check, input, true, path);
      lines.push({ code, system: undefined, shapeOk: false, modifiers, units, date, path });
      continue;
    }
    if (system === "icd10cm") {
      check.report(
        "claim.diagnosis-as-procedure",
        [displayCode(code, "icd10cm")],
        `${displayCode(code, "icd10cm")} is an ICD-10-CM diagnosis code, not a procedure: list it with the diagnoses, and report the procedure with CPT, HCPCS or ICD-10-PCS.`,
        undefined,
        path,
      );
      lines.push({ code, system, shapeOk: false, modifiers, units, date, path });
      continue;
    }
    const ok = checkInSystem(check, system, input, path);
    const line: PxLine = { code, system, shapeOk: true, modifiers, units, date, path };
    lines.push(line);
    checkModifiers(check, line);
    if (ok && system === "icd10pcs") {
      const mce = check.mce();
      if (mce !== undefined) checkMce(check, mce, mce.edits("P", code), "P", code, false, patient, path);
    }
  }
  return lines;
}

/**
 * Validates a claim for a date of service: every diagnosis and procedure on its own, then the rules
 * between them (Excludes1, etiology/manifestation, external cause, duplicates, MCE age and sex,
 * NCCI PTP, MUE, modifiers). The first diagnosis is the principal / first-listed one.
 */
export function validateClaim(claim: Claim, opts: ValidateOptions, library: CodeLibrary): ValidationResult {
  const date = readDate(opts);
  if (!goodDate(date)) return invalidDate(library, date);
  const check = new Check(library, date);
  const value: unknown = claim;
  if (!isRecord(value)) {
    check.report("input.invalid", [], "The claim must be an object such as { \"diagnoses\": [{ \"code\": \"E11.9\" }], \"procedures\": [] }.");
    return check.result();
  }
  let setting: Setting | undefined;
  const rawSetting = value.setting ?? (isRecord(opts) ? opts.setting : undefined);
  if (rawSetting !== undefined && rawSetting !== null) {
    if (isSetting(rawSetting)) setting = rawSetting;
    else check.report("input.invalid", [], `setting must be inpatient, outpatient or professional; got ${JSON.stringify(rawSetting) ?? typeof rawSetting}.`, undefined, "setting");
  }
  const patient = readPatient(check, value);
  patient.setting = setting;

  const rawDx: unknown = value.diagnoses;
  let dxItems: unknown[] = [];
  if (Array.isArray(rawDx)) dxItems = rawDx;
  else if (rawDx !== undefined && rawDx !== null) check.report("input.invalid", [], "diagnoses must be a list such as [{ \"code\": \"E11.9\" }].", undefined, "diagnoses");
  if (dxItems.length === 0) {
    check.report("claim.no-diagnosis", [], "The claim has no diagnosis: list the principal or first-listed diagnosis first, then the others.");
  }
  const limit = setting === "inpatient" || setting === "outpatient" ? 25 : 12;
  if (dxItems.length > limit) {
    check.report(
      "claim.too-many-diagnoses",
      [],
      `The claim lists ${dxItems.length} diagnoses; ${setting === undefined || setting === "professional" ? "a professional claim (CMS-1500)" : "an institutional claim (UB-04)"} holds ${limit}. Keep the ones the services treat, in order.`,
    );
  }
  if (dxItems.length > MAX_LINES) dxItems = dxItems.slice(0, MAX_LINES);
  const dxLines = readDiagnoses(check, dxItems);

  const rawPx: unknown = value.procedures;
  let pxItems: unknown[] = [];
  if (Array.isArray(rawPx)) pxItems = rawPx;
  else if (rawPx !== undefined && rawPx !== null) check.report("input.invalid", [], "procedures must be a list such as [{ \"code\": \"99213\" }].", undefined, "procedures");
  if (pxItems.length > MAX_LINES) {
    check.report("input.invalid", [], `The claim has ${pxItems.length} procedure lines; only the first ${MAX_LINES} were checked.`, undefined, "procedures");
    pxItems = pxItems.slice(0, MAX_LINES);
  }
  const pxLines = readProcedures(check, pxItems, date, patient);

  diagnosisClaimRules(check, dxLines, patient);
  if (pxLines.length > 0) procedureClaimRules(check, pxLines, setting);
  return check.result();
}

/**
 * Rules across the procedure lines of one claim: duplicates, code system vs setting,
 * NCCI procedure-to-procedure edits and medically unlikely edits (MUE).
 */
import type { Setting } from "../claim-types";
import type { CodeSystem, MueSetting, NcciSetting, PtpEdit } from "../types";
import type { Check } from "./context";
import { NCCI_ASSOCIATED_MODIFIERS, findModifier } from "./modifiers";

export interface PxLine {
  code: string;
  system: CodeSystem | undefined;
  /** The code has a valid shape for its system (NCCI and MUE apply even to unverified CPT). */
  shapeOk: boolean;
  modifiers: string[];
  units: number;
  date: string;
  path: string;
}

/** Practitioner tables for professional claims (and when no setting is given), hospital tables for outpatient; none inpatient. */
export function ncciSettingOf(setting: Setting | undefined): NcciSetting | undefined {
  if (setting === "inpatient") return undefined;
  return setting === "outpatient" ? "hospital" : "practitioner";
}

function mueSettingOf(setting: Setting | undefined): MueSetting | undefined {
  return ncciSettingOf(setting);
}

const isBillingCode = (l: PxLine): boolean => l.shapeOk && (l.system === "cpt" || l.system === "hcpcs");

function ncciModifierOn(check: Check, line: PxLine): string | undefined {
  for (const m of line.modifiers) {
    if (NCCI_ASSOCIATED_MODIFIERS.has(m)) return m;
    const rec = findModifier(check, m);
    if (rec !== undefined && rec.ncciAssociated) return m;
  }
  return undefined;
}

function sameModifiers(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (const m of a) if (!b.includes(m)) return false;
  return true;
}

function activeEdit(edits: PtpEdit[], date: string): PtpEdit | undefined {
  for (const e of edits) {
    if (e.effectiveDate > date) continue;
    if (e.deletionDate !== null && date >= e.deletionDate) continue;
    return e;
  }
  return undefined;
}

/** Runs the claim-level procedure rules. */
export function procedureClaimRules(check: Check, lines: PxLine[], setting: Setting | undefined): void {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    const li = lines[i];
    if (li === undefined || li.code === "") continue;
    if (setting !== undefined) {
      if (li.system === "icd10pcs" && setting !== "inpatient") {
        check.report(
          "claim.procedure-setting",
          [li.code],
          `${li.code} is an ICD-10-PCS code; PCS codes report procedures of inpatient hospital stays. On ${setting} claims report the procedure with CPT or HCPCS.`,
          undefined,
          li.path,
        );
      } else if ((li.system === "cpt" || li.system === "hcpcs") && setting === "inpatient") {
        check.report(
          "claim.procedure-setting",
          [li.code],
          `${li.code} is a ${li.system === "cpt" ? "CPT" : "HCPCS"} code; an inpatient facility claim reports procedures with ICD-10-PCS (physicians bill their inpatient services with CPT on a professional claim).`,
          undefined,
          li.path,
        );
      }
    }
    for (let j = 0; j < i; j++) {
      const lj = lines[j];
      if (lj === undefined || lj.code !== li.code || lj.date !== li.date || !sameModifiers(lj.modifiers, li.modifiers)) continue;
      if (li.system === "icd10pcs") break;
      check.report(
        "claim.duplicate-procedure",
        [li.code],
        `${li.code} appears on lines ${j + 1} and ${i + 1} with the same date and modifiers: report it once with the total units, or add the modifier that explains the repeat (76, 77, 91, or a site modifier).`,
        undefined,
        li.path,
      );
      break;
    }
  }
  const ncciSetting = ncciSettingOf(setting);
  if (ncciSetting !== undefined) ncciRules(check, lines, ncciSetting);
  const mueSetting = mueSettingOf(setting);
  if (mueSetting !== undefined) mueRules(check, lines, mueSetting);
}

function ncciRules(check: Check, lines: PxLine[], setting: NcciSetting): void {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    const a = lines[i];
    if (a === undefined || !isBillingCode(a)) continue;
    const table = check.library.ptp(a.date, setting);
    if (table === undefined) continue;
    check.use(table.meta);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const b = lines[j];
      if (b === undefined || !isBillingCode(b) || b.date !== a.date || b.code === a.code) continue;
      const edits = table.find(a.code, b.code);
      if (edits.length === 0) continue;
      const edit = activeEdit(edits, a.date);
      if (edit === undefined || edit.modifierIndicator === 9) continue;
      const rationale = edit.rationale !== "" ? ` Rationale: ${edit.rationale}.` : "";
      if (edit.modifierIndicator === 0) {
        check.report(
          "ncci.ptp",
          [a.code, b.code],
          `NCCI edit: ${b.code} (column 2) is not paid with ${a.code} (column 1) on the same date. The modifier indicator is 0, so no modifier can bypass it: remove ${b.code}.${rationale}`,
          table.meta,
          b.path,
        );
        continue;
      }
      const bypass = ncciModifierOn(check, b) ?? ncciModifierOn(check, a);
      if (bypass !== undefined) {
        check.report(
          "ncci.ptp-bypassed",
          [a.code, b.code, bypass],
          `NCCI edit ${a.code}/${b.code} (indicator 1) is bypassed by modifier ${bypass}. That is right only when the record shows a distinct service (separate encounter, site, lesion or practitioner); otherwise ${b.code} is not payable.${rationale}`,
          table.meta,
          b.path,
        );
        continue;
      }
      check.report(
        "ncci.ptp",
        [a.code, b.code],
        `NCCI edit: ${b.code} (column 2) is not paid with ${a.code} (column 1) on the same date. The modifier indicator is 1: if the record shows a distinct service (separate encounter, site, lesion or practitioner), add an NCCI-associated modifier such as XS, XE, XP, XU or 59 (or an anatomic modifier) to ${b.code}; otherwise remove ${b.code}.${rationale}`,
        table.meta,
        b.path,
      );
    }
  }
}

function mueRules(check: Check, lines: PxLine[], setting: MueSetting): void {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    const li = lines[i];
    if (li === undefined || !isBillingCode(li)) continue;
    const table = check.library.mue(li.date, setting);
    if (table === undefined) continue;
    const entry = table.get(li.code);
    if (entry === undefined) continue;
    check.use(table.meta);
    if (entry.mai === 1) {
      if (li.units > entry.value) {
        check.report(
          "mue.units-line",
          [li.code],
          `${li.code} has ${li.units} units on one line; its MUE is ${entry.value} per line (MAI 1, a claim-line edit), so the line is denied. If more were truly done, report them on separate lines with the modifier that explains them (such as 76, 91, or a site modifier).`,
          table.meta,
          li.path,
        );
      }
      continue;
    }
    // MAI 2 and 3: units of the code on the date, summed across lines; checked once, at the first line.
    let seenBefore = false;
    for (let j = 0; j < i; j++) {
      const lj = lines[j];
      if (lj !== undefined && lj.code === li.code && lj.date === li.date && isBillingCode(lj)) {
        seenBefore = true;
        break;
      }
    }
    if (seenBefore) continue;
    let total = 0;
    let count = 0;
    for (let j = i; j < n; j++) {
      const lj = lines[j];
      if (lj !== undefined && lj.code === li.code && lj.date === li.date && isBillingCode(lj)) {
        total += lj.units;
        count++;
      }
    }
    if (total <= entry.value) continue;
    const across = count > 1 ? ` (${count} lines together)` : "";
    if (entry.mai === 2) {
      check.report(
        "mue.units-day-policy",
        [li.code],
        `${li.code} is reported with ${total} units on ${li.date}${across}; its MUE is ${entry.value} per day (MAI 2, based on policy or anatomy). Units above it are denied and cannot be paid on appeal.`,
        table.meta,
        li.path,
      );
    } else {
      check.report(
        "mue.units-day-clinical",
        [li.code],
        `${li.code} is reported with ${total} units on ${li.date}${across}; its MUE is ${entry.value} per day (MAI 3, a clinical benchmark). Units above it are denied, but may be paid on appeal when the record shows they were medically necessary.`,
        table.meta,
        li.path,
      );
    }
  }
}

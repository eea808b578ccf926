/**
 * Rules on one code on its own: shape, existence in the set in force, billable vs header,
 * 7th character and placeholder X, PCS table rows, HCPCS add/termination dates, CPT verification.
 * Each returns true when the code is a valid, reportable code.
 */
import { checkCptFormat, checkHcpcsFormat, checkIcd10CmFormat, checkPcsFormat, cptCategoryOf } from "../format";
import { isLoadedLibrary } from "../library";
import { displayCode, type CodeInput } from "../normalize";
import type { CodeSystem, Icd10CmSet, Icd10PcsSet, SevenChrDef } from "../types";
import { setName, type Check } from "./context";
import { explainPcs } from "./pcs-explain";

const cm = (code: string): string => displayCode(code, "icd10cm");

/** "It is valid in ICD-10-CM FY2025." when another loaded release has the code as billable. */
function otherReleasesHint(check: Check, system: CodeSystem, code: string, current: string): string {
  const lib = check.library;
  if (!isLoadedLibrary(lib)) return "";
  const sets = system === "icd10cm" ? lib.allIcd10cm() : system === "icd10pcs" ? lib.allIcd10pcs() : system === "hcpcs" ? lib.allHcpcs() : [];
  const labels: string[] = [];
  for (const s of sets) {
    if (s.meta.id === current) continue;
    const rec = s.get(code);
    if (rec !== undefined && rec.billable) labels.push(`${s.meta.label} (${s.meta.effectiveFrom} to ${s.meta.effectiveTo ?? "open"})`);
  }
  if (labels.length === 0) return "";
  return ` It is a reportable code in ${labels.join(" and ")}: check the date of service.`;
}

/** Billable codes below `code`, the shallowest first, "unspecified"-style codes (ending in 9) first. */
export function billableBelow(set: Icd10CmSet, code: string, max: number): string[] {
  let level = set.children(code);
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    const billable = level.filter((c) => set.get(c)?.billable === true);
    if (billable.length > 0) {
      billable.sort((a, b) => Number(b.endsWith("9")) - Number(a.endsWith("9")));
      return billable.slice(0, max);
    }
    level = level.flatMap((c) => set.children(c));
  }
  return [];
}

function sevenChrList(def: SevenChrDef, max: number): string {
  const parts = def.chars.slice(0, max).map((c) => `${c.char} ${c.text}`);
  if (def.chars.length > max) parts.push(`and ${def.chars.length - max} more`);
  return parts.join("; ");
}

/** All ways to put `count` placeholder X's into `body` after its 3rd character, to reach 6 characters. */
function withPlaceholders(body: string, count: number): string[] {
  if (count === 0) return [body];
  const out: string[] = [];
  for (let at = 3; at <= body.length; at++) {
    const next = body.slice(0, at) + "X" + body.slice(at);
    for (const c of withPlaceholders(next, count - 1)) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** A reportable code made from `base` (fewer than 7 characters) by adding X's and a 7th character. */
function completeWithSeventh(set: Icd10CmSet, base: string, def: SevenChrDef): string | undefined {
  if (base.length > 6) return undefined;
  const bodies = withPlaceholders(base, 6 - base.length);
  const preferred = def.chars.find((c) => c.char === "A") ?? def.chars[0];
  const order = preferred === undefined ? def.chars : [preferred, ...def.chars.filter((c) => c !== preferred)];
  for (const body of bodies) {
    for (const c of order) {
      const full = body + c.char;
      if (set.get(full)?.billable === true) return full;
    }
  }
  return undefined;
}

function seventhCharacterRequired(check: Check, set: Icd10CmSet, code: string, def: SevenChrDef, path: string | undefined): void {
  const example = completeWithSeventh(set, code, def);
  const placeholder = code.length < 6 ? " Fill any empty positions before it with the placeholder X." : "";
  const ex = example !== undefined ? ` For example ${cm(example)}: ${set.get(example)?.title ?? ""}.` : "";
  check.report(
    "icd10cm.seventh-character-required",
    [cm(code)],
    `${cm(code)} needs a 7th character: every code under ${cm(def.definedAt)} does. The 7th characters are: ${sevenChrList(def, 8)}.${placeholder}${ex}`,
    set.meta,
    path,
  );
}

/**
 * ICD-10-CM: shape, existence in the set in force, billable, 7th character, placeholder X.
 * Returns true for a reportable code.
 */
export function checkCmCode(check: Check, input: CodeInput, path: string | undefined): boolean {
  const code = input.canonical;
  const problem = checkIcd10CmFormat(input);
  if (problem !== null) {
    check.report(code.length === 0 ? "code.empty" : "icd10cm.format", [code], problem, undefined, path);
    return false;
  }
  const set = check.cm();
  if (set === undefined) {
    check.report("set.none-in-force", [cm(code)], `No ICD-10-CM code set is loaded for ${check.date}, so ${cm(code)} cannot be checked. Load the release in force on that date (npm run codes:import).`, undefined, path);
    return false;
  }
  check.use(set.meta);
  const rec = set.get(code);
  if (rec !== undefined) {
    if (rec.billable) return true;
    explainHeader(check, set, code, rec.title, path);
    return false;
  }
  explainUnknownCm(check, set, code, path);
  return false;
}

function explainHeader(check: Check, set: Icd10CmSet, code: string, title: string, path: string | undefined): void {
  const def = set.sevenChrFor(code);
  if (def !== undefined && code.length < 7) {
    seventhCharacterRequired(check, set, code, def, path);
    return;
  }
  const kind = code.length === 3 ? "a category" : "a subcategory";
  const below = billableBelow(set, code, 1);
  const such = below.length > 0 ? `, such as ${cm(below[0] ?? "")}` : "";
  const hint = otherReleasesHint(check, "icd10cm", code, set.meta.id);
  check.report(
    "icd10cm.not-billable",
    [cm(code)],
    `${cm(code)} is ${kind}, not a billable code: add characters to the highest specificity${such}. (${cm(code)}: ${title}.)${hint}`,
    set.meta,
    path,
  );
}

function explainUnknownCm(check: Check, set: Icd10CmSet, code: string, path: string | undefined): void {
  const complete = set.meta.source !== "teaching";
  const def = set.sevenChrFor(code);
  if (def !== undefined) {
    if (code.length === 7) {
      const seventh = code[6] ?? "";
      if (!def.chars.some((c) => c.char === seventh)) {
        check.report(
          "icd10cm.seventh-character-invalid",
          [cm(code)],
          `"${seventh}" is not a 7th character of ${cm(def.definedAt)}: its 7th characters are ${sevenChrList(def, 16)}.`,
          set.meta,
          path,
        );
        return;
      }
    } else {
      // A 7th character typed too early: the placeholder X was left out.
      const last = code[code.length - 1] ?? "";
      if (code.length >= 4 && def.chars.some((c) => c.char === last)) {
        const body = code.slice(0, -1);
        for (const b of withPlaceholders(body, 6 - body.length)) {
          const full = b + last;
          if (set.get(full)?.billable === true) {
            check.report(
              "icd10cm.placeholder-x",
              [cm(code)],
              `The 7th character "${last}" must sit in position 7. Use the placeholder X for the empty positions: ${cm(full)} (${set.get(full)?.title ?? ""}).`,
              set.meta,
              path,
            );
            return;
          }
        }
      }
      seventhCharacterRequired(check, set, code, def, path);
      return;
    }
  }
  // The longest existing code the input starts with.
  let ancestor: string | undefined;
  for (let k = code.length - 1; k >= 3; k--) {
    const prefix = code.slice(0, k);
    if (set.get(prefix) !== undefined) {
      ancestor = prefix;
      break;
    }
  }
  const ancRec = ancestor === undefined ? undefined : set.get(ancestor);
  if (ancestor !== undefined && ancRec !== undefined && ancRec.billable) {
    check.report(
      "icd10cm.unknown",
      [cm(code)],
      `${cm(code)} is not a code: ${cm(ancestor)} (${ancRec.title}) is already complete and billable, so nothing follows it. Remove the extra character${code.length - ancestor.length > 1 ? "s" : ""}.`,
      set.meta,
      path,
    );
    return;
  }
  const hint = otherReleasesHint(check, "icd10cm", code, set.meta.id);
  const under =
    ancestor !== undefined && ancRec !== undefined
      ? (() => {
          const below = billableBelow(set, ancestor, 3).map(cm);
          return ` Under ${cm(ancestor)} (${ancRec.title})${below.length > 0 ? ` the codes include ${below.join(", ")}` : " look for the code that matches the record"}.`;
        })()
      : "";
  if (complete) {
    check.report("icd10cm.unknown", [cm(code)], `${cm(code)} is not an ICD-10-CM code in ${setName(set.meta)}.${under}${hint}`, set.meta, path);
  } else {
    check.report(
      "icd10cm.not-in-teaching-set",
      [cm(code)],
      `${cm(code)} is not in the teaching set, so Codecert cannot confirm it either way; load the official ICD-10-CM files to check every code.${under}${hint}`,
      set.meta,
      path,
    );
  }
}

/** ICD-10-PCS: shape, table, existence; names the character a table does not allow. */
export function checkPcsCode(check: Check, code: string, path: string | undefined): boolean {
  const set = check.pcs();
  const problem = checkPcsFormat(code);
  if (problem !== null) {
    if (code.length === 3 && set !== undefined && set.table(code) !== undefined) {
      check.use(set.meta);
      const example = firstCodeOfTable(set, code);
      check.report(
        "icd10pcs.incomplete",
        [code],
        `${code} is an ICD-10-PCS table, not a code: build all 7 characters from one row of the table (body part, approach, device, qualifier)${example !== undefined ? `, for example ${example}` : ""}.`,
        set.meta,
        path,
      );
      return false;
    }
    check.report(code.length === 0 ? "code.empty" : "icd10pcs.format", [code], problem, undefined, path);
    return false;
  }
  if (set === undefined) {
    check.report("set.none-in-force", [code], `No ICD-10-PCS code set is loaded for ${check.date}, so ${code} cannot be checked.`, undefined, path);
    return false;
  }
  check.use(set.meta);
  const rec = set.get(code);
  if (rec !== undefined && rec.billable) return true;
  const why = explainPcs(set, code);
  const hint = otherReleasesHint(check, "icd10pcs", code, set.meta.id);
  if (set.meta.source === "teaching") {
    const tableText = why.position === 0 ? "" : ` In the teaching excerpt: ${why.text}`;
    check.report(
      "icd10pcs.not-in-teaching-set",
      [code],
      `${code} is not in the teaching set, so Codecert cannot confirm it either way; load the official ICD-10-PCS files to check every code.${tableText}${hint}`,
      set.meta,
      path,
    );
    return false;
  }
  check.report("icd10pcs.invalid", [code], `${code} is not a valid ICD-10-PCS code in ${set.meta.label}. ${why.text}${hint}`, set.meta, path);
  return false;
}

function firstCodeOfTable(set: Icd10PcsSet, prefix: string): string | undefined {
  for (const c of set.codes()) if (c.length === 7 && c.startsWith(prefix)) return c;
  return undefined;
}

/** HCPCS Level II: shape, existence, add and termination dates. */
export function checkHcpcsCode(check: Check, code: string, path: string | undefined): boolean {
  const problem = checkHcpcsFormat(code);
  if (problem !== null) {
    check.report(code.length === 0 ? "code.empty" : "hcpcs.format", [code], problem, undefined, path);
    return false;
  }
  const set = check.hcpcs();
  if (set === undefined) {
    check.report("set.none-in-force", [code], `No HCPCS Level II release is loaded for ${check.date}, so ${code} cannot be checked.`, undefined, path);
    return false;
  }
  check.use(set.meta);
  const rec = set.get(code);
  if (rec !== undefined) {
    if (rec.addDate !== null && check.date < rec.addDate) {
      check.report("hcpcs.not-yet-effective", [code], `${code} (${rec.title}) takes effect on ${rec.addDate}; it cannot be reported for ${check.date}.`, set.meta, path);
      return false;
    }
    if (rec.terminationDate !== null && check.date > rec.terminationDate) {
      check.report(
        "hcpcs.terminated",
        [code],
        `${code} (${rec.title}) was terminated on ${rec.terminationDate}; for ${check.date} use the code that replaced it.`,
        set.meta,
        path,
      );
      return false;
    }
    return true;
  }
  const dental = code.startsWith("D") ? " D codes are CDT dental codes (American Dental Association), which the CMS HCPCS file leaves out." : "";
  const hint = otherReleasesHint(check, "hcpcs", code, set.meta.id);
  if (set.meta.source === "teaching") {
    check.report(
      "hcpcs.not-in-teaching-set",
      [code],
      `${code} is not in the teaching set, so Codecert cannot confirm it either way; load the official HCPCS file to check every code.${dental}${hint}`,
      set.meta,
      path,
    );
  } else {
    check.report("hcpcs.unknown", [code], `${code} is not a HCPCS Level II code in ${set.meta.label}.${dental}${hint}`, set.meta, path);
  }
  return false;
}

/** CPT: shape, and existence when a licensed file is loaded; otherwise a warning that it cannot be verified. */
export function checkCptCode(check: Check, code: string, path: string | undefined): boolean {
  const problem = checkCptFormat(code);
  if (problem !== null) {
    check.report(code.length === 0 ? "code.empty" : "cpt.format", [code], problem, undefined, path);
    return false;
  }
  const set = check.cpt();
  if (set === undefined) {
    check.report("cpt.unverified", [code], `No CPT data is loaded, so ${code} cannot be verified; its shape is a valid Category ${cptCategoryOf(code) ?? "I"} code.`, undefined, path);
    return true;
  }
  check.use(set.meta);
  if (set.get(code) !== undefined) return true;
  if (set.complete) {
    check.report("cpt.unknown", [code], `${code} is not a CPT code in ${set.meta.label}.`, set.meta, path);
    return false;
  }
  check.report(
    "cpt.unverified",
    [code],
    `${code} cannot be verified without a licensed CPT file: it is not on Codecert's teaching list, and its shape is a valid Category ${cptCategoryOf(code) ?? "I"} code. Load your licensed CPT data file to check it.`,
    set.meta,
    path,
  );
  return true;
}

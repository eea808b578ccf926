/**
 * Rules across the diagnoses of one claim: duplicates, external cause and manifestation codes as
 * principal, etiology/manifestation pairs, "code first" and "use additional code" notes,
 * Excludes1 pairs, and the MCE age, sex and principal edits.
 */
import { displayCode } from "../normalize";
import { formatRange, inRange } from "../ranges";
import type { CodeRange, Icd10CmSet } from "../types";
import { cmInfo, letterBit, type CmInfo, type NoteGroup } from "./cm-info";
import type { Check } from "./context";
import { checkMce, type PatientFacts } from "./mce";

export interface DxLine {
  /** Canonical code ("" when the line had none). */
  code: string;
  /** Exists in the set in force and is billable. */
  ok: boolean;
  path: string;
}

const cm = (code: string): string => displayCode(code, "icd10cm");
/** Where a note is written: a code (shown with its dot), "section I10-I16" or "chapter 15". */
const place = (at: string): string => (at.startsWith("section ") || at.startsWith("chapter ") ? at : cm(at));

function isExternalCause(code: string): boolean {
  const c = code.charCodeAt(0);
  return c >= 86 && c <= 89; // V, W, X, Y
}

/** inRange with a first-character quick reject (most pairs differ there). */
function hit(code: string, r: CodeRange): boolean {
  const c = code.charCodeAt(0);
  if (c < r.from.charCodeAt(0) || c > r.to.charCodeAt(0)) return false;
  return inRange(code, r);
}

function hitAny(code: string, refs: readonly CodeRange[]): boolean {
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k];
    if (r !== undefined && hit(code, r)) return true;
  }
  return false;
}

/** Index of the first other diagnosis that lies in any of `refs`, or -1. */
function findRef(lines: DxLine[], self: number, refs: readonly CodeRange[]): number {
  for (let j = 0; j < lines.length; j++) {
    if (j === self) continue;
    const l = lines[j];
    if (l !== undefined && l.ok && hitAny(l.code, refs)) return j;
  }
  return -1;
}

function refsText(refs: readonly CodeRange[], max: number): string {
  const shown = refs.slice(0, max).map(formatRange);
  const unique = [...new Set(shown)];
  return refs.length > max ? `${unique.join(", ")} …` : unique.join(", ");
}

function allRefs(groups: readonly NoteGroup[]): CodeRange[] {
  const out: CodeRange[] = [];
  for (const g of groups) for (const r of g.refs) out.push(r);
  return out;
}

/** Indexes of the other diagnoses that lie in any of `refs`: the first before `self`, and the first after it. */
function placeOf(lines: DxLine[], self: number, refs: readonly CodeRange[]): { before: number; after: number } {
  let before = -1;
  let after = -1;
  for (let j = 0; j < lines.length; j++) {
    if (j === self) continue;
    const l = lines[j];
    if (l === undefined || !l.ok || !hitAny(l.code, refs)) continue;
    if (j < self) {
      if (before < 0) before = j;
    } else if (after < 0) after = j;
  }
  return { before, after };
}

function codeFirstRules(check: Check, set: Icd10CmSet, lines: DxLine[], i: number, info: CmInfo, manifestation: boolean): void {
  const line = lines[i];
  if (line === undefined) return;
  const shown = cm(line.code);
  const refs = info.codeFirstRefs;
  const examples = info.codeFirst.some((g) => g.examples);
  const { before, after } = placeOf(lines, i, refs);
  if (manifestation) {
    if (i === 0) {
      check.report(
        "icd10cm.manifestation-principal",
        [shown],
        `${shown} is a manifestation code ("in diseases classified elsewhere"): it can never be the principal or first-listed diagnosis. Sequence the underlying condition first${refs.length > 0 ? ` (such as ${refsText(refs, 4)})` : ""}, then ${shown}.`,
        set.meta,
        line.path,
      );
    }
    const others = lines.some((l, k) => k !== i && l.ok);
    if (!others || (refs.length > 0 && before < 0 && after < 0 && !examples)) {
      check.report(
        "icd10cm.manifestation-without-etiology",
        [shown],
        `${shown} describes a manifestation of another disease and cannot be reported alone: code the underlying condition${refs.length > 0 ? ` its "code first" note names (${refsText(refs, 6)})` : ""} and list it before ${shown}.`,
        set.meta,
        line.path,
      );
      return;
    }
    if (refs.length > 0 && before < 0 && after < 0) {
      check.report(
        "icd10cm.code-first",
        [shown],
        `${shown} is a manifestation code: make sure its underlying condition (such as ${refsText(refs, 6)}) is coded and listed before it.`,
        set.meta,
        line.path,
      );
      return;
    }
    if (i > 0 && before < 0 && after >= 0) sequenceWarning(check, set, lines, line, after);
    return;
  }
  if (refs.length === 0) return;
  if (before >= 0) return;
  if (after >= 0) {
    sequenceWarning(check, set, lines, line, after);
    return;
  }
  const required = info.codeFirst.filter((g) => g.required);
  if (required.length === 0) return;
  const requiredRefs = allRefs(required);
  check.report(
    "icd10cm.code-first",
    [shown],
    `${shown} has a "code first" note: code the underlying condition first${required.some((g) => g.examples) ? ", such as" : ":"} ${refsText(requiredRefs, 10)}.`,
    set.meta,
    line.path,
  );
}

function sequenceWarning(check: Check, set: Icd10CmSet, lines: DxLine[], line: DxLine, j: number): void {
  const other = lines[j];
  if (other === undefined) return;
  const shown = cm(line.code);
  check.report(
    "icd10cm.code-first",
    [shown, cm(other.code)],
    `${shown} has a "code first" note: list ${cm(other.code)} before ${shown}.`,
    set.meta,
    line.path,
  );
}

/** Runs the claim-level diagnosis rules; `lines` are in claim order (principal first). */
export function diagnosisClaimRules(check: Check, lines: DxLine[], patient: PatientFacts): void {
  const n = lines.length;
  for (let i = 1; i < n; i++) {
    const li = lines[i];
    if (li === undefined || li.code === "") continue;
    for (let j = 0; j < i; j++) {
      if (lines[j]?.code === li.code) {
        check.report(
          "claim.duplicate-diagnosis",
          [cm(li.code)],
          `${cm(li.code)} is listed twice (lines ${j + 1} and ${i + 1}): report each diagnosis code once.`,
          undefined,
          li.path,
        );
        break;
      }
    }
  }
  const first = lines[0];
  if (first !== undefined && first.ok && isExternalCause(first.code)) {
    check.report(
      "icd10cm.external-cause-principal",
      [cm(first.code)],
      `${cm(first.code)} is an external-cause code (V00–Y99): it tells how an injury happened and can never be the principal or first-listed diagnosis. List the injury or condition first, then ${cm(first.code)}.`,
      undefined,
      first.path,
    );
  }
  const set = check.cm();
  if (set === undefined) return;
  const mce = check.mce();
  const infos: (CmInfo | undefined)[] = new Array<CmInfo | undefined>(n);
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    infos[i] = l !== undefined && l.ok ? cmInfo(set, l.code) : undefined;
  }
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    const info = infos[i];
    if (line === undefined || info === undefined) continue;
    let manifestation = info.manifestation;
    const mceTypes = mce === undefined ? undefined : mce.edits("D", line.code);
    if (!manifestation && mce !== undefined && mceTypes !== undefined && mceTypes.includes("Principal_Manifestation")) {
      manifestation = true;
      check.use(mce.meta);
    }
    if (manifestation || info.codeFirst.length > 0) codeFirstRules(check, set, lines, i, info, manifestation);
    for (const g of info.useAdditional) {
      if (g.conditional) continue;
      if (findRef(lines, i, g.refs) >= 0) continue;
      check.report(
        "icd10cm.use-additional-code",
        [cm(line.code)],
        `${cm(line.code)} has a "use additional code" note: ${g.texts[0] ?? ""}. Add the code that applies (${refsText(g.refs, 6)}).`,
        set.meta,
        line.path,
      );
    }
    if (mce !== undefined && mceTypes !== undefined && mceTypes.length > 0) checkMce(check, mce, mceTypes, "D", cm(line.code), i === 0, patient, line.path);
  }
  // Excludes1: one finding per pair, whichever side carries the note.
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l !== undefined && l.ok) letters |= letterBit(l.code);
  }
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    const li = lines[i];
    if (info === undefined || li === undefined || (info.excludes1Letters & letters) === 0) continue;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const lj = lines[j];
      if (lj === undefined || !lj.ok || lj.code === li.code) continue;
      for (const ex of info.excludes1) {
        if (!hit(lj.code, ex.range)) continue;
        if (j < i) {
          const other = infos[j];
          if (other !== undefined && other.excludes1.some((e) => hit(li.code, e.range))) break;
        }
        const [a, b] = i < j ? [li, lj] : [lj, li];
        check.report(
          "icd10cm.excludes1",
          [cm(a.code), cm(b.code)],
          `${cm(li.code)} and ${cm(lj.code)} cannot be reported together: ${place(ex.at)} has an Excludes1 note "${ex.text}", meaning the conditions are mutually exclusive. Keep the one the record supports. (The only exception is when the two conditions are unrelated to each other.)`,
          set.meta,
          lj.path,
        );
        break;
      }
    }
  }
}

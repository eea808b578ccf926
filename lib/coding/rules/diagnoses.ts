/**
 * Rules across the diagnoses of one claim: duplicates, external cause and manifestation codes as
 * principal, etiology/manifestation pairs, "code first" and "use additional code" notes,
 * Excludes1 pairs, and the MCE age, sex and principal edits.
 */
import { displayCode } from "../normalize";
import { formatRange, inAnyRange, inRange } from "../ranges";
import type { CodeRange, Icd10CmSet } from "../types";
import { cmInfo, type CmInfo, type NoteGroup } from "./cm-info";
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
/** Where a note is written: a code (shown with its dot) or a section / chapter id ("I10-I16"). */
const place = (at: string): string => (at.includes("-") ? `section ${at}` : cm(at));

function isExternalCause(code: string): boolean {
  const c = code.charCodeAt(0);
  return c >= 86 && c <= 89; // V, W, X, Y
}

/** Index of the first other diagnosis that lies in any of `refs`, or -1. */
function findRef(lines: DxLine[], self: number, refs: readonly CodeRange[]): number {
  for (let j = 0; j < lines.length; j++) {
    if (j === self) continue;
    const l = lines[j];
    if (l !== undefined && l.ok && inAnyRange(l.code, refs)) return j;
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

function codeFirstRules(check: Check, set: Icd10CmSet, lines: DxLine[], i: number, info: CmInfo, manifestation: boolean): void {
  const line = lines[i];
  if (line === undefined) return;
  const shown = cm(line.code);
  const groups = info.codeFirst.filter((g) => !g.conditional);
  const refs = allRefs(groups);
  const examples = groups.some((g) => g.examples);
  const j = refs.length > 0 ? findRef(lines, i, refs) : -1;
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
    if (!others || (refs.length > 0 && j < 0 && !examples)) {
      check.report(
        "icd10cm.manifestation-without-etiology",
        [shown],
        `${shown} describes a manifestation of another disease and cannot be reported alone: code the underlying condition${refs.length > 0 ? ` its "code first" note names (${refsText(refs, 6)})` : ""} and list it before ${shown}.`,
        set.meta,
        line.path,
      );
      return;
    }
    if (refs.length > 0 && j < 0) {
      check.report(
        "icd10cm.code-first",
        [shown],
        `${shown} is a manifestation code: make sure its underlying condition (such as ${refsText(refs, 6)}) is coded and listed before it.`,
        set.meta,
        line.path,
      );
      return;
    }
    if (j > i && i > 0) {
      const other = lines[j];
      if (other !== undefined) {
        check.report(
          "icd10cm.code-first",
          [shown, cm(other.code)],
          `${shown} has a "code first" note: list ${cm(other.code)} (the underlying condition) before ${shown}.`,
          set.meta,
          line.path,
        );
      }
    }
    return;
  }
  if (refs.length === 0) return;
  if (j < 0) {
    check.report(
      "icd10cm.code-first",
      [shown],
      `${shown} has a "code first" note: code the underlying condition first${examples ? ", such as" : ":"} ${refsText(refs, 6)}.`,
      set.meta,
      line.path,
    );
  } else if (j > i) {
    const other = lines[j];
    if (other !== undefined) {
      check.report(
        "icd10cm.code-first",
        [shown, cm(other.code)],
        `${shown} has a "code first" note: list ${cm(other.code)} before ${shown}.`,
        set.meta,
        line.path,
      );
    }
  }
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
    if (!manifestation && mce !== undefined) {
      const types = mce.edits("D", line.code);
      if (types.length > 0 && types.includes("Principal_Manifestation")) {
        manifestation = true;
        check.use(mce.meta);
      }
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
    if (mce !== undefined) checkMce(check, mce, "D", line.code, cm(line.code), i === 0, patient, line.path);
  }
  // Excludes1: one finding per pair, whichever side carries the note.
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    const li = lines[i];
    if (info === undefined || li === undefined || info.excludes1.length === 0) continue;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const lj = lines[j];
      if (lj === undefined || !lj.ok || lj.code === li.code) continue;
      for (const ex of info.excludes1) {
        if (!inRange(lj.code, ex.range)) continue;
        if (j < i) {
          const other = infos[j];
          if (other !== undefined && other.excludes1.some((e) => inRange(li.code, e.range))) break;
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

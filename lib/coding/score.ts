/**
 * Scoring of a coding case, on the public model AAPC Practicode uses:
 * score = correct ÷ number of codes in the key, or correct ÷ number entered when more codes were
 * entered than the key has. The principal / first-listed diagnosis must be first. A right CPT/HCPCS
 * code with a wrong or missing modifier or wrong units earns partial credit. Optional key codes earn
 * nothing and cost nothing. Every entered code carries its validation findings. Deterministic: the
 * same response and key always give the same score and the same lines, in the same order.
 */
import type { CaseKey, CaseResponse, CaseScore, Claim, Finding, ScoredLine, Setting } from "./claim-types";
import { canonicalModifier, displayCode, readCode } from "./normalize";
import type { CodeLibrary } from "./types";
import { validateClaim } from "./validate";

/** Credit for a right procedure code whose modifiers or units differ from the key. */
export const PARTIAL_CREDIT = 0.5;
/** Credit for the principal diagnosis (or principal procedure) entered, but not first. */
export const PRINCIPAL_OUT_OF_ORDER_CREDIT = 0;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const SETTINGS: readonly Setting[] = ["inpatient", "outpatient", "professional"];

function isSetting(v: unknown): v is Setting {
  return typeof v === "string" && (SETTINGS as readonly string[]).includes(v);
}

interface EnteredDx {
  raw: string;
  code: string;
}

interface EnteredPx {
  raw: string;
  code: string;
  modifiers: string[];
  units: number;
}

interface KeyPx {
  code: string;
  modifiers: string[];
  units: number;
  optional: boolean;
  principal: boolean;
}

const canon = (s: string): string => readCode(s).canonical;
const cm = (code: string): string => displayCode(code, "icd10cm");

function strings(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const x of v) {
    if (typeof x === "string") out.push(x);
    else if (isRecord(x) && typeof x.code === "string") out.push(x.code);
  }
  return out;
}

function modifiersOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const m of v) if (typeof m === "string" && m.trim() !== "") out.push(canonicalModifier(m));
  return out;
}

function unitsOf(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 1;
}

function readResponse(response: unknown): { dx: EnteredDx[]; px: EnteredPx[] } {
  const r = isRecord(response) ? response : {};
  const dx = strings(r.diagnoses)
    .map((raw) => ({ raw, code: canon(raw) }))
    .filter((d) => d.code !== "");
  const px: EnteredPx[] = [];
  if (Array.isArray(r.procedures)) {
    for (const p of r.procedures) {
      if (typeof p === "string") {
        const code = canon(p);
        if (code !== "") px.push({ raw: p, code, modifiers: [], units: 1 });
      } else if (isRecord(p) && typeof p.code === "string") {
        const code = canon(p.code);
        if (code !== "") px.push({ raw: p.code, code, modifiers: modifiersOf(p.modifiers), units: unitsOf(p.units) });
      }
    }
  }
  return { dx, px };
}

interface ReadKey {
  date: string;
  setting: Setting | undefined;
  principal: string;
  required: string[];
  optional: string[];
  px: KeyPx[];
  problems: string[];
}

function readKey(key: unknown): ReadKey {
  const k = isRecord(key) ? key : {};
  const problems: string[] = [];
  if (!isRecord(key)) problems.push("the answer key is not an object");
  const date = typeof k.date === "string" ? k.date : "";
  const setting = isSetting(k.setting) ? k.setting : undefined;
  const dx = isRecord(k.diagnoses) ? k.diagnoses : {};
  const principal = typeof dx.principal === "string" ? canon(dx.principal) : "";
  if (principal === "") problems.push("the answer key has no principal diagnosis");
  const required: string[] = [];
  for (const c of strings(dx.required).map(canon)) if (c !== "" && c !== principal && !required.includes(c)) required.push(c);
  const optional: string[] = [];
  for (const c of strings(dx.optional).map(canon)) if (c !== "" && c !== principal && !required.includes(c) && !optional.includes(c)) optional.push(c);
  const px: KeyPx[] = [];
  if (Array.isArray(k.procedures)) {
    for (const p of k.procedures) {
      if (!isRecord(p) || typeof p.code !== "string") continue;
      const code = canon(p.code);
      if (code === "") continue;
      px.push({ code, modifiers: modifiersOf(p.modifiers), units: unitsOf(p.units), optional: p.optional === true, principal: p.principal === true });
    }
  }
  return { date, setting, principal, required, optional, px, problems };
}

function sameSet(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (const m of a) if (!b.includes(m)) return false;
  return true;
}

function listOrNone(mods: string[]): string {
  return mods.length === 0 ? "none" : mods.join(", ");
}

/** The title of a code in whichever set of the date knows it, for explanations. */
function titleOf(library: CodeLibrary, date: string, code: string, kind: "dx" | "px"): string {
  if (kind === "dx") return library.icd10cm(date)?.get(code)?.title ?? "";
  return library.icd10pcs(date)?.get(code)?.title ?? library.hcpcs(date)?.get(code)?.title ?? library.cpt(date)?.get(code)?.title ?? "";
}

function named(library: CodeLibrary, date: string, code: string, kind: "dx" | "px"): string {
  const shown = kind === "dx" ? cm(code) : code;
  const title = titleOf(library, date, code, kind);
  return title === "" ? shown : `${shown} (${title})`;
}

/**
 * Scores a coding case. Never throws: a malformed key or response scores what can be read and
 * says what was wrong in the summary.
 */
export function scoreCase(response: CaseResponse, key: CaseKey, library: CodeLibrary): CaseScore {
  const k = readKey(key);
  const r = readResponse(response);
  const date = k.date;

  const claim: Claim = {
    diagnoses: r.dx.map((d) => ({ code: d.raw })),
    procedures: r.px.map((p) => ({ code: p.raw, modifiers: p.modifiers, units: p.units })),
  };
  if (k.setting !== undefined) claim.setting = k.setting;
  const validation = validateClaim(claim, { date }, library);

  const dxLines: ScoredLine[] = [];
  const pxLines: ScoredLine[] = [];
  const dxLineOf: (ScoredLine | undefined)[] = [];
  const pxLineOf: (ScoredLine | undefined)[] = [];
  let correct = 0;
  let entered = 0;

  // Diagnoses.
  const matchedRequired = new Set<string>();
  let principalAt = -1;
  const seen = new Set<string>();
  for (let i = 0; i < r.dx.length; i++) {
    const d = r.dx[i];
    if (d === undefined) continue;
    const shown = cm(d.code);
    let line: ScoredLine;
    if (seen.has(d.code)) {
      entered++;
      line = { kind: "dx", entered: shown, expected: null, credit: 0, verdict: "extra", explanation: `${shown} was entered more than once; each code counts once.`, findings: [] };
    } else if (d.code === k.principal && principalAt < 0) {
      principalAt = i;
      entered++;
      if (i === 0) {
        correct += 1;
        line = { kind: "dx", entered: shown, expected: shown, credit: 1, verdict: "correct", explanation: `${named(library, date, d.code, "dx")} is the principal / first-listed diagnosis, listed first. Correct.`, findings: [] };
      } else {
        correct += PRINCIPAL_OUT_OF_ORDER_CREDIT;
        line = {
          kind: "dx",
          entered: shown,
          expected: shown,
          credit: PRINCIPAL_OUT_OF_ORDER_CREDIT,
          verdict: PRINCIPAL_OUT_OF_ORDER_CREDIT > 0 ? "partial" : "wrong",
          explanation: `${shown} is the principal / first-listed diagnosis, but it was listed in position ${i + 1}: it must be listed first.${PRINCIPAL_OUT_OF_ORDER_CREDIT > 0 ? "" : " No credit."}`,
          findings: [],
        };
      }
    } else if (k.required.includes(d.code) && !matchedRequired.has(d.code)) {
      matchedRequired.add(d.code);
      entered++;
      correct += 1;
      line = { kind: "dx", entered: shown, expected: shown, credit: 1, verdict: "correct", explanation: `${named(library, date, d.code, "dx")} matches the key.`, findings: [] };
    } else if (k.optional.includes(d.code)) {
      line = { kind: "dx", entered: shown, expected: shown, credit: 0, verdict: "optional", explanation: `${shown} is optional in the key: no credit and no penalty.`, findings: [] };
    } else {
      entered++;
      const sameCategory = [k.principal, ...k.required].find((c) => c !== "" && c.slice(0, 3) === d.code.slice(0, 3) && c !== d.code);
      const hint = sameCategory !== undefined ? ` The key has ${cm(sameCategory)} in the same category: check the characters after ${cm(d.code.slice(0, 3))} against the record.` : "";
      line = {
        kind: "dx",
        entered: shown,
        expected: null,
        credit: 0,
        verdict: i === 0 && k.principal !== "" ? "wrong" : "extra",
        explanation: `${named(library, date, d.code, "dx")} is not in the answer key.${i === 0 && k.principal !== "" ? ` The principal diagnosis is ${cm(k.principal)}.` : ""}${hint}`,
        findings: [],
      };
    }
    seen.add(d.code);
    dxLines.push(line);
    dxLineOf[i] = line;
  }
  if (k.principal !== "" && principalAt < 0) {
    dxLines.push({
      kind: "dx",
      entered: null,
      expected: cm(k.principal),
      credit: 0,
      verdict: "missing",
      explanation: `The principal diagnosis ${named(library, date, k.principal, "dx")} was not entered; it should be listed first.`,
      findings: [],
    });
  }
  for (const c of k.required) {
    if (matchedRequired.has(c)) continue;
    dxLines.push({ kind: "dx", entered: null, expected: cm(c), credit: 0, verdict: "missing", explanation: `The key has ${named(library, date, c, "dx")}; it was not entered.`, findings: [] });
  }

  // Procedures: exact matches first, then the right code with other modifiers or units.
  const keyTaken: boolean[] = k.px.map(() => false);
  const pxMatch: number[] = r.px.map(() => -1);
  for (let i = 0; i < r.px.length; i++) {
    const p = r.px[i];
    if (p === undefined) continue;
    const j = k.px.findIndex((kp, idx) => !keyTaken[idx] && kp.code === p.code && sameSet(kp.modifiers, p.modifiers) && kp.units === p.units);
    if (j >= 0) {
      keyTaken[j] = true;
      pxMatch[i] = j;
    }
  }
  for (let i = 0; i < r.px.length; i++) {
    const p = r.px[i];
    if (p === undefined || pxMatch[i] !== -1) continue;
    const j = k.px.findIndex((kp, idx) => !keyTaken[idx] && kp.code === p.code);
    if (j >= 0) {
      keyTaken[j] = true;
      pxMatch[i] = j;
    }
  }
  const principalPx = k.px.findIndex((kp) => kp.principal && !kp.optional);
  for (let i = 0; i < r.px.length; i++) {
    const p = r.px[i];
    if (p === undefined) continue;
    const j = pxMatch[i] ?? -1;
    const kp = j >= 0 ? k.px[j] : undefined;
    let line: ScoredLine;
    if (kp === undefined) {
      entered++;
      line = { kind: "px", entered: p.code, expected: null, credit: 0, verdict: "extra", explanation: `${named(library, date, p.code, "px")} is not in the answer key.`, findings: [] };
    } else if (kp.optional) {
      line = { kind: "px", entered: p.code, expected: kp.code, credit: 0, verdict: "optional", explanation: `${p.code} is optional in the key: no credit and no penalty.`, findings: [] };
    } else {
      entered++;
      const diffs: string[] = [];
      if (!sameSet(kp.modifiers, p.modifiers)) diffs.push(`modifiers: key ${listOrNone(kp.modifiers)}, entered ${listOrNone(p.modifiers)}`);
      if (kp.units !== p.units) diffs.push(`units: key ${kp.units}, entered ${p.units}`);
      const outOfOrder = j === principalPx && i !== 0;
      if (outOfOrder) {
        correct += PRINCIPAL_OUT_OF_ORDER_CREDIT;
        line = {
          kind: "px",
          entered: p.code,
          expected: kp.code,
          credit: PRINCIPAL_OUT_OF_ORDER_CREDIT,
          verdict: PRINCIPAL_OUT_OF_ORDER_CREDIT > 0 ? "partial" : "wrong",
          explanation: `${p.code} is the principal procedure, but it was listed in position ${i + 1}: it must be listed first.${PRINCIPAL_OUT_OF_ORDER_CREDIT > 0 ? "" : " No credit."}`,
          findings: [],
        };
      } else if (diffs.length === 0) {
        correct += 1;
        const mods = kp.modifiers.length > 0 ? ` with modifier${kp.modifiers.length > 1 ? "s" : ""} ${kp.modifiers.join(", ")}` : "";
        const units = kp.units !== 1 ? `, ${kp.units} units` : "";
        line = { kind: "px", entered: p.code, expected: kp.code, credit: 1, verdict: "correct", explanation: `${named(library, date, p.code, "px")}${mods}${units} matches the key.`, findings: [] };
      } else {
        correct += PARTIAL_CREDIT;
        line = {
          kind: "px",
          entered: p.code,
          expected: kp.code,
          credit: PARTIAL_CREDIT,
          verdict: "partial",
          explanation: `${p.code} is the right code, but ${diffs.join("; ")}. Partial credit (${PARTIAL_CREDIT}).`,
          findings: [],
        };
      }
    }
    pxLines.push(line);
    pxLineOf[i] = line;
  }
  for (let j = 0; j < k.px.length; j++) {
    const kp = k.px[j];
    if (kp === undefined || keyTaken[j] === true || kp.optional) continue;
    const mods = kp.modifiers.length > 0 ? ` with modifier${kp.modifiers.length > 1 ? "s" : ""} ${kp.modifiers.join(", ")}` : "";
    const units = kp.units !== 1 ? `, ${kp.units} units` : "";
    pxLines.push({ kind: "px", entered: null, expected: kp.code, credit: 0, verdict: "missing", explanation: `The key has ${named(library, date, kp.code, "px")}${mods}${units}; it was not entered.`, findings: [] });
  }

  // Findings go to the line they are about.
  const lines = [...dxLines, ...pxLines];
  for (const f of validation.findings) attach(f, lines, dxLineOf, pxLineOf);

  const keyCount = (k.principal !== "" ? 1 : 0) + k.required.length + k.px.filter((p) => !p.optional).length;
  const denominator = Math.max(keyCount, entered);
  // Nothing to code and nothing entered is full marks, unless the key itself could not be read.
  const score = denominator === 0 ? (k.problems.length > 0 ? 0 : 1) : Math.min(1, Math.max(0, correct / denominator));
  const principalCorrect = k.principal !== "" && r.dx[0]?.code === k.principal;
  return {
    score,
    correct,
    keyCount,
    enteredCount: entered,
    principalCorrect,
    lines,
    summary: summarize(score, correct, keyCount, entered, principalCorrect, lines, k),
  };
}

function attach(f: Finding, lines: ScoredLine[], dx: (ScoredLine | undefined)[], px: (ScoredLine | undefined)[]): void {
  const path = f.path;
  if (path !== undefined) {
    const [kind, at] = path.split(":");
    const index = Number(at);
    const line = kind === "dx" ? dx[index] : kind === "px" ? px[index] : undefined;
    if (line !== undefined) {
      line.findings.push(f);
      return;
    }
  }
  const byCode = lines.find((l) => l.entered !== null && f.codes.includes(l.entered));
  const target = byCode ?? lines[0];
  if (target !== undefined) target.findings.push(f);
}

function summarize(score: number, correct: number, keyCount: number, entered: number, principalCorrect: boolean, lines: ScoredLine[], k: ReadKey): string {
  const pct = Math.round(score * 1000) / 10;
  const parts: string[] = [];
  if (k.problems.length > 0) parts.push(`The answer key is incomplete: ${k.problems.join("; ")}.`);
  const over = entered > keyCount ? ` More codes were entered (${entered}) than the key has (${keyCount}), so the score divides by ${entered}.` : "";
  parts.push(`Score ${pct}%: ${correct} of ${Math.max(keyCount, entered)} earned.${over}`);
  if (k.principal !== "") parts.push(principalCorrect ? "Principal diagnosis correct and first." : `Principal diagnosis ${cm(k.principal)} is not first.`);
  const missing = lines.filter((l) => l.verdict === "missing").map((l) => l.expected ?? "");
  const extra = lines.filter((l) => l.verdict === "extra" || (l.verdict === "wrong" && l.expected === null)).map((l) => l.entered ?? "");
  const partial = lines.filter((l) => l.verdict === "partial").map((l) => l.entered ?? "");
  if (missing.length > 0) parts.push(`Missing: ${missing.join(", ")}.`);
  if (extra.length > 0) parts.push(`Not in the key: ${extra.join(", ")}.`);
  if (partial.length > 0) parts.push(`Partial credit: ${partial.join(", ")}.`);
  const errors = lines.reduce((n, l) => n + l.findings.filter((f) => f.severity === "error").length, 0);
  if (errors > 0) parts.push(`${errors} validation error${errors === 1 ? "" : "s"} in the entered codes (see each line).`);
  return parts.join(" ");
}

/** Checks an answer key's own codes with the claim rules (for instructors writing keys). */
export function checkKey(key: CaseKey, library: CodeLibrary): ReturnType<typeof validateClaim> {
  const k = readKey(key);
  const claim: Claim = {
    diagnoses: [k.principal, ...k.required, ...k.optional].filter((c) => c !== "").map((code) => ({ code })),
    procedures: k.px.map((p) => ({ code: p.code, modifiers: p.modifiers, units: p.units })),
  };
  if (k.setting !== undefined) claim.setting = k.setting;
  return validateClaim(claim, { date: k.date }, library);
}

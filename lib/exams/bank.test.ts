import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../coding/claim-types";
import { importHcpcs } from "../coding/importers/hcpcs";
import { importIcd10Cm } from "../coding/importers/icd10cm";
import { importIcd10Pcs } from "../coding/importers/icd10pcs";
import { createLibrary } from "../coding/library";
import { teachingLibrary, teachingSets } from "../coding/teaching";
import type { CodeLibrary } from "../coding/types";
import { validateClaim, validateCode } from "../coding/validate";
import { CCS_DOMAINS, CPC_DOMAINS, type QuestionItem } from "../content/schema";
import { BankError, loadBank } from "./bank";
import { BLUEPRINTS } from "./blueprints";
import { keyDate } from "./scoring";
import { seededRandom, selectItems } from "./select-items";

const bank = loadBank();
const SHARED = path.resolve(process.cwd(), "../shared/codesets");
const hasShared = fs.existsSync(path.join(SHARED, "icd10cm/2026/icd10cm_order_2026.txt.gz"));

/** Codes written in option text: ICD-10-CM with its dot, HCPCS Level II, ICD-10-PCS. */
function codesInText(text: string): { icd: string[]; hcpcs: string[]; pcs: string[] } {
  const icd = [...text.matchAll(/\b([A-TV-Z][0-9][0-9AB]\.[0-9A-Z]{1,4})\b/g)].map((m) => m[1]!);
  const hcpcs = [...text.matchAll(/\b([A-CEGHJ-MP-V][0-9]{4})\b/g)].map((m) => m[1]!);
  const pcs = [...text.matchAll(/\b([0-9A-HJ-NP-Z]{7})\b/g)].map((m) => m[1]!).filter((c) => /[0-9]/.test(c) && /[A-Z]/.test(c));
  return { icd, hcpcs, pcs };
}

function keyClaimOf(item: Extract<QuestionItem, { type: "case" }>) {
  const { diagnoses, procedures, setting } = item.key;
  return {
    setting,
    diagnoses: [diagnoses.principal, ...diagnoses.required, ...diagnoses.optional].map((code) => ({ code })),
    procedures: procedures.map((p) => ({ code: p.code, modifiers: p.modifiers, units: p.units })),
  };
}

/** Errors on a key: every error counts, except NCCI/MUE edits of the teaching examples (keys may show an edit bypassed). */
function keyErrors(library: CodeLibrary): string[] {
  const problems: string[] = [];
  for (const item of bank.items) {
    const date = keyDate(item.codeYear);
    if (item.type === "case") {
      const result = validateClaim(keyClaimOf(item), { date, setting: item.key.setting }, library);
      for (const f of result.findings.filter((f: Finding) => f.severity === "error")) problems.push(`${item.id}: ${f.rule} ${f.message}`);
    } else {
      const right = item.type === "single" ? [item.answer] : item.answer;
      for (const option of item.options) {
        const { icd, hcpcs, pcs } = codesInText(option.text);
        const isKey = right.includes(option.id as never);
        for (const [code, system] of [...icd.map((c) => [c, "icd10cm"] as const), ...hcpcs.map((c) => [c, "hcpcs"] as const), ...pcs.map((c) => [c, "icd10pcs"] as const)]) {
          const result = validateCode(code, { date, system }, library);
          // A key must be valid and billable; a distractor must at least be a real code (it may be a header on purpose).
          const errors = result.findings.filter((f) => f.severity === "error" && (isKey || /unknown|format|invalid|terminated|incomplete/.test(f.rule)));
          for (const f of errors) problems.push(`${item.id} option ${option.id}${isKey ? " (key)" : ""}: ${f.rule} ${f.message}`);
        }
      }
    }
  }
  return problems;
}

describe("the built-in question bank", () => {
  it("loads and validates every file", () => {
    expect(bank.items.length).toBeGreaterThanOrEqual(400);
  });

  it("has at least 40 coding cases and 10 scenarios", () => {
    expect(bank.items.filter((i) => i.type === "case").length).toBeGreaterThanOrEqual(40);
    expect(bank.scenarios.length).toBeGreaterThanOrEqual(10);
    for (const s of bank.scenarios) expect(bank.items.filter((i) => i.scenario === s.id).length, s.id).toBeGreaterThanOrEqual(2);
  });

  it("covers every CPC and CCS domain", () => {
    const primary = new Set(bank.items.map((i) => i.domains[0]));
    for (const d of [...Object.keys(CPC_DOMAINS), ...Object.keys(CCS_DOMAINS)]) expect(primary.has(d), d).toBe(true);
  });

  it.each(Object.values(BLUEPRINTS))("fills the $title without a shortfall", (blueprint) => {
    const draw = selectItems(bank.items, blueprint, new Set(), seededRandom(42));
    expect(draw.shortfalls).toEqual([]);
  });

  it("reports a broken bank file with the file and the reason", () => {
    const dir = fs.mkdtempSync(path.join(process.cwd(), "node_modules", ".cache-bank-"));
    try {
      fs.writeFileSync(path.join(dir, "bad.yaml"), "items:\n  - id: x\n    type: single\n");
      expect(() => loadBank(dir)).toThrow(BankError);
      expect(() => loadBank(dir)).toThrow(/bad\.yaml: items\.0/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has keys the validator accepts on the teaching set", () => {
    expect(keyErrors(teachingLibrary())).toEqual([]);
  });
});

describe.skipIf(!hasShared)("the question bank against the official code sets in ../shared", () => {
  let official: CodeLibrary;
  beforeAll(async () => {
    const fy = { version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "official" as const };
    const [cm, pcs, hcpcs] = await Promise.all([
      importIcd10Cm({ order: path.join(SHARED, "icd10cm/2026/icd10cm_order_2026.txt.gz"), tabular: path.join(SHARED, "icd10cm/2023/icd10cm_tabular_2023.xml.gz") }, fy),
      importIcd10Pcs({ order: path.join(SHARED, "icd10pcs/2026/icd10pcs_order_2026.txt.gz") }, fy),
      importHcpcs(path.join(SHARED, "hcpcs/2025/HCPC2025_OCT_ANWEB.xlsx"), { version: "2025-10", effectiveFrom: "2025-10-01", effectiveTo: null, source: "official" }),
    ]);
    // The teaching set still supplies CPT numbers and the illustrative edits; the official sets win for the rest.
    official = createLibrary([
      ...teachingSets().filter((s) => s.kind === "cpt" || s.kind === "ncci-ptp" || s.kind === "mue"),
      { kind: "icd10cm", data: cm },
      { kind: "icd10pcs", data: pcs },
      { kind: "hcpcs", data: hcpcs },
    ]);
  }, 120_000);

  it("has keys and options the validator accepts on the official FY2026 sets", () => {
    expect(official.teachingOnly).toBe(false);
    expect(keyErrors(official)).toEqual([]);
  });
});
if (!hasShared) console.warn("skipped: the official code sets in ../shared/codesets are absent, so the bank was checked on the teaching set only");

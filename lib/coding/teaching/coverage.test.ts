/**
 * The teaching set must know every code Codecert's own content cites, because the site runs on it
 * when no official set is imported. This scans content/ (lessons and question bank) with the rules
 * of cited-codes.ts and lists every cited code the teaching set lacks. teaching.test.ts checks, in
 * turn, every teaching code against the official files, so a cited code that does not exist in
 * FY2026 cannot be added to make this pass: it has to be fixed in the content.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { citeInCaseKey, citeInLesson, citeInOption, citeInQuestionFile, citeInText, emptyCitations, type CitedCodes } from "./cited-codes";
import { TEACHING_CPT_CODES } from "./cpt-data";
import { TEACHING_HCPCS_CODES } from "./hcpcs-data";
import { TEACHING_CM_CODES } from "./icd10cm-codes";
import { TEACHING_PCS_TABLES } from "./icd10pcs-data";

const CONTENT = join(process.cwd(), "content");
const SYSTEMS = ["icd10cm", "icd10pcs", "hcpcs", "cpt"] as const;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

/** Every code the content cites, and where each was first seen. */
function scanContent(): { cited: CitedCodes; where: Map<string, string> } {
  const cited = emptyCitations();
  const where = new Map<string, string>();
  const note = (file: string, found: CitedCodes): void => {
    for (const system of SYSTEMS) {
      for (const code of found[system]) {
        cited[system].add(code);
        if (!where.has(`${system}:${code}`)) where.set(`${system}:${code}`, relative(process.cwd(), file));
      }
    }
  };
  for (const file of filesUnder(join(CONTENT, "lessons"), /\.md$/)) {
    const raw = readFileSync(file, "utf8");
    const frontMatter: unknown = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? "");
    const found = emptyCitations();
    citeInLesson(raw, frontMatter, found, { pcsLesson: file.includes(join("lessons", "icd10pcs")) });
    note(file, found);
  }
  for (const file of filesUnder(join(CONTENT, "questions"), /\.ya?ml$/)) {
    const raw = readFileSync(file, "utf8");
    const found = emptyCitations();
    citeInQuestionFile(raw, parse(raw), found);
    note(file, found);
  }
  return { cited, where };
}

const canonical = (code: string): string => code.replace(/\./g, "");
const teaching: Record<keyof CitedCodes, Set<string>> = {
  icd10cm: new Set(TEACHING_CM_CODES.map(([code]) => canonical(code))),
  icd10pcs: new Set(TEACHING_PCS_TABLES.flatMap((spec) => spec.codes.map(([code]) => code))),
  hcpcs: new Set(TEACHING_HCPCS_CODES.map(([code]) => code)),
  cpt: new Set(TEACHING_CPT_CODES.map(([code]) => code)),
};

const cite = (fn: (into: CitedCodes) => void): Record<keyof CitedCodes, string[]> => {
  const into = emptyCitations();
  fn(into);
  return { icd10cm: [...into.icd10cm].sort(), icd10pcs: [...into.icd10pcs].sort(), hcpcs: [...into.hcpcs].sort(), cpt: [...into.cpt].sort() };
};

describe("cited-code extraction", () => {
  it("finds ICD-10-CM codes with a dot, categories in inline code, PCS and HCPCS codes in prose", () => {
    const found = cite((into) =>
      citeInText("Code E11.9 and S72.001A; the category is `E11` (see `Z3A`). Appendectomy 0DTJ4ZZ; drug `J1100` and G0008.", into),
    );
    expect(found).toEqual({ icd10cm: ["E11", "E119", "S72001A", "Z3A"], icd10pcs: ["0DTJ4ZZ"], hcpcs: ["G0008", "J1100"], cpt: [] });
  });

  it("takes no words, vertebrae, dates, ranges, guideline numbers or placeholder patterns for codes", () => {
    const found = cite((into) =>
      citeInText(
        "WARNING: fracture of T12 and L1 (`T12`), seen 20250630 in HCPC2025; section I.C.1.c and B3.11a; " +
          "sepsis → R65.2x; supplies (A4000–A8999) and C9600-C9608; case ccs-case-001; E11 in prose; vitamin B12.",
        into,
      ),
    );
    expect(found).toEqual({ icd10cm: [], icd10pcs: [], hcpcs: [], cpt: [] });
  });

  it("reads 3-character codes in options only where they are written as codes", () => {
    const found = cite((into) => {
      citeInOption("I10 Essential (primary) hypertension", into);
      citeInOption("60240; C73", into);
      citeInOption("J13, A40.3", into);
      citeInOption("Code both and add R69 for the uncertainty", into);
      citeInOption("T12 vertebra", into);
    });
    expect(found.icd10cm).toEqual(["A403", "C73", "I10", "J13"]);
  });

  it("sorts the codes of a case key by system, with or without the dot", () => {
    const found = cite((into) =>
      citeInCaseKey({ diagnoses: { principal: "I10", required: ["E11.9"], optional: ["Z79.84"] }, procedures: [{ code: "0DTJ4ZZ" }, { code: "99213" }, { code: "3044F" }, { code: "J1100" }] }, into),
    );
    expect(found).toEqual({ icd10cm: ["E119", "I10", "Z7984"], icd10pcs: ["0DTJ4ZZ"], hcpcs: ["J1100"], cpt: ["3044F", "99213"] });
  });

  it("skips PCS table prefixes in the PCS lessons and survives odd YAML", () => {
    expect(cite((into) => citeInLesson("Table `B21` and `0DT`", {}, into, { pcsLesson: true })).icd10cm).toEqual([]);
    expect(() => citeInQuestionFile("", null, emptyCitations())).not.toThrow();
    expect(() => citeInQuestionFile("", { items: [1, { options: [null, { text: 5 }] }, { key: { diagnoses: {} } }] }, emptyCitations())).not.toThrow();
    expect(() => citeInLesson("", { check: [{ options: [1, "I10 Essential (primary) hypertension"] }] }, emptyCitations())).not.toThrow();
  });
});

describe("the teaching set covers the content", () => {
  const { cited, where } = scanContent();

  it("finds the codes of the lessons and the question bank", () => {
    expect(cited.icd10cm.size).toBeGreaterThan(500);
    expect(cited.icd10pcs.size).toBeGreaterThan(100);
    expect(cited.hcpcs.size).toBeGreaterThan(50);
    expect(cited.cpt.size).toBeGreaterThan(20);
  });

  for (const system of SYSTEMS) {
    it(`knows every ${system} code the content cites`, () => {
      const missing = [...cited[system]]
        .filter((code) => !teaching[system].has(code))
        .sort()
        .map((code) => `${code} (${where.get(`${system}:${code}`) ?? "?"})`);
      expect(missing).toEqual([]);
    });
  }
});

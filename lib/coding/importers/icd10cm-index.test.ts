import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { canonicalIndexCode, indexTermPath, parseCmIndex } from "./icd10cm-index";

const INDEX = fileURLToPath(new URL("./__fixtures__/icd10cm-index-sample.xml", import.meta.url));
const FULL = "/work/shared/codesets/icd10cm/2023/icd10cm_index_2023.xml.gz";
const haveFull = existsSync(FULL);
const sample = (): string => readFileSync(INDEX, "utf8");
const asFile = (text: string) => ({ name: "icd10cm_index_2023.xml", bytes: new TextEncoder().encode(text) });

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("parseCmIndex on the sample", () => {
  it("reads main terms and nested terms in order, with levels, modifiers and codes", async () => {
    const { index } = await parseCmIndex(INDEX);
    expect(index.version).toBe("2023");
    expect(index.letters).toEqual([
      { letter: "C", first: 0 },
      { letter: "D", first: 3 },
    ]);
    expect(index.terms.title).toEqual(["Cholera", "classical", "eltor", "Diabetes, diabetic", "type 1", "type 2", "with", "hyperglycemia", "complication", "gestational"]);
    expect(index.terms.level).toEqual([0, 1, 1, 0, 1, 1, 2, 3, 3, 1]);
    expect(index.terms.nemod[0]).toBe("(Asiatic) (epidemic)");
    expect(index.terms.code[7]).toBe("E1165");
  });

  it("keeps incomplete codes with a trailing dash, manifestations and cross-references", async () => {
    const { index } = await parseCmIndex(INDEX);
    expect(index.terms.code[8]).toBe("E11-");
    expect(index.terms.manif[8]).toBe("H28");
    expect(index.terms.seeAlso[3]).toBe("Hyperglycemia");
    expect([index.terms.see[9], index.terms.seeCat[9], index.terms.subCat[9]]).toEqual(["Diabetes, pregnancy", "O24", "O244"]);
  });

  it("gives the path of a term", async () => {
    const { index } = await parseCmIndex(INDEX);
    expect(indexTermPath(index, 7)).toBe("Diabetes, diabetic, type 2, with, hyperglycemia");
  });

  it("canonicalises index codes", () => {
    expect([canonicalIndexCode("E11.65"), canonicalIndexCode("E11.-"), canonicalIndexCode("S79.01-"), canonicalIndexCode("SCFE")]).toEqual(["E1165", "E11-", "S7901-", null]);
  });
});

describe("parseCmIndex on malformed files", () => {
  it("stops at a term whose level does not follow its parent's", async () => {
    const text = sample().replace('<term level="3">\n            <title>hyperglycemia', '<term level="4">\n            <title>hyperglycemia');
    const e = await failure(() => parseCmIndex(asFile(text)));
    expect(e.reason).toBe('term level="4" where 3 is expected');
    expect(e.line).toBe(text.slice(0, text.indexOf('<term level="4">')).split("\n").length);
  });

  it("stops at a code that is not an ICD-10-CM code", async () => {
    const e = await failure(() => parseCmIndex(asFile(sample().replace("<code>A00.1</code>", "<code>A0.01</code>"))));
    expect(e.reason).toBe('<code> "A0.01" is not an ICD-10-CM code');
  });

  it("stops at truncated XML", async () => {
    const text = sample();
    const e = await failure(() => parseCmIndex(asFile(text.slice(0, text.indexOf("<title>type 2</title>")))));
    expect(e.reason).toMatch(/malformed XML/);
  });

  it("stops at a second code in one term", async () => {
    const e = await failure(() => parseCmIndex(asFile(sample().replace("<code>A00.0</code>", "<code>A00.0</code><code>A00.1</code>"))));
    expect(e.reason).toBe("a second <code> in one term");
  });
});

describe.skipIf(!haveFull)("the FY2023 Alphabetic Index (../shared/codesets)", () => {
  it("has the counts of the manifest and finds type 2 diabetes with hyperglycemia", async () => {
    const { index, counts, warnings, file } = await parseCmIndex(FULL);
    expect(index.letters.length).toBe(26);
    expect([counts.mainTerm, counts.term, counts.code, counts.see, counts.seeAlso, counts.nemod, counts.manif]).toEqual([8060, 72058, 61983, 12077, 1997, 12493, 760]);
    expect(index.terms.level.length).toBe(8060 + 72058);
    expect(index.terms.level.filter((l) => l === 0).length).toBe(8060);
    expect(warnings).toEqual(['line 276896: <manif> "SCFE" is not a code; kept as text']);
    expect(file.sha256).toBe("caab6cb0915550a91330ad782f569988f71b77a5a3273144a03cac52bd6fd771");
    const i = index.terms.title.findIndex((t, k) => t === "hyperglycemia" && indexTermPath(index, k) === "Diabetes, diabetic, type 2, with, hyperglycemia");
    expect(index.terms.code[i]).toBe("E1165");
  });
});

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cptCategoryOf, importCptFile } from "./cpt";
import { ImportError } from "./errors";
import { makeXlsx } from "./__fixtures__/make-xlsx";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const opts = { version: "2026", effectiveFrom: "2026-01-01", source: "licensed" } as const;
const text = (name: string, s: string): { name: string; bytes: Uint8Array } => ({ name, bytes: new TextEncoder().encode(s) });

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("cptCategoryOf", () => {
  it("derives the category from the last character", () => {
    expect(["99213", "0001A", "0002M", "0001F", "0042T", "0001U"].map(cptCategoryOf)).toEqual(["I", "I", "I", "II", "III", "PLA"]);
  });
  it("rejects codes that are not CPT", () => {
    expect(["J1100", "9921", "0001X", "992130"].map(cptCategoryOf)).toEqual([null, null, null, null]);
  });
});

describe("importCptFile", () => {
  it("reads a tab-separated file with a header row, categories and short descriptors", async () => {
    const data = await importCptFile(fixture("cpt-sample.tsv"), opts);
    expect(data.complete).toBe(true);
    expect(data.codes.map((c) => [c.code, c.category])).toEqual([
      ["99213", "I"],
      ["0001F", "II"],
      ["0042T", "III"],
      ["0001U", "PLA"],
      ["0001A", "I"],
    ]);
    expect(data.codes[0]).toEqual({ code: "99213", category: "I", billable: true, shortTitle: "TEST SHORT 1", title: "TEST DESCRIPTOR 1" });
    expect(data.modifiers).toEqual([{ code: "25", system: "cpt", title: "TEST MODIFIER DESCRIPTOR 25", addDate: null, terminationDate: null, ncciAssociated: true }]);
    expect(data.meta).toMatchObject({ id: "cpt-2026", kind: "cpt", source: "licensed" });
    expect(data.meta.files).toEqual([{ name: "cpt-sample.tsv", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), records: 6 }]);
  });

  it("reads a quoted CSV file and ignores extra columns", async () => {
    const data = await importCptFile(fixture("cpt-sample.csv"), opts);
    expect(data.codes.map((c) => [c.code, c.title, c.shortTitle])).toEqual([
      ["99213", "TEST DESCRIPTOR 1, WITH A COMMA", "TEST DESCRIPTOR 1, WITH A COMMA"],
      ["10021", 'TEST DESCRIPTOR "QUOTED" 2', 'TEST DESCRIPTOR "QUOTED" 2'],
    ]);
  });

  it("reads the headerless LONGULT style, joining wrapped lines of one code", async () => {
    const data = await importCptFile(fixture("cpt-LONGULT-sample.txt"), opts);
    expect(data.codes.map((c) => [c.code, c.title])).toEqual([
      ["99213", "TEST DESCRIPTOR 1"],
      ["99214", "TEST DESCRIPTOR 2 THAT IS LONG ENOUGH TO WRAP ONTO A SECOND LINE"],
      ["0001F", "TEST DESCRIPTOR 3"],
      ["0042T", "TEST DESCRIPTOR 4"],
    ]);
  });

  it("reads a workbook with a header row", async () => {
    const bytes = makeXlsx([["CPT Code", "Clinician Descriptor", "Long Descriptor"], ["99213", "TEST CLINICIAN 1", "TEST DESCRIPTOR 1"]]);
    const data = await importCptFile({ name: "cpt.xlsx", bytes }, opts);
    expect(data.codes[0]?.title).toBe("TEST DESCRIPTOR 1");
  });

  it("refuses a header without a descriptor column", async () => {
    const e = await importError(() => importCptFile(text("c.tsv", "Code\tPrice\n99213\t12\n"), opts));
    expect([e.line, e.reason]).toEqual([1, 'the header row must name a code column and a descriptor column; found: "Code", "Price"']);
  });

  it("refuses a code that is not CPT, naming the line", async () => {
    const e = await importError(() => importCptFile(text("c.tsv", "Code\tDescriptor\n99213\tTEST DESCRIPTOR 1\nJ1100\tTEST DESCRIPTOR 2\n"), opts));
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/"J1100" is not a CPT code/);
  });

  it("refuses a duplicate code and an empty descriptor", async () => {
    const dup = await importError(() => importCptFile(text("c.txt", "99213 TEST DESCRIPTOR 1\n99214 TEST DESCRIPTOR 2\n99213 TEST DESCRIPTOR 3\n"), opts));
    expect([dup.line, dup.reason]).toEqual([3, "code 99213 appears twice"]);
    const empty = await importError(() => importCptFile(text("c.tsv", "Code\tDescriptor\n99213\t \n"), opts));
    expect(empty.reason).toBe("code 99213 has no descriptor");
  });

  it("refuses a headerless line without a code and an unclosed quote", async () => {
    const bad = await importError(() => importCptFile(text("c.txt", "99213 TEST DESCRIPTOR 1\nTEST DESCRIPTOR 2\n"), opts));
    expect(bad.line).toBe(2);
    const quote = await importError(() => importCptFile(text("c.csv", 'Code,Descriptor\n99213,"TEST DESCRIPTOR 1\n'), opts));
    expect([quote.line, quote.reason]).toEqual([2, "a quoted field is not closed"]);
  });

  it("refuses extra tab-separated columns without a header row", async () => {
    const e = await importError(() => importCptFile(text("c.txt", "99213\tTEST DESCRIPTOR 1\tTEST SHORT 1\n"), opts));
    expect([e.line, e.reason]).toEqual([1, "more than two tab-separated columns but no header row naming them"]);
  });

  it("refuses an empty file", async () => {
    await expect(importCptFile(text("c.txt", "\n\n"), opts)).rejects.toBeInstanceOf(ImportError);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { importMce, mceFiscalYear } from "./mce";

const MCE = fileURLToPath(new URL("./__fixtures__/mce-MCE_Simple_Code_Edits_v37-sample.txt", import.meta.url));
const FULL = "/work/shared/codesets/mce/2020/MCE_Simple_Code_Edits_v37.txt";
const haveFull = existsSync(FULL);
const lines = (): string[] => readFileSync(MCE, "utf8").split("\n").filter((l) => l !== "");
const asFile = (ls: string[]) => ({ name: "MCE_Simple_Code_Edits_v37.txt", bytes: new TextEncoder().encode(ls.join("\n") + "\n") });

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("importMce on the sample", () => {
  it("lists the edit types of each diagnosis and procedure code", async () => {
    const d = await importMce(MCE, { source: "fixture" });
    expect(d.entries["D:O24410"]).toEqual(["Maternity_Only", "Female_Only"]);
    expect(d.entries["P:0UT90ZZ"]).toEqual(["Female_Only"]);
    expect(d.entries["D:H28"]).toEqual(["Principal_Manifestation"]);
    expect(Object.keys(d.entries).length).toBe(7);
  });

  it("dates the set by its MCE version and says the table is not a CMS file", async () => {
    const d = await importMce(MCE, { source: "fixture" });
    expect(d.meta).toMatchObject({ id: "mce-v37", version: "v37", effectiveFrom: "2019-10-01", effectiveTo: "2020-09-30", kind: "mce" });
    expect(d.meta.files[0]?.records).toBe(8);
    expect(d.meta.notes?.[0]).toMatch(/not a CMS file/);
    expect(mceFiscalYear(43)).toBe(2026);
  });
});

describe("importMce on malformed lines", () => {
  const edit = (n: number, f: (l: string) => string) => {
    const ls = lines();
    ls[n - 1] = f(ls[n - 1] ?? "");
    return asFile(ls);
  };
  it.each([
    ["a wrong header", edit(1, (l) => l.replace("ICD_Code_Type", "Code_Type")), 1, /header is not the MCE table header/],
    ["a missing field", edit(3, (l) => l.split("\t").slice(0, 7).join("\t")), 3, /7 tab-separated fields, expected 8/],
    ["an unknown edit type", edit(4, (l) => l.replace("Female_Only", "Women_Only")), 4, /MCE_Edit_Type "Women_Only" is not one of/],
    ["a bad code type", edit(2, (l) => l.replace("\tD\t", "\tX\t")), 2, /ICD_Code_Type "X" is neither D/],
    ["a code with a dot", edit(5, (l) => l.replace("N401", "N40.1")), 5, /ICD_Code "N40.1" is not an ICD-10-CM code/],
    ["a bad procedure code", edit(6, (l) => l.replace("0UT90ZZ", "0UT90Z")), 6, /not a 7-character ICD-10-PCS code/],
    ["a second MCE version", edit(7, (l) => l.replace(/^37/, "38")), 7, /MCE_Version 38 differs from 37/],
    ["a repeated row", asFile([...lines(), lines()[1] ?? ""]), 10, /D P0700 is listed twice under Newborn_Only/],
  ])("stops at %s with the line and reason", async (_what, file, line, reason) => {
    const e = await failure(() => importMce(file, { source: "fixture" }));
    expect(e.file).toBe("MCE_Simple_Code_Edits_v37.txt");
    expect(e.line).toBe(line);
    expect(e.reason).toMatch(reason);
  });
});

describe.skipIf(!haveFull)("the MCE v37 table (../shared/codesets)", () => {
  it("reads every row with the counts per edit type of the manifest", async () => {
    const d = await importMce(FULL, { source: "official" });
    const perType = new Map<string, number>();
    for (const list of Object.values(d.entries)) for (const t of list) perType.set(t, (perType.get(t) ?? 0) + 1);
    expect(Object.fromEntries(perType)).toEqual({
      Female_Only: 5429,
      Male_Only: 2445,
      Principal_Unacceptable: 2406,
      Maternity_Only: 2372,
      Adult_Only: 771,
      Principal_Manifestation: 395,
      Pediatric_Only: 114,
      Noncovered_Always: 97,
      Limited_Coverage: 50,
      Newborn_Only: 41,
      Principal_Questionable_Admit: 27,
      Wrong_Performed: 3,
      Noncovered_Over60: 2,
      Noncovered_LOS_96hr: 1,
    });
    expect(d.meta.files[0]).toEqual({ name: "MCE_Simple_Code_Edits_v37.txt", sha256: "2b7d226994f70d59a04feffd1263ce17b23d81927ac62beed64e3663b22f94b1", records: 14153 });
  });
});

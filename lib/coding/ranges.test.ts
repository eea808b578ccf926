import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseCmTabular } from "./importers/icd10cm-tabular";
import { cmOrderKey, compareCmCodes, compareWithBound, formatRange, inAnyRange, inRange } from "./ranges";

describe("the classification's order of ICD-10-CM codes", () => {
  it("sorts categories the way the Tabular List lists them, not as plain strings", () => {
    const listed = ["C43", "C4A", "C44", "C45", "C75", "C7A", "C7B", "C76", "D36", "D3A", "D37", "I16", "I1A", "I20", "J44", "J4A", "J45", "M08", "M1A", "M10", "O99", "O9A", "P00", "Q99", "QA0", "R00", "Z36", "Z3A", "Z37", "Z99", "U07", "U09"];
    const shuffled = [...listed].reverse().sort(() => 0);
    expect(shuffled.sort(compareCmCodes)).toEqual(listed);
  });

  it("keeps every code with its category", () => {
    const listed = ["C43", "C439", "C4A", "C4A0", "C4A9", "C44", "C4400", "M08", "M0890", "M1A", "M1A00X0", "M10", "U07", "U071"];
    expect([...listed].reverse().sort(compareCmCodes)).toEqual(listed);
    expect(compareCmCodes("E119", "E119")).toBe(0);
    expect(cmOrderKey("C4A9").startsWith(cmOrderKey("C4A"))).toBe(true);
    expect(cmOrderKey("C4A9").startsWith(cmOrderKey("C43"))).toBe(false);
  });

  it("puts C4A in C43-C44, M1A in M05-M14, J4A in J40-J47, and neither in the next section", () => {
    expect(inRange("C4A9", { from: "C43", to: "C44" })).toBe(true);
    expect(inRange("C4A", { from: "C43", to: "C44" })).toBe(true);
    expect(inRange("C4A9", { from: "C45", to: "C49" })).toBe(false);
    expect(inRange("C4A9", { from: "C43", to: "C43" })).toBe(false);
    expect(inRange("C439", { from: "C4A", to: "C4A" })).toBe(false);
    expect(inRange("C7B1", { from: "C7A", to: "C7A" })).toBe(false);
    expect(inRange("C7B1", { from: "C00", to: "C75" })).toBe(false);
    expect(inRange("C7B1", { from: "C7A", to: "C7B" })).toBe(true);
    expect(inRange("M1A00X0", { from: "M05", to: "M14" })).toBe(true);
    expect(inRange("M1A00X0", { from: "M15", to: "M19" })).toBe(false);
    expect(inRange("J4A0", { from: "J40", to: "J47" })).toBe(true);
    expect(inRange("J4A0", { from: "J44", to: "J44" })).toBe(false);
    expect(inRange("Z3A39", { from: "Z30", to: "Z39" })).toBe(true);
  });

  it("puts QA0 after Q99 and the U codes after Z99", () => {
    expect(inRange("QA00", { from: "Q90", to: "Q99" })).toBe(false);
    expect(inRange("QA00", { from: "Q00", to: "QA0" })).toBe(true);
    expect(inRange("U071", { from: "U00", to: "U85" })).toBe(true);
    expect(inRange("U071", { from: "Z00", to: "Z99" })).toBe(false);
    expect(inRange("U071", { from: "T00", to: "V99" })).toBe(false);
  });

  it("matches ordinary ranges by prefix as before", () => {
    expect(inRange("E1165", { from: "E08", to: "E13" })).toBe(true);
    expect(inRange("E14", { from: "E08", to: "E13" })).toBe(false);
    expect(inRange("N186", { from: "N181", to: "N186" })).toBe(true);
    expect(inRange("N189", { from: "N181", to: "N186" })).toBe(false);
    expect(inRange("E1", { from: "E10", to: "E10" })).toBe(false);
    expect(inAnyRange("I10", [{ from: "E08", to: "E13" }, { from: "I10", to: "I16" }])).toBe(true);
    expect(compareWithBound("C4A9", "C44")).toBeLessThan(0);
    expect(compareWithBound("C4409", "C44")).toBe(0);
    expect(formatRange({ from: "N181", to: "N186" })).toBe("N18.1-N18.6");
  });

  it("never throws on odd strings", () => {
    for (const s of ["", "U", "C4", "ÄÖÜ", "C4A.9", "\u0000"]) {
      expect(() => inRange(s, { from: s, to: "C4A" })).not.toThrow();
      expect(() => compareCmCodes(s, "C4A")).not.toThrow();
    }
  });
});

const S = "/work/shared/codesets";
const ORDER = `${S}/icd10cm/2026/icd10cm_order_2026.txt.gz`;
const TABULAR = `${S}/icd10cm/2023/icd10cm_tabular_2023.xml.gz`;
const haveFiles = existsSync(ORDER) && existsSync(TABULAR);

describe.skipIf(!haveFiles)("the order against the official files (../shared/codesets)", () => {
  it("lists every category of the FY2026 order file in the classification's order", () => {
    const lines = gunzipSync(readFileSync(ORDER)).toString("latin1").split(/\r?\n/);
    const categories = lines.map((l) => l.slice(6, 13).trim()).filter((c) => c.length === 3);
    expect(categories.length).toBeGreaterThan(1900);
    expect(categories).toEqual(expect.arrayContaining(["C4A", "M1A", "J4A", "QA0", "U07"]));
    const outOfOrder = categories.filter((c, i) => i > 0 && compareCmCodes(categories[i - 1] ?? "", c) >= 0);
    expect(outOfOrder).toEqual([]);
  });

  it("puts every category of the FY2023 Tabular List in its own section, and in no other except the wider ones holding that section", async () => {
    const tabular = await parseCmTabular(TABULAR);
    const xml = gunzipSync(readFileSync(TABULAR)).toString("utf8");
    const misplaced: string[] = [];
    let count = 0;
    for (const chunk of xml.split('<section id="').slice(1)) {
      const id = chunk.slice(0, chunk.indexOf('"'));
      const own = tabular.blocks.find((b) => b.id === id);
      if (own === undefined) throw new Error(`section ${id} not parsed`);
      for (const m of chunk.matchAll(/<diag>\s*<name>([A-Z][0-9A-Z]{2})<\/name>/g)) {
        const category = m[1] ?? "";
        count++;
        const holders = tabular.blocks.filter((b) => inRange(category, b.range));
        // C00-C96 and C00-C75 hold C00-C14: a wider section holding the category must hold its whole section.
        const stray = holders.filter((h) => h !== own && !(inRange(own.range.from, h.range) && inRange(own.range.to, h.range)));
        if (!holders.includes(own) || stray.length > 0) misplaced.push(`${category} in ${id}, found in [${holders.map((h) => h.id).join(", ")}]`);
      }
    }
    expect(count).toBeGreaterThan(1900);
    expect(misplaced).toEqual([]);
    const section = (code: string): string | undefined => {
      const holders = tabular.blocks.filter((b) => inRange(code, b.range));
      return holders.find((h) => holders.every((g) => inRange(h.range.from, g.range) && inRange(h.range.to, g.range)))?.id;
    };
    expect([section("C4A9"), section("M1A00X0"), section("J4A0"), section("Z3A39"), section("C7B1")]).toEqual(["C43-C44", "M05-M14", "J40-J47", "Z30-Z39", "C7B"]);
  });
});

import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importIcd10Pcs } from "../coding/importers/icd10pcs";
import { createIcd10PcsSet } from "../coding/sets";
import { FIXTURE_DATE, fixtureLibrary } from "../coding/search/__fixtures__/library";
import { buildPcs, isPcsPrefix, nextPcsChoices } from "./pcs-builder";

const pcs = fixtureLibrary().icd10pcs(FIXTURE_DATE);
if (!pcs) throw new Error("fixture has no PCS set");
const codesOf = (prefix: string) => nextPcsChoices(pcs, prefix)?.options.map((o) => o.code) ?? [];

describe("the PCS table builder", () => {
  it("offers the sections, then body systems, then operations that have tables", () => {
    expect(nextPcsChoices(pcs, "")).toMatchObject({ pos: 1, title: "Section", options: [{ code: "0", text: "Medical and Surgical" }, { code: "B", text: "Imaging" }] });
    expect(nextPcsChoices(pcs, "0")).toMatchObject({ pos: 2, title: "Body System", options: [{ code: "D", text: "Gastrointestinal System" }] });
    expect(nextPcsChoices(pcs, "0D")?.options).toEqual([
      { code: "B", text: "Excision" },
      { code: "T", text: "Resection" },
    ]);
    expect(nextPcsChoices(pcs, "B")?.title).toBe("Body System");
    expect(nextPcsChoices(pcs, "BW")?.title).toBe("Type");
  });

  it("offers every body part of the table, then only the approaches of rows that hold the chosen body part", () => {
    expect(nextPcsChoices(pcs, "0DT")).toMatchObject({ pos: 4, title: "Body Part" });
    expect(codesOf("0DT")).toEqual(["6", "9", "F", "J"]);
    expect(codesOf("0DT6")).toEqual(["0", "4", "8"]);
    expect(codesOf("0DTJ")).toEqual(["0", "4"]);
  });

  it("narrows device and qualifier by the row as well", () => {
    expect(codesOf("0DTJ4")).toEqual(["Z"]);
    expect(codesOf("0DTJ4Z")).toEqual(["G", "Z"]);
    expect(codesOf("0DT64Z")).toEqual(["Z"]);
    expect(nextPcsChoices(pcs, "0DTJ4ZZ")).toBeNull();
  });

  it("builds 0DTJ4ZZ step by step with the labels and the finished title", () => {
    const build = buildPcs(pcs, "0DTJ4ZZ");
    expect(build.steps.map((s) => `${s.pos}:${s.title}=${s.chosen?.code} ${s.chosen?.text}`)).toEqual([
      "1:Section=0 Medical and Surgical",
      "2:Body System=D Gastrointestinal System",
      "3:Operation=T Resection",
      "4:Body Part=J Appendix",
      "5:Approach=4 Percutaneous Endoscopic",
      "6:Device=Z No Device",
      "7:Qualifier=Z No Qualifier",
    ]);
    expect(build.complete).toEqual({ code: "0DTJ4ZZ", title: "Resection of Appendix, Percutaneous Endoscopic Approach" });
    expect(build.table?.code).toBe("0DT");
    expect(build.rejected).toBeUndefined();
  });

  it("stops at the first character no row allows and says which", () => {
    const build = buildPcs(pcs, "0DT68ZG");
    expect(build.prefix).toBe("0DT68Z");
    expect(build.rejected).toEqual({ pos: 7, char: "G" });
    expect(build.complete).toBeUndefined();
    expect(build.steps.at(-1)?.options.map((o) => o.code)).toEqual(["Z"]);
    expect(buildPcs(pcs, "0DI").rejected).toEqual({ pos: 3, char: "I" });
  });

  it("accepts lower case, dots and blanks, and starts over on empty input", () => {
    expect(buildPcs(pcs, " 0dt.j ").prefix).toBe("0DTJ");
    expect(buildPcs(pcs, "").steps).toHaveLength(1);
    expect(buildPcs(pcs, "").prefix).toBe("");
  });

  it("tells a valid prefix from an invalid one", () => {
    expect(isPcsPrefix(pcs, "0DT")).toBe(true);
    expect(isPcsPrefix(pcs, "0DTJ4")).toBe(true);
    expect(isPcsPrefix(pcs, "0DT68ZG")).toBe(false);
    expect(isPcsPrefix(pcs, "0DX")).toBe(false);
    expect(isPcsPrefix(pcs, "")).toBe(false);
  });

  it("never throws and only ever offers values that lead to real codes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        const build = buildPcs(pcs, input);
        const last = build.steps.at(-1);
        if (!build.complete && last) {
          for (const o of last.options) expect(pcs.get(build.prefix + o.code) !== undefined || isPcsPrefix(pcs, build.prefix + o.code)).toBe(true);
        }
      }),
    );
  });
});

const TABLES = "../shared/codesets/icd10pcs/2026/icd10pcs_tables_2026.xml";
const ORDER = "../shared/codesets/icd10pcs/2026/icd10pcs_order_2026.txt.gz";

describe.skipIf(!fs.existsSync(TABLES) || !fs.existsSync(ORDER))("the PCS table builder on the official FY2026 tables", () => {
  it("builds only codes that exist: every path through the 0DT table ends in a valid code", async () => {
    const data = await importIcd10Pcs({ order: ORDER, tables: TABLES }, { version: "FY2026", effectiveFrom: "2025-10-01", source: "official" });
    const set = createIcd10PcsSet(data);
    expect(nextPcsChoices(set, "")?.options.length).toBe(17);
    const walk = (prefix: string): number => {
      if (prefix.length === 7) {
        expect(set.get(prefix)?.billable, prefix).toBe(true);
        return 1;
      }
      return (nextPcsChoices(set, prefix)?.options ?? []).reduce((n, o) => n + walk(prefix + o.code), 0);
    };
    const count = walk("0DT");
    const official = [...set.codes()].filter((c) => c.length === 7 && c.startsWith("0DT")).length;
    expect(count).toBe(official);
    expect(buildPcs(set, "0DTJ4ZZ").complete?.title).toBe("Resection of Appendix, Percutaneous Endoscopic Approach");
  }, 60_000);
});

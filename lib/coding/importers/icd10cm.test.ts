import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inRange } from "../ranges";
import { ImportError } from "./errors";
import { importIcd10Cm } from "./icd10cm";
import { categoryInSection } from "./icd10cm-tabular";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const input = { order: fixture("icd10cm-order-sample.txt"), tabular: fixture("icd10cm-tabular-sample.xml"), index: fixture("icd10cm-index-sample.xml") };
const opts = { version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "fixture" } as const;
const S = "/work/shared/codesets/icd10cm";
const full = { order: `${S}/2026/icd10cm_order_2026.txt.gz`, tabular: `${S}/2023/icd10cm_tabular_2023.xml.gz` };
const haveFull = existsSync(full.order) && existsSync(full.tabular);

describe("importIcd10Cm on the samples", () => {
  it("takes codes and titles from the order file and notes from the tabular", async () => {
    const d = await importIcd10Cm(input, opts);
    expect(d.meta).toMatchObject({ id: "icd10cm-FY2026", kind: "icd10cm", label: "ICD-10-CM FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30" });
    expect(d.columns.codes.length).toBe(26);
    expect(d.notes.E11?.some((n) => n.kind === "excludes1" && n.refs.some((r) => r.from === "E10"))).toBe(true);
    expect(d.sevenChr.S72?.chars.map((c) => c.char)).toEqual(["A", "D", "S"]);
    expect(d.index?.terms.code).toContain("E1165");
  });

  it("records every file with its sha256 and record count", async () => {
    const d = await importIcd10Cm(input, opts);
    expect(d.meta.files.map((f) => [f.name, f.records])).toEqual([
      ["icd10cm-order-sample.txt", 26],
      ["icd10cm-tabular-sample.xml", 23],
      ["icd10cm-index-sample.xml", 10],
    ]);
    for (const f of d.meta.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("says plainly that the notes come from an older Tabular List", async () => {
    const d = await importIcd10Cm(input, opts);
    expect(d.meta.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Instructional notes, 7th-character definitions, chapters and blocks from the FY2023 Tabular List \(icd10cm-tabular-sample.xml\), not the FY2026 one/),
        "Alphabetic Index from the FY2023 release (icd10cm-index-sample.xml), not FY2026.",
      ]),
    );
  });

  it("covers codes added after the tabular's year by range: a block for QA0, chapter 17 widened", async () => {
    const d = await importIcd10Cm(input, opts);
    expect(d.blocks.find((b) => b.id === "QA0")).toMatchObject({ range: { from: "QA0", to: "QA0" }, notes: [] });
    expect(d.chapters.find((c) => c.number === 17)?.range).toEqual({ from: "Q00", to: "QA0" });
    expect(d.meta.notes).toEqual(expect.arrayContaining(["Blocks made from the order file for categories outside every block of the tabular: QA0."]));
    for (const code of d.columns.codes) {
      expect(d.chapters.some((c) => categoryInSection(code.slice(0, 3), c.range)), code).toBe(true);
      expect(d.blocks.some((b) => categoryInSection(code.slice(0, 3), b.range)), code).toBe(true);
    }
  });

  it("keeps chapter and block notes with resolved refs", async () => {
    const d = await importIcd10Cm(input, opts);
    expect(d.chapters[0]?.notes?.map((n) => n.kind)).toEqual(["includes", "excludes1", "excludes2"]);
    expect(d.blocks.find((b) => b.id === "E08-E13")?.notes).toEqual([{ kind: "codeAlso", text: "any associated condition (Z79.4)", refs: [{ from: "Z794", to: "Z794" }] }]);
  });

  it("narrows qualified citations with the order file's codes", async () => {
    const d = await importIcd10Cm(input, opts);
    const e10 = d.notes.E10?.find((n) => n.text.includes("with .65"));
    expect(e10?.refs).toEqual([{ from: "E1165", to: "E1165" }]);
    const s720 = d.notes.S720?.[0];
    expect(s720?.refs).toEqual([{ from: "S790", to: "S790" }, { from: "S72", to: "S72" }]);
  });

  it("works without a tabular and says so", async () => {
    const d = await importIcd10Cm({ order: input.order }, opts);
    expect([d.notes, d.sevenChr, d.chapters, d.blocks]).toEqual([{}, {}, [], []]);
    expect(d.meta.notes).toEqual(expect.arrayContaining([expect.stringMatching(/No Tabular List was imported/)]));
    expect(d.index).toBeUndefined();
  });

  it("stops at a malformed tabular with its file and line", async () => {
    const bad = { name: "icd10cm_tabular_2023.xml", bytes: new TextEncoder().encode('<?xml version="1.0"?>\n<ICD10CM.tabular>\n<version>2023</version>\n<chapter>\n') };
    await expect(importIcd10Cm({ order: input.order, tabular: bad }, opts)).rejects.toThrow(ImportError);
    await expect(importIcd10Cm({ order: input.order, tabular: bad }, opts)).rejects.toThrow(/^icd10cm_tabular_2023.xml:5: malformed XML/);
  });

  it("rejects effective dates that are not ISO dates", async () => {
    await expect(importIcd10Cm({ order: input.order }, { ...opts, effectiveFrom: "10/01/2025" })).rejects.toThrow(/not an ISO date/);
  });
});

describe.skipIf(!haveFull)("FY2026 codes with FY2023 notes (../shared/codesets)", () => {
  it("places every FY2026 code in a chapter and a block, and keeps every note", async () => {
    const d = await importIcd10Cm(full, { ...opts, source: "official" });
    expect(d.columns.codes.length).toBe(98186);
    const categories = new Set(d.columns.codes.map((c) => c.slice(0, 3)));
    const lost = [...categories].filter((c) => !d.blocks.some((b) => categoryInSection(c, b.range)) || !d.chapters.some((ch) => categoryInSection(c, ch.range)));
    expect(lost).toEqual([]);
    expect(d.blocks.length).toBe(297);
    expect(d.meta.notes?.some((n) => /left out/.test(n))).toBe(false);
    expect(Object.keys(d.sevenChr).length).toBe(507);
    expect(d.notes.E11?.filter((n) => n.kind === "excludes1").length).toBeGreaterThan(3);
    // Plain string ranges put every category of the 22 chapters except the letter-in-third-place ones.
    const plain = [...categories].filter((c) => !d.chapters.some((ch) => inRange(c, ch.range)));
    expect(plain).toEqual([]);
  });
});

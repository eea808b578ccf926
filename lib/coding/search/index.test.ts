import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importIcd10Cm } from "../importers/icd10cm";
import { createLibrary } from "../library";
import { FIXTURE_DATE, fixtureLibrary, fixtureSetData } from "./__fixtures__/library";
import type { Icd10CmData } from "../data";
import type { CodeSetMeta } from "../types";

function fixtureLibraryData(kind: "icd10cm"): Icd10CmData {
  const found = fixtureSetData().find((s) => s.kind === kind);
  if (found?.kind !== "icd10cm") throw new Error("no fixture");
  return found.data;
}
const fixtureMeta = (kind: "icd10cm"): CodeSetMeta => fixtureLibraryData(kind).meta;
import { benchSearch, BENCH_QUERIES } from "./bench";
import { createCodeSearch, createLibrarySearch, searchSourcesFromLibrary } from "./index";
import { readingDate, readingDates } from "./dates";
import { boundedDistance, expandAbbreviations, tokenize, trigrams } from "./text";

const search = createLibrarySearch(fixtureLibrary(), FIXTURE_DATE);
const codes = (q: string, opts?: Parameters<typeof search.search>[1]) => search.search(q, opts).hits.map((h) => h.code);

describe("text helpers", () => {
  it("tokenizes titles into folded words, dropping single letters and apostrophes", () => {
    expect(tokenize("Crohn's disease, type 2 — Ménière")).toEqual(["crohns", "disease", "type", "2", "meniere"]);
    expect(tokenize("")).toEqual([]);
  });

  it("bounds the edit distance and counts a transposition as one edit", () => {
    expect(boundedDistance("diabetis", "diabetes", 2)).toBe(1);
    expect(boundedDistance("pnuemonia", "pneumonia", 2)).toBe(1);
    expect(boundedDistance("kitten", "sitting", 1)).toBe(2);
    expect(boundedDistance("a", "abcdef", 2)).toBe(3);
    expect(boundedDistance("", "ab", 2)).toBe(2);
  });

  it("pads trigrams, leaving the end open for a word being typed", () => {
    expect(trigrams("cat")).toEqual(["^ca", "cat", "at$"]);
    expect(trigrams("cat", true)).toEqual(["^ca", "cat"]);
  });

  it("spells out the abbreviations students type", () => {
    expect(expandAbbreviations(["copd", "exacerbation"])).toEqual(["chronic", "obstructive", "pulmonary", "disease", "exacerbation"]);
  });
});

describe("code search ranking", () => {
  it("puts the exact code first, with or without the dot and in any case", () => {
    for (const q of ["E11.9", "e119", " E11.9 "]) {
      const first = search.search(q).hits[0];
      expect(first).toMatchObject({ code: "E119", display: "E11.9", match: "exact", billable: true, system: "icd10cm" });
    }
  });

  it("follows an exact code with its descendants, shortest first in tabular order", () => {
    expect(codes("E11")).toEqual(["E11", "E112", "E116", "E119", "E1121", "E1122", "E1165"]);
    const hits = search.search("E11").hits;
    expect(hits[0]?.match).toBe("exact");
    expect(hits.slice(1).every((h) => h.match === "prefix")).toBe(true);
  });

  it("treats a letter and four digits as HCPCS first, and the dotted form as ICD-10-CM only", () => {
    expect(search.search("J1100").hits.map((h) => `${h.system}:${h.code}`)).toEqual(["hcpcs:J1100", "icd10cm:J1100"]);
    expect(search.search("J11.00").hits.map((h) => `${h.system}:${h.code}`)).toEqual(["icd10cm:J1100"]);
  });

  it("finds PCS codes, tables and CPT teaching numbers by code", () => {
    expect(codes("0DTJ4ZZ")[0]).toBe("0DTJ4ZZ");
    expect(codes("0DT")[0]).toBe("0DT");
    expect(codes("0DTJ")).toEqual(["0DTJ0ZG", "0DTJ0ZZ", "0DTJ4ZG", "0DTJ4ZZ"]);
    expect(codes("99213")).toEqual(["99213"]);
  });

  it("restricts results to one system when asked", () => {
    expect(search.search("J11", { system: "hcpcs" }).hits.map((h) => h.code)).toEqual(["J1100"]);
    expect(search.search("appendix", { system: "icd10pcs" }).hits.every((h) => h.system === "icd10pcs")).toBe(true);
  });

  it("matches every word of a title query and ranks the closest title first", () => {
    const hits = search.search("type 2 diabetes hyperglycemia").hits;
    expect(hits[0]?.code).toBe("E1165");
    expect(hits.every((h) => h.match === "term")).toBe(true);
    expect(codes("essential hypertension")).toEqual(["I10"]);
  });

  it("completes the word being typed", () => {
    expect(codes("hyperglyc")).toContain("E1165");
    expect(codes("appendic")).toEqual(expect.arrayContaining(["K3580", "K37", "K35"]));
  });

  it("tolerates typos: a transposition, a missing letter and a wrong letter", () => {
    expect(codes("pnuemonia")).toContain("J1100");
    expect(codes("apendicitis")).toEqual(expect.arrayContaining(["K35", "K3580", "K37"]));
    expect(codes("diabetis insipidus")).toEqual(["E232"]);
    expect(codes("hypertensoin")[0]).toBe("I10");
  });

  it("does not stretch short words into typos", () => {
    expect(codes("neck")).toEqual(expect.arrayContaining(["S720"]));
    expect(codes("nek")).toEqual([]);
  });

  it("ignores filler words but not 'with' and 'without'", () => {
    expect(codes("fracture of the neck of the femur")).toContain("S7200");
    expect(codes("diabetes without").sort()).toEqual(["E089", "E109", "E119"]);
  });

  it("spells out abbreviations", () => {
    expect(codes("copd exacerbation")).toEqual(["J441"]);
  });

  it("marks billable codes and headers", () => {
    const byCode = new Map(search.search("E11").hits.map((h) => [h.code, h.billable]));
    expect(byCode.get("E11")).toBe(false);
    expect(byCode.get("E119")).toBe(true);
  });

  it("honours the limit and says when title matches were cut", () => {
    const r = search.search("diabetes", { limit: 3 });
    expect(r.hits).toHaveLength(3);
    expect(r.truncated).toBe(true);
    expect(search.search("diabetes", { limit: 0 }).hits).toHaveLength(1);
  });

  it("answers empty, blank, punctuation-only and nonsense queries with no hits", () => {
    for (const q of ["", "   ", "...", "?!", "zzzzqqqq", "E99.99999"]) expect(search.search(q).hits).toEqual([]);
  });

  it("never throws, whatever the query", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, "icd10cm", "icd10pcs", "hcpcs", "cpt" as const), (q, system) => {
        const r = search.search(q, { system });
        expect(r.hits.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 400 },
    );
  });

  it("lists its sources and indexes nothing for a library with no sets", () => {
    expect(search.sources.map((s) => s.system)).toEqual(["icd10cm", "icd10pcs", "hcpcs", "cpt"]);
    const empty = createCodeSearch([]);
    expect(empty.size).toBe(0);
    expect(empty.search("E11").hits).toEqual([]);
    expect(searchSourcesFromLibrary(fixtureLibrary(), "1999-01-01")).toEqual([]);
  });

  it("benchmarks a fixed list of queries and reports percentiles", () => {
    const figures = benchSearch(fixtureLibrary(), { date: FIXTURE_DATE, rounds: 2 });
    expect(figures.runs).toBe(BENCH_QUERIES.length * 2);
    expect(figures.p50Ms).toBeLessThanOrEqual(figures.p95Ms);
    expect(figures.p95Ms).toBeLessThanOrEqual(figures.maxMs);
    expect(figures.label).toContain("ICD-10-CM");
  });
});

describe("reading dates", () => {
  const lib = createLibrary([
    { kind: "icd10cm", data: { ...fixtureLibraryData("icd10cm"), meta: { ...fixtureMeta("icd10cm"), effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30" } } },
  ]);

  it("reads a system today when a set is in force, else at the end of the latest set that has started", () => {
    expect(readingDate(lib, "icd10cm", "2026-03-01")).toBe("2026-03-01");
    expect(readingDate(lib, "icd10cm", "2026-11-24")).toBe("2026-09-30");
    expect(readingDate(lib, "icd10cm", "2024-01-01")).toBe("2025-10-01");
    expect(readingDate(lib, "hcpcs", "2026-11-24")).toBe("2026-11-24");
    const pick = readingDates(lib, "2026-11-24");
    expect(createLibrarySearch(lib, pick).search("E11.9").hits[0]?.code).toBe("E119");
  });
});

const CM_ORDER = "../shared/codesets/icd10cm/2026/icd10cm_order_2026.txt.gz";
const hasOfficial = fs.existsSync(CM_ORDER);

describe.skipIf(!hasOfficial)("code search over the official FY2026 ICD-10-CM set (../shared/codesets)", () => {
  it("ranks exact, prefix and title matches over all 98,186 codes and finds typos", async () => {
    const cm = await importIcd10Cm({ order: CM_ORDER }, { version: "FY2026", effectiveFrom: "2025-10-01", source: "official" });
    const full = createLibrarySearch(createLibrary([{ kind: "icd10cm", data: cm }]), "2025-12-01");
    expect(full.size).toBe(98186);
    expect(full.search("E11.9").hits[0]?.title).toBe("Type 2 diabetes mellitus without complications");
    expect(full.search("S72.001").hits.map((h) => h.display).slice(0, 3)).toEqual(["S72.001", "S72.001A", "S72.001B"]);
    expect(full.search("type 2 diabetes with hyperglycemia").hits[0]?.code).toBe("E1165");
    expect(full.search("atrial fibrilation").hits.map((h) => h.code)).toContain("I4891");
    expect(full.search("pnuemonia").hits.length).toBeGreaterThan(5);
    expect(full.search("acute apendicitis").hits.map((h) => h.code)).toContain("K3580");
  }, 120_000);
});

if (!hasOfficial) console.log(`skipped the full-data search test: ${CM_ORDER} is absent`);

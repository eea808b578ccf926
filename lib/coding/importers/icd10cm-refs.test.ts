import { describe, expect, it } from "vitest";
import { codeUniverse, emptyResolveStats, extractCitedRanges, hasParenthesisedCode, inRange, parseQualifier, resolveCitations } from "./icd10cm-refs";

const ranges = (text: string) => extractCitedRanges(text).map((c) => `${c.range.from}-${c.range.to}${c.qualifier ? ` [${c.qualifier}]` : ""}`);

describe("extractCitedRanges", () => {
  it.each([
    ["type 1 diabetes mellitus (E10.-)", ["E10-E10"]],
    ["diabetes mellitus (E08-E13)", ["E08-E13"]],
    ["gestational diabetes (O24.-)", ["O24-O24"]],
    ["long term (current) use of insulin (Z79.4)", ["Z794-Z794"]],
    ["malignant neoplasm (C00-C96)", ["C00-C96"]],
    ["hypertensive disease (I10-I1A)", ["I10-I1A"]],
    ["pancreas (K85-K86.-)", ["K85-K86"]],
    ["alcohol related (F10.-F19.-)", ["F10-F19"]],
    ["injuries of head (S00.- to S09.-)", ["S00-S09"]],
    ["disorders (I70.2--I70.7-)", ["I702-I707"]],
    ["open wound (P28.3- - P28.4-)", ["P283-P284"]],
    ["rheumatic (I01.0 -I01.9)", ["I010-I019"]],
    ["two codes (S24.0 and S24.1)", ["S240-S240", "S241-S241"]],
    ["a list (C43.2-,C44.2-)", ["C432-C432", "C442-C442"]],
    ["semicolons (J00-J06; J20-J22)", ["J00-J06", "J20-J22"]],
    ["mixed (A00-R94 and T80-T88.6, T88.8)", ["A00-R94", "T80-T886", "T888-T888"]],
    ["new category (QA0.-)", ["QA0-QA0"]],
    ["backwards across letters, as in FY2023 (T63.81-R63.83)", ["T6381-T6383"]],
  ])("reads %s", (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  it("keeps the qualifier of a group", () => {
    expect(ranges("gangrene (E08-E13 with .52)")).toEqual(["E08-E13 [with .52]"]);
    expect(ranges("adverse effect (T36-T50 with fifth or sixth character 5)")).toEqual(["T36-T50 [with fifth or sixth character 5]"]);
    expect(ranges("open fracture (S72.- with 7th character B or C)")).toEqual(["S72-S72 [with 7th character B or C]"]);
  });

  it("reads codes outside parentheses too, marked as such", () => {
    const cited = extractCitedRanges("tuberculosis, any type in A15");
    expect(cited).toEqual([{ range: { from: "A15", to: "A15" }, qualifier: null, parenthesised: false }]);
  });

  it("ignores words that only look like codes", () => {
    expect(ranges("STAT5b defect, H1N1 influenza, C3 glomerulopathy")).toEqual([]);
  });

  it("finds parenthesised codes for the quality measure", () => {
    expect(hasParenthesisedCode("insulin (Z79.4)")).toBe(true);
    expect(hasParenthesisedCode("long term (current) use")).toBe(false);
  });
});

describe("inRange", () => {
  it("treats bounds as prefixes", () => {
    expect(inRange("E1165", { from: "E08", to: "E13" })).toBe(true);
    expect(inRange("E14", { from: "E08", to: "E13" })).toBe(false);
    expect(inRange("N186", { from: "N181", to: "N186" })).toBe(true);
  });
});

describe("parseQualifier and resolveCitations", () => {
  const universe = codeUniverse([
    "E08", "E0865", "E09", "E0965", "E10", "E109", "E11", "E1165", "E119",
    "T36", "T360X1", "T360X1A", "T360X5", "T360X5A", "T404", "T40411", "T40415", "T40415A",
    "S72", "S72001", "S72001A", "S72001B", "S72001C", "S72001D",
    "I69", "I6909", "I69093", "I6919", "I69193", "I69198",
    "A15", "A150",
  ]);

  it("narrows endings after the categories of a range", () => {
    const stats = emptyResolveStats();
    const refs = resolveCitations(extractCitedRanges("(E08-E13 with .65)"), universe, stats);
    expect(refs).toEqual([
      { from: "E0865", to: "E0865" },
      { from: "E0965", to: "E0965" },
      { from: "E1165", to: "E1165" },
    ]);
    expect(stats.qualifiedExact).toBe(1);
  });

  it("narrows character positions to the shortest prefixes", () => {
    const refs = resolveCitations(extractCitedRanges("(T36-T50 with fifth or sixth character 5)"), universe, emptyResolveStats());
    expect(refs).toEqual([
      { from: "T360X5", to: "T360X5" },
      { from: "T40415", to: "T40415" },
    ]);
    const seventh = resolveCitations(extractCitedRanges("(S72.- with 7th character B or C)"), universe, emptyResolveStats());
    expect(seventh).toEqual([
      { from: "S72001B", to: "S72001B" },
      { from: "S72001C", to: "S72001C" },
    ]);
    const final = resolveCitations(extractCitedRanges("(I69. with final characters -93)"), universe, emptyResolveStats());
    expect(final).toEqual([
      { from: "I69093", to: "I69093" },
      { from: "I69193", to: "I69193" },
    ]);
  });

  it("keeps the whole range when a qualifier is not understood, and counts it", () => {
    const stats = emptyResolveStats();
    const refs = resolveCitations(extractCitedRanges("(S72.- with open fracture 7th character)"), universe, stats);
    expect(refs).toEqual([{ from: "S72", to: "S72" }]);
    expect(stats.qualifiedApproximate).toBe(1);
  });

  it("drops unknown tokens outside parentheses and abbreviations in them", () => {
    const stats = emptyResolveStats();
    expect(resolveCitations(extractCitedRanges("vitamin B12 deficiency, any type in A15"), universe, stats)).toEqual([{ from: "A15", to: "A15" }]);
    expect(resolveCitations(extractCitedRanges("Growth hormone gene 1 (GH1) defect"), universe, stats)).toEqual([]);
    expect(stats.dropped).toBe(2);
  });

  it("keeps parenthesised codes of other years", () => {
    expect(resolveCitations(extractCitedRanges("(Z79.4)"), universe, emptyResolveStats())).toEqual([{ from: "Z794", to: "Z794" }]);
  });

  it("returns null for a qualifier it cannot read", () => {
    expect(parseQualifier("with fifth or sixth character to indicate intent")).toBeNull();
  });
});

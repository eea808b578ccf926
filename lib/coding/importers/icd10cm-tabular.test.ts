import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { categoryInSection, measureExtraction, parseCmTabular, resolveTabularRefs } from "./icd10cm-tabular";
import { hasParenthesisedCode } from "./icd10cm-refs";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const TABULAR = fixture("icd10cm-tabular-sample.xml");
const FULL = "/work/shared/codesets/icd10cm/2023/icd10cm_tabular_2023.xml.gz";
const haveFull = existsSync(FULL);

const sample = (): string => readFileSync(TABULAR, "utf8");
const asFile = (text: string) => ({ name: "icd10cm_tabular_2023.xml", bytes: new TextEncoder().encode(text) });
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split("\n").length;

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("parseCmTabular on the sample", () => {
  it("reads chapters with their ranges and notes", async () => {
    const t = await parseCmTabular(TABULAR);
    expect(t.version).toBe("2023");
    expect(t.chapters.map((c) => [c.number, c.range.from, c.range.to])).toEqual([
      [1, "A00", "B99"],
      [2, "C00", "D49"],
      [4, "E00", "E89"],
      [7, "H00", "H59"],
      [17, "Q00", "Q99"],
      [19, "S00", "T88"],
    ]);
    expect(t.chapters[0]?.title).toBe("Certain infectious and parasitic diseases");
    expect(t.chapters[0]?.notes.map((n) => n.kind)).toEqual(["includes", "excludes1", "excludes2"]);
  });

  it("reads sections as blocks with titles, ranges and notes", async () => {
    const t = await parseCmTabular(TABULAR);
    const dm = t.blocks.find((b) => b.id === "E08-E13");
    expect(dm).toMatchObject({ title: "Diabetes mellitus", range: { from: "E08", to: "E13" }, chapter: 4 });
    expect(dm?.notes.map((n) => [n.kind, n.text])).toEqual([["codeAlso", "any associated condition (Z79.4)"]]);
  });

  it("reads every diag, placeholder levels included, with canonical codes", async () => {
    const t = await parseCmTabular(TABULAR);
    expect(t.diags.map((d) => d.code)).toContain("E1165");
    expect(t.diags.find((d) => d.code === "H211X")?.placeholder).toBe(true);
    expect(t.diags.find((d) => d.code === "C4A9")?.title).toBe("Merkel cell carcinoma, unspecified");
    expect(t.counts.diag).toBe(t.diags.length);
    expect(t.file.records).toBe(t.diags.length);
  });

  it("keeps the notes of each kind at the code they are written at, with cited ranges", async () => {
    const t = await parseCmTabular(TABULAR);
    const e11 = t.notes.E11 ?? [];
    expect(e11.map((n) => n.kind)).toEqual(["includes", "useAdditionalCode", "useAdditionalCode", "excludes1", "excludes1", "excludes1", "excludes2"]);
    expect(e11.find((n) => n.text === "type 1 diabetes mellitus (E10.-)")?.cited.map((c) => c.range)).toEqual([{ from: "E10", to: "E10" }]);
    expect(t.notes.A000?.[0]).toMatchObject({ kind: "inclusionTerm", text: "Classical cholera" });
    expect(t.notes.H21?.[0]?.kind).toBe("notes");
  });

  it("reads the 7th-character note and definitions, and folds a note under a character into its text", async () => {
    const t = await parseCmTabular(TABULAR);
    expect(t.sevenChr.S72).toEqual({
      definedAt: "S72",
      note: "The appropriate 7th character is to be added to all codes from category S72",
      chars: [
        { char: "A", text: "initial encounter for closed fracture" },
        { char: "D", text: "subsequent encounter for closed fracture with routine healing" },
        { char: "S", text: "sequela (late effect)" },
      ],
    });
  });

  it("resolves citations against the codes: qualified ranges narrowed, unknown bare tokens dropped", async () => {
    const t = await parseCmTabular(TABULAR);
    const r = resolveTabularRefs(t, ["E1165", "E0865"]);
    const e10 = r.notes.E10 ?? [];
    expect(e10[1]?.refs).toEqual([
      { from: "E0865", to: "E0865" },
      { from: "E1165", to: "E1165" },
    ]);
    const e11 = r.notes.E11 ?? [];
    expect(e11.find((n) => n.kind === "excludes2")?.refs).toEqual([{ from: "A00", to: "A00" }]);
    expect(e11.find((n) => n.text.startsWith("hypertension"))?.refs).toEqual([
      { from: "I10", to: "I1A" },
      { from: "C00", to: "C96" },
    ]);
    // "(T36-T50 with fifth or sixth character 5)" and "(S72.- with 7th character B or C)": no such codes in the sample.
    expect(r.stats.qualifiedApproximate).toBe(2);
    expect(r.blockNotes.get("S70-S79")?.[0]?.refs).toEqual([{ from: "T20", to: "T32" }]);
  });

  it("places C4A in section C43-C44 as the classification orders it", () => {
    expect(categoryInSection("C4A", { from: "C43", to: "C44" })).toBe(true);
    expect(categoryInSection("C45", { from: "C43", to: "C44" })).toBe(false);
    expect(categoryInSection("QA0", { from: "Q90", to: "Q99" })).toBe(false);
  });
});

describe("parseCmTabular on malformed files", () => {
  it("stops at truncated XML with the line where the file ends", async () => {
    const text = sample();
    const cut = text.slice(0, text.indexOf("<name>E11.9</name>"));
    const e = await failure(() => parseCmTabular(asFile(cut)));
    expect(e.file).toBe("icd10cm_tabular_2023.xml");
    expect(e.line).toBe(cut.split("\n").length);
    expect(e.reason).toMatch(/malformed XML: unclosed tag/);
  });

  it("stops at a mismatched closing tag", async () => {
    const text = sample().replace("<desc>Cholera</desc>", "<desc>Cholera</name>");
    const e = await failure(() => parseCmTabular(asFile(text)));
    expect(e.line).toBe(lineOf(text, "<desc>Cholera</name>"));
    expect(e.reason).toMatch(/malformed XML/);
  });

  it("stops at an element the layout does not have", async () => {
    const text = sample().replace("<name>A00.1</name>", "<name>A00.1</name><colour>red</colour>");
    const e = await failure(() => parseCmTabular(asFile(text)));
    expect([e.line, e.reason]).toEqual([lineOf(text, "<colour>"), "unexpected element <colour> in <diag>"]);
  });

  it("stops at a code that is not an ICD-10-CM code", async () => {
    const text = sample().replace("<name>A00.1</name>", "<name>A0.01</name>");
    const e = await failure(() => parseCmTabular(asFile(text)));
    expect([e.line, e.reason]).toEqual([lineOf(text, "A0.01"), 'diag name "A0.01" is not an ICD-10-CM code (e.g. E11.9)']);
  });

  it("stops at a code written under the wrong parent", async () => {
    const text = sample().replace("<name>E11.65</name>", "<name>E12.65</name>");
    const e = await failure(() => parseCmTabular(asFile(text)));
    expect(e.reason).toBe("code E12.65 is not under its parent E116");
  });

  it("stops at a file that is not a Tabular List", async () => {
    const e = await failure(() => parseCmTabular(asFile('<?xml version="1.0"?>\n<ICD10CM.index><version>2023</version></ICD10CM.index>\n')));
    expect([e.line, e.reason]).toEqual([2, "root element is <ICD10CM.index>, expected <ICD10CM.tabular> (is this a Tabular List file?)"]);
  });

  it("stops at a 7th-character definition without characters", async () => {
    const text = sample().replace(/<sevenChrDef>[\s\S]*?<\/sevenChrDef>/, "<sevenChrDef></sevenChrDef>");
    expect((await failure(() => parseCmTabular(asFile(text)))).reason).toBe("<sevenChrDef> without any <extension>");
  });
});

describe.skipIf(!haveFull)("the FY2023 Tabular List (../shared/codesets)", () => {
  it("has the counts of the manifest and cites codes in almost every note that shows one in parentheses", async () => {
    const t = await parseCmTabular(FULL);
    expect(t.chapters.length).toBe(22);
    expect(t.blocks.length).toBe(296);
    expect(t.diags.length).toBe(45869);
    expect([t.counts.excludes1, t.counts.excludes2, t.counts.includes, t.counts.inclusionTerm]).toEqual([2627, 1087, 415, 6524]);
    expect([t.counts.codeFirst, t.counts.useAdditionalCode, t.counts.codeAlso, t.counts.sevenChrDef]).toEqual([339, 802, 248, 507]);
    expect(Object.keys(t.sevenChr).length).toBe(507);
    expect(t.warnings).toEqual(["line 54106: H54.512A is written under H54511, not under its own parent"]);

    const r = resolveTabularRefs(t);
    const q = measureExtraction(r);
    console.log(
      `FY2023 tabular: ${q.notes} notes, ${q.withParenthesisedCode} with a code in parentheses, ` +
        `${q.parenthesisedWithoutRefs} of those without refs; qualified citations narrowed ${q.stats.qualifiedExact}, ` +
        `kept whole ${q.stats.qualifiedApproximate}; bare tokens dropped ${q.stats.dropped}.\n  ${q.examples.join("\n  ")}`,
    );
    expect(q.withParenthesisedCode).toBeGreaterThan(9000);
    expect(q.parenthesisedWithoutRefs).toBeLessThanOrEqual(1);
    expect(q.examples.every((x) => x.includes("(GH1)"))).toBe(true);
  });

  it("gives refs to every Excludes1 note that cites a code in parentheses", async () => {
    const t = await parseCmTabular(FULL);
    const r = resolveTabularRefs(t);
    const without: string[] = [];
    let count = 0;
    const visit = (owner: string, list: { kind: string; text: string; refs: unknown[] }[]) => {
      for (const n of list) {
        if (n.kind !== "excludes1" || !hasParenthesisedCode(n.text)) continue;
        count++;
        if (n.refs.length === 0) without.push(`${owner}: ${n.text}`);
      }
    };
    for (const [code, list] of Object.entries(r.notes)) visit(code, list);
    for (const [n, list] of r.chapterNotes) visit(`chapter ${n}`, list);
    for (const [id, list] of r.blockNotes) visit(id, list);
    expect(count).toBeGreaterThan(5000);
    expect(without).toEqual([]);
    const e11 = r.notes.E11?.filter((n) => n.kind === "excludes1").flatMap((n) => n.refs);
    expect(e11).toEqual(expect.arrayContaining([{ from: "E10", to: "E10" }, { from: "O244", to: "O244" }, { from: "E13", to: "E13" }]));
  });
});

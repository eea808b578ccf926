import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { importPtp, ncciVersionFromName } from "./ncci";
import { makeXlsx } from "./__fixtures__/make-xlsx";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const F1 = fixture("ncci-ccipra-v321r0-f1.txt");
const F2 = fixture("ncci-ccipra-v321r0-f2.txt");
const HOSPITAL = fixture("ncci-ccioph-v321r0-f1.txt");
const practitioner = { setting: "practitioner", source: "fixture" } as const;

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

/** The f1 fixture with line `n` (1-based) replaced. */
function withLine(n: number, line: string): { name: string; bytes: Uint8Array } {
  const lines = readFileSync(F1, "utf8").split("\r\n");
  lines[n - 1] = line;
  return { name: "ccipra-v321r0-f1.txt", bytes: new TextEncoder().encode(lines.join("\r\n")) };
}

describe("ncciVersionFromName", () => {
  it("maps the version in a file name to its quarter", () => {
    expect(ncciVersionFromName("ccipra-v321r0-f1.txt")).toEqual({ ncciVersion: "32.1r0", version: "2026Q2", effectiveFrom: "2026-04-01" });
    expect(ncciVersionFromName("ccioph-v300r1-f2.xlsx")?.version).toBe("2024Q1");
    expect(ncciVersionFromName("ccipra-v313r0-f1.txt")?.effectiveFrom).toBe("2025-10-01");
    expect(ncciVersionFromName("ptp-edits.txt")).toBeNull();
  });
});

describe("importPtp", () => {
  it("reads every part's edits after the notice and heading lines", async () => {
    const data = await importPtp([F1, F2], practitioner);
    expect(data.edits).toHaveLength(8);
    expect(data.edits[0]).toEqual({
      column1: "11042",
      column2: "11045",
      priorTo1996: false,
      effectiveDate: "2009-01-01",
      deletionDate: null,
      modifierIndicator: 0,
      rationale: "CPT Manual or CMS manual coding instructions",
    });
    expect(data.edits.find((e) => e.column1 === "29881")).toMatchObject({ priorTo1996: true, effectiveDate: "1996-01-01" });
    expect(data.edits.find((e) => e.column1 === "36415")).toMatchObject({ deletionDate: "2008-01-01", modifierIndicator: 9 });
    expect(data.edits.map((e) => e.modifierIndicator)).toEqual([0, 1, 0, 9, 0, 1, 1, 9]);
  });

  it("takes the version and effective date from the file names", async () => {
    const data = await importPtp([F1, F2], practitioner);
    expect(data.setting).toBe("practitioner");
    expect(data.meta).toMatchObject({ id: "ncci-ptp-practitioner-2026Q2", kind: "ncci-ptp", version: "2026Q2", effectiveFrom: "2026-04-01", effectiveTo: null });
    expect(data.meta.notes).toEqual(["NCCI version 32.1r0."]);
    expect(data.meta.files.map((f) => [f.name, f.records])).toEqual([
      ["ncci-ccipra-v321r0-f1.txt", 5],
      ["ncci-ccipra-v321r0-f2.txt", 3],
    ]);
  });

  it("falls back to the quarter of the latest effective date when the name has no version", async () => {
    const bytes = readFileSync(F2);
    const data = await importPtp([{ name: "ptp-practitioner.txt", bytes }], practitioner);
    expect(data.meta).toMatchObject({ version: "2026Q2", effectiveFrom: "2026-04-01" });
    expect(data.meta.notes?.[0]).toMatch(/latest effective date/);
  });

  it("lets the options override the version", async () => {
    const data = await importPtp([F1], { ...practitioner, version: "2026Q2-r1", effectiveFrom: "2026-04-15" });
    expect(data.meta).toMatchObject({ id: "ncci-ptp-practitioner-2026Q2-r1", effectiveFrom: "2026-04-15" });
  });

  it("reads hospital files and refuses them as practitioner files", async () => {
    const data = await importPtp([HOSPITAL], { setting: "hospital", source: "fixture" });
    expect(data.edits[0]?.modifierIndicator).toBe(1);
    const e = await importError(() => importPtp([HOSPITAL], practitioner));
    expect(e.reason).toBe("this is a hospital file, not practitioner");
  });

  it("reads the same columns from a workbook, with numeric cells and padded codes", async () => {
    const bytes = makeXlsx(
      [
        ["CPT codes, descriptions and other data only are copyright 2025 American Medical Association."],
        ["Column 1", "Column 2", "*=in existence prior to 1996", "Effective Date", "Deletion Date *=no data", "Modifier 0=not allowed 1=allowed 9=not applicable", "PTP Edit Rationale"],
        ["100", "104", "", "20200101", "*", "0", "Anesthesia service included in the surgical procedure"],
        // A date-typed cell: Excel serial day 43831 is 2020-01-01.
        ["11042", "11045", "", "43831", "*", "1", "Standards of medical / surgical services"],
      ],
      { numbers: true },
    );
    const data = await importPtp([{ name: "ccipra-v321r0-f1.xlsx", bytes }], practitioner);
    expect(data.edits.map((e) => [e.column1, e.column2, e.effectiveDate])).toEqual([
      ["00100", "00104", "2020-01-01"],
      ["11042", "11045", "2020-01-01"],
    ]);
  });

  it("refuses parts of two versions", async () => {
    const other = { name: "ccipra-v320r0-f2.txt", bytes: readFileSync(F2) };
    const e = await importError(() => importPtp([F1, other], practitioner));
    expect(e.reason).toMatch(/parts of different versions: 32.1r0 and 32.0r0/);
  });

  it("stops at a modifier indicator outside 0, 1 and 9", async () => {
    const e = await importError(() => importPtp([withLine(7, "11042\t97597\t\t20090101\t*\t2\tStandards of medical / surgical services")], practitioner));
    expect([e.file, e.line, e.reason]).toEqual(["ccipra-v321r0-f1.txt", 7, 'modifier indicator "2" is not 0, 1 or 9']);
  });

  it("stops at a bad effective date", async () => {
    const e = await importError(() => importPtp([withLine(6, "11042\t11045\t\t20091301\t*\t0\tx")], practitioner));
    expect([e.line, e.reason]).toEqual([6, 'effective date: "20091301" is not a real calendar date']);
  });

  it("stops at a blank deletion date and at one before the effective date", async () => {
    const blank = await importError(() => importPtp([withLine(6, "11042\t11045\t\t20090101\t\t0\tx")], practitioner));
    expect(blank.reason).toMatch(/deletion date is blank/);
    const early = await importError(() => importPtp([withLine(6, "11042\t11045\t\t20090101\t20080101\t0\tx")], practitioner));
    expect(early.reason).toMatch(/before the effective date/);
  });

  it("stops at a bad code, a bad prior-1996 mark and a short line", async () => {
    const code = await importError(() => importPtp([withLine(6, "11042\t1104\t\t20090101\t*\t0\tx")], practitioner));
    expect(code.reason).toBe('column 2 code "1104" is not a CPT or HCPCS code');
    const star = await importError(() => importPtp([withLine(6, "11042\t11045\tY\t20090101\t*\t0\tx")], practitioner));
    expect(star.reason).toMatch(/prior to 1996/);
    const short = await importError(() => importPtp([withLine(6, "11042\t11045\t\t20090101")], practitioner));
    expect(short.reason).toMatch(/this line has 4/);
  });

  it("stops at a heading-like line once the edits have started", async () => {
    const e = await importError(() => importPtp([withLine(8, "Column 1\tColumn 2")], practitioner));
    expect(e.line).toBe(8);
  });

  it("refuses a file with no edits", async () => {
    const e = await importError(() => importPtp([{ name: "ccipra-v321r0-f3.txt", bytes: new TextEncoder().encode("Column 1\tColumn 2\n") }], practitioner));
    expect(e.reason).toMatch(/no PTP edits found/);
  });
});

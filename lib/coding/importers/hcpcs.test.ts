import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { importHcpcs } from "./hcpcs";
import { isNcciAssociatedModifier, NCCI_CPT_MODIFIERS, NCCI_HCPCS_MODIFIERS } from "./ncci-modifiers";
import { makeXlsx } from "./__fixtures__/make-xlsx";

const TXT = fileURLToPath(new URL("./__fixtures__/hcpcs-anweb-sample.txt", import.meta.url));
const opts = { version: "2026-01", effectiveFrom: "2026-01-01", source: "fixture" } as const;

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

const HEADER = ["HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "COV", "BETOS", "ADD DT", "ACT EFF DT", "TERM DT", "ACTION CD"];
const workbookRows = (): (string | null)[][] => [
  HEADER,
  ["J1100", "0010", "3", "Fixture text: steroid injection, 1 mg", "Fixture steroid inj 1 mg", "51", "D", "O1E", "19820101", "20010101", null, "N"],
  ["G8891", "0010", "3", "Fixture text: a long description held in one cell", "Fixture long description", null, "C", "M5B", "20120101", "20150101", "20141231", "N"],
  ["   XS", "0010", "7", "Fixture modifier text: separate structure", "Fixture separate structur", null, null, null, "20150101", "20150101", null, "N"],
  ["   25", "0010", "7", "Fixture modifier text: a numeric modifier", "Fixture numeric", null, null, null, "20000101", "20000101", null, "N"],
];

describe("importHcpcs, fixed-width text", () => {
  it("reads codes with their dates, coverage, BETOS and action code, joining continuation lines", async () => {
    const data = await importHcpcs(TXT, opts);
    expect(data.codes.map((c) => c.code)).toEqual(["A0021", "E0607", "G0008", "G8891", "J1100"]);
    expect(data.codes.find((c) => c.code === "G8891")).toEqual({
      code: "G8891",
      billable: true,
      shortTitle: "Fixture long description",
      title: "Fixture text: a long description that runs past eighty characters and so goes on to a continuation line (record id 4)",
      addDate: "2012-01-01",
      actionEffectiveDate: "2015-01-01",
      terminationDate: "2014-12-31",
      actionCode: "N",
      coverage: "C",
      betos: "M5B",
    });
  });

  it("reads modifiers from record ids 7 and 8 with their dates and NCCI marks", async () => {
    const data = await importHcpcs(TXT, opts);
    expect(data.modifiers.map((m) => [m.code, m.ncciAssociated])).toEqual([
      ["A1", false],
      ["LT", true],
      ["XS", true],
      ["Q0", false],
    ]);
    expect(data.modifiers.find((m) => m.code === "LT")?.title).toBe(
      "Fixture modifier text: left side of the body, written long enough to need one line",
    );
    expect(data.modifiers.find((m) => m.code === "Q0")).toMatchObject({ system: "hcpcs", addDate: "2008-01-01", terminationDate: "2025-12-31" });
  });

  it("skips the Windows-1252 disclaimer block and records the file", async () => {
    const data = await importHcpcs(TXT, opts);
    expect(data.meta).toMatchObject({ id: "hcpcs-2026-01", kind: "hcpcs", version: "2026-01", effectiveFrom: "2026-01-01" });
    expect(data.meta.files).toEqual([{ name: "hcpcs-anweb-sample.txt", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), records: 12 }]);
  });

  it("skips a disclaimer block written after the last record", async () => {
    const text = readFileSync(TXT, "latin1").split("\r\n");
    const moved = [...text.slice(7).filter((l) => l !== ""), ...text.slice(0, 7)].join("\r\n");
    const data = await importHcpcs({ name: "t.txt", bytes: Buffer.from(moved, "latin1") }, opts);
    expect(data.codes).toHaveLength(5);
  });

  const mutate = (lineNo: number, edit: (line: string) => string): { name: string; bytes: Uint8Array } => {
    const lines = readFileSync(TXT, "latin1").split("\r\n");
    lines[lineNo - 1] = edit(lines[lineNo - 1] ?? "");
    return { name: "bad.txt", bytes: Buffer.from(lines.join("\r\n"), "latin1") };
  };

  it("stops at a bad termination date with the file, line and reason", async () => {
    const e = await importError(() => importHcpcs(mutate(11, (l) => `${l.slice(0, 284)}20141331${l.slice(292)}`), opts));
    expect(e.file).toBe("bad.txt");
    expect(e.line).toBe(11);
    expect(e.reason).toMatch(/G8891: termination date "20141331" is not a real calendar date/);
  });

  it("stops at an unknown record id", async () => {
    const e = await importError(() => importHcpcs(mutate(9, (l) => `${l.slice(0, 10)}5${l.slice(11)}`), opts));
    expect(e.line).toBe(9);
    expect(e.reason).toMatch(/not a record/);
  });

  it("stops at a continuation line that does not follow its code", async () => {
    const e = await importError(() => importHcpcs(mutate(12, (l) => `G9999${l.slice(5)}`), opts));
    expect(e.line).toBe(12);
    expect(e.reason).toMatch(/continuation line .* for G9999 does not follow/);
  });

  it("stops at a record longer than 320 characters", async () => {
    const e = await importError(() => importHcpcs(mutate(8, (l) => `${l}XX`), opts));
    expect(e.reason).toMatch(/322 characters/);
  });

  it("stops at a non-record line between records", async () => {
    const e = await importError(() => importHcpcs(mutate(10, () => "*a note in the middle"), opts));
    expect(e.line).toBe(10);
  });

  it("stops at a numeric (CPT) code in the Level II file", async () => {
    const e = await importError(() => importHcpcs(mutate(8, (l) => `99213${l.slice(5)}`), opts));
    expect(e.reason).toMatch(/"99213" is not a HCPCS Level II code/);
  });

  it("stops at a code listed twice", async () => {
    const e = await importError(() => importHcpcs(mutate(9, (l) => `A0021${l.slice(5)}`), opts));
    expect(e.reason).toMatch(/code A0021 appears twice/);
  });
});

describe("importHcpcs, workbook", () => {
  it("reads codes and right-justified modifiers from the header-named columns", async () => {
    const data = await importHcpcs({ name: "HCPC2026_JAN_ANWEB.xlsx", bytes: makeXlsx(workbookRows()) }, opts);
    expect(data.codes.map((c) => [c.code, c.terminationDate, c.coverage, c.betos])).toEqual([
      ["J1100", null, "D", "O1E"],
      ["G8891", "2014-12-31", "C", "M5B"],
    ]);
    expect(data.modifiers.map((m) => [m.code, m.system, m.ncciAssociated])).toEqual([
      ["XS", "hcpcs", true],
      ["25", "cpt", true],
    ]);
    expect(data.meta.files[0]?.records).toBe(4);
  });

  it("skips disclaimer rows above the header and joins RECID 4 rows", async () => {
    const rows = [["***Disclaimers"], [], ["*Inclusion or exclusion …"], ...workbookRows()];
    rows.splice(5, 0, ["J1100", "0020", "4", "and its continuation"]);
    const data = await importHcpcs({ name: "b.xlsx", bytes: makeXlsx(rows) }, opts);
    expect(data.codes[0]?.title).toBe("Fixture text: steroid injection, 1 mg and its continuation");
  });

  it("refuses a workbook without the required columns", async () => {
    const rows = workbookRows().map((r) => r.slice(0, 11));
    const e = await importError(() => importHcpcs({ name: "b.xlsx", bytes: makeXlsx(rows) }, opts));
    expect(e.reason).toMatch(/no "ACTION CD" column/);
  });

  it("refuses a RECID outside 3, 4, 7 and 8 with its sheet row", async () => {
    const rows = workbookRows();
    const r = rows[2];
    if (r) r[2] = "5";
    const e = await importError(() => importHcpcs({ name: "b.xlsx", bytes: makeXlsx(rows) }, opts));
    expect([e.line, e.reason]).toEqual([3, 'RECID "5" is not 3, 4, 7 or 8']);
  });

  it("refuses a malformed added date", async () => {
    const rows = workbookRows();
    const r = rows[1];
    if (r) r[8] = "1982-01-01";
    const e = await importError(() => importHcpcs({ name: "b.xlsx", bytes: makeXlsx(rows) }, opts));
    expect(e.reason).toMatch(/J1100: added date "1982-01-01" is not a date in YYYYMMDD form/);
  });
});

describe("NCCI-associated modifiers", () => {
  it("lists the CPT and HCPCS modifiers that can bypass an indicator-1 edit", () => {
    expect(NCCI_CPT_MODIFIERS).toEqual(["24", "25", "57", "58", "59", "78", "79", "91"]);
    expect(NCCI_HCPCS_MODIFIERS).toHaveLength(4 + 4 + 10 + 10 + 7);
    for (const m of ["59", "XU", "E4", "FA", "F9", "TA", "T9", "LT", "RI", "91"]) expect(isNcciAssociatedModifier(m)).toBe(true);
    for (const m of ["26", "TC", "GA", "F0", "E5", "QW"]) expect(isNcciAssociatedModifier(m)).toBe(false);
  });
});

/** ../shared/codesets beside the repository (the official CMS files; never copied into the repo). */
const SHARED = fileURLToPath(new URL("../../../../shared/codesets/hcpcs", import.meta.url));
const XLSX_2025 = `${SHARED}/2025/HCPC2025_OCT_ANWEB.xlsx`;
const TXT_2019 = `${SHARED}/2019/HCPC2019_CONTR_ANWEB.txt`;
const ZIP_2019 = `${SHARED}/2019/2019-Alpha-Numeric-HCPCS-File.zip`;

describe.skipIf(!existsSync(XLSX_2025))(`HCPCS October 2025 workbook (${existsSync(XLSX_2025) ? "present" : `absent: ${XLSX_2025} not found, skipped`})`, () => {
  it("reads 8,463 codes and 383 modifiers with their termination dates", async () => {
    const data = await importHcpcs(XLSX_2025, { version: "2025-10", effectiveFrom: "2025-10-01", source: "official" });
    expect(data.codes).toHaveLength(8_463);
    expect(data.modifiers).toHaveLength(383);
    expect(data.codes.filter((c) => c.terminationDate !== null)).toHaveLength(1_205);
    for (const code of ["J1100", "G0008", "E0607", "A9615", "A4238", "Q5149"]) expect(data.codes.some((c) => c.code === code)).toBe(true);
    expect(data.codes.every((c) => c.terminationDate === null || /^\d{4}-\d{2}-\d{2}$/.test(c.terminationDate))).toBe(true);
    expect(data.codes.find((c) => c.code === "A9615")?.addDate).toBe("2025-01-01");
    expect(data.modifiers.filter((m) => m.ncciAssociated).map((m) => m.code).sort()).toEqual([...NCCI_HCPCS_MODIFIERS].sort());
    expect(data.meta.files[0]?.sha256).toBe("6fcd04186caa69af047915d16426a05ba20e49c3eba2367f472a94b534f9be52");
  });
});

describe.skipIf(!existsSync(TXT_2019))(`HCPCS 2019 fixed-width file (${existsSync(TXT_2019) ? "present" : `absent: ${TXT_2019} not found, skipped`})`, () => {
  it("reads 6,440 code records and 360 modifier records, joining continuation lines", async () => {
    const data = await importHcpcs(TXT_2019, { version: "2019", effectiveFrom: "2019-01-01", source: "official" });
    expect(data.codes).toHaveLength(6_440);
    expect(data.modifiers).toHaveLength(360);
    expect(data.meta.files[0]).toMatchObject({ sha256: "c8e38e89b9b4d47dd81bea6924b8e9005f3494a89234fe28b534a7c17c3c6f12", records: 6_440 + 4_656 + 360 + 166 });
    for (const code of ["J1100", "G0008", "E0607"]) expect(data.codes.some((c) => c.code === code)).toBe(true);
    expect(data.codes.find((c) => c.code === "G8891")?.terminationDate).toBe("2014-12-31");
  });

  it.skipIf(!existsSync(ZIP_2019))("joins descriptions exactly as the same release's workbook holds them", async () => {
    const member = unzipSync(readFileSync(ZIP_2019), { filter: (f) => f.name === "HCPC2019_CONTR_ANWEB.xlsx" })["HCPC2019_CONTR_ANWEB.xlsx"];
    if (!member) throw new Error("workbook missing from the 2019 zip");
    const o = { version: "2019", effectiveFrom: "2019-01-01", source: "official" } as const;
    const [txt, xlsx] = await Promise.all([importHcpcs(TXT_2019, o), importHcpcs({ name: "HCPC2019_CONTR_ANWEB.xlsx", bytes: member }, o)]);
    const strip = <T extends { actionEffectiveDate?: string | null }>(r: T): Omit<T, "actionEffectiveDate"> => {
      const { actionEffectiveDate: _ignored, ...rest } = r;
      return rest;
    };
    // The two forms disagree only on some blank action-effective dates, a difference in CMS's files.
    expect(xlsx.codes.map(strip)).toEqual(txt.codes.map(strip));
    expect(xlsx.modifiers).toEqual(txt.modifiers);
  });
});

import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { columnLetters, columnNumber, readXlsxRows, rowValues, type XlsxRow } from "./xlsx";
import { makeXlsx } from "./__fixtures__/make-xlsx";

async function rows(bytes: Uint8Array, name = "book.xlsx"): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const r of readXlsxRows({ name, bytes })) out.push(r);
  return out;
}

async function failure(bytes: Uint8Array): Promise<ImportError> {
  try {
    await rows(bytes);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("readXlsxRows", () => {
  it("reads shared strings, keeps leading blanks and keys cells by column letter", async () => {
    const got = await rows(makeXlsx([["HCPC", "RECID", "LONG DESCRIPTION"], ["   A1", "7", "One & two <three>"]]));
    expect(got.map((r) => r.row)).toEqual([1, 2]);
    expect(got[1]?.cells.get("A")).toBe("   A1");
    expect(got[1]?.cells.get("C")).toBe("One & two <three>");
    expect(rowValues(got[0] as XlsxRow)).toEqual(["HCPC", "RECID", "LONG DESCRIPTION"]);
  });

  it("reads inline strings and numeric cells", async () => {
    const got = await rows(makeXlsx([["J1100", "20250101", null, "x"]], { inlineStrings: true, numbers: true }));
    expect(rowValues(got[0] as XlsxRow)).toEqual(["J1100", "20250101", "", "x"]);
  });

  it("reads a sheet stored before or after its shared strings", async () => {
    const data = [["a", "b"], ["c", "d"]];
    const first = await rows(makeXlsx(data, { sharedStringsFirst: true }));
    const second = await rows(makeXlsx(data));
    expect(first.map(rowValues)).toEqual(second.map(rowValues));
  });

  it("infers row and column positions when the r attributes are left out", async () => {
    const got = await rows(makeXlsx([["a", "b"], ["c"]], { omitReferences: true }));
    expect(got.map((r) => [r.row, rowValues(r)])).toEqual([
      [1, ["a", "b"]],
      [2, ["c"]],
    ]);
  });

  it("decodes the _xHHHH_ escapes Excel writes for control characters", async () => {
    const got = await rows(makeXlsx([["line one_x000D_"]]));
    expect(got[0]?.cells.get("A")).toBe("line one\r");
  });

  it("converts column letters and numbers both ways", () => {
    expect(columnNumber("A")).toBe(1);
    expect(columnNumber("AV")).toBe(48);
    expect(columnLetters(48)).toBe("AV");
    expect(columnLetters(703)).toBe("AAA");
  });

  it("refuses a file that is not a zip", async () => {
    const e = await failure(strToU8("HCPC\tRECID\n"));
    expect(e.reason).toMatch(/not a zip archive/);
  });

  it("refuses a zip that is not a workbook", async () => {
    const e = await failure(zipSync({ "readme.txt": strToU8("hello") }));
    expect(e.reason).toMatch(/not an \.xlsx workbook/);
  });

  it("refuses a truncated workbook", async () => {
    const whole = makeXlsx([["a"]]);
    const e = await failure(whole.subarray(0, whole.length - 30));
    expect(e).toBeInstanceOf(ImportError);
  });

  it("refuses a corrupted member with a CRC or inflate error", async () => {
    const whole = makeXlsx([["a", "b", "c"], ["d", "e", "f"]]);
    const bad = new Uint8Array(whole);
    // Flip bytes inside the sheet's compressed data, just after its local header and name.
    const at = Buffer.from(whole).indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    for (let i = at + 4; i < at + 12; i++) bad[i] = (bad[i] ?? 0) ^ 0xff;
    const e = await failure(bad);
    expect(e).toBeInstanceOf(ImportError);
  });

  it("names the sheet and line of malformed sheet XML", async () => {
    const files = {
      "xl/workbook.xml": strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      "xl/worksheets/sheet1.xml": strToU8("<worksheet><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>\n<row r=\"2\"><c></row></sheetData></worksheet>"),
    };
    const e = await failure(zipSync(files));
    expect(e.file).toBe("book.xlsx!xl/worksheets/sheet1.xml");
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/malformed XML/);
  });

  it("refuses a shared-string index that does not exist", async () => {
    const files = {
      "xl/workbook.xml": strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      "xl/worksheets/sheet1.xml": strToU8('<worksheet><sheetData><row r="4"><c r="B4" t="s"><v>7</v></c></row></sheetData></worksheet>'),
    };
    const e = await failure(zipSync(files));
    expect(e.line).toBe(4);
    expect(e.reason).toMatch(/shared string 7 does not exist/);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { readCmAddenda, readCmCodesFile, readCmOrderFile } from "./icd10cm-order";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const ORDER = fixture("icd10cm-order-sample.txt");
const SHARED = "/work/shared/codesets/icd10cm/2026";
const FULL_ORDER = `${SHARED}/icd10cm_order_2026.txt.gz`;
const FULL_CODES = `${SHARED}/icd10cm_codes_2026.txt.gz`;
const haveFull = existsSync(FULL_ORDER) && existsSync(FULL_CODES);

const orderLines = (): string[] => readFileSync(ORDER, "latin1").split("\r\n").filter((l) => l !== "");
const asFile = (lines: string[]) => ({ name: "icd10cm_order_2026.txt", bytes: new TextEncoder().encode(lines.join("\r\n") + "\r\n") });

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

/** The fixture with line `n` (1-based) replaced. */
function withLine(n: number, edit: (line: string) => string) {
  const lines = orderLines();
  lines[n - 1] = edit(lines[n - 1] ?? "");
  return asFile(lines);
}

describe("readCmOrderFile on the sample", () => {
  it("reads every code with its flag and both titles, in file order", async () => {
    const { columns, file } = await readCmOrderFile(ORDER);
    expect(columns.codes.slice(0, 4)).toEqual(["A00", "A000", "A001", "A009"]);
    const i = columns.codes.indexOf("E1165");
    expect(columns.billable[i]).toBe(true);
    expect(columns.titles[i]).toBe("Type 2 diabetes mellitus with hyperglycemia");
    expect(columns.billable[columns.codes.indexOf("E11")]).toBe(false);
    const s = columns.codes.indexOf("S72001D");
    expect(columns.shortTitles[s]).toBe("Fx unsp part of nk of r femr, subs for clos fx w routn heal");
    expect(columns.titles[s]).toBe("Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing");
    expect(file).toMatchObject({ name: "icd10cm-order-sample.txt", records: 26 });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts the FY2026 category QA0, whose second character is a letter", async () => {
    const { columns } = await readCmOrderFile(ORDER);
    expect(columns.codes).toContain("QA0");
  });
});

describe("readCmOrderFile on malformed lines", () => {
  const cases: [string, ReturnType<typeof withLine>, number, RegExp][] = [
    ["a short line", withLine(3, (l) => l.slice(0, 50)), 3, /line is 50 characters; an order-file record has at least 78/],
    ["a bad flag", withLine(2, (l) => `${l.slice(0, 14)}2${l.slice(15)}`), 2, /flag "2" in column 15 is neither 1 \(billable\) nor 0 \(header\)/],
    ["a bad code", withLine(4, (l) => `${l.slice(0, 6)}A0-9   ${l.slice(13)}`), 4, /code \(columns 7–13\) "A0-9" is not an ICD-10-CM code/],
    ["a code with a dot", withLine(4, (l) => `${l.slice(0, 6)}A00.9  ${l.slice(13)}`), 4, /is not an ICD-10-CM code/],
    ["a right-justified code", withLine(4, (l) => `${l.slice(0, 6)}   A009${l.slice(13)}`), 4, /not left-justified/],
    ["a shifted record (wrong width)", withLine(5, (l) => ` ${l}`), 5, /order number " 0000" \(columns 1–5\) is not 5 digits/],
    ["a character in a blank column", withLine(6, (l) => `${l.slice(0, 76)}X${l.slice(77)}`), 6, /column 77 must be blank/],
    ["an order number out of sequence", withLine(7, (l) => `00099${l.slice(5)}`), 7, /order number 00099 out of sequence \(expected 00007\)/],
    ["an empty short title", withLine(2, (l) => `${l.slice(0, 16)}${" ".repeat(60)}${l.slice(76)}`), 2, /short title \(columns 17–76\) is blank/],
    ["a billable code with a child", withLine(12, (l) => `${l.slice(0, 14)}1${l.slice(15)}`), 13, /sits under E116, which is flagged billable/],
    ["a header without children", withLine(4, (l) => `${l.slice(0, 14)}0${l.slice(15)}`), 4, /header A009 \(flag 0\) has no codes under it/],
  ];
  for (const [what, file, line, reason] of cases) {
    it(`stops at ${what} with the file, line and reason`, async () => {
      const e = await failure(() => readCmOrderFile(file));
      expect(e.file).toBe("icd10cm_order_2026.txt");
      expect(e.line).toBe(line);
      expect(e.reason).toMatch(reason);
      expect(e.message.startsWith(`icd10cm_order_2026.txt:${line}: `)).toBe(true);
    });
  }

  it("stops at a code that comes before its category", async () => {
    const lines = orderLines().filter((l) => !/^\d{5} A00 /.test(l)).map((l, i) => `${String(i + 1).padStart(5, "0")}${l.slice(5)}`);
    const e = await failure(() => readCmOrderFile(asFile(lines)));
    expect([e.line, e.reason]).toEqual([1, "code A000 comes before (or without) its category A00"]);
  });

  it("stops at a code listed twice", async () => {
    const lines = orderLines();
    lines.splice(4, 0, lines[3] ?? "");
    const renumbered = lines.map((l, i) => `${String(i + 1).padStart(5, "0")}${l.slice(5)}`);
    const e = await failure(() => readCmOrderFile(asFile(renumbered)));
    expect([e.line, e.reason]).toEqual([5, "code A009 appears twice (first at line 4)"]);
  });

  it("stops at an empty file", async () => {
    expect((await failure(() => readCmOrderFile({ name: "empty.txt", bytes: new Uint8Array(0) }))).reason).toBe("the order file holds no records");
  });
});

describe("readCmCodesFile", () => {
  it("reads the billable codes and titles", async () => {
    const { codes, titles, file } = await readCmCodesFile(fixture("icd10cm-codes-sample.txt"));
    expect(codes).toContain("E1165");
    expect(codes).not.toContain("E11");
    expect(titles[codes.indexOf("A009")]).toBe("Cholera, unspecified");
    expect(file.records).toBe(codes.length);
  });

  it("stops at a line without the blank column 8", async () => {
    const bytes = new TextEncoder().encode("A000    Cholera\r\nA001xxxxCholera\r\n");
    const e = await failure(() => readCmCodesFile({ name: "codes.txt", bytes }));
    expect([e.line, e.reason]).toEqual([2, 'column 8 must be blank (fixed-width layout), found "x"']);
  });
});

describe("readCmAddenda", () => {
  it("reads the order addenda records, pairs revisions and keeps the summary", async () => {
    const a = await readCmAddenda(fixture("icd10cm-order-addenda-sample.txt"), "order");
    expect(a.entries.map((e) => [e.action, e.code, e.billable])).toEqual([
      ["Delete", "QA00", true],
      ["Add", "QA0", false],
      ["Revise from", "E119", true],
      ["Revise to", "E119", true],
    ]);
    expect(a.entries[3]?.title).toBe("Type 2 diabetes mellitus without complications");
    expect(a.summary).toEqual(["Codes", "      2 additions", "      1 deletions"]);
  });

  it("reads the codes addenda records", async () => {
    const a = await readCmAddenda(fixture("icd10cm-codes-addenda-sample.txt"), "codes");
    expect(a.entries.map((e) => `${e.action} ${e.code}`)).toEqual(["Add QA00", "Revise from E119", "Revise to E119"]);
  });

  it("stops at an unknown action and at a revision without its pair", async () => {
    const bad = new TextEncoder().encode("Change:      B8801   Title\r\n");
    expect((await failure(() => readCmAddenda({ name: "a.txt", bytes: bad }, "codes"))).reason).toMatch(/action "Change:" \(columns 1–13\) is not one of/);
    const unpaired = new TextEncoder().encode("Revise from: B8801   Title\r\nAdd:         B8802   Title\r\n");
    const e = await failure(() => readCmAddenda({ name: "a.txt", bytes: unpaired }, "codes"));
    expect([e.line, e.reason]).toEqual([2, '"Revise from:" B8801 at line 1 is not followed by its "Revise to:"']);
  });
});

describe.skipIf(!haveFull)("the FY2026 order and codes files (../shared/codesets)", () => {
  it("classifies every row exactly as the file says: 74,719 billable and 23,467 headers", async () => {
    const { columns, file } = await readCmOrderFile(FULL_ORDER);
    expect(file.sha256).toBe("6dc95c9c7e96c734806e1682f4bf9df76251d60e99199bba0d375ba3dd11026b");
    const raw = gunzipSync(readFileSync(FULL_ORDER)).toString("latin1").split("\r\n").filter((l) => l !== "");
    expect(raw.length).toBe(98186);
    expect(columns.codes.length).toBe(98186);
    let mismatches = 0;
    raw.forEach((line, i) => {
      if (columns.codes[i] !== line.slice(6, 13).trim() || columns.billable[i] !== (line[14] === "1")) mismatches++;
    });
    expect(mismatches).toBe(0);
    expect(columns.billable.filter(Boolean).length).toBe(74719);
    expect(columns.billable.filter((b) => !b).length).toBe(23467);
    const at = (c: string) => columns.codes.indexOf(c);
    expect([columns.billable[at("E119")], columns.billable[at("E11")], columns.billable[at("S72001A")]]).toEqual([true, false, true]);
  });

  it("holds exactly the billable codes of the codes file, with the same titles", async () => {
    const [{ columns }, codes] = await Promise.all([readCmOrderFile(FULL_ORDER), readCmCodesFile(FULL_CODES)]);
    const billable = columns.codes.filter((_, i) => columns.billable[i]);
    expect(billable).toEqual(codes.codes);
    const titleOf = new Map(columns.codes.map((c, i) => [c, columns.titles[i]]));
    expect(codes.codes.filter((c, i) => titleOf.get(c) !== codes.titles[i])).toEqual([]);
  });

  it("reads the FY2026 addenda", async () => {
    const order = await readCmAddenda(`${SHARED}/icd10cm_order_addenda_2026.txt`, "order");
    expect(order.entries.filter((e) => e.action === "Add").length).toBe(630);
    expect(order.entries.filter((e) => e.action === "Delete").length).toBe(28);
    const codes = await readCmAddenda(`${SHARED}/icd10cm_codes_addenda_2026.txt`, "codes");
    expect(codes.entries.filter((e) => e.action === "Add").length).toBe(487);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Icd10PcsData } from "../data";
import { ImportError } from "./errors";
import { expandPcsRow, importIcd10Pcs } from "./icd10pcs";
import { openLines } from "./read-lines";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const ORDER = fixture("icd10pcs-order-sample.txt");
const TABLES = fixture("icd10pcs-tables-sample.xml");
const opts = { version: "FY2026", effectiveFrom: "2025-10-01", source: "fixture" } as const;

const bytes = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: new TextEncoder().encode(text) });

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

function codeOf(data: Icd10PcsData, code: string): { billable: boolean; title: string; shortTitle: string } | undefined {
  const i = data.columns.codes.indexOf(code);
  if (i < 0) return undefined;
  return { billable: data.columns.billable[i] ?? false, title: data.columns.titles[i] ?? "", shortTitle: data.columns.shortTitles[i] ?? "" };
}

describe("importIcd10Pcs on the sample files", () => {
  it("reads codes, headers and titles from the order file and tables from the XML", async () => {
    const data = await importIcd10Pcs({ order: ORDER, tables: TABLES }, opts);
    expect(data.columns.codes).toEqual(["0DT", "0DT60ZZ", "0DT68ZZ", "0DTJ0ZZ", "0DTJ4ZZ", "GZ1", "GZ10ZZZ", "GZ11ZZZ"]);
    expect(codeOf(data, "0DT")?.billable).toBe(false);
    expect(codeOf(data, "0DTJ4ZZ")).toEqual({
      billable: true,
      title: "Resection of Appendix, Percutaneous Endoscopic Approach",
      shortTitle: "Resection of Appendix, Perc Endo Approach",
    });
    expect(data.tables.map((t) => t.code)).toEqual(["0DT", "GZ1"]);
    const t = data.tables[0];
    expect(t?.axes.map((a) => [a.pos, a.title, a.labels[0]?.text])).toEqual([
      [1, "Section", "Medical and Surgical"],
      [2, "Body System", "Gastrointestinal System"],
      [3, "Operation", "Resection"],
    ]);
    expect(t?.axes[2]?.definition).toBe("Cutting out or off, without replacement, all of a body part");
    expect(t?.rows[1]?.axes.map((a) => [a.pos, a.labels.map((l) => l.code).join("")])).toEqual([
      [4, "J"],
      [5, "04"],
      [6, "Z"],
      [7, "Z"],
    ]);
  });

  it("records each file's sha256 and record count and the release in meta", async () => {
    const data = await importIcd10Pcs({ order: ORDER, tables: TABLES }, opts);
    expect(data.meta).toMatchObject({ id: "icd10pcs-FY2026", kind: "icd10pcs", label: "ICD-10-PCS FY2026", effectiveFrom: "2025-10-01", effectiveTo: null, source: "fixture" });
    expect(data.meta.files).toEqual([
      { name: "icd10pcs-order-sample.txt", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), records: 8 },
      { name: "icd10pcs-tables-sample.xml", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), records: 3 },
    ]);
  });

  it("derives codes and label-built titles from the tables alone", async () => {
    const data = await importIcd10Pcs({ tables: TABLES }, opts);
    const both = await importIcd10Pcs({ order: ORDER, tables: TABLES }, opts);
    expect(data.columns.codes).toEqual(both.columns.codes);
    expect(data.columns.billable).toEqual(both.columns.billable);
    expect(codeOf(data, "0DT")?.title).toBe("Gastrointestinal System, Resection");
    expect(codeOf(data, "GZ1")?.title).toBe("Mental Health, Psychological Tests");
    expect(codeOf(data, "0DT68ZZ")?.title).toBe("Resection, Stomach, Via Natural or Artificial Opening Endoscopic, No Device, No Qualifier");
    expect(codeOf(data, "0DT68ZZ")?.shortTitle.length).toBeLessThanOrEqual(60);
    expect(data.meta.notes?.join(" ")).toMatch(/titles built from the axis labels/);
  });

  it("reads the order file alone, without tables", async () => {
    const data = await importIcd10Pcs({ order: ORDER }, opts);
    expect(data.columns.codes).toHaveLength(8);
    expect(data.tables).toEqual([]);
  });

  it("expands a row into every combination of its labels", async () => {
    const data = await importIcd10Pcs({ tables: TABLES }, opts);
    const row = data.tables[0]?.rows[0];
    expect(row && expandPcsRow("0DT", row)).toEqual(["0DT60ZZ", "0DT68ZZ"]);
  });
});

describe("importIcd10Pcs refuses bad input", () => {
  const orderText = readFileSync(ORDER, "latin1");
  const tablesText = readFileSync(TABLES, "utf8");

  it("names a code the rows allow but the order file lacks", async () => {
    const order = bytes("order.txt", orderText.split("\r\n").filter((l) => !l.includes("0DT68ZZ")).join("\r\n"));
    const e = await importError(() => importIcd10Pcs({ order, tables: TABLES }, opts));
    expect(e.reason).toMatch(/code 0DT68ZZ \(table 0DT\) is not a valid code of the order file/);
    expect(e.file).toBe(TABLES);
  });

  it("names an order-file code that no row allows, at its line", async () => {
    const tables = bytes(
      "tables.xml",
      tablesText
        .replace(/\s*<label code="8">[^<]*<\/label>/, "")
        .replace('<axis pos="5" values="2">', '<axis pos="5" values="1">')
        .replace('<pcsRow codes="2">', '<pcsRow codes="1">'),
    );
    const e = await importError(() => importIcd10Pcs({ order: ORDER, tables }, opts));
    expect(e.reason).toMatch(/code 0DT68ZZ is not allowed by any row/);
    expect(e.file).toBe(ORDER);
    expect(e.line).toBe(3);
  });

  it("refuses a flag other than 0 or 1", async () => {
    const order = bytes("order.txt", orderText.replace("00002 0DT60ZZ 1", "00002 0DT60ZZ 2"));
    const e = await importError(() => importIcd10Pcs({ order }, opts));
    expect([e.file, e.line]).toEqual(["order.txt", 2]);
    expect(e.reason).toMatch(/valid flag "2"/);
  });

  it("refuses a code with letters PCS does not use", async () => {
    const order = bytes("order.txt", orderText.replace("0DT60ZZ", "0DT6OZZ"));
    const e = await importError(() => importIcd10Pcs({ order }, opts));
    expect(e.reason).toMatch(/"0DT6OZZ" is not a 7-character ICD-10-PCS code/);
  });

  it("refuses a code that sits under another table's header", async () => {
    const order = bytes("order.txt", orderText.replace("00007 GZ10ZZZ", "00007 0DTJ8ZZ"));
    const e = await importError(() => importIcd10Pcs({ order }, opts));
    expect(e.line).toBe(7);
    expect(e.reason).toMatch(/not under its table header 0DT/);
  });

  it("refuses a short line and order numbers out of sequence", async () => {
    const short = await importError(() => importIcd10Pcs({ order: bytes("o.txt", "00001 0DT     0 Short") }, opts));
    expect(short.reason).toMatch(/at least 78/);
    const seq = await importError(() => importIcd10Pcs({ order: bytes("o.txt", orderText.replace("00003 ", "00002 ")) }, opts));
    expect(seq.line).toBe(3);
  });

  it("refuses a row whose codes attribute disagrees with its axes", async () => {
    const e = await importError(() => importIcd10Pcs({ tables: bytes("t.xml", tablesText.replace('<pcsRow codes="2">', '<pcsRow codes="3">')) }, opts));
    expect(e.reason).toMatch(/declares codes="3" but its axes give 2/);
    expect(e.line).toBe(19);
  });

  it("refuses an axis whose values attribute disagrees with its labels", async () => {
    const e = await importError(() => importIcd10Pcs({ tables: bytes("t.xml", tablesText.replace('<axis pos="5" values="2">', '<axis pos="5" values="4">')) }, opts));
    expect(e.reason).toMatch(/axis 5 declares values="4" but has 2 labels/);
  });

  it("refuses malformed XML with its line", async () => {
    const e = await importError(() => importIcd10Pcs({ tables: bytes("t.xml", tablesText.replace("</pcsRow>", "</pcsrow>")) }, opts));
    expect(e.reason).toMatch(/malformed XML/);
    expect(e.line).toBeGreaterThan(30);
  });

  it("refuses tables of another year", async () => {
    const e = await importError(() => importIcd10Pcs({ tables: TABLES }, { ...opts, version: "FY2025" }));
    expect(e.reason).toMatch(/version 2026, not FY2025/);
  });

  it("refuses a call with neither file", async () => {
    await expect(importIcd10Pcs({}, opts)).rejects.toBeInstanceOf(ImportError);
  });
});

/** ../shared/codesets beside the repository (the official CMS files; never copied into the repo). */
const SHARED = fileURLToPath(new URL("../../../../shared/codesets/icd10pcs", import.meta.url));
const FY2026_ORDER = `${SHARED}/2026/icd10pcs_order_2026.txt.gz`;
const FY2026_TABLES = `${SHARED}/2026/icd10pcs_tables_2026.xml`;
const FY2025_TABLES = `${SHARED}/2025/icd10pcs_tables_2025.xml`;
const FY2025_CODES = `${SHARED}/2025/icd10pcs_codes_2025.txt.gz`;
const has2026 = existsSync(FY2026_ORDER) && existsSync(FY2026_TABLES);
const has2025 = existsSync(FY2025_TABLES) && existsSync(FY2025_CODES);

describe.skipIf(!has2026)(`ICD-10-PCS FY2026 official files (${has2026 ? "present" : `absent: ${SHARED}/2026 not found, skipped`})`, () => {
  it("classifies every row of the order file as the file says and agrees with the tables", async () => {
    const data = await importIcd10Pcs({ order: FY2026_ORDER, tables: FY2026_TABLES }, { version: "FY2026", effectiveFrom: "2025-10-01", source: "official" });
    const billable = data.columns.billable.filter(Boolean).length;
    expect(data.columns.codes).toHaveLength(80_029);
    expect(billable).toBe(79_115);
    expect(data.columns.codes.length - billable).toBe(914);
    expect(data.tables).toHaveLength(914);
    // Re-read the raw flags: every line is classified exactly as its column 15 says.
    let i = 0;
    const misclassified: string[] = [];
    for await (const line of openLines(FY2026_ORDER)) {
      if (data.columns.billable[i] !== (line[14] === "1") || data.columns.codes[i] !== line.slice(6, 13).trim()) misclassified.push(line.slice(0, 15));
      i++;
    }
    expect(i).toBe(80_029);
    expect(misclassified).toEqual([]);
    expect(codeOf(data, "0DTJ4ZZ")?.title).toBe("Resection of Appendix, Percutaneous Endoscopic Approach");
    expect(codeOf(data, "02HA3RZ")?.billable).toBe(true);
    expect(data.meta.files[0]?.sha256).toBe("4ff173041491c6a68c13b8810f0e1968b6f0d00c3ecc1deac74f7ad3439dfcc1");
  });

  it("derives from the tables alone exactly the order file's codes, in its order", async () => {
    const fromTables = await importIcd10Pcs({ tables: FY2026_TABLES }, { version: "FY2026", effectiveFrom: "2025-10-01", source: "official" });
    const fromOrder = await importIcd10Pcs({ order: FY2026_ORDER }, { version: "FY2026", effectiveFrom: "2025-10-01", source: "official" });
    expect(fromTables.columns.codes).toEqual(fromOrder.columns.codes);
    expect(fromTables.columns.billable).toEqual(fromOrder.columns.billable);
  });
});

describe.skipIf(!has2025)(`ICD-10-PCS FY2025 tables (${has2025 ? "present" : `absent: ${SHARED}/2025 not found, skipped`})`, () => {
  it("expands the tables to the 78,948 codes of the FY2025 codes file", async () => {
    const data = await importIcd10Pcs({ tables: FY2025_TABLES }, { version: "FY2025", effectiveFrom: "2024-10-01", source: "official" });
    const codes = data.columns.codes.filter((_c, i) => data.columns.billable[i]);
    expect(codes).toHaveLength(78_948);
    expect(data.tables).toHaveLength(908);
    const official: string[] = [];
    for await (const line of openLines(FY2025_CODES)) official.push(line.slice(0, 7));
    expect(new Set(codes)).toEqual(new Set(official));
  });
});

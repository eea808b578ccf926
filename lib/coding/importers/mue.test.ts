import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { importMue, mueDateFromName } from "./mue";
import { makeXlsx } from "./__fixtures__/make-xlsx";

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const PRACTITIONER = fixture("mue-MCR_MUE_PractitionerServices_Eff_04-01-2026.csv");
const DME = fixture("mue-MCR_MUE_DMESupplierServices_Eff_04-01-2026.txt");
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

function withLine(n: number, line: string): { name: string; bytes: Uint8Array } {
  const lines = readFileSync(PRACTITIONER, "utf8").split("\r\n");
  lines[n - 1] = line;
  return { name: "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", bytes: new TextEncoder().encode(lines.join("\r\n")) };
}

describe("mueDateFromName", () => {
  it("reads the effective date in the forms CMS has used", () => {
    expect(mueDateFromName("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv")).toBe("2026-04-01");
    expect(mueDateFromName("MCR_MUE_PractitionerServices_Eff_2026-04-01.xlsx")).toBe("2026-04-01");
    expect(mueDateFromName("MCR_MUE_DMESupplierServices_Eff_20260401.csv")).toBe("2026-04-01");
    expect(mueDateFromName("MCR_MUE_OutpatientHospitalServices_Eff_04012026.csv")).toBe("2026-04-01");
    expect(mueDateFromName("MCR_MUE_PractitionerServices_Eff_13-01-2026.csv")).toBeNull();
    expect(mueDateFromName("mue.csv")).toBeNull();
  });
});

describe("importMue", () => {
  it("reads a CSV table after its notice lines, with MAI and rationale", async () => {
    const data = await importMue(PRACTITIONER, practitioner);
    expect(data.entries).toEqual([
      { code: "11042", value: 1, mai: 2, rationale: "Anatomic Consideration" },
      { code: "36415", value: 2, mai: 3, rationale: "Clinical: Data" },
      { code: "93000", value: 1, mai: 1, rationale: "Code Descriptor / CPT Instruction" },
      { code: "J1100", value: 100, mai: 3, rationale: "Clinical: Data" },
      { code: "G0008", value: 1, mai: 2, rationale: "CMS Policy" },
    ]);
    expect(data.meta).toMatchObject({ id: "mue-practitioner-2026Q2", kind: "mue", version: "2026Q2", effectiveFrom: "2026-04-01" });
    expect(data.meta.files).toEqual([{ name: "mue-MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), records: 5 }]);
  });

  it("reads a tab-separated DME table", async () => {
    const data = await importMue(DME, { setting: "dme", source: "fixture" });
    expect(data.entries.map((e) => [e.code, e.value, e.mai])).toEqual([
      ["E0607", 1, 3],
      ["A4253", 4, 3],
    ]);
  });

  it("reads an outpatient hospital workbook", async () => {
    const bytes = makeXlsx(
      [
        ["CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved."],
        [],
        ["HCPCS/CPT Code", "Outpatient Hospital Services MUE Values", "MUE Adjudication Indicator", "MUE Rationale"],
        ["100", "1", "2 Date of Service Edit: Policy", "Nature of Service/Procedure"],
        ["36415", "2", "3 Date of Service Edit: Clinical", "Clinical: Data"],
      ],
      { numbers: true },
    );
    const data = await importMue({ name: "MCR_MUE_OutpatientHospitalServices_Eff_2026-04-01.xlsx", bytes }, { setting: "hospital", source: "fixture" });
    expect(data.entries.map((e) => [e.code, e.value, e.mai])).toEqual([
      ["00100", 1, 2],
      ["36415", 2, 3],
    ]);
    expect(data.meta.id).toBe("mue-hospital-2026Q2");
  });

  it("refuses a table of another setting", async () => {
    const e = await importError(() => importMue(DME, practitioner));
    expect(e.reason).toBe("this is a dme MUE table, not practitioner");
  });

  it("refuses a name without a date unless the options give one", async () => {
    const bytes = readFileSync(PRACTITIONER);
    const e = await importError(() => importMue({ name: "mue.csv", bytes }, practitioner));
    expect(e.reason).toMatch(/no effective date in the file name/);
    const data = await importMue({ name: "mue.csv", bytes }, { ...practitioner, version: "2026Q2", effectiveFrom: "2026-04-01" });
    expect(data.entries).toHaveLength(5);
  });

  it("stops at a non-numeric MUE value with the file, line and reason", async () => {
    const e = await importError(() => importMue(withLine(5, '36415,two,"3 Date of Service Edit: Clinical",Clinical: Data'), practitioner));
    expect([e.file, e.line, e.reason]).toEqual(["MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", 5, 'MUE value "two" for 36415 is not a whole number']);
  });

  it("stops at an adjudication indicator that is not 1, 2 or 3", async () => {
    const e = await importError(() => importMue(withLine(4, '11042,1,"4 Date of Service Edit: Policy",Anatomic Consideration'), practitioner));
    expect(e.reason).toMatch(/adjudication indicator "4 Date of Service Edit: Policy"/);
  });

  it("stops at a bad code, a duplicate and a row before the header", async () => {
    const code = await importError(() => importMue(withLine(4, '1104,1,"2 Date of Service Edit: Policy",x'), practitioner));
    expect(code.reason).toBe('"1104" is not a CPT or HCPCS code');
    const dup = await importError(() => importMue(withLine(5, '11042,1,"2 Date of Service Edit: Policy",x'), practitioner));
    expect(dup.reason).toBe("code 11042 is listed twice");
    const early = await importError(() => importMue(withLine(2, '11042,1,"2 Date of Service Edit: Policy",x'), practitioner));
    expect(early.line).toBe(2);
    expect(early.reason).toMatch(/before the header row/);
  });

  it("refuses a table without a header row", async () => {
    const e = await importError(() => importMue({ name: "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", bytes: new TextEncoder().encode("copyright line\n") }, practitioner));
    expect(e.reason).toMatch(/no header row/);
  });
});

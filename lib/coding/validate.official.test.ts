/**
 * The rules on the full official files in ../shared/codesets (skipped when absent): every row of the
 * FY2026 ICD-10-CM and ICD-10-PCS order files is classified as the file says, every PCS code is
 * valid and mutated codes are rejected with the character named, HCPCS dates are honoured, and every
 * Excludes1 note of the Tabular List (read by the ICD-10-CM importer) makes a claim with the pair invalid.
 */
import { existsSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnySetData } from "./data";
import { createLibrary, type LoadedLibrary } from "./library";
import { explainPcs } from "./rules/pcs-explain";
import { teachingSets } from "./teaching";
import { CM_ORDER, CM_TABULAR, HCPCS_XLSX, PCS_ORDER, PCS_TABLES, readHcpcsWorkbook, readOrderFile, readPcsTables, skipNote, type OrderRow } from "./test-support/official-files";
import type { CodeSetMeta, HcpcsRecord, SetKind } from "./types";
import { validateClaim, validateCode } from "./validate";
import { importIcd10Cm } from "./importers/icd10cm";

const DATE = "2026-03-01";

function meta(kind: SetKind, label: string): CodeSetMeta {
  return { id: `${kind}-official-test`, kind, label, version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "official", files: [] };
}

function columnsOf(rows: Map<string, OrderRow>): { codes: string[]; billable: boolean[]; shortTitles: string[]; titles: string[] } {
  const sorted = [...rows.entries()].sort((a, b) => a[1].order - b[1].order);
  return { codes: sorted.map(([c]) => c), billable: sorted.map(([, r]) => r.billable), shortTitles: sorted.map(([, r]) => r.short), titles: sorted.map(([, r]) => r.long) };
}

describe.skipIf(!existsSync(CM_ORDER))("ICD-10-CM FY2026, every row of the order file", () => {
  let rows: Map<string, OrderRow>;
  let lib: LoadedLibrary;
  beforeAll(() => {
    skipNote(CM_ORDER);
    rows = readOrderFile(CM_ORDER);
    const teachingCm = teachingSets().find((s) => s.kind === "icd10cm");
    const sevenChr = teachingCm?.kind === "icd10cm" ? teachingCm.data.sevenChr : {};
    const cm: AnySetData = { kind: "icd10cm", data: { meta: meta("icd10cm", "ICD-10-CM FY2026"), columns: columnsOf(rows), notes: {}, sevenChr, chapters: [], blocks: [] } };
    lib = createLibrary([cm]);
  });

  it("accepts every billable code and rejects every header as the file says", () => {
    let billable = 0;
    let headers = 0;
    const wrong: string[] = [];
    for (const [code, row] of rows) {
      const r = validateCode(code, { date: DATE, system: "icd10cm" }, lib);
      if (row.billable) {
        billable++;
        if (!r.valid) wrong.push(`${code} billable but ${r.findings.map((f) => f.rule).join(",")}`);
      } else {
        headers++;
        const rule = r.findings[0]?.rule;
        if (r.valid || (rule !== "icd10cm.not-billable" && rule !== "icd10cm.seventh-character-required")) wrong.push(`${code} header but ${rule ?? "valid"}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(billable).toBe(74_719);
    expect(headers).toBe(23_467);
    expect(lib.teachingOnly).toBe(false);
  });

  it("rejects codes that are not in the file, such as E11.77 and a missing 7th character", () => {
    expect(validateCode("E11.77", { date: DATE }, lib).findings[0]?.rule).toBe("icd10cm.unknown");
    expect(validateCode("S72.001", { date: DATE }, lib).findings[0]?.rule).toBe("icd10cm.seventh-character-required");
    expect(validateCode("G35", { date: DATE }, lib).findings[0]?.rule).toBe("icd10cm.not-billable");
  });
});

describe.skipIf(!existsSync(CM_ORDER) || !existsSync(CM_TABULAR))("ICD-10-CM FY2026 with the Tabular List notes, every Excludes1 pair", () => {
  it("rejects a claim holding a code and a code its Excludes1 note names, for every note of the Tabular List", async () => {
    skipNote(CM_TABULAR);
    const data = await importIcd10Cm({ order: CM_ORDER, tabular: CM_TABULAR }, { version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "official" });
    const lib = createLibrary([{ kind: "icd10cm", data }]);
    const set = lib.icd10cm(DATE);
    if (set === undefined) throw new Error("no set");
    const billable = data.columns.codes.filter((_c, i) => data.columns.billable[i] === true).sort();
    /** The first billable code in a range (binary search on the sorted list). */
    const firstIn = (from: string, to: string): string | undefined => {
      let lo = 0;
      let hi = billable.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((billable[mid] ?? "") < from) lo = mid + 1;
        else hi = mid;
      }
      const c = billable[lo];
      return c !== undefined && c.slice(0, to.length) <= to ? c : undefined;
    };
    let pairs = 0;
    const missed: string[] = [];
    for (const [owner, notes] of Object.entries(data.notes)) {
      const a = set.get(owner)?.billable === true ? owner : firstIn(owner, owner);
      if (a === undefined) continue;
      for (const n of notes) {
        if (n.kind !== "excludes1") continue;
        for (const r of n.refs) {
          const b = firstIn(r.from, r.to);
          if (b === undefined || b === a || b.startsWith(owner) || a.startsWith(r.from)) continue;
          pairs++;
          const res = validateClaim({ diagnoses: [{ code: a }, { code: b }] }, { date: DATE }, lib);
          if (!res.findings.some((f) => f.rule === "icd10cm.excludes1")) missed.push(`${a} + ${b} (${owner}: ${n.text})`);
        }
      }
    }
    expect(missed.slice(0, 10)).toEqual([]);
    expect(pairs).toBeGreaterThan(1500);
  }, 120_000);
});

describe.skipIf(!existsSync(PCS_ORDER) || !existsSync(PCS_TABLES))("ICD-10-PCS FY2026, every code and its tables", () => {
  let lib: LoadedLibrary;
  let rows: Map<string, OrderRow>;
  beforeAll(() => {
    skipNote(PCS_ORDER);
    skipNote(PCS_TABLES);
    rows = readOrderFile(PCS_ORDER);
    const tables = [...readPcsTables(PCS_TABLES).values()];
    lib = createLibrary([{ kind: "icd10pcs", data: { meta: meta("icd10pcs", "ICD-10-PCS FY2026"), columns: columnsOf(rows), tables } }]);
  });

  it("accepts every valid code and explains every table header as incomplete", () => {
    const wrong: string[] = [];
    let valid = 0;
    for (const [code, row] of rows) {
      const r = validateCode(code, { date: DATE, system: "icd10pcs" }, lib);
      if (row.billable) {
        valid++;
        if (!r.valid) wrong.push(code);
      } else if (r.findings[0]?.rule !== "icd10pcs.incomplete") wrong.push(`${code} header`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(valid).toBe(79_115);
  });

  it("rejects mutated codes and names a character its table does not allow", () => {
    const codes = [...rows.entries()].filter(([, r]) => r.billable).map(([c]) => c);
    const alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const set = lib.icd10pcs(DATE);
    if (set === undefined) throw new Error("no PCS set");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: codes.length - 1 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: alphabet.length - 1 }), (i, pos, ch) => {
        const code = codes[i] ?? "";
        const mutated = code.slice(0, pos) + alphabet[ch] + code.slice(pos + 1);
        const r = validateCode(mutated, { date: DATE, system: "icd10pcs" }, lib);
        if (rows.get(mutated)?.billable === true) {
          expect(r.valid).toBe(true);
          return;
        }
        expect(r.findings.map((f) => f.rule)).toEqual(["icd10pcs.invalid"]);
        const why = explainPcs(set, mutated);
        expect(why.position).toBeGreaterThan(0);
        expect(r.findings[0]?.message).toMatch(/Character \d|character \d/);
      }),
      { numRuns: 5000 },
    );
  });
});

describe.skipIf(!existsSync(HCPCS_XLSX))("HCPCS Level II October 2025, every code with its dates", () => {
  it("accepts codes in force and rejects terminated ones after their termination date", () => {
    skipNote(HCPCS_XLSX);
    const rows = readHcpcsWorkbook(HCPCS_XLSX);
    const iso = (d: string): string | null => (d === "" ? null : `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`);
    const codes: HcpcsRecord[] = [];
    for (const [code, r] of rows) {
      if (r.recid !== "3") continue;
      codes.push({ code, billable: true, shortTitle: r.short, title: r.long, addDate: iso(r.add), actionEffectiveDate: null, terminationDate: iso(r.term), actionCode: null, coverage: r.cov, betos: r.betos });
    }
    const lib = createLibrary([{ kind: "hcpcs", data: { meta: { ...meta("hcpcs", "HCPCS 2025-10"), version: "2025-10" }, codes, modifiers: [] } }]);
    const day = "2025-10-15";
    const wrong: string[] = [];
    for (const rec of codes) {
      const r = validateCode(rec.code, { date: day, system: "hcpcs" }, lib);
      const inForce = (rec.addDate === null || rec.addDate <= day) && (rec.terminationDate === null || day <= rec.terminationDate);
      if (r.valid !== inForce) wrong.push(`${rec.code} ${r.findings.map((f) => f.rule).join(",")}`);
      if (!inForce && rec.terminationDate !== null && r.findings[0]?.rule !== "hcpcs.terminated") wrong.push(`${rec.code} not terminated`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(codes.length).toBe(8463);
  });
});

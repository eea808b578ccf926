/**
 * Checks every code and title of the teaching set against the official release files in
 * ../shared/codesets (see its MANIFEST.md), and the teaching set's own consistency.
 * The file checks are skipped, with a message, when the files are not there.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { cptCategoryOf, isPcsShape } from "../format";
import {
  CM_ORDER,
  CM_TABULAR,
  HCPCS_XLSX,
  MCE_V37,
  PCS_ORDER,
  PCS_TABLES,
  readHcpcsWorkbook,
  readOrderFile,
  readPcsTables,
  readTabular,
  skipNote,
  type HcpcsRow,
  type OrderRow,
  type TabularNotes,
} from "../test-support/official-files";
import { TEACHING_CPT_CODES, TEACHING_CPT_MODIFIERS } from "./cpt-data";
import { TEACHING_MCE_ENTRIES } from "./edits-data";
import { TEACHING_HCPCS_CODES, TEACHING_HCPCS_MODIFIERS } from "./hcpcs-data";
import { TEACHING_CM_CODES } from "./icd10cm-codes";
import { TEACHING_CM_BLOCKS, TEACHING_CM_CHAPTERS, TEACHING_CM_NOTES, TEACHING_CM_SEVENTH } from "./icd10cm-notes";
import type { CmNote } from "../types";
import { TEACHING_PCS_TABLES } from "./icd10pcs-data";
import { teachingLibrary, teachingSets } from "./index";

const canonical = (c: string): string => c.replace(/\./g, "");

describe("teaching set: internal consistency", () => {
  it("lists every ICD-10-CM code once, with all its ancestors, headers above billable codes", () => {
    const codes = TEACHING_CM_CODES.map(([c]) => canonical(c));
    expect(new Set(codes).size).toBe(codes.length);
    const byCode = new Map(TEACHING_CM_CODES.map(([c, b]) => [canonical(c), b]));
    for (const [code] of TEACHING_CM_CODES) {
      const c = canonical(code);
      for (let k = 3; k < c.length; k++) {
        const prefix = c.slice(0, k);
        // Placeholder levels exist only where the classification has them; every ancestor that the set has is a header.
        if (byCode.has(prefix)) expect(byCode.get(prefix), `${prefix} is an ancestor of ${code}`).toBe(0);
      }
      expect(byCode.has(c.slice(0, 3)), `category of ${code}`).toBe(true);
    }
  });

  it("holds billable ICD-10-CM codes across all 22 chapters, a selection and not the whole classification", () => {
    const billable = TEACHING_CM_CODES.filter(([, b]) => b === 1);
    expect(billable.length).toBeGreaterThanOrEqual(300);
    expect(billable.length).toBeLessThanOrEqual(1500);
    const set = teachingLibrary().icd10cm("2026-03-01");
    const chapters = new Set(billable.map(([c]) => set?.chapterOf(canonical(c))?.number));
    expect([...chapters].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 22 }, (_v, i) => i + 1));
  });

  it("places every ICD-10-CM code in a chapter and a section", () => {
    const set = teachingLibrary().icd10cm("2026-03-01");
    for (const [code] of TEACHING_CM_CODES) {
      expect(set?.chapterOf(canonical(code)), code).toBeDefined();
      expect(set?.blockOf(canonical(code)), code).toBeDefined();
    }
  });

  it("keys notes and 7th-character definitions by codes of the set", () => {
    const codes = new Set(TEACHING_CM_CODES.map(([c]) => canonical(c)));
    for (const key of Object.keys(TEACHING_CM_NOTES)) expect(codes.has(key), key).toBe(true);
    for (const key of Object.keys(TEACHING_CM_SEVENTH)) expect(codes.has(key), key).toBe(true);
    expect(TEACHING_CM_BLOCKS.find((b) => b.id === "I10-I16")?.notes?.length).toBeGreaterThan(0);
    expect(TEACHING_CM_CHAPTERS.find((c) => c.number === 15)?.notes?.length).toBeGreaterThan(0);
  });

  it("expands every teaching PCS code from a row of its teaching table", () => {
    for (const spec of TEACHING_PCS_TABLES) {
      for (const [code] of spec.codes) {
        expect(code.startsWith(spec.table.code), code).toBe(true);
        const fits = spec.table.rows.some((row) => row.axes.every((a) => a.labels.some((l) => l.code === code[a.pos - 1])));
        expect(fits, `${code} fits a row of ${spec.table.code}`).toBe(true);
        expect(isPcsShape(code)).toBe(true);
      }
    }
  });

  it("gives each CPT code a category that matches its shape, and only our own short wording", () => {
    for (const [code, category, wording] of TEACHING_CPT_CODES) {
      expect(cptCategoryOf(code), code).toBe(category);
      expect(wording.length).toBeLessThan(100);
    }
    expect(new Set(TEACHING_CPT_MODIFIERS.map(([m]) => m)).size).toBe(TEACHING_CPT_MODIFIERS.length);
  });

  it("builds a library whose teaching sets cover FY2026 and say teachingOnly", () => {
    const lib = teachingLibrary();
    expect(lib.teachingOnly).toBe(true);
    expect(teachingSets().every((s) => s.data.meta.source === "teaching")).toBe(true);
    for (const date of ["2025-10-01", "2026-09-30"]) expect(lib.icd10cm(date)).toBeDefined();
    expect(lib.icd10cm("2025-09-30")).toBeUndefined();
    expect(lib.icd10cm("2026-10-01")).toBeUndefined();
  });
});

describe.skipIf(!existsSync(CM_ORDER))("teaching ICD-10-CM against the FY2026 order file", () => {
  let rows: Map<string, OrderRow>;
  beforeAll(() => {
    skipNote(CM_ORDER);
    rows = readOrderFile(CM_ORDER);
  });

  it("has every code, with the official billable flag, long title and short title", () => {
    const problems: string[] = [];
    for (const [code, billable, title, short] of TEACHING_CM_CODES) {
      const row = rows.get(canonical(code));
      if (row === undefined) problems.push(`${code}: not in the order file`);
      else {
        if (row.billable !== (billable === 1)) problems.push(`${code}: billable flag ${billable}, official ${row.billable ? 1 : 0}`);
        if (row.long !== title) problems.push(`${code}: title "${title}", official "${row.long}"`);
        // The short title is written only where it differs from the long one.
        if (row.short !== (short ?? title) || short === title) problems.push(`${code}: short title "${short ?? title}", official "${row.short}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists the codes in tabular order", () => {
    const orders = TEACHING_CM_CODES.map(([c]) => rows.get(canonical(c))?.order ?? -1);
    const byChapter = new Map<number, number[]>();
    const set = teachingLibrary().icd10cm("2026-03-01");
    TEACHING_CM_CODES.forEach(([c], i) => {
      const ch = set?.chapterOf(canonical(c))?.number ?? 0;
      const list = byChapter.get(ch) ?? [];
      list.push(orders[i] ?? -1);
      byChapter.set(ch, list);
    });
    for (const [ch, list] of byChapter) expect(list, `chapter ${ch}`).toEqual([...list].sort((a, b) => a - b));
  });

  it("includes every existing ancestor header of each teaching code", () => {
    const mine = new Set(TEACHING_CM_CODES.map(([c]) => canonical(c)));
    const missing: string[] = [];
    for (const [code] of TEACHING_CM_CODES) {
      const c = canonical(code);
      for (let k = 3; k < c.length; k++) if (rows.has(c.slice(0, k)) && !mine.has(c.slice(0, k))) missing.push(`${c.slice(0, k)} (above ${code})`);
    }
    expect(missing).toEqual([]);
  });
});

describe.skipIf(!existsSync(CM_TABULAR))("teaching ICD-10-CM notes against the FY2023 Tabular List", () => {
  let tab: TabularNotes;
  beforeAll(() => {
    skipNote(CM_TABULAR);
    tab = readTabular(CM_TABULAR);
  });

  it("prints every teaching note as the Tabular List does, at the same place", () => {
    const places: [string, string, CmNote[]][] = [
      ...Object.entries(TEACHING_CM_NOTES).map(([key, notes]): [string, string, CmNote[]] => [key, key, notes]),
      ...TEACHING_CM_BLOCKS.map((b): [string, string, CmNote[]] => [`section ${b.id}`, b.id, b.notes ?? []]),
      ...TEACHING_CM_CHAPTERS.map((c): [string, string, CmNote[]] => [`chapter ${c.number}`, `chapter ${c.number}`, c.notes ?? []]),
    ];
    const problems: string[] = [];
    for (const [label, owner, notes] of places) {
      const official = tab.notes.get(owner);
      for (const n of notes) {
        const texts = official?.get(n.kind) ?? [];
        if (!texts.includes(n.text)) problems.push(`${label} ${n.kind}: "${n.text}" not found`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("defines the 7th characters as the Tabular List does", () => {
    for (const [at, def] of Object.entries(TEACHING_CM_SEVENTH)) {
      const official = tab.seventh.get(at);
      expect(official, at).toBeDefined();
      expect(def.chars, at).toEqual(official?.chars);
      expect(def.note, at).toBe(official?.note);
    }
  });

  it("titles chapters and sections as the Tabular List does", () => {
    for (const ch of TEACHING_CM_CHAPTERS) {
      expect(tab.chapters.get(ch.number)?.title, `chapter ${ch.number}`).toBe(`${ch.title} (${ch.range.from}-${ch.range.to})`);
    }
    for (const b of TEACHING_CM_BLOCKS) expect(tab.sections.get(b.id), b.id).toBe(`${b.title} (${b.id})`);
  });
});

describe.skipIf(!existsSync(PCS_ORDER))("teaching ICD-10-PCS against the FY2026 order file", () => {
  it("has every code and table header, with the official flag, long title and short title", () => {
    skipNote(PCS_ORDER);
    const rows = readOrderFile(PCS_ORDER);
    const problems: string[] = [];
    // The short title is written only where it differs from the long one.
    const shortOk = (official: string, long: string, short: string | undefined): boolean => official === (short ?? long) && short !== long;
    for (const spec of TEACHING_PCS_TABLES) {
      const header = rows.get(spec.table.code);
      if (header === undefined || header.billable || header.long !== spec.title || !shortOk(header.short, spec.title, spec.short)) {
        problems.push(`${spec.table.code}: header "${spec.title}" / "${spec.short ?? ""}", official "${header?.long ?? "missing"}" / "${header?.short ?? ""}"`);
      }
      for (const [code, title, short] of spec.codes) {
        const row = rows.get(code);
        if (row === undefined || !row.billable || row.long !== title || !shortOk(row.short, title, short)) {
          problems.push(`${code}: "${title}" / "${short ?? ""}", official "${row?.long ?? "missing"}" / "${row?.short ?? ""}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!existsSync(PCS_TABLES))("teaching ICD-10-PCS tables against the FY2026 Tables XML", () => {
  it("labels axes 1-3 as the official table, and each row is an excerpt of an official row", () => {
    skipNote(PCS_TABLES);
    const official = readPcsTables(PCS_TABLES);
    const problems: string[] = [];
    for (const spec of TEACHING_PCS_TABLES) {
      const t = official.get(spec.table.code);
      if (t === undefined) {
        problems.push(`${spec.table.code}: no such table`);
        continue;
      }
      expect(spec.table.axes, spec.table.code).toEqual(t.axes);
      spec.table.rows.forEach((row, i) => {
        const match = t.rows.some((orow) =>
          row.axes.every((a) => {
            const oa = orow.axes.find((x) => x.pos === a.pos);
            if (oa === undefined || oa.title !== a.title) return false;
            const subset = a.labels.every((l) => oa.labels.some((ol) => ol.code === l.code && ol.text === l.text));
            // Body parts may be a selection; approach, device and qualifier are complete.
            return subset && (a.pos === 4 || a.labels.length === oa.labels.length);
          }),
        );
        if (!match) problems.push(`${spec.table.code} row ${i}: not an excerpt of an official row`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!existsSync(HCPCS_XLSX))("teaching HCPCS against the October 2025 workbook", () => {
  let rows: Map<string, HcpcsRow>;
  beforeAll(() => {
    skipNote(HCPCS_XLSX);
    rows = readHcpcsWorkbook(HCPCS_XLSX);
  });

  it("has every code with its official descriptions, dates, coverage and BETOS", () => {
    const problems: string[] = [];
    for (const [code, title, short, add, term, cov, betos] of TEACHING_HCPCS_CODES) {
      const r = rows.get(code);
      if (r === undefined || r.recid !== "3") {
        problems.push(`${code}: not a code in the workbook`);
        continue;
      }
      const mine = { title, short, add, term, cov, betos };
      const theirs = { title: r.long, short: r.short, add: r.add, term: r.term, cov: r.cov, betos: r.betos };
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) problems.push(`${code}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`);
    }
    expect(problems).toEqual([]);
  });

  it("has every modifier with its official description and dates", () => {
    const problems: string[] = [];
    for (const [code, title, add, term] of TEACHING_HCPCS_MODIFIERS) {
      const r = rows.get(code);
      if (r === undefined || r.recid !== "7") problems.push(`${code}: not a modifier in the workbook`);
      else if (r.long !== title || r.add !== add || r.term !== term) problems.push(`${code}: ${title} ${add} ${term} vs ${r.long} ${r.add} ${r.term}`);
    }
    expect(problems).toEqual([]);
  });

  it("keeps CPT numbers out of the HCPCS Level II list and CPT modifiers out of its modifiers", () => {
    for (const [code] of TEACHING_CPT_CODES) expect(rows.has(code), code).toBe(false);
    for (const [m] of TEACHING_CPT_MODIFIERS) expect(rows.get(m)?.recid === "7", m).toBe(false);
  });
});

describe.skipIf(!existsSync(MCE_V37))("teaching MCE lists against the MCE v37 tables", () => {
  it("lists each teaching code under edit types the MCE gives it", () => {
    skipNote(MCE_V37);
    const types = new Map<string, Set<string>>();
    for (const line of readFileSync(MCE_V37, "latin1").split(/\r?\n/)) {
      const f = line.split("\t");
      if (f.length < 7) continue;
      const key = `${f[5]}:${f[6]}`;
      const set = types.get(key) ?? new Set<string>();
      set.add(f[4] ?? "");
      types.set(key, set);
    }
    const problems: string[] = [];
    for (const [key, mine] of Object.entries(TEACHING_MCE_ENTRIES)) {
      for (const t of mine) if (!types.get(key)?.has(t)) problems.push(`${key} ${t}`);
    }
    expect(problems).toEqual([]);
  });
});

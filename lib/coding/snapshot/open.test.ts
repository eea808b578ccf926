import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { AnySetData, Icd10CmData } from "../data";
import { createLibrary, prepareSet, type PreparedSet } from "../library";
import { openContainer } from "./container";
import { openSet } from "./open";
import { encodeSnapshot } from "./snapshot";
import { testSets } from "./test-sets";

function opened(set: AnySetData): PreparedSet {
  const bytes = encodeSnapshot(set);
  return openSet(openContainer(bytes, "t.snap"), "t.snap");
}

/** Everything a set answers for its own codes, as plain values (to compare two builds of one set). */
function answers(p: PreparedSet, data: AnySetData): unknown {
  switch (p.kind) {
    case "icd10cm": {
      const set = p.build();
      if (data.kind !== "icd10cm") throw new Error("kind");
      const codes = [...set.codes()];
      return {
        size: set.size,
        codes,
        records: codes.map((c) => set.get(c)),
        family: codes.map((c) => [set.parent(c), set.children(c), set.sevenChrFor(c)?.definedAt, set.blockOf(c)?.id, set.chapterOf(c)?.number]),
        notes: Object.keys(data.data.notes).map((c) => set.notesOf(c)),
        missing: [set.get("E11.9"), set.get(""), set.notesOf("X99"), set.children("X99")],
        chapters: set.chapters(),
      };
    }
    case "icd10pcs": {
      const set = p.build();
      const codes = [...set.codes()];
      return { size: set.size, codes, records: codes.map((c) => set.get(c)), tables: [...set.tables()], table: [set.table("0DT"), set.table("0DTJ4ZZ"), set.table("0DB")] };
    }
    case "hcpcs": {
      const set = p.build();
      const codes = [...set.codes()];
      return { size: set.size, codes, records: codes.map((c) => set.get(c)), modifiers: [...set.modifiers()], missing: set.get("J9999") };
    }
    case "cpt": {
      const set = p.build();
      const codes = [...set.codes()];
      return { size: set.size, complete: set.complete, codes, records: codes.map((c) => set.get(c)), modifiers: [...set.modifiers()] };
    }
    case "ncci-ptp": {
      const t = p.build();
      return { size: t.size, setting: t.setting, pairs: [t.find("29881", "29880"), t.find("99213", "G0008"), t.find("29880", "29881")] };
    }
    case "mue": {
      const t = p.build();
      return { size: t.size, entries: ["J1100", "99213", "A4238", "X"].map((c) => t.get(c)) };
    }
    case "mce": {
      const t = p.build();
      return { size: t.size, edits: [t.edits("D", "O24410"), t.edits("P", "0UT90ZZ"), t.edits("D", "Z000"), t.edits("D", "N400")] };
    }
  }
}

describe("a snapshot opened in place (the loader's path)", () => {
  for (const set of testSets()) {
    it(`answers for ${set.kind} exactly as the set built from its plain data`, () => {
      const fromSnapshot = opened(set);
      const fromData = prepareSet(set);
      expect(fromSnapshot.meta).toEqual(set.data.meta);
      expect(answers(fromSnapshot, set)).toEqual(answers(fromData, set));
    });
  }

  it("takes the effective dates it is given (the manifest's) over the snapshot's own", () => {
    const [cm] = testSets();
    if (cm === undefined) throw new Error("no test set");
    const bytes = encodeSnapshot(cm);
    const s = openSet(openContainer(bytes, "t.snap"), "t.snap", { effectiveFrom: "2025-10-01", effectiveTo: null });
    expect(s.meta.effectiveTo).toBeNull();
    expect(createLibrary([s]).icd10cm("2027-01-01")?.meta.id).toBe("icd10cm-T1");
  });

  it("refuses a snapshot written in the previous format, asking for a new import", () => {
    const [cm] = testSets();
    if (cm === undefined) throw new Error("no test set");
    const bytes = encodeSnapshot(cm).slice();
    new DataView(bytes.buffer).setUint32(8, 2, true);
    expect(() => openContainer(bytes, "old.snap")).toThrow(/old\.snap: snapshot format 2, this build reads format 3: re-run the import/);
  });

  it("keeps a 100,000-code set in its file's bytes: opening and using it adds no string per code to the heap", () => {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    if (typeof gc !== "function") throw new Error("no gc");
    const n = 100_000;
    const words = ["acute", "chronic", "left", "right", "upper", "lower", "limb", "fracture", "of", "with", "without", "complication", "encounter", "initial", "subsequent"];
    const codes: string[] = [];
    const shortTitles: string[] = [];
    const titles: string[] = [];
    const code = (i: number): string => `A${i.toString(36).toUpperCase().padStart(5, "0")}`;
    const title = (i: number): string => `${words[i % 15]} ${words[(i * 7) % 15]} ${words[(i * 11) % 15]} ${words[(i * 13) % 15]} of site ${i} ${words[(i * 3) % 15]}`;
    for (let i = 0; i < n; i++) {
      codes.push(code(i));
      const t = title(i);
      shortTitles.push(t.slice(0, 40));
      titles.push(i % 3 === 0 ? t.slice(0, 40) : t);
    }
    const data: Icd10CmData = {
      meta: { id: "icd10cm-big", kind: "icd10cm", label: "big", version: "T", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "fixture", files: [] },
      columns: { codes, billable: codes.map((_, i) => i % 2 === 0), shortTitles, titles },
      notes: { A00001: [{ kind: "excludes1", text: "x (B00)", refs: [{ from: "B00", to: "B00" }] }] },
      sevenChr: {},
      chapters: [],
      blocks: [],
    };
    const bytes = encodeSnapshot({ kind: "icd10cm", data });
    codes.length = 0;
    shortTitles.length = 0;
    titles.length = 0;
    gc();
    const before = process.memoryUsage().heapUsed;
    const prepared = openSet(openContainer(bytes, "big.snap"), "big.snap");
    if (prepared.kind !== "icd10cm") throw new Error("not ICD-10-CM");
    const set = prepared.build();
    expect(set.get(code(4243))?.title).toBe(title(4243));
    expect(set.get(code(4242))?.title).toBe(title(4242).slice(0, 40));
    expect(set.get("A00001")?.billable).toBe(false);
    expect(set.notesOf("A00001")).toHaveLength(1);
    gc();
    const added = process.memoryUsage().heapUsed - before;
    expect(set.size).toBe(n);
    // Decoding every code and title would hold some 300,000 strings (over 20 MB) on the heap.
    expect(added).toBeLessThan(3 * 2 ** 20);
  });
});

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AnySetData } from "../data";
import { importIcd10Cm } from "../importers/icd10cm";
import { importIcd10Pcs } from "../importers/icd10pcs";
import { importHcpcs } from "../importers/hcpcs";
import { importMce } from "../importers/mce";
import { decodeBools, decodeStrings, decodeUints, encodeBools, encodeStrings, encodeUints } from "./columns";
import { SnapshotFormatError } from "./container";
import { decodeSnapshot, encodeSnapshot, readIndexSnapshot, readSnapshot, writeIndexSnapshot, writeSnapshot } from "./snapshot";
import { testSets } from "./test-sets";

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(prefix);
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});


const tmp = tempDir(join(tmpdir(), "codecert-snapshot-"));

describe("string, boolean and integer columns", () => {
  it.each([
    ["plain", ["E119", "I10", "S72001A"]],
    ["empty", []],
    ["one empty string", [""]],
    ["with nulls", [null, "a", null, "", "b"]],
    ["repetitive (dictionary)", Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? null : `v${i % 5}`))],
    ["non-ASCII", ["café", "naïve ✓", "日本"]],
    ["with line breaks (JSON)", ["one\ntwo", "three", null]],
  ])("round-trips %s", (_what, values) => {
    expect(decodeStrings(encodeStrings(values), "t")).toEqual(values);
  });

  it("round-trips booleans and integers of every width", () => {
    const bools = Array.from({ length: 77 }, (_, i) => i % 3 === 0);
    expect(decodeBools(encodeBools(bools), "t")).toEqual(bools);
    for (const max of [9, 300, 70000, 0xffffffff]) {
      const ints = [0, 1, max, Math.floor(max / 2)];
      expect(decodeUints(encodeUints(ints), "t")).toEqual(ints);
    }
    expect(() => encodeUints([-1])).toThrow(RangeError);
  });

  it("refuses to read a column as another type", () => {
    expect(() => decodeBools(encodeStrings(["a"]), "col")).toThrow(SnapshotFormatError);
  });
});

describe("snapshots of every kind of set", () => {
  for (const set of testSets()) {
    it(`round-trips ${set.kind} exactly`, async () => {
      const path = join(tmp, `${set.data.meta.id}.snap`);
      await writeSnapshot(path, set);
      expect(readSnapshot(path)).toEqual(set);
    });
  }

  it("detects a flipped byte, a truncated file and a foreign file", () => {
    const first = testSets()[0];
    if (first === undefined) throw new Error("no test set");
    const bytes = encodeSnapshot(first);
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 2)] = (flipped[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
    expect(() => decodeSnapshot(flipped, "x.snap")).toThrow(/CRC-32 mismatch/);
    expect(() => decodeSnapshot(bytes.subarray(0, bytes.length - 100), "x.snap")).toThrow(/truncated/);
    expect(() => decodeSnapshot(new TextEncoder().encode("not a snapshot at all, just some text"), "x.snap")).toThrow(/bad magic/);
    const otherVersion = bytes.slice();
    otherVersion[8] = 99;
    expect(() => decodeSnapshot(otherVersion, "x.snap")).toThrow(/snapshot format 99/);
  });

  it("writes atomically: a failed write leaves the previous snapshot and no temporary file", async () => {
    const [good] = testSets();
    if (good === undefined) throw new Error("no test set");
    const dir = tempDir(join(tmp, "atomic-"));
    const path = join(dir, "set.snap");
    await writeSnapshot(path, good);
    const before = readFileSync(path);
    if (good.kind !== "icd10cm") throw new Error("expected the ICD-10-CM test set first");
    const broken: AnySetData = { kind: "icd10cm", data: { ...good.data, columns: { codes: ["A"], billable: [], shortTitles: [], titles: [] } } };
    await expect(writeSnapshot(path, broken)).rejects.toThrow(/different lengths/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["set.snap"]);
  });

  it("stores an Alphabetic Index in its own file", async () => {
    const meta = testSets()[0]?.data.meta;
    if (meta === undefined) throw new Error("no test set");
    const index = {
      version: "2023",
      title: "Index",
      letters: [{ letter: "D", first: 0 }],
      terms: { level: [0, 1], title: ["Diabetes", "type 2"], nemod: ["(mellitus)", ""], code: ["E119", "E11-"], manif: ["", ""], see: ["", ""], seeAlso: ["", ""], seeCat: ["", ""], subCat: ["", ""] },
    };
    const path = join(tmp, "x.index.snap");
    await writeIndexSnapshot(path, meta, index);
    expect(readIndexSnapshot(path)).toEqual({ setMeta: meta, index });
    expect(() => readSnapshot(path)).toThrow(/meta kind|header kind/);
  });
});

const S = "/work/shared/codesets";
const haveCm = existsSync(`${S}/icd10cm/2026/icd10cm_order_2026.txt.gz`) && existsSync(`${S}/icd10cm/2023/icd10cm_tabular_2023.xml.gz`);
const havePcs = existsSync(`${S}/icd10pcs/2026/icd10pcs_order_2026.txt.gz`) && existsSync(`${S}/icd10pcs/2026/icd10pcs_tables_2026.xml`);
const haveRest = existsSync(`${S}/hcpcs/2025/HCPC2025_OCT_ANWEB.xlsx`) && existsSync(`${S}/mce/2020/MCE_Simple_Code_Edits_v37.txt`);

describe.skipIf(!haveCm)("snapshot round trip of ICD-10-CM FY2026 (../shared/codesets)", () => {
  it("gives back exactly the imported data", async () => {
    const { index, ...data } = await importIcd10Cm(
      { order: `${S}/icd10cm/2026/icd10cm_order_2026.txt.gz`, tabular: `${S}/icd10cm/2023/icd10cm_tabular_2023.xml.gz` },
      { version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "official" },
    );
    expect(index).toBeUndefined();
    const set: AnySetData = { kind: "icd10cm", data };
    const path = join(tmp, "cm.snap");
    await writeSnapshot(path, set);
    expect(readSnapshot(path)).toEqual(set);
  });
});

describe.skipIf(!havePcs)("snapshot round trip of ICD-10-PCS FY2026 (../shared/codesets)", () => {
  it("gives back exactly the imported data", async () => {
    const data = await importIcd10Pcs(
      { order: `${S}/icd10pcs/2026/icd10pcs_order_2026.txt.gz`, tables: `${S}/icd10pcs/2026/icd10pcs_tables_2026.xml` },
      { version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "official" },
    );
    const set: AnySetData = { kind: "icd10pcs", data };
    const path = join(tmp, "pcs.snap");
    await writeSnapshot(path, set);
    expect(readSnapshot(path)).toEqual(set);
  });
});

describe.skipIf(!haveRest)("snapshot round trip of HCPCS October 2025 and MCE v37 (../shared/codesets)", () => {
  it("gives back exactly the imported data", async () => {
    const hcpcs: AnySetData = {
      kind: "hcpcs",
      data: await importHcpcs(`${S}/hcpcs/2025/HCPC2025_OCT_ANWEB.xlsx`, { version: "2025-10", effectiveFrom: "2025-10-01", effectiveTo: "2025-12-31", source: "official" }),
    };
    const mce: AnySetData = { kind: "mce", data: await importMce(`${S}/mce/2020/MCE_Simple_Code_Edits_v37.txt`, { source: "official" }) };
    for (const set of [hcpcs, mce]) {
      const path = join(tmp, `${set.kind}.snap`);
      await writeSnapshot(path, set);
      expect(readSnapshot(path)).toEqual(set);
    }
  });
});

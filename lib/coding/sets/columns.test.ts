import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArrayText, BitColumn, CodeIndex, nullableAt } from "./columns";

describe("CodeIndex", () => {
  const index = CodeIndex.fromStrings(["E11", "E116", "E1165", "E119", "S72001A", "J1100"]);

  it("finds each code at its position and nothing else", () => {
    expect(["E11", "E116", "E1165", "E119", "S72001A", "J1100"].map((c) => index.indexOf(c))).toEqual([0, 1, 2, 3, 4, 5]);
    for (const miss of ["", "E", "E1", "E1190", "E11.9", "e119", "S72001", "S72001AX", "J110", "E11\u0000"]) expect(index.indexOf(miss), miss).toBe(-1);
    expect(index.has("E119")).toBe(true);
    expect(index.has("E118")).toBe(false);
  });

  it("looks up a prefix of a longer string without building it", () => {
    expect(index.indexOfPrefix("E1165", 4)).toBe(1);
    expect(index.indexOfPrefix("E1199", 3)).toBe(0);
    expect(index.indexOfPrefix("E11", 9)).toBe(0);
    expect(index.indexOfPrefix("E1199", 2)).toBe(-1);
  });

  it("gives back each code and iterates them in order", () => {
    expect(index.codeAt(4)).toBe("S72001A");
    expect(index.codeAt(6)).toBe("");
    expect(index.codeAt(-1)).toBe("");
    expect([...index.codes()]).toEqual(["E11", "E116", "E1165", "E119", "S72001A", "J1100"]);
  });

  it("finds a repeated code at its first position and counts it once", () => {
    const dup = CodeIndex.fromStrings(["A01", "B02", "A01", "", "C03"]);
    expect(dup.indexOf("A01")).toBe(0);
    expect(dup.size).toBe(5);
    expect(dup.distinct).toBe(3);
    expect([...dup.distinctCodes()]).toEqual(["A01", "B02", "C03"]);
  });

  it("holds codes with characters beyond Latin-1 and an empty list", () => {
    const wide = CodeIndex.fromStrings(["A✓1", "é2"]);
    expect(wide.indexOf("A✓1")).toBe(0);
    expect(wide.indexOf("é2")).toBe(1);
    expect(wide.codeAt(0)).toBe("A✓1");
    expect(CodeIndex.fromStrings([]).indexOf("A")).toBe(-1);
  });

  it("indexes 200,000 codes and finds every one", () => {
    const codes = Array.from({ length: 200_000 }, (_, i) => `Z${i.toString(36).toUpperCase().padStart(6, "0")}`);
    const big = CodeIndex.fromStrings(codes);
    for (let i = 0; i < codes.length; i += 997) expect(big.indexOf(codes[i] ?? "")).toBe(i);
    expect(big.indexOf("Z0000000")).toBe(-1);
  });

  it("agrees with a Map for any list of strings and any query", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 9 }), { maxLength: 20 }), (codes, queries) => {
        const clean = codes.map((c) => c.replace(/\u0000/g, ""));
        const idx = CodeIndex.fromStrings(clean);
        const first = new Map<string, number>();
        clean.forEach((c, i) => {
          if (c !== "" && !first.has(c)) first.set(c, i);
        });
        for (const q of [...clean, ...queries]) expect(idx.indexOf(q)).toBe(q.includes("\u0000") ? -1 : (first.get(q) ?? -1));
      }),
    );
  });
});

describe("bit and text columns", () => {
  it("read booleans as bits and strings with their nulls", () => {
    const bits = BitColumn.from([true, false, false, true, true, false, false, false, true]);
    expect(Array.from({ length: 9 }, (_, i) => bits.get(i))).toEqual([true, false, false, true, true, false, false, false, true]);
    expect(bits.get(100)).toBe(false);
    const text = new ArrayText(["a", null, ""]);
    expect([text.at(0), text.at(1), text.at(2), text.at(3)]).toEqual(["a", "", "", ""]);
    expect([nullableAt(text, 0), nullableAt(text, 1), nullableAt(text, 2)]).toEqual(["a", null, ""]);
  });
});

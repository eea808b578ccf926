/**
 * Compact in-memory columns the code sets are built on. Codes sit in fixed-width byte slots with an
 * open-addressing hash index over them (no string per code, no Map); booleans are bits; text columns
 * give one value when asked. The same classes serve sets built from plain arrays (teaching set,
 * importers, tests) and sets opened from a snapshot's bytes without decoding them.
 */

/** A column of strings read one value at a time. */
export interface TextColumn {
  readonly length: number;
  at(i: number): string;
}

/** A stored text column: `at` gives "" for a null, `isNull` tells them apart. */
export interface StoredText extends TextColumn {
  isNull(i: number): boolean;
}

/** The value at `i`, or null when the column stores a null there. */
export function nullableAt(col: StoredText, i: number): string | null {
  return col.isNull(i) ? null : col.at(i);
}

/** A text column over a plain array (nulls allowed). */
export class ArrayText implements StoredText {
  constructor(private readonly values: readonly (string | null)[]) {}

  get length(): number {
    return this.values.length;
  }

  at(i: number): string {
    return this.values[i] ?? "";
  }

  isNull(i: number): boolean {
    return this.values[i] === null;
  }
}

/** Booleans as bits, least significant bit first (the snapshot's layout, used in place). */
export class BitColumn {
  constructor(
    private readonly bits: Uint8Array,
    readonly length: number,
  ) {}

  static from(values: readonly boolean[]): BitColumn {
    const bits = new Uint8Array((values.length + 7) >> 3);
    for (let i = 0; i < values.length; i++) if (values[i] === true) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
    return new BitColumn(bits, values.length);
  }

  get(i: number): boolean {
    return (((this.bits[i >> 3] ?? 0) >> (i & 7)) & 1) === 1;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const EMPTY_SLOT = 0;

/**
 * Codes in fixed-width slots (`width` characters each, zero-padded; one byte per character, or two
 * when a code holds a character above U+00FF) and a hash index over them: `indexOf` hashes the
 * query's characters and compares them with the slot, without building a string.
 * A code listed twice is found at its first position. Building the index over 100,000 codes takes
 * a few milliseconds and 1 MB.
 */
export class CodeIndex {
  /** Positions (codes listed, duplicates and empty codes included). */
  readonly size: number;
  /** Distinct codes. */
  readonly distinct: number;
  /** Positions that repeat an earlier code (or hold an empty one); usually none. */
  private readonly repeats: Set<number> | undefined;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly keys: Uint8Array | Uint16Array,
    private readonly width: number,
    count: number,
  ) {
    if (keys.length < count * width) throw new RangeError(`code slots hold ${keys.length} characters, ${count} codes of ${width} need ${count * width}`);
    this.size = count;
    let cap = 8;
    while (cap < count * 2) cap <<= 1;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    const slots = this.slots;
    const mask = this.mask;
    let repeats: Set<number> | undefined;
    for (let i = 0; i < count; i++) {
      const base = i * width;
      let h = FNV_OFFSET;
      let len = 0;
      for (; len < width; len++) {
        const c = keys[base + len] ?? 0;
        if (c === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      if (len === 0) {
        (repeats ??= new Set()).add(i);
        continue;
      }
      let p = h & mask;
      for (;;) {
        const s = slots[p] ?? EMPTY_SLOT;
        if (s === EMPTY_SLOT) {
          slots[p] = i + 1;
          break;
        }
        if (this.sameSlot(s - 1, i)) {
          (repeats ??= new Set()).add(i);
          break;
        }
        p = (p + 1) & mask;
      }
    }
    this.repeats = repeats;
    this.distinct = count - (repeats?.size ?? 0);
  }

  /** Codes from strings (canonical codes are ASCII; anything else still works). */
  static fromStrings(codes: readonly string[]): CodeIndex {
    let width = 0;
    let wide = false;
    for (const c of codes) {
      if (c.length > width) width = c.length;
      if (!wide) for (let k = 0; k < c.length; k++) if (c.charCodeAt(k) > 0xff) wide = true;
    }
    const keys = wide ? new Uint16Array(codes.length * width) : new Uint8Array(codes.length * width);
    codes.forEach((c, i) => {
      for (let k = 0; k < c.length; k++) keys[i * width + k] = c.charCodeAt(k);
    });
    return new CodeIndex(keys, width, codes.length);
  }

  private sameSlot(a: number, b: number): boolean {
    const w = this.width;
    for (let k = 0; k < w; k++) if (this.keys[a * w + k] !== this.keys[b * w + k]) return false;
    return true;
  }

  /** Position of `code`, or -1. */
  indexOf(code: string): number {
    return this.find(code, code.length);
  }

  /** Position of the first `length` characters of `code` as a code, or -1 (no string is built). */
  indexOfPrefix(code: string, length: number): number {
    return this.find(code, length < code.length ? length : code.length);
  }

  has(code: string): boolean {
    return this.find(code, code.length) >= 0;
  }

  private find(code: string, len: number): number {
    const w = this.width;
    if (len === 0 || len > w) return -1;
    let h = FNV_OFFSET;
    for (let k = 0; k < len; k++) {
      const c = code.charCodeAt(k);
      if (c === 0) return -1;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    const keys = this.keys;
    const slots = this.slots;
    const mask = this.mask;
    let p = h & mask;
    for (;;) {
      const s = slots[p] ?? EMPTY_SLOT;
      if (s === EMPTY_SLOT) return -1;
      const base = (s - 1) * w;
      let k = 0;
      while (k < len && keys[base + k] === code.charCodeAt(k)) k++;
      if (k === len && (len === w || keys[base + len] === 0)) return s - 1;
      p = (p + 1) & mask;
    }
  }

  /** The code at position `i` ("" outside the index), as a flat string. */
  codeAt(i: number): string {
    if (i < 0 || i >= this.size) return "";
    const w = this.width;
    const keys = this.keys;
    const b = i * w;
    let len = 0;
    while (len < w && keys[b + len] !== 0) len++;
    const at = (k: number): number => keys[b + k] ?? 0;
    // One call with every character gives a flat string (repeated += would give a rope, slower to read).
    switch (len) {
      case 0:
        return "";
      case 3:
        return String.fromCharCode(at(0), at(1), at(2));
      case 4:
        return String.fromCharCode(at(0), at(1), at(2), at(3));
      case 5:
        return String.fromCharCode(at(0), at(1), at(2), at(3), at(4));
      case 6:
        return String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5));
      case 7:
        return String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6));
      default:
        return String.fromCharCode(...keys.subarray(b, b + len));
    }
  }

  /** Every code, in order. */
  *codes(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.codeAt(i);
  }

  /** Every code once, in order of first appearance (empty codes left out). */
  *distinctCodes(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) if (this.repeats === undefined || !this.repeats.has(i)) yield this.codeAt(i);
  }
}

/**
 * Column encodings inside snapshot sections. Every section starts with an 8-byte tag block
 * (byte 0 = encoding, byte 1 = flags: bit 0 "all text is ASCII", read with a plain byte copy)
 * and four u32 LE fields, so it describes itself:
 *
 *   1 strings, plain:  count, text bytes, hasNulls, -  | UTF-8 text joined with "\n" | pad 8 | null bits
 *   2 strings, dict:   count, dict size, dict bytes, index width | dict text joined with "\n" | pad 8 | indexes
 *                      (index 0 = null, i = dict[i - 1]); chosen when values repeat a lot
 *   3 strings, JSON:   count, bytes, -, -             | JSON array (when a value holds "\n")
 *   4 booleans:        count, -, -, -                 | bits, LSB first
 *   5 unsigned ints:   count, width (1/2/4), -, -     | little-endian integers
 *   6 JSON:            bytes, -, -, -                 | UTF-8 JSON of anything
 */
import { SnapshotFormatError } from "./container";

const PLAIN = 1;
const DICT = 2;
const STR_JSON = 3;
const BOOLS = 4;
const UINTS = 5;
const JSON_TAG = 6;
const HEAD = 24;

const utf8 = new TextEncoder();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const pad8 = (n: number): number => (n + 7) & ~7;

function head(tag: number, a: number, b: number, c: number, d: number, bodyLength: number): { out: Uint8Array; view: DataView } {
  const out = new Uint8Array(HEAD + bodyLength);
  const view = new DataView(out.buffer);
  out[0] = tag;
  view.setUint32(8, a, true);
  view.setUint32(12, b, true);
  view.setUint32(16, c, true);
  view.setUint32(20, d, true);
  return { out, view };
}

function readHead(bytes: Uint8Array, what: string): { tag: number; ascii: boolean; a: number; b: number; c: number; d: number } {
  if (bytes.length < HEAD) throw new SnapshotFormatError(what, "section too short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    tag: bytes[0] ?? 0,
    ascii: ((bytes[1] ?? 0) & ASCII_FLAG) !== 0,
    a: view.getUint32(8, true),
    b: view.getUint32(12, true),
    c: view.getUint32(16, true),
    d: view.getUint32(20, true),
  };
}

const ASCII_FLAG = 1;

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

/** Text of a section part. The container's CRC vouches for the bytes, so no validation here. */
function textOf(bytes: Uint8Array, ascii: boolean): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.toString(ascii ? "latin1" : "utf8");
}

function splitJoined(bytes: Uint8Array, count: number, what: string, ascii = false): string[] {
  if (count === 0) return [];
  const parts = textOf(bytes, ascii).split("\n");
  if (parts.length !== count) throw new SnapshotFormatError(what, `expected ${count} strings, found ${parts.length}`);
  return parts;
}

function widthFor(max: number): 1 | 2 | 4 {
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

function writeUints(target: Uint8Array, at: number, values: ArrayLike<number>, width: 1 | 2 | 4): void {
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (width === 1) target[at + i] = v;
    else if (width === 2) view.setUint16(at + 2 * i, v, true);
    else view.setUint32(at + 4 * i, v, true);
  }
}

/** A typed view of `count` little-endian integers at `at` (copied when unaligned or big-endian). */
function readUints(bytes: Uint8Array, at: number, count: number, width: number, what: string): ArrayLike<number> {
  if (at + count * width > bytes.length) throw new SnapshotFormatError(what, "integer column runs past its section");
  const start = bytes.byteOffset + at;
  if (width === 1) return bytes.subarray(at, at + count);
  if (LITTLE_ENDIAN && start % width === 0) {
    return width === 2 ? new Uint16Array(bytes.buffer, start, count) : new Uint32Array(bytes.buffer, start, count);
  }
  const view = new DataView(bytes.buffer, start, count * width);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = width === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true);
  return out;
}

/** Encodes strings (nulls allowed), picking plain, dictionary or JSON. */
export function encodeStrings(values: readonly (string | null)[]): Uint8Array {
  const n = values.length;
  let hasNewline = false;
  let hasNull = false;
  const dict = new Map<string, number>();
  for (const v of values) {
    if (v === null) {
      hasNull = true;
      continue;
    }
    if (!hasNewline && v.includes("\n")) hasNewline = true;
    if (dict.size <= n / 2 && !dict.has(v)) dict.set(v, dict.size + 1);
  }
  if (hasNewline) {
    const json = utf8.encode(JSON.stringify(values));
    const { out } = head(STR_JSON, n, json.length, 0, 0, json.length);
    out.set(json, HEAD);
    return out;
  }
  if (n >= 16 && dict.size <= n / 2) {
    const text = utf8.encode([...dict.keys()].join("\n"));
    const width = widthFor(dict.size);
    const idxAt = pad8(HEAD + text.length);
    const { out } = head(DICT, n, dict.size, text.length, width, idxAt - HEAD + n * width);
    out.set(text, HEAD);
    if (isAscii(text)) out[1] = ASCII_FLAG;
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      idx[i] = v === null || v === undefined ? 0 : (dict.get(v) ?? 0);
    }
    writeUints(out, idxAt, idx, width);
    return out;
  }
  const text = utf8.encode(values.map((v) => v ?? "").join("\n"));
  const bitsAt = pad8(HEAD + text.length);
  const bitBytes = hasNull ? Math.ceil(n / 8) : 0;
  const { out } = head(PLAIN, n, text.length, hasNull ? 1 : 0, 0, bitsAt - HEAD + bitBytes);
  out.set(text, HEAD);
  if (isAscii(text)) out[1] = ASCII_FLAG;
  if (hasNull) {
    values.forEach((v, i) => {
      if (v === null) out[bitsAt + (i >> 3)] = (out[bitsAt + (i >> 3)] ?? 0) | (1 << (i & 7));
    });
  }
  return out;
}

/** Decodes a string column written by encodeStrings. */
export function decodeStrings(bytes: Uint8Array, what: string): (string | null)[] {
  return decodeStringColumn(bytes, what, true);
}

/** Decodes a string column that must hold no null (without copying it). */
export function decodeStringsStrict(bytes: Uint8Array, what: string): string[] {
  return decodeStringColumn(bytes, what, false);
}

function decodeStringColumn(bytes: Uint8Array, what: string, nullable: true): (string | null)[];
function decodeStringColumn(bytes: Uint8Array, what: string, nullable: false): string[];
function decodeStringColumn(bytes: Uint8Array, what: string, nullable: boolean): (string | null)[] {
  const h = readHead(bytes, what);
  switch (h.tag) {
    case PLAIN: {
      const values: (string | null)[] = splitJoined(bytes.subarray(HEAD, HEAD + h.b), h.a, what, h.ascii);
      if (h.c === 1) {
        if (!nullable) throw new SnapshotFormatError(what, "unexpected null");
        const bitsAt = pad8(HEAD + h.b);
        for (let i = 0; i < h.a; i++) if (((bytes[bitsAt + (i >> 3)] ?? 0) >> (i & 7)) & 1) values[i] = null;
      }
      return values;
    }
    case DICT: {
      const dict = splitJoined(bytes.subarray(HEAD, HEAD + h.c), h.b, what, h.ascii);
      const idx = readUints(bytes, pad8(HEAD + h.c), h.a, h.d, what);
      const values: (string | null)[] = new Array<string | null>(h.a);
      for (let i = 0; i < h.a; i++) {
        const k = idx[i] ?? 0;
        if (k === 0) {
          if (!nullable) throw new SnapshotFormatError(what, "unexpected null");
          values[i] = null;
          continue;
        }
        const v = dict[k - 1];
        if (v === undefined) throw new SnapshotFormatError(what, "dictionary index out of range");
        values[i] = v;
      }
      return values;
    }
    case STR_JSON: {
      const parsed: unknown = JSON.parse(textOf(bytes.subarray(HEAD, HEAD + h.b), false));
      if (!Array.isArray(parsed) || parsed.length !== h.a) throw new SnapshotFormatError(what, "bad string array");
      return parsed.map((v: unknown) => {
        if (typeof v === "string" || (v === null && nullable)) return v;
        throw new SnapshotFormatError(what, v === null ? "unexpected null" : "non-string in a string column");
      });
    }
    default:
      throw new SnapshotFormatError(what, `section is not a string column (tag ${h.tag})`);
  }
}

export function encodeBools(values: readonly boolean[]): Uint8Array {
  const { out } = head(BOOLS, values.length, 0, 0, 0, Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v) out[HEAD + (i >> 3)] = (out[HEAD + (i >> 3)] ?? 0) | (1 << (i & 7));
  });
  return out;
}

export function decodeBools(bytes: Uint8Array, what: string): boolean[] {
  const h = readHead(bytes, what);
  if (h.tag !== BOOLS) throw new SnapshotFormatError(what, "section is not a boolean column");
  if (HEAD + Math.ceil(h.a / 8) > bytes.length) throw new SnapshotFormatError(what, "boolean column runs past its section");
  const out = new Array<boolean>(h.a);
  for (let i = 0; i < h.a; i++) out[i] = (((bytes[HEAD + (i >> 3)] ?? 0) >> (i & 7)) & 1) === 1;
  return out;
}

export function encodeUints(values: readonly number[]): Uint8Array {
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${v} is not an unsigned 32-bit integer`);
    if (v > max) max = v;
  }
  const width = widthFor(max);
  const { out } = head(UINTS, values.length, width, 0, 0, values.length * width);
  writeUints(out, HEAD, values, width);
  return out;
}

export function decodeUints(bytes: Uint8Array, what: string): number[] {
  const h = readHead(bytes, what);
  if (h.tag !== UINTS) throw new SnapshotFormatError(what, "section is not an integer column");
  return Array.from(readUints(bytes, HEAD, h.a, h.b, what));
}

export function encodeJson(value: unknown): Uint8Array {
  const json = utf8.encode(JSON.stringify(value));
  const { out } = head(JSON_TAG, json.length, 0, 0, 0, json.length);
  out.set(json, HEAD);
  return out;
}

export function decodeJson(bytes: Uint8Array, what: string): unknown {
  return decodeJsonAs<unknown>(bytes, what);
}

/**
 * JSON written by encodeJson from a value of type T. The container's CRC and format version
 * vouch for it, so the shape is not re-checked here (that would cost the load time).
 */
export function decodeJsonAs<T>(bytes: Uint8Array, what: string): T {
  const h = readHead(bytes, what);
  if (h.tag !== JSON_TAG) throw new SnapshotFormatError(what, "section is not JSON");
  return JSON.parse(textOf(bytes.subarray(HEAD, HEAD + h.a), false));
}

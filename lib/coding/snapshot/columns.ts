/**
 * Column encodings inside snapshot sections (format 3). Every section starts with a 24-byte head
 * (byte 0 = encoding, byte 1 = flags: bit 0 "all text is ASCII", bit 1 "has nulls"; then four u32 LE
 * fields at 8, 12, 16, 20), so it describes itself. Every table of integers starts 8-aligned, so it
 * is read in place as a typed array: loading a column is a view, not a decode.
 *
 *   2 strings, dict:   count, dict size, dict bytes, index width | dict text joined with "\n" | pad 8 | indexes
 *                      (index 0 = null, i = dict[i - 1]); chosen when values repeat a lot
 *   4 booleans:        count, -, -, -                 | bits, LSB first
 *   5 unsigned ints:   count, width (1/2/4), -, -     | little-endian integers
 *   6 JSON:            bytes, -, -, -                 | UTF-8 JSON of anything
 *   7 strings, UTF-8:  count, text bytes, -, -        | UTF-8 text, values back to back | pad 8 |
 *                      (count + 1) u32 offsets | null bits
 *   8 strings, words:  count, dict size, dict bytes, stream bytes | dict text | pad 8 | (dict size + 1) u32
 *                      offsets | token stream | pad 8 | (count + 1) u32 offsets into the stream | null bits.
 *                      Each value is a run of tokens (a word with its following blank, or one other
 *                      character with its blank), each a LEB128 index into the dictionary, most
 *                      frequent first: titles take a third of their UTF-8 size and decode one at a time.
 *   9 codes, fixed:    count, width, -, -             | count × width ASCII bytes, zero-padded
 *
 * Tags 1 and 3 (format 2's joined text and JSON string arrays) are no longer written or read.
 */
import { BitColumn, CodeIndex, type StoredText } from "../sets/columns";
import { SnapshotFormatError } from "./container";

const DICT = 2;
const BOOLS = 4;
const UINTS = 5;
const JSON_TAG = 6;
const UTF8 = 7;
const WORDS = 8;
const FIXED = 9;
const HEAD = 24;

const ASCII_FLAG = 1;
const NULLS_FLAG = 2;

const utf8 = new TextEncoder();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const pad8 = (n: number): number => (n + 7) & ~7;

function head(tag: number, a: number, b: number, c: number, d: number, bodyLength: number): Uint8Array {
  const out = new Uint8Array(HEAD + bodyLength);
  const view = new DataView(out.buffer);
  out[0] = tag;
  view.setUint32(8, a, true);
  view.setUint32(12, b, true);
  view.setUint32(16, c, true);
  view.setUint32(20, d, true);
  return out;
}

interface Head {
  tag: number;
  ascii: boolean;
  nulls: boolean;
  a: number;
  b: number;
  c: number;
  d: number;
}

function readHead(bytes: Uint8Array, what: string): Head {
  if (bytes.length < HEAD) throw new SnapshotFormatError(what, "section too short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = bytes[1] ?? 0;
  return {
    tag: bytes[0] ?? 0,
    ascii: (flags & ASCII_FLAG) !== 0,
    nulls: (flags & NULLS_FLAG) !== 0,
    a: view.getUint32(8, true),
    b: view.getUint32(12, true),
    c: view.getUint32(16, true),
    d: view.getUint32(20, true),
  };
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

/** A Buffer over the same memory (for its fast latin1 / UTF-8 slicing). */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  if (width !== 1 && width !== 2 && width !== 4) throw new SnapshotFormatError(what, `integer width ${width}`);
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

/** Offsets must start at 0, never go back and end at `total`. */
function checkOffsets(offsets: ArrayLike<number>, total: number, what: string): void {
  const n = offsets.length;
  if (n === 0 || offsets[0] !== 0 || offsets[n - 1] !== total) throw new SnapshotFormatError(what, "string offsets do not span the text");
  for (let i = 1; i < n; i++) if ((offsets[i] ?? 0) < (offsets[i - 1] ?? 0)) throw new SnapshotFormatError(what, "string offsets go backwards");
}

function nullBits(values: readonly (string | null)[]): Uint8Array {
  const bits = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v === null) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return bits;
}

// ---------------------------------------------------------------------------------------------
// Encoding

function encodeDict(values: readonly (string | null)[], dict: Map<string, number>, hasNull: boolean): Uint8Array {
  const n = values.length;
  const text = utf8.encode([...dict.keys()].join("\n"));
  const width = widthFor(dict.size);
  const idxAt = pad8(HEAD + text.length);
  const out = head(DICT, n, dict.size, text.length, width, idxAt - HEAD + n * width);
  out.set(text, HEAD);
  out[1] = (isAscii(text) ? ASCII_FLAG : 0) | (hasNull ? NULLS_FLAG : 0);
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    idx[i] = v === null || v === undefined ? 0 : (dict.get(v) ?? 0);
  }
  writeUints(out, idxAt, idx, width);
  return out;
}

function encodeUtf8(values: readonly (string | null)[], hasNull: boolean): Uint8Array {
  const n = values.length;
  const parts = values.map((v) => utf8.encode(v ?? ""));
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] ?? 0) + (parts[i]?.length ?? 0);
  const textLength = offsets[n] ?? 0;
  const offAt = pad8(HEAD + textLength);
  const bitsAt = offAt + 4 * (n + 1);
  const bits = hasNull ? nullBits(values) : new Uint8Array(0);
  const out = head(UTF8, n, textLength, 0, 0, bitsAt - HEAD + bits.length);
  let at = HEAD;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  out[1] = (isAscii(out.subarray(HEAD, HEAD + textLength)) ? ASCII_FLAG : 0) | (hasNull ? NULLS_FLAG : 0);
  writeUints(out, offAt, offsets, 4);
  out.set(bits, bitsAt);
  return out;
}

/** A word with the blank after it, or any other character with the blank after it, or a lone blank. */
const TOKEN = /[A-Za-z0-9]+ ?|[^A-Za-z0-9 ] ?| /gu;

function varintLength(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 0x80);
    n++;
  }
  return n;
}

/** The word-token form of the values, or null when it would not be clearly smaller than plain UTF-8. */
function encodeWords(values: readonly (string | null)[], hasNull: boolean, utf8Bytes: number): Uint8Array | null {
  const n = values.length;
  const split: string[][] = new Array<string[]>(n);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? "";
    const tokens = v.match(TOKEN) ?? [];
    if (tokens.join("") !== v) return null;
    split[i] = tokens;
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const dict = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map((e) => e[0]);
  const ids = new Map<string, number>();
  dict.forEach((t, i) => ids.set(t, i));
  let streamLength = 0;
  for (const [t, count] of counts) streamLength += count * varintLength(ids.get(t) ?? 0);
  const dictParts = dict.map((t) => utf8.encode(t));
  const dictText = dictParts.reduce((s, p) => s + p.length, 0);
  const dictOffAt = pad8(HEAD + dictText);
  const streamAt = dictOffAt + 4 * (dict.length + 1);
  const offAt = pad8(streamAt + streamLength);
  const bitsAt = offAt + 4 * (n + 1);
  const bits = hasNull ? nullBits(values) : new Uint8Array(0);
  const total = bitsAt + bits.length;
  if (total > 0.8 * (pad8(HEAD + utf8Bytes) + 4 * (n + 1) + bits.length)) return null;
  const out = head(WORDS, n, dict.length, dictText, streamLength, total - HEAD);
  const dictOffsets = new Uint32Array(dict.length + 1);
  let at = HEAD;
  dictParts.forEach((p, i) => {
    out.set(p, at);
    at += p.length;
    dictOffsets[i + 1] = at - HEAD;
  });
  out[1] = (isAscii(out.subarray(HEAD, HEAD + dictText)) ? ASCII_FLAG : 0) | (hasNull ? NULLS_FLAG : 0);
  writeUints(out, dictOffAt, dictOffsets, 4);
  const offsets = new Uint32Array(n + 1);
  let p = streamAt;
  for (let i = 0; i < n; i++) {
    for (const t of split[i] ?? []) {
      let id = ids.get(t) ?? 0;
      while (id >= 0x80) {
        out[p++] = (id & 0x7f) | 0x80;
        id = Math.floor(id / 0x80);
      }
      out[p++] = id;
    }
    offsets[i + 1] = p - streamAt;
  }
  writeUints(out, offAt, offsets, 4);
  out.set(bits, bitsAt);
  return out;
}

/** Encodes strings (nulls allowed), picking dictionary, word tokens or plain UTF-8. */
export function encodeStrings(values: readonly (string | null)[]): Uint8Array {
  const n = values.length;
  let hasNewline = false;
  let hasNull = false;
  let utf8Bytes = 0;
  const dict = new Map<string, number>();
  for (const v of values) {
    if (v === null) {
      hasNull = true;
      continue;
    }
    utf8Bytes += Buffer.byteLength(v, "utf8");
    if (!hasNewline && v.includes("\n")) hasNewline = true;
    if (dict.size <= n / 2 && !dict.has(v)) dict.set(v, dict.size + 1);
  }
  if (!hasNewline && n >= 16 && dict.size <= n / 2) return encodeDict(values, dict, hasNull);
  if (n >= 64) {
    const words = encodeWords(values, hasNull, utf8Bytes);
    if (words !== null) return words;
  }
  return encodeUtf8(values, hasNull);
}

/**
 * Encodes codes: fixed-width ASCII slots when every value is ASCII text without NUL (canonical codes
 * always are), which loads as a CodeIndex without a string per code; otherwise as strings.
 */
export function encodeCodes(values: readonly string[]): Uint8Array {
  let width = 0;
  for (const v of values) {
    if (v.length > width) width = v.length;
    for (let k = 0; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (c === 0 || c > 0x7f) return encodeStrings(values);
    }
  }
  if (width === 0 || width > 255) return encodeStrings(values);
  const out = head(FIXED, values.length, width, 0, 0, values.length * width);
  values.forEach((v, i) => {
    for (let k = 0; k < v.length; k++) out[HEAD + i * width + k] = v.charCodeAt(k);
  });
  out[1] = ASCII_FLAG;
  return out;
}

export function encodeBools(values: readonly boolean[]): Uint8Array {
  const out = head(BOOLS, values.length, 0, 0, 0, Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v) out[HEAD + (i >> 3)] = (out[HEAD + (i >> 3)] ?? 0) | (1 << (i & 7));
  });
  return out;
}

export function encodeUints(values: readonly number[]): Uint8Array {
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${v} is not an unsigned 32-bit integer`);
    if (v > max) max = v;
  }
  const width = widthFor(max);
  const out = head(UINTS, values.length, width, 0, 0, values.length * width);
  writeUints(out, HEAD, values, width);
  return out;
}

export function encodeJson(value: unknown): Uint8Array {
  const json = utf8.encode(JSON.stringify(value));
  const out = head(JSON_TAG, json.length, 0, 0, 0, json.length);
  out.set(json, HEAD);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Opening (views over the section, one value decoded when asked)

function nullBitsAt(bytes: Uint8Array, at: number, count: number, has: boolean, what: string): Uint8Array | null {
  if (!has) return null;
  if (at + ((count + 7) >> 3) > bytes.length) throw new SnapshotFormatError(what, "null bits run past the section");
  return bytes.subarray(at, at + ((count + 7) >> 3));
}

function bitAt(bits: Uint8Array | null, i: number): boolean {
  return bits !== null && (((bits[i >> 3] ?? 0) >> (i & 7)) & 1) === 1;
}

/** Tag 7: UTF-8 text with an offset table. */
class Utf8Text implements StoredText {
  private readonly buf: Buffer;
  private readonly encoding: "latin1" | "utf8";

  constructor(
    text: Uint8Array,
    ascii: boolean,
    private readonly offsets: ArrayLike<number>,
    private readonly nulls: Uint8Array | null,
    readonly length: number,
  ) {
    this.buf = bufferOf(text);
    this.encoding = ascii ? "latin1" : "utf8";
  }

  at(i: number): string {
    const a = this.offsets[i];
    const b = this.offsets[i + 1];
    if (a === undefined || b === undefined || a === b) return "";
    return this.buf.toString(this.encoding, a, b);
  }

  isNull(i: number): boolean {
    return bitAt(this.nulls, i);
  }
}

/** Tag 8: word tokens; each dictionary word is decoded the first time a value uses it. */
class WordText implements StoredText {
  private readonly dictBuf: Buffer;
  private readonly encoding: "latin1" | "utf8";
  private words: (string | undefined)[] | undefined;

  constructor(
    dictText: Uint8Array,
    ascii: boolean,
    private readonly dictOffsets: ArrayLike<number>,
    private readonly stream: Uint8Array,
    private readonly offsets: ArrayLike<number>,
    private readonly nulls: Uint8Array | null,
    readonly length: number,
  ) {
    this.dictBuf = bufferOf(dictText);
    this.encoding = ascii ? "latin1" : "utf8";
  }

  private word(id: number): string {
    const words = (this.words ??= new Array<string | undefined>(this.dictOffsets.length - 1));
    let w = words[id];
    if (w === undefined) {
      const a = this.dictOffsets[id];
      const b = this.dictOffsets[id + 1];
      w = a === undefined || b === undefined ? "" : this.dictBuf.toString(this.encoding, a, b);
      words[id] = w;
    }
    return w;
  }

  at(i: number): string {
    let p = this.offsets[i];
    const end = this.offsets[i + 1];
    if (p === undefined || end === undefined || p === end) return "";
    const stream = this.stream;
    let s = "";
    while (p < end) {
      let b = stream[p++] ?? 0;
      let id = b & 0x7f;
      let scale = 0x80;
      while (b >= 0x80) {
        b = stream[p++] ?? 0;
        id += (b & 0x7f) * scale;
        scale *= 0x80;
      }
      s += this.word(id);
    }
    return s;
  }

  isNull(i: number): boolean {
    return bitAt(this.nulls, i);
  }
}

/** Tag 2: a small dictionary of distinct values and an index per row. */
class DictText implements StoredText {
  constructor(
    private readonly dict: string[],
    private readonly idx: ArrayLike<number>,
    readonly length: number,
  ) {}

  at(i: number): string {
    const k = this.idx[i] ?? 0;
    return k === 0 ? "" : (this.dict[k - 1] ?? "");
  }

  isNull(i: number): boolean {
    return (this.idx[i] ?? 0) === 0;
  }
}

/** Tag 9 read as text. */
class FixedText implements StoredText {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly width: number,
    readonly length: number,
  ) {}

  at(i: number): string {
    if (i < 0 || i >= this.length) return "";
    const base = i * this.width;
    let end = base;
    while (end < base + this.width && this.bytes[end] !== 0) end++;
    return bufferOf(this.bytes).toString("latin1", base, end);
  }

  isNull(): boolean {
    return false;
  }
}

/** Opens a string column of any encoding as a view (nothing is decoded until asked for). */
export function openStrings(bytes: Uint8Array, what: string): StoredText {
  const h = readHead(bytes, what);
  switch (h.tag) {
    case UTF8: {
      const n = h.a;
      if (HEAD + h.b > bytes.length) throw new SnapshotFormatError(what, "text runs past its section");
      const offAt = pad8(HEAD + h.b);
      const offsets = readUints(bytes, offAt, n + 1, 4, what);
      checkOffsets(offsets, h.b, what);
      const nulls = nullBitsAt(bytes, offAt + 4 * (n + 1), n, h.nulls, what);
      return new Utf8Text(bytes.subarray(HEAD, HEAD + h.b), h.ascii, offsets, nulls, n);
    }
    case WORDS: {
      const n = h.a;
      const dictSize = h.b;
      if (HEAD + h.c > bytes.length) throw new SnapshotFormatError(what, "dictionary runs past its section");
      const dictOffAt = pad8(HEAD + h.c);
      const dictOffsets = readUints(bytes, dictOffAt, dictSize + 1, 4, what);
      checkOffsets(dictOffsets, h.c, what);
      const streamAt = dictOffAt + 4 * (dictSize + 1);
      if (streamAt + h.d > bytes.length) throw new SnapshotFormatError(what, "token stream runs past its section");
      const offAt = pad8(streamAt + h.d);
      const offsets = readUints(bytes, offAt, n + 1, 4, what);
      checkOffsets(offsets, h.d, what);
      const nulls = nullBitsAt(bytes, offAt + 4 * (n + 1), n, h.nulls, what);
      return new WordText(bytes.subarray(HEAD, HEAD + h.c), h.ascii, dictOffsets, bytes.subarray(streamAt, streamAt + h.d), offsets, nulls, n);
    }
    case DICT: {
      if (HEAD + h.c > bytes.length) throw new SnapshotFormatError(what, "dictionary runs past its section");
      const dict = h.b === 0 ? [] : bufferOf(bytes.subarray(HEAD, HEAD + h.c)).toString(h.ascii ? "latin1" : "utf8").split("\n");
      if (dict.length !== h.b) throw new SnapshotFormatError(what, `expected ${h.b} dictionary strings, found ${dict.length}`);
      const idx = readUints(bytes, pad8(HEAD + h.c), h.a, h.d, what);
      for (let i = 0; i < h.a; i++) {
        const k = idx[i] ?? 0;
        if (k > h.b) throw new SnapshotFormatError(what, "dictionary index out of range");
        if (k === 0 && !h.nulls) throw new SnapshotFormatError(what, "unexpected null");
      }
      return new DictText(dict, idx, h.a);
    }
    case FIXED: {
      if (HEAD + h.a * h.b > bytes.length) throw new SnapshotFormatError(what, "codes run past their section");
      return new FixedText(bytes.subarray(HEAD, HEAD + h.a * h.b), h.b, h.a);
    }
    default:
      throw new SnapshotFormatError(what, `section is not a string column (tag ${h.tag})`);
  }
}

/** Opens a string column that must hold no null. */
export function openStringsStrict(bytes: Uint8Array, what: string): StoredText {
  if (readHead(bytes, what).nulls) throw new SnapshotFormatError(what, "unexpected null");
  return openStrings(bytes, what);
}

/** Opens a code column as a CodeIndex: over the section's own bytes when written fixed-width. */
export function openCodes(bytes: Uint8Array, what: string): CodeIndex {
  const h = readHead(bytes, what);
  if (h.tag === FIXED) {
    if (HEAD + h.a * h.b > bytes.length) throw new SnapshotFormatError(what, "codes run past their section");
    return new CodeIndex(bytes.subarray(HEAD, HEAD + h.a * h.b), h.b, h.a);
  }
  return CodeIndex.fromStrings(decodeStringsStrict(bytes, what));
}

/** Number of values in a column of any kind (without opening it). */
export function columnLength(bytes: Uint8Array, what: string): number {
  const h = readHead(bytes, what);
  if (h.tag === JSON_TAG) throw new SnapshotFormatError(what, "a JSON section has no length");
  return h.a;
}

export function openBools(bytes: Uint8Array, what: string): BitColumn {
  const h = readHead(bytes, what);
  if (h.tag !== BOOLS) throw new SnapshotFormatError(what, "section is not a boolean column");
  if (HEAD + Math.ceil(h.a / 8) > bytes.length) throw new SnapshotFormatError(what, "boolean column runs past its section");
  return new BitColumn(bytes.subarray(HEAD, HEAD + Math.ceil(h.a / 8)), h.a);
}

export function openUints(bytes: Uint8Array, what: string): ArrayLike<number> {
  const h = readHead(bytes, what);
  if (h.tag !== UINTS) throw new SnapshotFormatError(what, "section is not an integer column");
  return readUints(bytes, HEAD, h.a, h.b, what);
}

// ---------------------------------------------------------------------------------------------
// Decoding to plain arrays (for tools and round-trip tests; the loader opens views instead)

/** Decodes a string column written by encodeStrings or encodeCodes. */
export function decodeStrings(bytes: Uint8Array, what: string): (string | null)[] {
  const col = openStrings(bytes, what);
  const out = new Array<string | null>(col.length);
  for (let i = 0; i < col.length; i++) out[i] = col.isNull(i) ? null : col.at(i);
  return out;
}

/** Decodes a string column that must hold no null. */
export function decodeStringsStrict(bytes: Uint8Array, what: string): string[] {
  const col = openStringsStrict(bytes, what);
  const out = new Array<string>(col.length);
  for (let i = 0; i < col.length; i++) out[i] = col.at(i);
  return out;
}

export function decodeBools(bytes: Uint8Array, what: string): boolean[] {
  const col = openBools(bytes, what);
  const out = new Array<boolean>(col.length);
  for (let i = 0; i < col.length; i++) out[i] = col.get(i);
  return out;
}

export function decodeUints(bytes: Uint8Array, what: string): number[] {
  return Array.from(openUints(bytes, what));
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
  if (HEAD + h.a > bytes.length) throw new SnapshotFormatError(what, "JSON runs past its section");
  return JSON.parse(bufferOf(bytes.subarray(HEAD, HEAD + h.a)).toString("utf8"));
}

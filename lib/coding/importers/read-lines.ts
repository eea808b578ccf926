/**
 * Streaming readers for release files: plain, gzip (.gz, detected by its magic bytes)
 * or the bytes of a zip member already taken out with fflate.
 *
 * Strict about encoding: by default every byte must be valid UTF-8 (ASCII is a subset),
 * and an invalid byte stops the read with "file:line: reason". Old CMS files that carry
 * Windows-1252 bytes (the 2019 HCPCS disclaimer block) can be read with
 * `encoding: "cp1252"` (every byte) or `"utf8-or-cp1252"` (UTF-8, falling back to
 * Windows-1252 only for the lines that are not valid UTF-8).
 *
 * Usage:
 *   const reader = openLines(path);
 *   for await (const line of reader) { if (bad) reader.fail("bad flag"); }
 *   reader.sha256(); reader.lineNumber; reader.bytes;
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { gunzipSync, createGunzip } from "node:zlib";
import { ImportError } from "./errors";

export type TextEncodingName = "utf8" | "ascii" | "cp1252" | "utf8-or-cp1252";

/** A file path, or the bytes of a file (e.g. a zip member) with the name to use in errors. */
export type LineSource = string | { name: string; bytes: Uint8Array };

export interface ReadOptions {
  /** Default "utf8" (strict). */
  encoding?: TextEncodingName;
  /** Name used in error messages; default: the path, or the bytes' name. */
  label?: string;
  /** Compute the sha256 of the (decompressed) bytes; default true. */
  hash?: boolean;
}

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;
const LF = 0x0a;
const CR = 0x0d;

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Windows-1252 0x80–0x9F (the rest of the range is ISO-8859-1); undefined bytes stay as C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1, so the C1 range is mapped by hand. */
const cp1252 = {
  decode(bytes: Uint8Array): string {
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
  },
};

/** The display name of a source (for labels and meta.files). */
export function sourceName(source: LineSource): string {
  return typeof source === "string" ? basename(source) : source.name;
}

function sourceLabel(source: LineSource, opts: ReadOptions): string {
  if (opts.label !== undefined) return opts.label;
  return typeof source === "string" ? source : source.name;
}

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1;
}

async function readHead(path: string): Promise<Uint8Array> {
  const { open } = await import("node:fs/promises");
  const fh = await open(path, "r");
  try {
    const buf = new Uint8Array(2);
    const { bytesRead } = await fh.read(buf, 0, 2, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * The decompressed bytes of a source, chunk by chunk.
 * Gzip is recognised by its magic bytes whatever the name.
 */
export async function* byteChunks(source: LineSource, label: string): AsyncGenerator<Uint8Array> {
  if (typeof source !== "string") {
    if (isGzip(source.bytes)) {
      let out: Uint8Array;
      try {
        out = gunzipSync(source.bytes);
      } catch (e) {
        throw new ImportError(label, 0, `not a valid gzip file (${errorText(e)})`);
      }
      yield out;
    } else {
      yield source.bytes;
    }
    return;
  }
  let head: Uint8Array;
  try {
    head = await readHead(source);
  } catch (e) {
    throw new ImportError(label, 0, `cannot open file (${errorText(e)})`);
  }
  const file = createReadStream(source, { highWaterMark: 1 << 20 });
  if (!isGzip(head)) {
    try {
      for await (const chunk of file) yield chunkBytes(chunk);
    } catch (e) {
      throw new ImportError(label, 0, `cannot read file (${errorText(e)})`);
    }
    return;
  }
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  file.on("error", (e) => gunzip.destroy(e));
  file.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunkBytes(chunk);
  } catch (e) {
    throw new ImportError(label, 0, `gzip data is corrupt or truncated (${errorText(e)})`);
  } finally {
    file.destroy();
  }
}

function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  throw new TypeError("expected a byte chunk");
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Index of the first byte that does not start a valid UTF-8 sequence in bytes[start, end), or -1.
 * Rejects overlongs, surrogates and code points above U+10FFFF, like a fatal TextDecoder.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    if (i + need >= end) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function firstNonAscii(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) if ((bytes[i] ?? 0) > 0x7f) return i;
  return -1;
}

/** Line (1-based) and column (1-based, in bytes) of offset `at` in a block starting at line `firstLine`. */
function locate(bytes: Uint8Array, start: number, at: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let lineStart = start;
  for (let i = start; i < at; i++) {
    if (bytes[i] === LF) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

function hex(b: number | undefined): string {
  return `0x${(b ?? 0).toString(16).padStart(2, "0").toUpperCase()}`;
}

/**
 * Decode bytes[start, end) (whole lines) strictly. `firstLine` is the number of the line at `start`.
 * Throws ImportError at the exact line of a bad byte.
 */
function decodeBlock(
  bytes: Uint8Array,
  start: number,
  end: number,
  firstLine: number,
  encoding: TextEncodingName,
  label: string,
): string {
  const view = bytes.subarray(start, end);
  switch (encoding) {
    case "cp1252":
      return cp1252.decode(view);
    case "ascii": {
      const bad = firstNonAscii(bytes, start, end);
      if (bad >= 0) {
        const { line, column } = locate(bytes, start, bad, firstLine);
        throw new ImportError(label, line, `non-ASCII byte ${hex(bytes[bad])} at column ${column}`);
      }
      return utf8Fatal.decode(view);
    }
    case "utf8":
      try {
        return utf8Fatal.decode(view);
      } catch {
        const bad = firstInvalidUtf8(bytes, start, end);
        const { line, column } = locate(bytes, start, bad < 0 ? start : bad, firstLine);
        throw new ImportError(
          label,
          line,
          `invalid UTF-8 byte ${hex(bytes[bad])} at column ${column} (use the cp1252 encoding option for Windows-1252 files)`,
        );
      }
    case "utf8-or-cp1252":
      try {
        return utf8Fatal.decode(view);
      } catch {
        // Decode line by line: only the lines that are not valid UTF-8 fall back to Windows-1252.
        const parts: string[] = [];
        let s = start;
        while (s < end) {
          let e = bytes.indexOf(LF, s);
          if (e < 0 || e >= end) e = end;
          else e = e + 1;
          const lineBytes = bytes.subarray(s, e);
          parts.push(firstInvalidUtf8(bytes, s, e) < 0 ? utf8Fatal.decode(lineBytes) : cp1252.decode(lineBytes));
          s = e;
        }
        return parts.join("");
      }
  }
}

function countLf(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  let i = bytes.indexOf(LF, start);
  while (i >= 0 && i < end) {
    n++;
    i = bytes.indexOf(LF, i + 1);
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Common machinery: reads decompressed bytes, hashes them, and hands out strictly
 * decoded blocks that always end on a line break (or at the end of the file).
 */
abstract class DecodedReader {
  readonly label: string;
  readonly name: string;
  /** Decompressed bytes read so far. */
  bytes = 0;
  protected readonly source: LineSource;
  protected readonly encoding: TextEncodingName;
  private readonly hasher: Hash | null;
  private digest: string | null = null;
  private consumed = false;

  constructor(source: LineSource, opts: ReadOptions = {}) {
    this.source = source;
    this.encoding = opts.encoding ?? "utf8";
    this.label = sourceLabel(source, opts);
    this.name = sourceName(source);
    this.hasher = opts.hash === false ? null : createHash("sha256");
  }

  /** sha256 (hex) of the decompressed bytes; available once the whole file has been read. */
  sha256(): string {
    if (this.digest === null) {
      throw new Error(`${this.label}: sha256 requested before the file was read to its end`);
    }
    return this.digest;
  }

  /** Yields [text, firstLineNumber] blocks of whole lines. */
  protected async *blocks(): AsyncGenerator<[string, number]> {
    if (this.consumed) throw new Error(`${this.label}: a reader can be iterated once`);
    this.consumed = true;
    let carry: Uint8Array = new Uint8Array(0);
    let nextLine = 1;
    let first = true;
    for await (const chunk of byteChunks(this.source, this.label)) {
      this.bytes += chunk.length;
      this.hasher?.update(chunk);
      let buf = concat(carry, chunk);
      let start = 0;
      if (first && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
      if (first && buf.length > 0) first = false;
      const lastLf = buf.lastIndexOf(LF);
      if (lastLf < start) {
        carry = start > 0 ? buf.subarray(start) : buf;
        continue;
      }
      const end = lastLf + 1;
      const text = decodeBlock(buf, start, end, nextLine, this.encoding, this.label);
      const firstLine = nextLine;
      nextLine += countLf(buf, start, end);
      carry = buf.subarray(end);
      buf = carry;
      yield [text, firstLine];
    }
    if (carry.length > 0) {
      yield [decodeBlock(carry, 0, carry.length, nextLine, this.encoding, this.label), nextLine];
    }
    this.digest = this.hasher ? this.hasher.digest("hex") : "";
  }
}

/** Reads a file line by line (CRLF or LF; the line break is not part of the line). */
export class LineReader extends DecodedReader implements AsyncIterable<string> {
  /** Number of the line last yielded (1-based); after the loop, the number of lines read. */
  lineNumber = 0;

  /** Throw "file:line: reason" for the current line. */
  fail(reason: string): never {
    throw new ImportError(this.label, this.lineNumber, reason);
  }

  /** An ImportError for the current line (for callers that build their own throw). */
  error(reason: string): ImportError {
    return new ImportError(this.label, this.lineNumber, reason);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for await (const [text, firstLine] of this.blocks()) {
      this.lineNumber = firstLine - 1;
      let s = 0;
      const n = text.length;
      while (s < n) {
        let e = text.indexOf("\n", s);
        const next = e < 0 ? n : e + 1;
        if (e < 0) e = n;
        const lineEnd = e > s && text.charCodeAt(e - 1) === CR ? e - 1 : e;
        this.lineNumber++;
        yield text.slice(s, lineEnd);
        s = next;
      }
    }
  }
}

/** Reads a file as decoded text chunks that end on line breaks (for streaming XML parsers). */
export class TextReader extends DecodedReader implements AsyncIterable<string> {
  /** Line number of the first line of the chunk last yielded. */
  chunkFirstLine = 1;

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for await (const [text, firstLine] of this.blocks()) {
      this.chunkFirstLine = firstLine;
      yield text;
    }
  }
}

/** Open a release file for strict line-by-line reading. */
export function openLines(source: LineSource, opts: ReadOptions = {}): LineReader {
  return new LineReader(source, opts);
}

/** Open a release file for strict streaming text reading (XML). */
export function openText(source: LineSource, opts: ReadOptions = {}): TextReader {
  return new TextReader(source, opts);
}

/** All lines of a source (convenience for small files and tests). */
export async function readAllLines(source: LineSource, opts: ReadOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const line of openLines(source, opts)) out.push(line);
  return out;
}

/** Decompress a gzip buffer when it is one; otherwise return it as is. */
export function maybeGunzip(bytes: Uint8Array, label: string): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (e) {
    throw new ImportError(label, 0, `not a valid gzip file (${errorText(e)})`);
  }
}

/**
 * A minimal, streaming-enough reader for .xlsx workbooks (Office Open XML spreadsheets).
 *
 * It reads the zip's central directory with random access, so it can parse the shared
 * strings before the sheet whatever their order in the archive, then inflates the first
 * worksheet chunk by chunk (fflate) into a SAX parser (saxes) and yields one row at a time.
 * Only what the CMS workbooks need: shared strings, inline strings, plain values, the
 * first sheet, cells keyed by column letter. No styles, no formulas, no dates: every value
 * is returned as the text the cell holds.
 */
import { open, type FileHandle } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { Inflate } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { ImportError } from "./errors";
import type { LineSource } from "./read-lines";

export interface XlsxRow {
  /** 1-based row number as written in the sheet (`<row r>`). */
  row: number;
  /** Cell text by column letters ("A", "AV"); empty cells may be absent. */
  cells: Map<string, string>;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CHUNK = 64 * 1024;
const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Random access to the bytes of a zip: an open file, or bytes already in memory (a member of another zip). */
export interface RandomAccess {
  readonly size: number;
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a path or in-memory bytes for random access. */
export async function openRandomAccess(source: LineSource): Promise<RandomAccess> {
  if (typeof source !== "string") {
    const bytes = source.bytes;
    return {
      size: bytes.length,
      read: async (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)),
      close: async () => {},
    };
  }
  const fh: FileHandle = await open(source, "r");
  const { size } = await fh.stat();
  return {
    size,
    read: async (position, length) => {
      const buf = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await fh.read(buf, done, length - done, position + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === length ? buf : buf.subarray(0, done);
    },
    close: () => fh.close(),
  };
}

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
}

/** Lists the members of a zip archive from its central directory. ZIP64 and encrypted members are refused. */
export async function readZipDirectory(fh: RandomAccess, file: string): Promise<Map<string, ZipEntry>> {
  const size = fh.size;
  if (size < 22) throw new ImportError(file, 0, "not a zip archive (too short)");
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await fh.read(size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError(file, 0, "not a zip archive (no end-of-central-directory record)");
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new ImportError(file, 0, "ZIP64 archives are not supported");
  }
  if (cdOffset + cdSize > size) throw new ImportError(file, 0, "zip central directory lies outside the file (truncated?)");
  const cd = await fh.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL_SIG) {
      throw new ImportError(file, 0, `zip central directory entry ${i + 1} is corrupt`);
    }
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    const crc = u32(cd, p + 16);
    const compressedSize = u32(cd, p + 20);
    const uncompressed = u32(cd, p + 24);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    const localOffset = u32(cd, p + 42);
    const name = new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(cd.subarray(p + 46, p + 46 + nameLength));
    if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff) {
      throw new ImportError(file, 0, `zip member ${name} uses ZIP64, which is not supported`);
    }
    entries.set(name, { name, method, flags, crc, compressedSize, size: uncompressed, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Streams the uncompressed bytes of one zip member, checking its size and CRC-32 at the end. */
export async function* readZipEntry(fh: RandomAccess, file: string, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const where = `${file}!${entry.name}`;
  if (entry.flags & 0x1) throw new ImportError(where, 0, "encrypted zip members are not supported");
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ImportError(where, 0, `unsupported zip compression method ${entry.method}`);
  }
  const local = await fh.read(entry.localOffset, 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL_SIG) {
    throw new ImportError(where, 0, "zip local header is corrupt");
  }
  let position = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  let remaining = entry.compressedSize;
  const pending: Uint8Array[] = [];
  let inflateError: unknown = null;
  const inflate = new Inflate((data) => {
    pending.push(data);
  });
  let crc = 0;
  let produced = 0;
  const take = function* (): Generator<Uint8Array> {
    while (pending.length > 0) {
      const chunk = pending.shift();
      if (!chunk) break;
      crc = crc32(chunk, crc);
      produced += chunk.length;
      yield chunk;
    }
  };
  if (remaining === 0 && entry.method === 8) {
    throw new ImportError(where, 0, "zip member is empty but claims to be deflated");
  }
  while (remaining > 0) {
    const length = Math.min(CHUNK, remaining);
    const buf = await fh.read(position, length);
    if (buf.length < length) throw new ImportError(where, 0, "zip member is truncated");
    position += length;
    remaining -= length;
    if (entry.method === 0) {
      pending.push(buf);
    } else {
      try {
        inflate.push(buf, remaining === 0);
      } catch (e) {
        inflateError = e;
      }
      if (inflateError !== null) {
        const message = inflateError instanceof Error ? inflateError.message : String(inflateError);
        throw new ImportError(where, 0, `corrupt deflate data: ${message}`);
      }
    }
    yield* take();
  }
  if (produced !== entry.size) {
    throw new ImportError(where, 0, `zip member inflates to ${produced} bytes, the directory says ${entry.size}`);
  }
  if (crc >>> 0 !== entry.crc >>> 0) throw new ImportError(where, 0, "zip member fails its CRC-32 check");
}

/** Decodes the OOXML `_xHHHH_` escapes that Excel writes for control characters. */
function decodeXString(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

type SaxHandlers = {
  open: (tag: SaxesTagPlain) => void;
  close: (tag: SaxesTagPlain) => void;
  text: (text: string) => void;
};

type PlainOptions = { xmlns: false; fileName: string };

function makeParser(where: string, h: SaxHandlers): SaxesParser<PlainOptions> {
  const parser = new SaxesParser<PlainOptions>({ xmlns: false, fileName: where });
  parser.on("error", (e) => {
    throw new ImportError(where, parser.line, `malformed XML: ${e.message}`);
  });
  parser.on("opentag", h.open);
  parser.on("closetag", h.close);
  parser.on("text", h.text);
  parser.on("cdata", h.text);
  return parser;
}

/** Parses a whole (small) XML member with a SAX parser. */
async function parseMember(fh: RandomAccess, file: string, entry: ZipEntry, h: SaxHandlers): Promise<void> {
  const parser = makeParser(`${file}!${entry.name}`, h);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of readZipEntry(fh, file, entry)) parser.write(decoder.decode(chunk, { stream: true }));
    parser.write(decoder.decode());
  } catch (e) {
    if (e instanceof TypeError) throw new ImportError(`${file}!${entry.name}`, parser.line, "not valid UTF-8");
    throw e;
  }
  parser.close();
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function findFirstSheet(fh: RandomAccess, file: string, entries: Map<string, ZipEntry>): Promise<{ sheet: ZipEntry; sharedStrings: ZipEntry | undefined }> {
  const workbook = entries.get("xl/workbook.xml");
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new ImportError(file, 0, "not an .xlsx workbook (no xl/workbook.xml or its relationships)");
  let firstSheetRid: string | undefined;
  await parseMember(fh, file, workbook, {
    open: (tag) => {
      if (firstSheetRid === undefined && localName(tag.name) === "sheet") {
        firstSheetRid = tag.attributes["r:id"] ?? Object.entries(tag.attributes).find(([k]) => k.endsWith(":id"))?.[1];
      }
    },
    close: () => {},
    text: () => {},
  });
  if (firstSheetRid === undefined) throw new ImportError(file, 0, "the workbook lists no sheet");
  let sheetTarget: string | undefined;
  let sharedTarget: string | undefined;
  await parseMember(fh, file, rels, {
    open: (tag) => {
      if (localName(tag.name) !== "Relationship") return;
      const target = tag.attributes["Target"];
      if (target === undefined) return;
      if (tag.attributes["Id"] === firstSheetRid) sheetTarget = target;
      if ((tag.attributes["Type"] ?? "").endsWith("/sharedStrings")) sharedTarget = target;
    },
    close: () => {},
    text: () => {},
  });
  if (sheetTarget === undefined) throw new ImportError(file, 0, `the workbook's first sheet (${firstSheetRid}) has no target`);
  const sheetName = resolveTarget("xl/workbook.xml", sheetTarget);
  const sheet = entries.get(sheetName);
  if (!sheet) throw new ImportError(file, 0, `the workbook's first sheet ${sheetName} is missing from the archive`);
  const sharedName = sharedTarget === undefined ? undefined : resolveTarget("xl/workbook.xml", sharedTarget);
  const sharedStrings = sharedName === undefined ? undefined : entries.get(sharedName);
  if (sharedName !== undefined && !sharedStrings) throw new ImportError(file, 0, `shared strings ${sharedName} missing from the archive`);
  return { sheet, sharedStrings };
}

async function readSharedStrings(fh: RandomAccess, file: string, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = "";
  await parseMember(fh, file, entry, {
    open: (tag) => {
      const n = localName(tag.name);
      if (n === "si") {
        inSi = true;
        current = "";
      } else if (n === "rPh") phonetic++;
      else if (n === "t" && inSi && phonetic === 0) inT = !tag.isSelfClosing;
    },
    close: (tag) => {
      const n = localName(tag.name);
      if (n === "si") {
        strings.push(decodeXString(current));
        inSi = false;
      } else if (n === "rPh") phonetic--;
      else if (n === "t") inT = false;
    },
    text: (text) => {
      if (inT) current += text;
    },
  });
  return strings;
}

/** "A" -> 1, "Z" -> 26, "AA" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(n: number): string {
  let s = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** The row's cells as an array from column A to its last cell, "" where a cell is absent. */
export function rowValues(row: XlsxRow): string[] {
  let max = 0;
  for (const key of row.cells.keys()) max = Math.max(max, columnNumber(key));
  const out: string[] = [];
  for (let c = 1; c <= max; c++) out.push(row.cells.get(columnLetters(c)) ?? "");
  return out;
}

/**
 * Yields the rows of the workbook's first sheet in order. Errors (not a zip, bad XML, a
 * shared-string index out of range) are ImportErrors naming the file and the sheet row.
 */
export async function* readXlsxRows(source: LineSource, label: string = typeof source === "string" ? source : source.name): AsyncGenerator<XlsxRow> {
  let fh: RandomAccess;
  try {
    fh = await openRandomAccess(source);
  } catch (e) {
    throw new ImportError(label, 0, `cannot open file (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const entries = await readZipDirectory(fh, label);
    const { sheet, sharedStrings } = await findFirstSheet(fh, label, entries);
    const strings = sharedStrings ? await readSharedStrings(fh, label, sharedStrings) : [];
    const where = `${label}!${sheet.name}`;

    const ready: XlsxRow[] = [];
    let row: XlsxRow | null = null;
    let lastRow = 0;
    let lastCol = 0;
    let cellRef = "";
    let cellType = "n";
    let inValue = false;
    let inInline = 0;
    let inPhonetic = 0;
    let text = "";
    let hasText = false;

    const parser = makeParser(where, {
      open: (tag) => {
        switch (localName(tag.name)) {
          case "row": {
            const r = tag.attributes["r"];
            const n = r === undefined ? lastRow + 1 : Number(r);
            if (!Number.isInteger(n) || n <= lastRow) throw new ImportError(where, parser.line, `row number ${r ?? "?"} out of order`);
            row = { row: n, cells: new Map() };
            lastRow = n;
            lastCol = 0;
            break;
          }
          case "c": {
            const r = tag.attributes["r"];
            let col: string;
            if (r === undefined) col = columnLetters(lastCol + 1);
            else {
              const m = /^([A-Z]{1,3})(\d+)$/.exec(r);
              if (!m || !m[1]) throw new ImportError(where, parser.line, `bad cell reference "${r}"`);
              col = m[1];
            }
            lastCol = columnNumber(col);
            cellRef = col;
            cellType = tag.attributes["t"] ?? "n";
            text = "";
            hasText = false;
            break;
          }
          case "v":
            inValue = !tag.isSelfClosing;
            break;
          case "is":
            inInline++;
            break;
          case "rPh":
            inPhonetic++;
            break;
          case "t":
            if (inInline > 0 && inPhonetic === 0) inValue = !tag.isSelfClosing;
            if (inInline > 0) hasText = true;
            break;
        }
      },
      close: (tag) => {
        switch (localName(tag.name)) {
          case "v":
            inValue = false;
            hasText = true;
            break;
          case "t":
            inValue = false;
            break;
          case "is":
            inInline--;
            break;
          case "rPh":
            inPhonetic--;
            break;
          case "c": {
            const current: XlsxRow | null = row;
            if (!current) throw new ImportError(where, parser.line, "cell outside a row");
            if (!hasText) break;
            let value: string;
            if (cellType === "s") {
              const index = Number(text.trim());
              const s = Number.isInteger(index) ? strings[index] : undefined;
              if (s === undefined) throw new ImportError(where, current.row, `cell ${cellRef}${current.row}: shared string ${text} does not exist`);
              value = s;
            } else value = decodeXString(text);
            current.cells.set(cellRef, value);
            break;
          }
          case "row":
            if (row) ready.push(row);
            row = null;
            break;
        }
      },
      text: (t) => {
        if (inValue) text += t;
      },
    });

    const decoder = new TextDecoder("utf-8", { fatal: true });
    for await (const chunk of readZipEntry(fh, label, sheet)) {
      let s: string;
      try {
        s = decoder.decode(chunk, { stream: true });
      } catch {
        throw new ImportError(where, parser.line, "not valid UTF-8");
      }
      parser.write(s);
      if (ready.length > 0) yield* ready.splice(0);
    }
    parser.close();
    for (const next of ready) yield next;
  } finally {
    await fh.close();
  }
}

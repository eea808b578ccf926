/**
 * The snapshot container: one binary file holding a JSON header and named byte sections.
 *
 *   offset 0   magic  "CCSNAP\r\n" (8 bytes; the CR LF catches text-mode mangling)
 *          8   u32 LE format version
 *         12   u32 LE header length H
 *         16   header: UTF-8 JSON { kind, meta, attrs, sections: [{ name, offset, length }] }
 *              then padding to a multiple of 8 (= the data start)
 *              sections, each at a multiple of 8 (offsets in the header count from the data start)
 *   end - 8    u32 LE CRC-32 of every byte before it
 *   end - 4    "CCSE"
 *
 * The sections are opaque here; columns.ts says what is inside them.
 */
import { crc32 } from "node:zlib";

export const SNAPSHOT_MAGIC = "CCSNAP\r\n";
export const SNAPSHOT_FORMAT_VERSION = 3;
const TRAILER_MAGIC = "CCSE";
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

export interface SectionRef {
  name: string;
  offset: number;
  length: number;
}

export interface ContainerHeader {
  /** What the file holds: a set kind ("icd10cm", "mue", …) or "icd10cm-index". */
  kind: string;
  /** The set's CodeSetMeta (validated by the codec). */
  meta: unknown;
  /** Small per-kind values (e.g. the NCCI setting, the CPT `complete` flag). */
  attrs: Record<string, string | number | boolean | null>;
  sections: SectionRef[];
}

export class SnapshotFormatError extends Error {
  override readonly name = "SnapshotFormatError";
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const pad8 = (n: number): number => (n + 7) & ~7;

/** Lays out header and sections into one buffer (with the CRC trailer). */
export function buildContainer(
  head: Omit<ContainerHeader, "sections">,
  sections: readonly { name: string; bytes: Uint8Array }[],
): Uint8Array {
  let rel = 0;
  const refs: SectionRef[] = sections.map((s) => {
    const ref = { name: s.name, offset: rel, length: s.bytes.length };
    rel = pad8(rel + s.bytes.length);
    return ref;
  });
  const headerBytes = utf8.encode(JSON.stringify({ ...head, sections: refs }));
  const dataStart = pad8(16 + headerBytes.length);
  const dataEnd = dataStart + rel;
  const out = new Uint8Array(dataEnd + 8);
  out.set(utf8.encode(SNAPSHOT_MAGIC), 0);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(8, SNAPSHOT_FORMAT_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, 16);
  sections.forEach((s, i) => out.set(s.bytes, dataStart + (refs[i]?.offset ?? 0)));
  view.setUint32(dataEnd, crc32(out.subarray(0, dataEnd)), true);
  out.set(utf8.encode(TRAILER_MAGIC), dataEnd + 4);
  return out;
}

export interface OpenedContainer {
  header: ContainerHeader;
  /** The bytes of a section (a view into the file's buffer, 8-aligned). */
  section(name: string): Uint8Array;
  has(name: string): boolean;
}

/** Checks magic, version, trailer, CRC and the section table, and opens the sections. */
export function openContainer(fileBytes: Uint8Array, file: string): OpenedContainer {
  // Sections hold typed arrays: make sure the buffer is 8-aligned. Views are plain Uint8Arrays (not
  // Buffers, as readFileSync gives), so the sets' hot loops see one kind of array.
  const aligned = fileBytes.byteOffset % 8 === 0 ? fileBytes : fileBytes.slice();
  const bytes = new Uint8Array(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  if (bytes.length < 24) throw new SnapshotFormatError(file, "too short to be a snapshot");
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== SNAPSHOT_MAGIC) throw new SnapshotFormatError(file, "not a Codecert snapshot (bad magic)");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotFormatError(file, `snapshot format ${version}, this build reads format ${SNAPSHOT_FORMAT_VERSION}: re-run the import`);
  }
  const end = bytes.length - 8;
  const trailer = String.fromCharCode(...bytes.subarray(end + 4));
  if (trailer !== TRAILER_MAGIC) throw new SnapshotFormatError(file, "truncated (no trailer)");
  if (view.getUint32(end, true) !== crc32(bytes.subarray(0, end))) {
    throw new SnapshotFormatError(file, "corrupt (CRC-32 mismatch)");
  }
  const headerLength = view.getUint32(12, true);
  if (16 + headerLength > end) throw new SnapshotFormatError(file, "header runs past the end");
  let header: ContainerHeader;
  try {
    header = parseHeader(JSON.parse(utf8Decoder.decode(bytes.subarray(16, 16 + headerLength))));
  } catch (e) {
    throw new SnapshotFormatError(file, `unreadable header (${e instanceof Error ? e.message : String(e)})`);
  }
  const dataStart = pad8(16 + headerLength);
  const byName = new Map<string, SectionRef>();
  for (const s of header.sections) {
    const at = dataStart + s.offset;
    if (s.offset % 8 !== 0 || s.offset < 0 || s.length < 0 || at + s.length > end) {
      throw new SnapshotFormatError(file, `section ${s.name} lies outside the file`);
    }
    byName.set(s.name, { name: s.name, offset: at, length: s.length });
  }
  return {
    header,
    has: (name) => byName.has(name),
    section(name: string): Uint8Array {
      const s = byName.get(name);
      if (s === undefined) throw new SnapshotFormatError(file, `section ${name} is missing`);
      return bytes.subarray(s.offset, s.offset + s.length);
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseHeader(v: unknown): ContainerHeader {
  if (!isRecord(v)) throw new Error("header is not an object");
  const { kind, meta, attrs, sections } = v;
  if (typeof kind !== "string") throw new Error("header has no kind");
  if (!isRecord(attrs)) throw new Error("header has no attrs");
  if (!Array.isArray(sections)) throw new Error("header has no sections");
  const outAttrs: ContainerHeader["attrs"] = {};
  for (const [k, a] of Object.entries(attrs)) {
    if (a === null || typeof a === "string" || typeof a === "number" || typeof a === "boolean") outAttrs[k] = a;
    else throw new Error(`attr ${k} is not a scalar`);
  }
  const refs: SectionRef[] = sections.map((s: unknown) => {
    if (!isRecord(s) || typeof s.name !== "string" || typeof s.offset !== "number" || typeof s.length !== "number") {
      throw new Error("bad section entry");
    }
    return { name: s.name, offset: s.offset, length: s.length };
  });
  return { kind, meta, attrs: outAttrs, sections: refs };
}

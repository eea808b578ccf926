/**
 * Row-by-row reading of "table" release files that come as delimited text (tab or comma,
 * RFC 4180 quoting) or as an .xlsx workbook, with the same row shape either way, so the CPT,
 * NCCI PTP and MUE importers parse one thing. Workbooks are recognised by their zip signature.
 */
import { ImportError } from "./errors";
import { sourceSha256 } from "./fields";
import { byteChunks, openLines, sourceName, type LineReader, type LineSource, type TextEncodingName } from "./read-lines";
import { readXlsxRows, rowValues } from "./xlsx";

export type Delimiter = "tab" | "comma";

export interface TableRow {
  /** Line (text) or sheet row (workbook), 1-based. */
  line: number;
  /** Cell values, untrimmed; quotes removed. */
  fields: string[];
}

/**
 * Splits one delimited line. Quoted fields ("a, b", "say ""hi""") are honoured; a quote left
 * open is reported as a string (the reason) so the caller can name the line.
 */
export function splitDelimited(line: string, delimiter: Delimiter): string[] | { error: string } {
  const sep = delimiter === "tab" ? "\t" : ",";
  if (line.indexOf('"') < 0) return line.split(sep);
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (true) {
    let field = "";
    // Leading blanks before an opening quote are allowed (" \"x\"").
    let j = i;
    while (j < n && line[j] === " ") j++;
    if (line[j] === '"') {
      j++;
      while (true) {
        const q = line.indexOf('"', j);
        if (q < 0) return { error: "a quoted field is not closed" };
        field += line.slice(j, q);
        if (line[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      while (j < n && line[j] === " ") j++;
      if (j < n && line[j] !== sep) return { error: `unexpected text after a quoted field at column ${j + 1}` };
      out.push(field);
    } else {
      const next = line.indexOf(sep, i);
      const end = next < 0 ? n : next;
      field = line.slice(i, end);
      if (field.includes('"')) return { error: `a quote inside an unquoted field at column ${i + field.indexOf('"') + 1}` };
      out.push(field);
      j = end;
    }
    if (j >= n) break;
    i = j + 1;
    if (i === n) {
      out.push("");
      break;
    }
  }
  return out;
}

async function startsWithZip(source: LineSource, label: string): Promise<boolean> {
  if (typeof source !== "string") return source.bytes[0] === 0x50 && source.bytes[1] === 0x4b;
  for await (const chunk of byteChunks(source, label)) return chunk[0] === 0x50 && chunk[1] === 0x4b;
  return false;
}

export interface TableReaderOptions {
  /** Text files only: the delimiter; default comma for a name ending .csv, tab otherwise. */
  delimiter?: Delimiter;
  /** Text files only; default "utf8-or-cp1252" (CMS and AMA files are often Windows-1252). */
  encoding?: TextEncodingName;
  label?: string;
}

/** Reads a delimited text file or a workbook as rows; `sha256()` and `records` once read to the end. */
export class TableReader implements AsyncIterable<TableRow> {
  readonly label: string;
  readonly name: string;
  /** "xlsx" or "text", known once iteration has started. */
  format: "xlsx" | "text" | null = null;
  /** Rows (or lines) read. */
  records = 0;
  private digest: string | null = null;

  constructor(
    private readonly source: LineSource,
    private readonly opts: TableReaderOptions = {},
  ) {
    this.label = opts.label ?? (typeof source === "string" ? source : source.name);
    this.name = sourceName(source);
  }

  sha256(): string {
    if (this.digest === null) throw new Error(`${this.label}: sha256 requested before the file was read`);
    return this.digest;
  }

  fail(line: number, reason: string): never {
    throw new ImportError(this.label, line, reason);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TableRow> {
    if (await startsWithZip(this.source, this.label)) {
      this.format = "xlsx";
      for await (const row of readXlsxRows(this.source, this.label)) {
        this.records++;
        yield { line: row.row, fields: rowValues(row) };
      }
      this.digest = await sourceSha256(this.source);
      return;
    }
    this.format = "text";
    const delimiter = this.opts.delimiter ?? (this.name.toLowerCase().endsWith(".csv") ? "comma" : "tab");
    const reader: LineReader = openLines(this.source, { encoding: this.opts.encoding ?? "utf8-or-cp1252", label: this.label });
    for await (const line of reader) {
      this.records++;
      const fields = splitDelimited(line, delimiter);
      if (!Array.isArray(fields)) reader.fail(fields.error);
      yield { line: reader.lineNumber, fields };
    }
    this.digest = reader.sha256();
  }
}

/** "20260101" or, from a workbook's date-typed cell, an Excel serial day number (1900 system) -> "20260101". */
export function excelSerialToYyyymmdd(serial: string): string | null {
  if (!/^\d{5}$/.test(serial)) return null;
  const days = Number(serial);
  if (days < 20000 || days > 80000) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
}

/**
 * HCPCS Level II importer for the CMS alpha-numeric ("ANWEB") release, in either form:
 *
 * - the fixed-width text file (`HCPCyyyy_CONTR_ANWEB.txt`, 320-character records, layout in
 *   `HCPCSyyyy_recordlayout.txt`): record id 3 = first line of a code, 4 = its continuation,
 *   7 = first line of a modifier, 8 = its continuation. The long description runs over the
 *   continuation lines (80 characters each) and is joined with single spaces (runs of blanks
 *   inside a description are collapsed too, in both forms, so the two agree). A block of
 *   disclaimer lines (Windows-1252 bytes) before the first record or after the last one is
 *   skipped; any other line that is not a record stops the import.
 * - the workbook (`HCPCyyyy_<MON>_ANWEB.xlsx`): one row per record under a header row naming the
 *   fields of the record layout (HCPC, RECID, LONG DESCRIPTION, …). Rows above the header (older
 *   workbooks repeat the disclaimer there) are skipped; RECID 4/8 rows, when present, continue
 *   the description like the text file's.
 *
 * Columns used (1-based, text file): code 1–5 (a modifier right-justified in 4–5), sequence
 * 6–10, record id 11, long description 12–91, short description 92–119, coverage 230,
 * BETOS 257–259, added 269–276, action effective 277–284, termination 285–292, action code 293.
 * The format is recognised by content (a zip signature means a workbook), not by name.
 */
import type { HcpcsData } from "../data";
import type { HcpcsRecord, ModifierRecord, SourceFile } from "../types";
import { ImportError } from "./errors";
import { buildMeta, HCPCS_CODE, MODIFIER_CODE, parseYyyymmdd, sourceSha256, type ReleaseOptions } from "./fields";
import { isNcciAssociatedModifier, modifierSystem } from "./ncci-modifiers";
import { byteChunks, openLines, sourceName, type LineSource } from "./read-lines";
import { readXlsxRows } from "./xlsx";

/** The fields of one record (a code or a modifier) before it is typed. */
interface RawRecord {
  kind: "code" | "modifier";
  code: string;
  line: number;
  seq: number;
  long: string[];
  short: string;
  coverage: string;
  betos: string;
  addDate: string;
  actionEffectiveDate: string;
  terminationDate: string;
  actionCode: string;
}

const RECORD_LENGTH = 320;
/** Code (5), sequence (5 digits), record id. */
const RECORD_START = /^([A-Z0-9 ]{5})(\d{5})([3478])/;

class Builder {
  readonly codes: HcpcsRecord[] = [];
  readonly modifiers: ModifierRecord[] = [];
  private readonly seen = new Set<string>();
  private current: RawRecord | null = null;

  constructor(private readonly label: string) {}

  private fail(line: number, reason: string): never {
    throw new ImportError(this.label, line, reason);
  }

  /** Starts a record (id 3 or 7) or continues the current one (id 4 or 8). */
  add(recid: string, rawCode: string, seq: number, line: number, long: string, fields: Omit<RawRecord, "kind" | "code" | "line" | "seq" | "long"> | null): void {
    const isModifier = recid === "7" || recid === "8";
    const code = rawCode.trim();
    if (isModifier) {
      if (!MODIFIER_CODE.test(code)) this.fail(line, `modifier "${rawCode}" is not 2 letters or digits`);
    } else if (!HCPCS_CODE.test(code)) {
      this.fail(line, `"${rawCode}" is not a HCPCS Level II code (a letter and 4 digits)`);
    }
    if (recid === "4" || recid === "8") {
      const c = this.current;
      if (c === null || c.code !== code || c.kind !== (isModifier ? "modifier" : "code")) {
        this.fail(line, `continuation line (record id ${recid}) for ${code} does not follow its first line`);
      }
      if (seq <= c.seq) this.fail(line, `sequence number ${seq} of ${code} does not follow ${c.seq}`);
      c.seq = seq;
      if (long.trim() !== "") c.long.push(long.trim());
      return;
    }
    this.flush();
    if (fields === null) this.fail(line, "record has no detail fields");
    const key = `${isModifier ? "M" : "C"}:${code}`;
    if (this.seen.has(key)) this.fail(line, `${isModifier ? "modifier" : "code"} ${code} appears twice`);
    this.seen.add(key);
    this.current = { kind: isModifier ? "modifier" : "code", code, line, seq, long: long.trim() === "" ? [] : [long.trim()], ...fields };
  }

  private date(r: RawRecord, raw: string, what: string): string | null {
    const d = parseYyyymmdd(raw);
    if (!d.ok) this.fail(r.line, `${r.code}: ${what} ${d.reason}`);
    return d.value;
  }

  private letter(r: RawRecord, raw: string, what: string, pattern: RegExp): string | null {
    const v = raw.trim();
    if (v === "") return null;
    if (!pattern.test(v)) this.fail(r.line, `${r.code}: ${what} "${raw}" is not valid`);
    return v;
  }

  /** Finishes the current record. */
  flush(): void {
    const r = this.current;
    if (r === null) return;
    this.current = null;
    const title = r.long.join(" ").replace(/\s+/g, " ");
    if (title === "") this.fail(r.line, `${r.code} has no long description`);
    const addDate = this.date(r, r.addDate, "added date");
    const actionEffectiveDate = this.date(r, r.actionEffectiveDate, "action effective date");
    const terminationDate = this.date(r, r.terminationDate, "termination date");
    const actionCode = this.letter(r, r.actionCode, "action code", /^[A-Z]$/);
    if (r.kind === "modifier") {
      this.modifiers.push({
        code: r.code,
        system: modifierSystem(r.code),
        title,
        addDate,
        terminationDate,
        ncciAssociated: isNcciAssociatedModifier(r.code),
      });
      return;
    }
    this.codes.push({
      code: r.code,
      billable: true,
      shortTitle: r.short.trim() === "" ? title : r.short.trim(),
      title,
      addDate,
      actionEffectiveDate,
      terminationDate,
      actionCode,
      coverage: this.letter(r, r.coverage, "coverage code", /^[A-Z]$/),
      betos: this.letter(r, r.betos, "BETOS code", /^[A-Z0-9]{2,3}$/),
    });
  }
}

/** A disclaimer line: blank, starting with "*", or indented text that is not a modifier record. */
function isDisclaimerLine(line: string): boolean {
  if (line.trim() === "") return true;
  if (line.startsWith("*")) return true;
  return /^[\s\u00a0]/.test(line) && !/^ {3}[A-Z0-9]{2}\d/.test(line);
}

async function importText(source: LineSource, label: string): Promise<{ builder: Builder; file: SourceFile }> {
  const reader = openLines(source, { encoding: "utf8-or-cp1252", label });
  const builder = new Builder(label);
  let started = false;
  let records = 0;
  /** Non-record lines seen after the first record: allowed only if no record follows. */
  let tailStart = 0;
  for await (const line of reader) {
    const m = RECORD_START.exec(line);
    if (m === null) {
      if (!isDisclaimerLine(line)) {
        reader.fail(
          line.length >= 11
            ? `not a record: record id "${line[10] ?? ""}" or the code/sequence fields are malformed`
            : `not a record (${line.length} characters)`,
        );
      }
      if (started && tailStart === 0) tailStart = reader.lineNumber;
      continue;
    }
    if (tailStart !== 0) throw new ImportError(label, tailStart, "a non-record line between records");
    if (line.length > RECORD_LENGTH) reader.fail(`record is ${line.length} characters; the layout has ${RECORD_LENGTH}`);
    started = true;
    records++;
    const rec = line.padEnd(RECORD_LENGTH, " ");
    const [, code = "", seq = "", recid = ""] = m;
    const first = recid === "3" || recid === "7";
    builder.add(
      recid,
      code,
      Number(seq),
      reader.lineNumber,
      rec.slice(11, 91),
      first
        ? {
            short: rec.slice(91, 119),
            coverage: rec.slice(229, 230),
            betos: rec.slice(256, 259),
            addDate: rec.slice(268, 276),
            actionEffectiveDate: rec.slice(276, 284),
            terminationDate: rec.slice(284, 292),
            actionCode: rec.slice(292, 293),
          }
        : null,
    );
  }
  builder.flush();
  if (!started) throw new ImportError(label, 0, "no HCPCS records found (is this the ANWEB fixed-width file?)");
  return { builder, file: { name: sourceName(source), sha256: reader.sha256(), records } };
}

const XLSX_FIELDS = {
  code: "HCPC",
  seq: "SEQNUM",
  recid: "RECID",
  long: "LONG DESCRIPTION",
  short: "SHORT DESCRIPTION",
  coverage: "COV",
  betos: "BETOS",
  addDate: "ADD DT",
  actionEffectiveDate: "ACT EFF DT",
  terminationDate: "TERM DT",
  actionCode: "ACTION CD",
} as const;
type XlsxField = keyof typeof XLSX_FIELDS;

const normaliseHeader = (s: string): string => s.trim().toUpperCase().replace(/[\s_]+/g, " ");

async function importWorkbook(source: LineSource, label: string): Promise<{ builder: Builder; file: SourceFile }> {
  const builder = new Builder(label);
  let columns: Map<XlsxField, string> | null = null;
  let records = 0;
  for await (const row of readXlsxRows(source, label)) {
    if (columns === null) {
      const byName = new Map<string, string>();
      for (const [col, value] of row.cells) byName.set(normaliseHeader(value), col);
      if (!byName.has("HCPC") || !byName.has("RECID")) {
        const first = (row.cells.get("A") ?? "").trim();
        if (HCPCS_CODE.test(first) || /^[3478]$/.test((row.cells.get("C") ?? "").trim())) {
          throw new ImportError(label, row.row, "a data row before the header row (HCPC, SEQNUM, RECID, …)");
        }
        continue;
      }
      const found = new Map<XlsxField, string>();
      for (const key of Object.keys(XLSX_FIELDS) as XlsxField[]) {
        const col = byName.get(XLSX_FIELDS[key]);
        if (col === undefined) {
          if (key === "seq") continue;
          throw new ImportError(label, row.row, `header row has no "${XLSX_FIELDS[key]}" column`);
        }
        found.set(key, col);
      }
      columns = found;
      continue;
    }
    const cols = columns;
    const cell = (key: XlsxField): string => {
      const col = cols.get(key);
      return col === undefined ? "" : (row.cells.get(col) ?? "");
    };
    if ([...row.cells.values()].every((v) => v.trim() === "")) continue;
    const recid = cell("recid").trim();
    if (!/^[3478]$/.test(recid)) throw new ImportError(label, row.row, `RECID "${recid}" is not 3, 4, 7 or 8`);
    const seqText = cell("seq").trim();
    if (seqText !== "" && !/^\d{1,5}$/.test(seqText)) throw new ImportError(label, row.row, `SEQNUM "${seqText}" is not a number`);
    records++;
    const first = recid === "3" || recid === "7";
    builder.add(
      recid,
      cell("code"),
      seqText === "" ? records : Number(seqText),
      row.row,
      cell("long"),
      first
        ? {
            short: cell("short"),
            coverage: cell("coverage"),
            betos: cell("betos"),
            addDate: cell("addDate"),
            actionEffectiveDate: cell("actionEffectiveDate"),
            terminationDate: cell("terminationDate"),
            actionCode: cell("actionCode"),
          }
        : null,
    );
  }
  if (columns === null) throw new ImportError(label, 0, "no header row (HCPC, SEQNUM, RECID, …) found in the first sheet");
  builder.flush();
  if (records === 0) throw new ImportError(label, 0, "the workbook has a header row but no records");
  return { builder, file: { name: sourceName(source), sha256: await sourceSha256(source), records } };
}

async function isZip(source: LineSource, label: string): Promise<boolean> {
  if (typeof source !== "string") return source.bytes[0] === 0x50 && source.bytes[1] === 0x4b;
  for await (const chunk of byteChunks(source, label)) return chunk[0] === 0x50 && chunk[1] === 0x4b;
  return false;
}

/**
 * Imports a HCPCS Level II ANWEB release (fixed-width .txt or .xlsx; see the module comment).
 * Throws ImportError (file, line or sheet row, reason) on the first malformed record.
 */
export async function importHcpcs(source: LineSource, opts: ReleaseOptions): Promise<HcpcsData> {
  const label = typeof source === "string" ? source : source.name;
  const { builder, file } = (await isZip(source, label)) ? await importWorkbook(source, label) : await importText(source, label);
  const meta = buildMeta("hcpcs", opts.version, `HCPCS Level II ${opts.version}`, opts, [file]);
  return { meta, codes: builder.codes, modifiers: builder.modifiers };
}

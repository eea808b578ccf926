/**
 * Strict streaming parsers of the ICD-10-CM flat files (layouts in MANIFEST.md and icd10OrderFiles.pdf):
 *
 * - order file `icd10cm_order_YYYY.txt`: order number, code, flag (1 = billable, 0 = header),
 *   short title (60), long title; every code of the year, headers included, in tabular order;
 * - codes file `icd10cm_codes_YYYY.txt`: billable codes and long titles only;
 * - addenda `icd10cm_order_addenda_YYYY.txt` / `icd10cm_codes_addenda_YYYY.txt`: the year's changes.
 *
 * Any malformed line stops the read with an ImportError "file:line: reason".
 */
import type { CodeColumns } from "../data";
import type { SourceFile } from "../types";
import { ImportError } from "./errors";
import { openLines, type LineReader, type LineSource, type ReadOptions } from "./read-lines";

/**
 * Canonical ICD-10-CM code: a letter, two letters or digits, then up to four more.
 * The second character is a digit in every category up to FY2025; FY2026 added QA0.
 */
export const CM_CODE = /^[A-Z][0-9A-Z][0-9A-Z][0-9A-Z]{0,4}$/;

const ORDER_MIN_LENGTH = 78;
const SHORT_TITLE_START = 16;
const SHORT_TITLE_END = 76;

export interface CmOrderFile {
  columns: CodeColumns;
  file: SourceFile;
  /** Label used in errors (the path or zip member). */
  label: string;
}

function checkCode(reader: LineReader, field: string, what: string): string {
  const code = field.trimEnd();
  if (code.length === 0) reader.fail(`${what} is blank`);
  if (code !== field.trim()) reader.fail(`${what} "${field}" is not left-justified`);
  if (!CM_CODE.test(code)) reader.fail(`${what} "${code}" is not an ICD-10-CM code (a letter, then 2–6 letters or digits, no dot)`);
  return code;
}

function checkTitle(reader: LineReader, raw: string, what: string): string {
  const title = raw.trim();
  if (title.length === 0) reader.fail(`${what} is blank`);
  if (/[\t\x00-\x08\x0b-\x1f\x7f]/.test(title)) reader.fail(`${what} holds a control character`);
  return title;
}

/**
 * Reads the order file. Checks the fixed-width layout of every line, the order numbers
 * (00001 upward, one by one), the flag, the codes (well formed, unique), and the hierarchy the
 * flag implies: a code's 3-character category comes before it, a billable code has no
 * children, and a header has at least one.
 */
export async function readCmOrderFile(source: LineSource, opts: ReadOptions = {}): Promise<CmOrderFile> {
  const reader: LineReader = openLines(source, opts);
  const columns: CodeColumns = { codes: [], billable: [], shortTitles: [], titles: [] };
  const index = new Map<string, number>();
  const lineOf: number[] = [];
  const hasChild: boolean[] = [];
  let expectedOrder = 1;
  for await (const line of reader) {
    if (line.length === 0) reader.fail("empty line (an order-file record has at least 78 characters)");
    if (line.length < ORDER_MIN_LENGTH) {
      reader.fail(`line is ${line.length} characters; an order-file record has at least ${ORDER_MIN_LENGTH}`);
    }
    const orderField = line.slice(0, 5);
    if (!/^\d{5}$/.test(orderField)) reader.fail(`order number "${orderField}" (columns 1–5) is not 5 digits`);
    const order = Number(orderField);
    if (order !== expectedOrder) {
      reader.fail(`order number ${orderField} out of sequence (expected ${String(expectedOrder).padStart(5, "0")})`);
    }
    expectedOrder++;
    for (const col of [5, 13, 15, 76]) {
      if (line[col] !== " ") reader.fail(`column ${col + 1} must be blank (fixed-width layout), found "${line[col] ?? ""}"`);
    }
    const code = checkCode(reader, line.slice(6, 13), "code (columns 7–13)");
    const flag = line[14];
    if (flag !== "0" && flag !== "1") reader.fail(`flag "${flag ?? ""}" in column 15 is neither 1 (billable) nor 0 (header)`);
    const shortTitle = checkTitle(reader, line.slice(SHORT_TITLE_START, SHORT_TITLE_END), "short title (columns 17–76)");
    const title = checkTitle(reader, line.slice(ORDER_MIN_LENGTH - 1), "long title (column 78 on)");
    if (index.has(code)) reader.fail(`code ${code} appears twice (first at line ${lineOf[index.get(code) ?? 0] ?? 0})`);
    if (code.length > 3) {
      const category = index.get(code.slice(0, 3));
      if (category === undefined) reader.fail(`code ${code} comes before (or without) its category ${code.slice(0, 3)}`);
      const parent = nearestAncestor(index, code);
      if (parent !== undefined) {
        if (columns.billable[parent]) {
          reader.fail(`code ${code} sits under ${columns.codes[parent] ?? ""}, which is flagged billable (a billable code has no children)`);
        }
        hasChild[parent] = true;
      }
    }
    const billable = flag === "1";
    index.set(code, columns.codes.length);
    columns.codes.push(code);
    columns.billable.push(billable);
    columns.shortTitles.push(shortTitle);
    columns.titles.push(title);
    lineOf.push(reader.lineNumber);
    hasChild.push(false);
  }
  if (columns.codes.length === 0) throw new ImportError(reader.label, 0, "the order file holds no records");
  for (let i = 0; i < columns.codes.length; i++) {
    if (!columns.billable[i] && !hasChild[i]) {
      throw new ImportError(reader.label, lineOf[i] ?? 0, `header ${columns.codes[i] ?? ""} (flag 0) has no codes under it`);
    }
  }
  return {
    columns,
    label: reader.label,
    file: { name: reader.name, sha256: reader.sha256(), records: columns.codes.length },
  };
}

/** Index of the nearest existing ancestor of a code (E1165 -> E116 or E11). */
function nearestAncestor(index: Map<string, number>, code: string): number | undefined {
  for (let len = code.length - 1; len >= 3; len--) {
    const at = index.get(code.slice(0, len));
    if (at !== undefined) return at;
  }
  return undefined;
}

export interface CmCodesFile {
  codes: string[];
  titles: string[];
  file: SourceFile;
  label: string;
}

/** Reads the codes file: billable codes only, code in columns 1–7, blank column 8, title from column 9. */
export async function readCmCodesFile(source: LineSource, opts: ReadOptions = {}): Promise<CmCodesFile> {
  const reader: LineReader = openLines(source, opts);
  const codes: string[] = [];
  const titles: string[] = [];
  const seen = new Set<string>();
  for await (const line of reader) {
    if (line.length < 9) reader.fail(`line is ${line.length} characters; a codes-file record has at least 9`);
    if (line[7] !== " ") reader.fail(`column 8 must be blank (fixed-width layout), found "${line[7] ?? ""}"`);
    const code = checkCode(reader, line.slice(0, 7), "code (columns 1–7)");
    const title = checkTitle(reader, line.slice(8), "title (column 9 on)");
    if (seen.has(code)) reader.fail(`code ${code} appears twice`);
    seen.add(code);
    codes.push(code);
    titles.push(title);
  }
  if (codes.length === 0) throw new ImportError(reader.label, 0, "the codes file holds no records");
  return { codes, titles, label: reader.label, file: { name: reader.name, sha256: reader.sha256(), records: codes.length } };
}

export type AddendaAction = "Add" | "Delete" | "Revise from" | "Revise to";

export interface CmAddendaEntry {
  action: AddendaAction;
  code: string;
  /** Order addenda only: the flag of the record (true = billable). */
  billable: boolean | null;
  /** Order addenda only. */
  shortTitle: string | null;
  title: string;
  line: number;
}

export interface CmAddendaFile {
  kind: "order" | "codes";
  entries: CmAddendaEntry[];
  /** The free-text summary after the records (counts of additions, deletions, revisions). */
  summary: string[];
  file: SourceFile;
  label: string;
}

const ACTION_WIDTH = 13;
const ACTIONS: readonly AddendaAction[] = ["Add", "Delete", "Revise from", "Revise to"];

function parseAction(reader: LineReader, line: string): AddendaAction {
  const label = line.slice(0, ACTION_WIDTH).trimEnd();
  const name = label.endsWith(":") ? label.slice(0, -1) : "";
  const action = ACTIONS.find((a) => a === name);
  if (action === undefined) {
    reader.fail(`action "${label}" (columns 1–13) is not one of Add:, Delete:, Revise from:, Revise to:`);
  }
  if (line.slice(0, ACTION_WIDTH).length !== ACTION_WIDTH) reader.fail("action label is not padded to 13 characters");
  return action;
}

/**
 * Reads an ICD-10-CM addenda file. Records run until the first blank line; the summary block
 * after it is kept as text. "Revise from:" must be followed by "Revise to:" for the same code.
 */
export async function readCmAddenda(source: LineSource, kind: "order" | "codes", opts: ReadOptions = {}): Promise<CmAddendaFile> {
  const reader: LineReader = openLines(source, opts);
  const entries: CmAddendaEntry[] = [];
  const summary: string[] = [];
  let inSummary = false;
  let pendingRevise: CmAddendaEntry | null = null;
  for await (const line of reader) {
    if (inSummary) {
      summary.push(line.trimEnd());
      continue;
    }
    if (line.trim() === "") {
      inSummary = true;
      continue;
    }
    const action = parseAction(reader, line);
    const rest = line.slice(ACTION_WIDTH);
    let entry: CmAddendaEntry;
    if (kind === "order") {
      // flag (1), blank, code (7), blank, short title (60), blank, long title
      if (rest.length < 71) reader.fail(`record is ${line.length} characters; an order-addenda record has at least ${ACTION_WIDTH + 71}`);
      const flag = rest[0];
      if (flag !== "0" && flag !== "1") reader.fail(`flag "${flag ?? ""}" in column 14 is neither 1 (billable) nor 0 (header)`);
      if (rest[1] !== " " || rest[9] !== " " || rest[70] !== " ") reader.fail("columns 15, 23 and 84 must be blank (fixed-width layout)");
      entry = {
        action,
        code: checkCode(reader, rest.slice(2, 9), "code (columns 16–22)"),
        billable: flag === "1",
        shortTitle: checkTitle(reader, rest.slice(10, 70), "short title (columns 24–83)"),
        title: checkTitle(reader, rest.slice(71), "long title (column 85 on)"),
        line: reader.lineNumber,
      };
    } else {
      if (rest.length < 9) reader.fail(`record is ${line.length} characters; a codes-addenda record has at least ${ACTION_WIDTH + 9}`);
      if (rest[7] !== " ") reader.fail("column 21 must be blank (fixed-width layout)");
      entry = {
        action,
        code: checkCode(reader, rest.slice(0, 7), "code (columns 14–20)"),
        billable: null,
        shortTitle: null,
        title: checkTitle(reader, rest.slice(8), "title (column 22 on)"),
        line: reader.lineNumber,
      };
    }
    if (pendingRevise !== null) {
      if (action !== "Revise to" || entry.code !== pendingRevise.code) {
        reader.fail(`"Revise from:" ${pendingRevise.code} at line ${pendingRevise.line} is not followed by its "Revise to:"`);
      }
      pendingRevise = null;
    } else if (action === "Revise to") {
      reader.fail(`"Revise to:" ${entry.code} without a "Revise from:" before it`);
    } else if (action === "Revise from") {
      pendingRevise = entry;
    }
    entries.push(entry);
  }
  if (pendingRevise !== null) {
    throw new ImportError(reader.label, pendingRevise.line, `"Revise from:" ${pendingRevise.code} is not followed by its "Revise to:"`);
  }
  while (summary.length > 0 && summary[summary.length - 1] === "") summary.pop();
  return {
    kind,
    entries,
    summary,
    label: reader.label,
    file: { name: reader.name, sha256: reader.sha256(), records: entries.length },
  };
}

/**
 * ICD-10-PCS importer: the CMS order file and the Tables XML.
 *
 * - Order file (`icd10pcs_order_YYYY.txt`, fixed width, see MANIFEST.md): codes, the valid flag
 *   (1 = valid 7-character code, 0 = 3-character table header), short and long titles.
 * - Tables XML (`icd10pcs_tables_YYYY.xml`, streamed through saxes): sections, body systems,
 *   root operations with their definitions, and the rows of every table (axes 4–7 with labels).
 *
 * With both, they must agree exactly: every code the rows expand to is a valid code of the
 * order file and the reverse, and every table is a header row and the reverse; the first
 * disagreement stops the import, naming the code. Titles come from the order file.
 *
 * With the tables only (e.g. FY2025, for which no order file is at hand) the codes are derived
 * by expanding the rows, table by table in file order, each table's header first and its codes
 * sorted as the order file sorts them. Titles are then derived from the labels:
 *   - header: the order file's own wording for headers, "<body system>, <operation>" in the
 *     Medical and Surgical section and "<section>, <body system>, <operation>" elsewhere
 *     (a body system "None" left out): 913 of the 914 FY2026 headers come out identical;
 *   - code:   the labels of axes 3 to 7 joined by ", ", e.g.
 *             "Bypass, Cerebral Ventricle, Open, Autologous Tissue Substitute, Nasopharynx";
 *   - short title: the same text cut to 60 characters.
 * meta.notes says so.
 *
 * With the order file only, the set has codes and titles but no tables.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CodeColumns, Icd10PcsData } from "../data";
import type { PcsAxis, PcsRow, PcsTable, SourceFile } from "../types";
import { ImportError } from "./errors";
import { buildMeta, PCS_CHAR, PCS_CODE, PCS_TABLE, type ReleaseOptions } from "./fields";
import { openLines, openText, sourceName, type LineSource } from "./read-lines";

export interface Icd10PcsInput {
  /** The order file (plain or .gz, or a zip member's bytes). */
  order?: LineSource;
  /** The Tables XML (plain or .gz, or a zip member's bytes). */
  tables?: LineSource;
}

interface OrderFile {
  columns: CodeColumns;
  /** Line number of each entry of columns, for error messages. */
  lines: number[];
  label: string;
  file: SourceFile;
}

interface TablesFile {
  tables: PcsTable[];
  /** Line of each table's `<pcsTable>` and of each row's `<pcsRow>`. */
  tableLines: number[];
  rowLines: number[][];
  label: string;
  version: string;
  file: SourceFile;
}

const SHORT_TITLE_LENGTH = 60;

/** Reads and checks the fixed-width order file. */
async function readOrderFile(source: LineSource): Promise<OrderFile> {
  const reader = openLines(source);
  const columns: CodeColumns = { codes: [], billable: [], shortTitles: [], titles: [] };
  const lines: number[] = [];
  const seen = new Set<string>();
  let lastOrder = 0;
  let header: string | null = null;
  for await (const line of reader) {
    if (line.length < 78) reader.fail(`line is ${line.length} characters; an order-file record has at least 78`);
    const order = line.slice(0, 5);
    if (!/^\d{5}$/.test(order)) reader.fail(`order number "${order}" is not 5 digits`);
    const n = Number(order);
    if (n <= lastOrder) reader.fail(`order number ${order} does not follow ${String(lastOrder).padStart(5, "0")}`);
    lastOrder = n;
    if (line[5] !== " " || line[13] !== " " || line[15] !== " " || line[76] !== " ") {
      reader.fail("expected blanks in columns 6, 14, 16 and 77 (fixed-width layout)");
    }
    const code = line.slice(6, 13).trimEnd();
    const flag = line[14];
    if (flag !== "0" && flag !== "1") reader.fail(`valid flag "${flag ?? ""}" is neither 1 (valid code) nor 0 (table header)`);
    const billable = flag === "1";
    if (billable) {
      if (!PCS_CODE.test(code)) reader.fail(`"${code}" is not a 7-character ICD-10-PCS code`);
      if (header === null || code.slice(0, 3) !== header) {
        reader.fail(`code ${code} is not under its table header ${code.slice(0, 3)} (header rows come first)`);
      }
    } else {
      if (!PCS_TABLE.test(code)) reader.fail(`header "${code}" is not a 3-character ICD-10-PCS table`);
      header = code;
    }
    if (seen.has(code)) reader.fail(`code ${code} appears twice`);
    seen.add(code);
    const shortTitle = line.slice(16, 76).trimEnd();
    const title = line.slice(77).trimEnd();
    if (title === "") reader.fail(`code ${code} has no long title`);
    if (shortTitle === "") reader.fail(`code ${code} has no short title`);
    columns.codes.push(code);
    columns.billable.push(billable);
    columns.shortTitles.push(shortTitle);
    columns.titles.push(title);
    lines.push(reader.lineNumber);
  }
  if (columns.codes.length === 0) throw new ImportError(reader.label, 0, "the order file is empty");
  return { columns, lines, label: reader.label, file: { name: reader.name, sha256: reader.sha256(), records: reader.lineNumber } };
}

interface AxisDraft {
  pos: number;
  declared: number;
  title: string | null;
  labels: { code: string; text: string }[];
  definition: string | null;
  line: number;
}

/** Streams the Tables XML into PcsTable objects, checking the structure as it goes. */
async function readTablesFile(source: LineSource): Promise<TablesFile> {
  const reader = openText(source);
  const label = reader.label;
  const tables: PcsTable[] = [];
  const tableLines: number[] = [];
  const rowLines: number[][] = [];
  const tableCodes = new Set<string>();
  let version = "";

  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: label });
  // The reader hands saxes the whole file in order, so saxes' own line count is the file's.
  const line = (): number => parser.line;
  const fail = (reason: string, at: number = line()): never => {
    throw new ImportError(label, at, reason);
  };
  parser.on("error", (e) => fail(`malformed XML: ${e.message}`));

  const stack: string[] = [];
  let text = "";
  let table: { axes: AxisDraft[]; rows: { axes: AxisDraft[]; codes: number; line: number }[]; line: number } | null = null;
  let row: { axes: AxisDraft[]; codes: number; line: number } | null = null;
  let axis: AxisDraft | null = null;
  let labelCode: string | null = null;

  const intAttr = (tag: SaxesTagPlain, name: string): number => {
    const v = tag.attributes[name];
    if (v === undefined || !/^\d+$/.test(v)) return fail(`<${tag.name}> needs a numeric ${name}="…" attribute`);
    return Number(v);
  };

  const finishAxis = (a: AxisDraft): PcsAxis => {
    if (a.title === null || a.title === "") fail(`axis ${a.pos} has no <title>`, a.line);
    if (a.labels.length === 0) fail(`axis ${a.pos} has no <label>`, a.line);
    if (a.labels.length !== a.declared) fail(`axis ${a.pos} declares values="${a.declared}" but has ${a.labels.length} labels`, a.line);
    const out: PcsAxis = { pos: a.pos, title: a.title ?? "", labels: a.labels };
    if (a.definition !== null) out.definition = a.definition;
    return out;
  };

  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    stack.push(tag.name);
    text = "";
    switch (tag.name) {
      case "ICD10PCS.tabular":
        if (parent !== undefined) fail("<ICD10PCS.tabular> must be the root element");
        return;
      case "version":
      case "title":
        return;
      case "pcsTable":
        if (parent !== "ICD10PCS.tabular") fail("<pcsTable> outside <ICD10PCS.tabular>");
        table = { axes: [], rows: [], line: line() };
        return;
      case "pcsRow": {
        if (parent !== "pcsTable" || table === null) return fail("<pcsRow> outside <pcsTable>");
        if (table.axes.length !== 3) fail("a <pcsRow> comes before the table's axes 1, 2 and 3");
        row = { axes: [], codes: intAttr(tag, "codes"), line: line() };
        return;
      }
      case "axis": {
        const pos = intAttr(tag, "pos");
        const declared = intAttr(tag, "values");
        if (parent === "pcsTable" && table !== null) {
          const expected = table.axes.length + 1;
          if (pos !== expected || pos > 3) fail(`table axis pos="${pos}" where axis ${expected} was expected`);
          if (declared !== 1) fail(`table axis ${pos} must have values="1", has "${declared}"`);
        } else if (parent === "pcsRow" && row !== null) {
          const expected = row.axes.length + 4;
          if (pos !== expected || pos > 7) fail(`row axis pos="${pos}" where axis ${expected} was expected`);
        } else fail("<axis> outside <pcsTable> or <pcsRow>");
        axis = { pos, declared, title: null, labels: [], definition: null, line: line() };
        return;
      }
      case "label": {
        if (parent !== "axis" || axis === null) return fail("<label> outside <axis>");
        const code = tag.attributes["code"];
        if (code === undefined || !PCS_CHAR.test(code)) return fail(`label code "${code ?? ""}" is not an ICD-10-PCS character`);
        if (axis.labels.some((l) => l.code === code)) fail(`axis ${axis.pos} lists label code ${code} twice`);
        labelCode = code;
        return;
      }
      case "definition":
        if (parent !== "axis" || axis === null || axis.pos !== 3) fail("<definition> is only expected on the operation axis (pos 3)");
        return;
      default:
        if (parent === "ICD10PCS.tabular" || parent === undefined) return;
        fail(`unexpected element <${tag.name}> inside <${parent}>`);
    }
  });

  parser.on("text", (t) => {
    text += t;
  });

  parser.on("closetag", (tag) => {
    stack.pop();
    const parent = stack[stack.length - 1];
    const value = text.trim();
    text = "";
    switch (tag.name) {
      case "version":
        if (parent === "ICD10PCS.tabular") version = value;
        return;
      case "title":
        if (parent === "axis" && axis !== null) axis.title = value;
        return;
      case "label":
        if (axis !== null && labelCode !== null) {
          if (value === "") fail(`label ${labelCode} of axis ${axis.pos} has no text`);
          axis.labels.push({ code: labelCode, text: value });
        }
        labelCode = null;
        return;
      case "definition":
        if (axis !== null) axis.definition = value;
        return;
      case "axis": {
        if (axis === null) return;
        if (parent === "pcsTable" && table !== null) table.axes.push(axis);
        else if (row !== null) row.axes.push(axis);
        axis = null;
        return;
      }
      case "pcsRow": {
        if (row === null || table === null) return;
        if (row.axes.length !== 4) fail(`a row has ${row.axes.length} axes; rows have axes 4, 5, 6 and 7`, row.line);
        const product = row.axes.reduce((p, a) => p * a.labels.length, 1);
        if (product !== row.codes) fail(`row declares codes="${row.codes}" but its axes give ${product}`, row.line);
        table.rows.push(row);
        row = null;
        return;
      }
      case "pcsTable": {
        if (table === null) return;
        const t = table;
        if (t.axes.length !== 3) fail("a table needs axes 1, 2 and 3", t.line);
        if (t.rows.length === 0) fail("a table has no <pcsRow>", t.line);
        const axes = t.axes.map(finishAxis);
        const code = axes.map((a) => a.labels[0]?.code ?? "").join("");
        if (tableCodes.has(code)) fail(`table ${code} appears twice`, t.line);
        tableCodes.add(code);
        const rows: PcsRow[] = t.rows.map((r) => ({ axes: r.axes.map(finishAxis) }));
        tables.push({ code, axes, rows });
        tableLines.push(t.line);
        rowLines.push(t.rows.map((r) => r.line));
        table = null;
        return;
      }
    }
  });

  for await (const chunk of reader) parser.write(chunk);
  parser.close();
  if (tables.length === 0) throw new ImportError(label, 0, "the Tables XML holds no <pcsTable>");
  const records = rowLines.reduce((n, r) => n + r.length, 0);
  return { tables, tableLines, rowLines, label, version, file: { name: sourceName(source), sha256: reader.sha256(), records } };
}

/** Every code a row allows, in the order file's sort order. */
export function expandPcsRow(tableCode: string, row: PcsRow): string[] {
  let codes = [tableCode];
  for (const a of row.axes) {
    const next: string[] = [];
    for (const prefix of codes) for (const l of a.labels) next.push(prefix + l.code);
    codes = next;
  }
  return codes;
}

function derivedTitle(table: PcsTable, row: PcsRow, code: string): string {
  const parts: string[] = [table.axes[2]?.labels[0]?.text ?? ""];
  row.axes.forEach((a, i) => {
    const ch = code[3 + i];
    parts.push(a.labels.find((l) => l.code === ch)?.text ?? "");
  });
  return parts.join(", ");
}

/** The order file's wording for table headers: "<body system>, <operation>" in Medical and Surgical, else "<section>, <body system>, <operation>", leaving out a body system of "None". */
function headerTitle(table: PcsTable): string {
  const [section, bodySystem, operation] = table.axes.map((a) => a.labels[0]?.text ?? "");
  const parts = table.code.startsWith("0") ? [bodySystem, operation] : [section, bodySystem, operation];
  return parts.filter((p): p is string => p !== undefined && p !== "None").join(", ");
}

function columnsFromTables(t: TablesFile): CodeColumns {
  const columns: CodeColumns = { codes: [], billable: [], shortTitles: [], titles: [] };
  const push = (code: string, billable: boolean, title: string): void => {
    columns.codes.push(code);
    columns.billable.push(billable);
    columns.titles.push(title);
    columns.shortTitles.push(title.length > SHORT_TITLE_LENGTH ? title.slice(0, SHORT_TITLE_LENGTH).trimEnd() : title);
  };
  t.tables.forEach((table, ti) => {
    push(table.code, false, headerTitle(table));
    const entries: { code: string; title: string }[] = [];
    const seen = new Set<string>();
    table.rows.forEach((row, ri) => {
      for (const code of expandPcsRow(table.code, row)) {
        if (seen.has(code)) throw new ImportError(t.label, t.rowLines[ti]?.[ri] ?? 0, `code ${code} is allowed by two rows of table ${table.code}`);
        seen.add(code);
        entries.push({ code, title: derivedTitle(table, row, code) });
      }
    });
    entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const e of entries) push(e.code, true, e.title);
  });
  return columns;
}

/** Checks that the order file and the tables describe exactly the same codes and tables. */
function crossCheck(order: OrderFile, t: TablesFile): void {
  const orderIndex = new Map<string, number>();
  order.columns.codes.forEach((c, i) => orderIndex.set(c, i));
  const fromTables = new Set<string>();
  t.tables.forEach((table, ti) => {
    const hi = orderIndex.get(table.code);
    if (hi === undefined || order.columns.billable[hi] !== false) {
      throw new ImportError(t.label, t.tableLines[ti] ?? 0, `table ${table.code} is not a header row of the order file ${order.label}`);
    }
    fromTables.add(table.code);
    table.rows.forEach((row, ri) => {
      for (const code of expandPcsRow(table.code, row)) {
        const at = t.rowLines[ti]?.[ri] ?? 0;
        const i = orderIndex.get(code);
        if (i === undefined || order.columns.billable[i] !== true) {
          throw new ImportError(t.label, at, `code ${code} (table ${table.code}) is not a valid code of the order file ${order.label}`);
        }
        if (fromTables.has(code)) throw new ImportError(t.label, at, `code ${code} is allowed by two rows of table ${table.code}`);
        fromTables.add(code);
      }
    });
  });
  order.columns.codes.forEach((code, i) => {
    if (!fromTables.has(code)) {
      const what = order.columns.billable[i] ? `code ${code} is not allowed by any row of the Tables XML` : `header ${code} has no table in the Tables XML`;
      throw new ImportError(order.label, order.lines[i] ?? 0, `${what} ${t.label}`);
    }
  });
}

/**
 * Imports ICD-10-PCS from the order file, the Tables XML or both (see the module comment).
 * Throws ImportError (file, line, reason) on the first malformed line or disagreement.
 */
export async function importIcd10Pcs(input: Icd10PcsInput, opts: ReleaseOptions): Promise<Icd10PcsData> {
  if (input.order === undefined && input.tables === undefined) {
    throw new ImportError("icd10pcs", 0, "give the order file, the Tables XML, or both");
  }
  const order = input.order === undefined ? null : await readOrderFile(input.order);
  const tables = input.tables === undefined ? null : await readTablesFile(input.tables);
  const notes: string[] = [];
  if (tables !== null) {
    const year = /\d{4}/.exec(opts.version)?.[0];
    if (year !== undefined && /^\d{4}$/.test(tables.version) && tables.version !== year) {
      throw new ImportError(tables.label, 0, `the Tables XML is version ${tables.version}, not ${opts.version}`);
    }
  }
  let columns: CodeColumns;
  if (order !== null && tables !== null) {
    crossCheck(order, tables);
    columns = order.columns;
  } else if (order !== null) {
    columns = order.columns;
    notes.push("No Tables XML was imported: codes and titles only, no table rows.");
  } else if (tables !== null) {
    columns = columnsFromTables(tables);
    notes.push("No order file was imported: codes derived by expanding the table rows; titles built from the axis labels (operation, body part, approach, device, qualifier), not the official long titles.");
  } else {
    throw new ImportError("icd10pcs", 0, "give the order file, the Tables XML, or both");
  }
  const files: SourceFile[] = [];
  if (order) files.push(order.file);
  if (tables) files.push(tables.file);
  const meta = buildMeta("icd10pcs", opts.version, `ICD-10-PCS ${opts.version}`, opts, files, notes);
  return { meta, columns, tables: tables?.tables ?? [] };
}

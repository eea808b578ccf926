/**
 * Test helper: builds a small .xlsx workbook in memory (fflate), the way Excel and SAS write
 * them: shared strings by default, inline strings or numeric cells on request.
 */
import { strToU8, zipSync } from "fflate";
import { columnLetters } from "../xlsx";

export interface MakeXlsxOptions {
  /** Write text as inline strings (`t="inlineStr"`) instead of shared strings. */
  inlineStrings?: boolean;
  /** Write cells that are all digits as numeric cells (`<v>` without a type). */
  numbers?: boolean;
  /** Put the sheet after the shared strings in the archive (Excel puts it before). */
  sharedStringsFirst?: boolean;
  /** Leave out the `r` attributes on rows and cells. */
  omitReferences?: boolean;
  sheetName?: string;
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function makeXlsx(rows: (string | null)[][], opts: MakeXlsxOptions = {}): Uint8Array {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const sheetRows = rows.map((cells, r) => {
    const rowRef = opts.omitReferences ? "" : ` r="${r + 1}"`;
    const xmlCells = cells.map((value, c) => {
      if (value === null) return "";
      const ref = opts.omitReferences ? "" : ` r="${columnLetters(c + 1)}${r + 1}"`;
      if (opts.numbers && /^\d+$/.test(value)) return `<c${ref}><v>${value}</v></c>`;
      const space = value !== value.trim() ? ' xml:space="preserve"' : "";
      if (opts.inlineStrings) return `<c${ref} t="inlineStr"><is><t${space}>${esc(value)}</t></is></c>`;
      let i = index.get(value);
      if (i === undefined) {
        i = shared.length;
        shared.push(value);
        index.set(value, i);
      }
      return `<c${ref} t="s"><v>${i}</v></c>`;
    });
    return `<row${rowRef}>${xmlCells.join("")}</row>`;
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${ns}><sheetData>${sheetRows.join("")}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">${shared
    .map((s) => `<si><t${s !== s.trim() ? ' xml:space="preserve"' : ""}>${esc(s)}</t></si>`)
    .join("")}</sst>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(opts.sheetName ?? "Sheet1")}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
  };
  const sheetBytes = strToU8(sheet);
  const sstBytes = strToU8(sst);
  if (opts.sharedStringsFirst) {
    files["xl/sharedStrings.xml"] = sstBytes;
    files["xl/worksheets/sheet1.xml"] = sheetBytes;
  } else {
    files["xl/worksheets/sheet1.xml"] = sheetBytes;
    files["xl/sharedStrings.xml"] = sstBytes;
  }
  return zipSync(files);
}

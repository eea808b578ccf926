/**
 * Explains why a 7-character ICD-10-PCS code is not valid, using its table: which character the
 * table does not allow, and what it allows instead.
 */
import type { Icd10PcsSet, PcsAxis, PcsRow, PcsTable } from "../types";

const AXIS_NAMES = ["Section", "Body System", "Operation", "Body Part", "Approach", "Device", "Qualifier"];

interface PrefixIndex {
  sections: Map<string, string>;
  bodySystems: Map<string, string>;
  tables: Set<string>;
}

const prefixCache = new WeakMap<Icd10PcsSet, PrefixIndex>();

function prefixIndex(set: Icd10PcsSet): PrefixIndex {
  let idx = prefixCache.get(set);
  if (idx !== undefined) return idx;
  idx = { sections: new Map(), bodySystems: new Map(), tables: new Set() };
  for (const t of set.tables()) {
    idx.tables.add(t.code);
    const s = t.code.slice(0, 1);
    const bs = t.code.slice(0, 2);
    if (!idx.sections.has(s)) idx.sections.set(s, labelAt(t.axes, 1, s) ?? "");
    if (!idx.bodySystems.has(bs)) idx.bodySystems.set(bs, labelAt(t.axes, 2, bs.slice(1)) ?? "");
  }
  prefixCache.set(set, idx);
  return idx;
}

function axisAt(axes: PcsAxis[], pos: number): PcsAxis | undefined {
  for (const a of axes) if (a.pos === pos) return a;
  return undefined;
}

function labelAt(axes: PcsAxis[], pos: number, char: string): string | undefined {
  const axis = axisAt(axes, pos);
  if (axis === undefined) return undefined;
  for (const l of axis.labels) if (l.code === char) return l.text;
  return undefined;
}

function axisTitle(axes: PcsAxis[], pos: number): string {
  return axisAt(axes, pos)?.title ?? AXIS_NAMES[pos - 1] ?? `Character ${pos}`;
}

function rowAllows(row: PcsRow, pos: number, char: string): boolean {
  const axis = axisAt(row.axes, pos);
  if (axis === undefined) return false;
  for (const l of axis.labels) if (l.code === char) return true;
  return false;
}

/** "0 Open, 4 Percutaneous Endoscopic" (at most `max` values). */
function listValues(values: Map<string, string>, max: number): string {
  const parts: string[] = [];
  for (const [code, text] of values) {
    if (parts.length === max) {
      parts.push(`and ${values.size - max} more`);
      break;
    }
    parts.push(`${code} ${text}`);
  }
  return parts.join(", ");
}

/** The table's heading, e.g. "0DT (Gastrointestinal System, Resection)". */
export function tableHeading(t: PcsTable): string {
  const bs = labelAt(t.axes, 2, t.code.slice(1, 2));
  const op = labelAt(t.axes, 3, t.code.slice(2, 3));
  return bs !== undefined && op !== undefined ? `${t.code} (${bs}, ${op})` : t.code;
}

export interface PcsExplanation {
  /** 1-based character position that is not allowed, or 0 when the table would allow the code. */
  position: number;
  text: string;
}

/** Why `code` (7 valid PCS characters) is not a code of `set`. */
export function explainPcs(set: Icd10PcsSet, code: string): PcsExplanation {
  const idx = prefixIndex(set);
  const c1 = code.slice(0, 1);
  const c2 = code.slice(0, 2);
  const c3 = code.slice(0, 3);
  if (!idx.sections.has(c1)) {
    return { position: 1, text: `Character 1 (Section) "${c1}" is not a section of ICD-10-PCS ${set.meta.version}.` };
  }
  const sectionName = idx.sections.get(c1) ?? "";
  if (!idx.bodySystems.has(c2)) {
    return {
      position: 2,
      text: `Character 2 (Body System) "${code[1] ?? ""}" does not exist in section ${c1} ${sectionName}.`,
    };
  }
  const table = set.table(c3);
  if (table === undefined) {
    return {
      position: 3,
      text: `Character 3 (Operation) "${code[2] ?? ""}" is not used with section ${c1} ${sectionName}, body system ${code[1] ?? ""} ${idx.bodySystems.get(c2) ?? ""}: there is no table ${c3}.`,
    };
  }
  const heading = tableHeading(table);
  const c4 = code[3] ?? "";
  const withBody = table.rows.filter((r) => rowAllows(r, 4, c4));
  if (withBody.length === 0) {
    const bodyParts = new Map<string, string>();
    for (const r of table.rows) for (const l of axisAt(r.axes, 4)?.labels ?? []) if (!bodyParts.has(l.code)) bodyParts.set(l.code, l.text);
    const title = axisTitle(table.rows[0]?.axes ?? [], 4);
    return {
      position: 4,
      text: `In table ${heading}, character 4 (${title}) "${c4}" is not allowed. The table's values are: ${listValues(bodyParts, 24)}.`,
    };
  }
  // Find how far the best rows get, then list what they allow at the first character they refuse.
  let failAt = 8;
  let rows = withBody;
  for (let pos = 5; pos <= 7; pos++) {
    const ch = code[pos - 1] ?? "";
    const next = rows.filter((r) => rowAllows(r, pos, ch));
    if (next.length === 0) {
      failAt = pos;
      break;
    }
    rows = next;
  }
  if (failAt === 8) return { position: 0, text: `Table ${heading} allows ${code}.` };
  const allowed = new Map<string, string>();
  for (const r of rows) for (const l of axisAt(r.axes, failAt)?.labels ?? []) if (!allowed.has(l.code)) allowed.set(l.code, l.text);
  const title = axisTitle(rows[0]?.axes ?? [], failAt);
  const prefixParts: string[] = [];
  for (let pos = 4; pos < failAt; pos++) {
    const ch = code[pos - 1] ?? "";
    const label = labelAt(rows[0]?.axes ?? [], pos, ch);
    prefixParts.push(`${axisTitle(rows[0]?.axes ?? [], pos).toLowerCase()} ${ch}${label !== undefined ? ` ${label}` : ""}`);
  }
  const bad = code[failAt - 1] ?? "";
  return {
    position: failAt,
    text: `In table ${heading}, with ${prefixParts.join(" and ")}, character ${failAt} (${title}) may be ${listValues(allowed, 16)}; "${bad}" is not allowed.`,
  };
}

/**
 * The ICD-10-PCS table builder: a code is built one character at a time, and each step offers only
 * the values the official tables allow after the characters already chosen. Characters 1–3 pick a
 * table; characters 4–7 must come from one row of it (guideline A.9), so after a body part only the
 * approaches of rows holding that body part are offered, and so on.
 */
import type { Icd10PcsSet, PcsAxis, PcsRow, PcsTable } from "../coding/types";

export interface PcsChoice {
  /** The character. */
  code: string;
  /** Its meaning at this position, e.g. "Resection". */
  text: string;
}

export interface PcsStep {
  /** 1–7. */
  pos: number;
  /** What this position means here: "Section", "Body System", "Operation", "Body Part", "Approach"… */
  title: string;
  options: PcsChoice[];
  /** The value picked, when this step is done. */
  chosen?: PcsChoice;
}

export interface PcsBuild {
  /** The valid characters chosen so far (a prefix of a real code). */
  prefix: string;
  /** One step per position chosen, then the step being offered (none when the code is complete). */
  steps: PcsStep[];
  /** The table, once three characters are chosen. */
  table?: PcsTable;
  /** The finished code and its title. */
  complete?: { code: string; title: string };
  /** When the input had a character no table allows there: its position (1–7) and the character. */
  rejected?: { pos: number; char: string };
}

const PCS_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const charOrder = (c: string): number => {
  const i = PCS_CHARS.indexOf(c);
  return i === -1 ? 99 : i;
};
const byChar = (a: PcsChoice, b: PcsChoice) => charOrder(a.code) - charOrder(b.code);

interface TableIndex {
  tables: PcsTable[];
}

const indexes = new WeakMap<Icd10PcsSet, TableIndex>();

function tableIndex(set: Icd10PcsSet): TableIndex {
  let idx = indexes.get(set);
  if (idx === undefined) {
    idx = { tables: [...set.tables()] };
    indexes.set(set, idx);
  }
  return idx;
}

function label(axis: PcsAxis | undefined): PcsChoice | undefined {
  const l = axis?.labels[0];
  return l === undefined ? undefined : { code: l.code, text: l.text };
}

/** Values for position 1, 2 or 3: from the tables whose code starts with the prefix. */
function headChoices(tables: readonly PcsTable[], prefix: string): PcsStep | null {
  const pos = prefix.length + 1;
  const seen = new Map<string, PcsChoice>();
  let title = "";
  for (const t of tables) {
    if (!t.code.startsWith(prefix)) continue;
    const axis = t.axes.find((a) => a.pos === pos);
    const choice = label(axis) ?? { code: t.code[pos - 1] ?? "", text: "" };
    if (!seen.has(choice.code)) seen.set(choice.code, choice);
    if (!title) title = axis?.title ?? "";
  }
  if (seen.size === 0) return null;
  return { pos, title: title || ["Section", "Body System", "Operation"][pos - 1] || "", options: [...seen.values()].sort(byChar) };
}

/** Rows of the table that hold every character chosen so far in positions 4 and up. */
function rowsFor(table: PcsTable, tail: string): PcsRow[] {
  return table.rows.filter((row) =>
    [...tail].every((ch, i) => {
      const axis = row.axes.find((a) => a.pos === 4 + i);
      return axis?.labels.some((l) => l.code === ch) ?? false;
    }),
  );
}

/** Values for positions 4–7: the union over the rows still possible. */
function rowChoices(table: PcsTable, tail: string): PcsStep | null {
  const pos = 4 + tail.length;
  const seen = new Map<string, PcsChoice>();
  let title = "";
  for (const row of rowsFor(table, tail)) {
    const axis = row.axes.find((a) => a.pos === pos);
    if (axis === undefined) continue;
    if (!title) title = axis.title;
    for (const l of axis.labels) if (!seen.has(l.code)) seen.set(l.code, { code: l.code, text: l.text });
  }
  if (seen.size === 0) return null;
  return { pos, title, options: [...seen.values()].sort(byChar) };
}

/** The choices at the next position after a valid prefix (0–6 characters), or null when there are none. */
export function nextPcsChoices(set: Icd10PcsSet, prefix: string): PcsStep | null {
  const { tables } = tableIndex(set);
  if (prefix.length < 3) return headChoices(tables, prefix);
  if (prefix.length >= 7) return null;
  const table = set.table(prefix.slice(0, 3));
  if (table === undefined) return null;
  return rowChoices(table, prefix.slice(3));
}

/** Upper case, without blanks and dots. */
function clean(input: string): string {
  return input.replace(/[\s.]/g, "").toUpperCase().slice(0, 7);
}

/**
 * Follows the typed characters as far as the tables allow and says what comes next.
 * Never throws; characters after the first invalid one are ignored (and reported in `rejected`).
 */
export function buildPcs(set: Icd10PcsSet, input: string): PcsBuild {
  const typed = clean(typeof input === "string" ? input : "");
  const steps: PcsStep[] = [];
  let prefix = "";
  let rejected: PcsBuild["rejected"];
  for (;;) {
    const step = nextPcsChoices(set, prefix);
    if (step === null) break;
    const ch = typed[prefix.length];
    if (ch === undefined) {
      steps.push(step);
      break;
    }
    const chosen = step.options.find((o) => o.code === ch);
    if (chosen === undefined) {
      rejected = { pos: prefix.length + 1, char: ch };
      steps.push(step);
      break;
    }
    steps.push({ ...step, chosen });
    prefix += ch;
  }
  const table = prefix.length >= 3 ? set.table(prefix.slice(0, 3)) : undefined;
  const build: PcsBuild = { prefix, steps };
  if (table) build.table = table;
  if (rejected) build.rejected = rejected;
  if (prefix.length === 7) {
    const rec = set.get(prefix);
    build.complete = { code: prefix, title: rec?.title ?? steps.map((s) => s.chosen?.text ?? "").join(", ") };
  }
  return build;
}

/** true when the characters begin at least one valid code ("0DT", "0DTJ4"). */
export function isPcsPrefix(set: Icd10PcsSet, partial: string): boolean {
  const p = clean(partial);
  if (p.length === 0 || p.length !== partial.length) return false;
  const build = buildPcs(set, p);
  return build.prefix === p && build.rejected === undefined;
}
